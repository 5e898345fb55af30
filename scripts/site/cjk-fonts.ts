import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'satori';

// Fonts for the scripts the Latin Noto Sans lacks (Hangul, Han, kana), loaded only for the
// preview images that draw them and only in the pieces they need: Fontsource splits each Noto
// CJK font into about a hundred subsets by Unicode range (its `unicode.json`), and a quote
// needs a handful. Satori asks for them by its own language codes (`loadAdditionalAsset`).

const require = createRequire(import.meta.url);

/** A Noto CJK family, its Fontsource package, and the BCP 47 tags set in it. */
type Family = { name: string; package: string; lang: string };

/**
 * Satori's language codes, each with the family that draws it. Han is drawn in the family of
 * the text's language (`lang` on the element): Simplified, Traditional and Japanese forms differ.
 */
const families: Record<string, Family> = {
  'ko-KR': { name: 'Noto Sans KR', package: 'noto-sans-kr', lang: 'ko-KR' },
  'zh-CN': { name: 'Noto Sans SC', package: 'noto-sans-sc', lang: 'zh-CN' },
  'zh-TW': { name: 'Noto Sans TC', package: 'noto-sans-tc', lang: 'zh-TW' },
  'zh-HK': { name: 'Noto Sans TC', package: 'noto-sans-tc', lang: 'zh-HK' },
  'ja-JP': { name: 'Noto Sans JP', package: 'noto-sans-jp', lang: 'ja-JP' },
};

/** The weights the previews draw. */
const weights = [400, 700] as const;

/** A Fontsource subset: its name and the code point ranges it holds. */
export type FontSubset = { subset: string; ranges: [number, number][] };

/** Each package's subsets, once read. */
const subsetsOf = new Map<string, FontSubset[]>();

/**
 * The subsets of a Fontsource package (`noto-sans-kr`), from its `unicode.json`: numbered
 * ones (`[12]`) by their number, named ones (`latin-ext`) by their name.
 */
export function fontsourceSubsets(fontPackage: string): FontSubset[] {
  let found = subsetsOf.get(fontPackage);
  if (found) return found;
  const table = JSON.parse(
    readFileSync(require.resolve(`@fontsource/${fontPackage}/unicode.json`), 'utf8'),
  ) as Record<string, string>;
  found = Object.entries(table).map(([key, ranges]) => ({
    subset: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: ranges.split(',').map((range): [number, number] => {
      const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
    }),
  }));
  subsetsOf.set(fontPackage, found);
  return found;
}

/**
 * The characters satori asks these families for: those it tags with their language codes
 * (its own list, `ja-JP`, `ko-KR`, `zh-CN`…). A family's other glyphs, its Cyrillic and Greek,
 * are never asked for.
 */
export const familyScripts =
  /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}\p{scx=Hangul}\u3000\uff00-\uffef]/u;

/** The code point ranges the families here hold, in every subset. */
export function familyRanges(): [number, number][] {
  const packages = new Set(Object.values(families).map((family) => family.package));
  return [...packages].flatMap((one) => fontsourceSubsets(one).flatMap(({ ranges }) => ranges));
}

/** Loaded fonts, by file, so each subset is read once per process. */
const loaded = new Map<string, Font>();

/**
 * The fonts that draw `segment` for satori's language `code`: the subsets of the family that
 * hold any of its characters, in both weights. Satori gives the languages the characters may
 * be in, likeliest first (the element's `lang` leads), as `zh-CN|ja-JP|zh-TW`; the first this
 * module has a family for is drawn. None for codes no family here covers.
 */
export function fontsFor(code: string, segment: string): Font[] {
  const family = code
    .split('|')
    .map((one) => families[one])
    .find((one) => one !== undefined);
  if (!family) return [];
  const points = new Set([...segment].map((char) => char.codePointAt(0) ?? 0));
  const needed = fontsourceSubsets(family.package).filter(({ ranges }) =>
    [...points].some((point) => ranges.some(([from, to]) => point >= from && point <= to)),
  );
  return needed.flatMap(({ subset }) =>
    weights.map((weight) => {
      const file = `${family.package}-${subset}-${weight}-normal.woff`;
      const key = `${family.lang}/${file}`;
      let font = loaded.get(key);
      if (!font) {
        font = {
          // One name per subset: satori keeps one font per name, weight and style.
          name: `${family.name} ${subset}`,
          data: readFileSync(require.resolve(`@fontsource/${family.package}/files/${file}`)),
          weight,
          style: 'normal',
          lang: family.lang,
        };
        loaded.set(key, font);
      }
      return font;
    }),
  );
}

/**
 * Satori's language code for a BCP 47 tag, for `lang` on the element drawing text in it, so
 * that Han takes its Simplified, Traditional or Japanese form; undefined for other languages.
 */
export function satoriLanguage(tag: string): string | undefined {
  const locale = new Intl.Locale(tag).maximize();
  if (locale.language === 'ko') return 'ko-KR';
  if (locale.language === 'ja') return 'ja-JP';
  if (locale.language !== 'zh') return undefined;
  if (locale.script === 'Hant') return locale.region === 'HK' ? 'zh-HK' : 'zh-TW';
  return 'zh-CN';
}
