import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'satori';

// Fonts for the scripts the preview images' Latin subsets lack (Hangul, Han, kana, Hebrew,
// Arabic, Cyrillic, Greek), loaded only for the images that draw them and only in the pieces
// they need: Fontsource splits each font into subsets by Unicode range (its `unicode.json`),
// and a quote needs a handful. Satori asks for them by its own language codes
// (`loadAdditionalAsset`): `he-IL` for Hebrew, `ar-AR` for Arabic, `ko-KR`, `ja-JP`, `zh-CN`…
// for Hangul, kana and Han, and `unknown` for letters of scripts it has no code for.

const require = createRequire(import.meta.url);

/** A face of a font: its weight and style. */
type Face = readonly [weight: 400 | 700, style: 'normal' | 'italic'];

/** The faces the previews draw: regular and bold; these scripts have no italics. */
const upright: readonly Face[] = [
  [400, 'normal'],
  [700, 'normal'],
];

/**
 * A family for the characters satori asks it for: its name, its Fontsource package, the
 * satori language code its fonts are tagged with (none for `unknown`), the characters it is
 * asked for, its subsets that may be read (all when absent) and its faces.
 */
type Family = {
  name: string;
  package: string;
  lang?: string;
  script: RegExp;
  subsets?: readonly string[];
  faces: readonly Face[];
};

/** Hangul, Han, kana and full-width forms: each Noto CJK font holds all it is asked for. */
const cjk = /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}\p{scx=Hangul}\u3000\uff00-\uffef]/u;

/**
 * Satori's language codes, each with the family that draws it. Han is drawn in the family of
 * the text's language (`lang` on the element): Simplified, Traditional and Japanese forms differ.
 */
const families: Record<string, Family> = {
  'ko-KR': {
    name: 'Noto Sans KR',
    package: 'noto-sans-kr',
    lang: 'ko-KR',
    script: cjk,
    faces: upright,
  },
  'zh-CN': {
    name: 'Noto Sans SC',
    package: 'noto-sans-sc',
    lang: 'zh-CN',
    script: cjk,
    faces: upright,
  },
  'zh-TW': {
    name: 'Noto Sans TC',
    package: 'noto-sans-tc',
    lang: 'zh-TW',
    script: cjk,
    faces: upright,
  },
  'zh-HK': {
    name: 'Noto Sans TC',
    package: 'noto-sans-tc',
    lang: 'zh-HK',
    script: cjk,
    faces: upright,
  },
  'ja-JP': {
    name: 'Noto Sans JP',
    package: 'noto-sans-jp',
    lang: 'ja-JP',
    script: cjk,
    faces: upright,
  },
  'he-IL': {
    name: 'Noto Sans Hebrew',
    package: 'noto-sans-hebrew',
    lang: 'he-IL',
    script: /\p{scx=Hebrew}/u,
    faces: upright,
  },
  'ar-AR': {
    name: 'Noto Sans Arabic',
    package: 'noto-sans-arabic',
    lang: 'ar-AR',
    script: /\p{scx=Arabic}/u,
    faces: upright,
  },
  // The rest of Noto Sans, for letters satori has no code for: in the Latin subsets' design,
  // italics included, with their combining marks (a stress mark over a vowel).
  unknown: {
    name: 'Noto Sans',
    package: 'noto-sans',
    script: /[\p{scx=Cyrillic}\p{scx=Greek}\p{scx=Latin}\p{Mn}]/u,
    subsets: ['cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'],
    faces: [...upright, [400, 'italic']],
  },
};

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

/** The subsets of a family that may be read for it. */
function subsetsFor(family: Family): FontSubset[] {
  const all = fontsourceSubsets(family.package);
  return family.subsets ? all.filter(({ subset }) => family.subsets?.includes(subset)) : all;
}

/**
 * What the families here draw: for each, the characters satori asks it for and the code
 * point ranges of the subsets it may read. A character outside its family's script is never
 * asked for (the Cyrillic of a Noto CJK font, the Latin of Noto Sans Hebrew).
 */
export function familyCoverage(): { script: RegExp; ranges: [number, number][] }[] {
  return Object.values(families).map((family) => ({
    script: family.script,
    ranges: subsetsFor(family).flatMap(({ ranges }) => ranges),
  }));
}

/** Loaded fonts, by file, so each subset is read once per process. */
const loaded = new Map<string, Font>();

/**
 * The fonts that draw `segment` for satori's language `code`: the subsets of the family that
 * hold any of its characters of the family's script, in each of the family's faces. Satori
 * gives the languages the characters may be in, likeliest first (the element's `lang` leads),
 * as `zh-CN|ja-JP|zh-TW`; the first this module has a family for is drawn. None for codes no
 * family here covers.
 */
export function fontsFor(code: string, segment: string): Font[] {
  const family = code
    .split('|')
    .map((one) => families[one])
    .find((one) => one !== undefined);
  if (!family) return [];
  const points = new Set(
    [...segment].filter((char) => family.script.test(char)).map((char) => char.codePointAt(0)),
  );
  const needed = subsetsFor(family).filter(({ ranges }) =>
    [...points].some(
      (point) => point !== undefined && ranges.some(([from, to]) => point >= from && point <= to),
    ),
  );
  return needed.flatMap(({ subset }) =>
    family.faces.map(([weight, style]) => {
      const file = `${family.package}-${subset}-${weight}-${style}.woff`;
      const key = `${family.lang ?? code}/${file}`;
      let font = loaded.get(key);
      if (!font) {
        font = {
          // One name per subset: satori keeps one font per name, weight and style.
          name: `${family.name} ${subset}`,
          data: readFileSync(require.resolve(`@fontsource/${family.package}/files/${file}`)),
          weight,
          style,
          ...(family.lang ? { lang: family.lang } : {}),
        };
        loaded.set(key, font);
      }
      return font;
    }),
  );
}

/**
 * Satori's language code for a BCP 47 tag, for `lang` on the element drawing text in it: Han
 * takes its Simplified, Traditional or Japanese form, and Hebrew and Arabic letters their
 * families; undefined for other languages.
 */
export function satoriLanguage(tag: string): string | undefined {
  const locale = new Intl.Locale(tag).maximize();
  if (locale.script === 'Hebr') return 'he-IL';
  if (locale.script === 'Arab') return 'ar-AR';
  if (locale.language === 'ko') return 'ko-KR';
  if (locale.language === 'ja') return 'ja-JP';
  if (locale.language !== 'zh') return undefined;
  if (locale.script === 'Hant') return locale.region === 'HK' ? 'zh-HK' : 'zh-TW';
  return 'zh-CN';
}
