/**
 * Preview images draw Korean and Chinese quotes with their glyphs, from the invented
 * multilingual dossier. A font without Hangul or Han draws every such character as the same
 * empty box, so two quotes of the same characters in another order give the same picture;
 * drawn with glyphs, they differ. The test tries both fonts, so it can tell them apart.
 *
 * Hebrew and Arabic quotes (invented sentences) are drawn right to left, from the right edge,
 * the opening mark at the right, Arabic letters joined; Cyrillic and Greek ones are drawn too.
 * Quotes in a script no preview font holds (Georgian, Ethiopic) are not drawn as boxes: the
 * image says what language the words are in and where they are. An image reads the fonts of
 * other scripts only when its text needs them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import { isValidElement, type ReactNode } from 'react';
import { expect, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { fontsFor, satoriLanguage } from '../../scripts/site/script-fonts.ts';
import { previewDraws } from '../../scripts/site/preview-coverage.ts';
import {
  claimPreviewElement,
  claimPreviewImage,
  type PreviewFonts,
} from '../../scripts/site/preview-image.ts';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';
import { reportLeadIn } from '../../src/corpus/report-lead-in.ts';
import type { FontRead } from '../support/preview-font-reads.ts';

const verified = verifyCorpus(readCorpusFolder('tests/fixtures/multilingual'));
if (!verified.ok) throw new Error(JSON.stringify(verified.problems, null, 2));
const index = indexCorpus(verified.verified.corpus);

/** The first direct claim quoting a source in `language`. */
function claimIn(language: string): ClaimView {
  const view = index.claims.find(
    (one) => one.source.language === language && one.claim.speech === 'direct',
  );
  if (!view) throw new Error(`the fixture has no direct claim in ${language}`);
  return view;
}

const hangulAndHan = /[\p{Script=Hangul}\p{Script=Han}]/u;

/** The claim with its quote's words replaced, its marks and the rest kept. */
function withWords(view: ClaimView, exact: string): ClaimView {
  const quote = view.claim.quote;
  return {
    ...view,
    claim: {
      ...view.claim,
      quote: { ...quote, textQuoteSelector: { ...quote.textQuoteSelector, exact } },
    },
  };
}

/**
 * Variants of the quote, each with one character of `script` (of eight spread over it; Hangul
 * or Han unless told) swapped for another of the quote: the same layout, one character
 * changed. Drawn with glyphs, each variant's picture differs from the quote's; drawn as empty
 * boxes of one width, it cannot.
 */
function oneCharacterChanged(view: ClaimView, script = hangulAndHan): ClaimView[] {
  const chars = [...view.claim.quote.textQuoteSelector.exact];
  const positions = chars.flatMap((char, i) => (script.test(char) ? [i] : []));
  const step = Math.max(1, Math.floor(positions.length / 8));
  return positions
    .filter((_, k) => k % step === 0)
    .slice(0, 8)
    .map((i) => {
      const other = chars.find((char) => script.test(char) && char !== chars[i]) ?? '';
      return withWords(view, chars.map((char, j) => (j === i ? other : char)).join(''));
    });
}

const image = (view: ClaimView, fonts: PreviewFonts) => claimPreviewImage(view, 'Site', fonts);

test.each(['ko', 'zh-Hans', 'zh-Hant'])(
  'a quote in %s is drawn with a glyph for each character, which a Latin-only font cannot draw',
  async (language) => {
    const view = claimIn(language);
    const variants = oneCharacterChanged(view);
    expect(variants.length).toBeGreaterThanOrEqual(4);
    const unchanged = async (fonts: PreviewFonts) => {
      const original = await image(view, fonts);
      const same: string[] = [];
      for (const variant of variants) {
        const changed = await image(variant, fonts);
        if (changed.equals(original)) same.push(variant.claim.quote.textQuoteSelector.exact);
      }
      return same;
    };
    // Drawn with glyphs, every changed character shows.
    expect(await unchanged('all')).toEqual([]);
    // The Latin font alone draws every such character as the same box: a change shows only
    // where it moves a line break, so most variants look the same as the quote.
    expect((await unchanged('latin')).length).toBeGreaterThanOrEqual(variants.length / 2);
  },
  240_000,
);

test('only the font subsets that hold a quote’s characters are read', () => {
  const quote = claimIn('ko').claim.quote.textQuoteSelector.exact;
  const fonts = fontsFor('ko-KR', quote);
  expect(fonts.length).toBeGreaterThan(0);
  // Two weights of each subset, and far fewer subsets than the font has (about a hundred).
  expect(fonts.length % 2).toBe(0);
  expect(fonts.length / 2).toBeLessThan(40);
  expect(fonts.every((font) => font.name.startsWith('Noto Sans KR '))).toBe(true);
  expect(fontsFor('en-US', quote)).toEqual([]);
  // Satori names the languages the characters may be in, likeliest first.
  expect(
    fontsFor('zh-TW|ja-JP|zh-CN', '銀浦').every((font) => font.name.startsWith('Noto Sans TC ')),
  ).toBe(true);
});

test.each([
  ['ko', 'ko-KR'],
  ['zh-Hans', 'zh-CN'],
  ['zh', 'zh-CN'],
  ['zh-Hant', 'zh-TW'],
  ['zh-HK', 'zh-HK'],
  ['ja', 'ja-JP'],
  ['en-GB', undefined],
])('a quote in %s is drawn in satori’s %s forms', (tag, code) => {
  expect(satoriLanguage(tag)).toBe(code);
});

/**
 * Invented sentences about the invented estuary talks, in scripts other than Latin, Hangul
 * and Han, with their direction.
 */
const invented = {
  // "The boats of both sides will go out together at dawn, and no one will count them alone."
  he: ['הסירות של שני הצדדים ייצאו יחד עם שחר, ואיש לא יספור אותן לבדו', 'rtl'],
  // "We asked for a single ceiling for the catch, and we are still waiting for the answer."
  ar: ['طلبنا سقفا واحدا للصيد، وما زلنا ننتظر الجواب', 'rtl'],
  // "Two numbers on the table, and both of them are ours."
  ru: ['Две цифры на столе, и обе наши', 'ltr'],
  el: ['Δύο αριθμοί στο τραπέζι, και οι δύο δικοί μας', 'ltr'],
  ka: ['ორი რიცხვი მაგიდაზე, ორივე ჩვენია', 'ltr'],
  am: ['ሁለት ቁጥሮች በጠረጴዛው ላይ አሉ', 'ltr'],
} as const;

/** The claim as if quoted from a source in `language`, with `exact` as its words. */
function quotedIn(
  view: ClaimView,
  language: keyof typeof invented | 'en',
  exact: string = language === 'en' ? 'There are two numbers on the table' : invented[language][0],
): ClaimView {
  const moved = withWords(view, exact);
  const direction = language === 'en' ? 'ltr' : invented[language][1];
  return { ...moved, source: { ...moved.source, language, direction } };
}

/** Every string an element shows, in order. */
function textsOf(node: ReactNode): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => textsOf(child));
  if (isValidElement<{ children?: ReactNode }>(node)) return textsOf(node.props.children);
  return [];
}

test.each([
  ['Latin letters', 'There are two numbers on the table', true],
  ['Hangul', '두 나라가 똑같이 지키는 연간 어획 상한입니다', true],
  ['Han', '这不是对等的限额。', true],
  ['kana', 'これは対等な上限ではありません', true],
  ['Hebrew', invented.he[0], true],
  ['Arabic', invented.ar[0], true],
  ['Cyrillic', invented.ru[0], true],
  ['Greek', invented.el[0], true],
  ['Vietnamese letters', 'Hai con số trên bàn', true],
  ['Georgian', invented.ka[0], false],
  ['Ethiopic', invented.am[0], false],
  ['Devanagari', 'मेज़ पर दो संख्याएँ', false],
])('the preview fonts draw %s: %s', (_, text, drawn) => {
  expect(previewDraws(text)).toBe(drawn);
});

const base = claimIn('ko');

test.each(['he', 'ar', 'ru', 'el'] as const)(
  'a quote in %s is drawn with its letters, which a Latin-only font draws as boxes',
  async (language) => {
    const view = quotedIn(base, language);
    const letters = /\p{L}/u;
    const variants = oneCharacterChanged(view, letters);
    const same = async (fonts: PreviewFonts) => {
      const original = await image(view, fonts);
      let count = 0;
      for (const variant of variants) if ((await image(variant, fonts)).equals(original)) count++;
      return count;
    };
    expect(await same('all')).toBe(0);
    expect(await same('latin')).toBeGreaterThanOrEqual(variants.length / 2);
  },
  120_000,
);

/** A PNG's pixels, decoded by drawing it into an image of its own size. */
function pixelsOf(png: Buffer): { width: number; height: number; data: Uint8Array } {
  const { width, height } = previewSize;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const rendered = new Resvg(svg).render();
  return { width: rendered.width, height: rendered.height, data: new Uint8Array(rendered.pixels) };
}

const previewSize = { width: 1200, height: 630 };

/** Whether a pixel is the dark ink of text (the page is near white). */
function inkAt(pixels: ReturnType<typeof pixelsOf>, x: number, y: number): boolean {
  const at = (y * pixels.width + x) * 4;
  const [r = 255, g = 255, b = 255] = pixels.data.subarray(at, at + 3);
  return Math.max(r, g, b) < 128;
}

/**
 * The columns and rows where two images differ in ink: by more than half the range in some
 * channel. A line set from the right edge lands a fraction of a pixel apart when its length
 * changes (each glyph is placed from the line's left end), which shades edges a little but
 * moves no ink.
 */
function differences(a: Buffer, b: Buffer): { columns: number[]; rows: number[] } {
  const [one, other] = [pixelsOf(a), pixelsOf(b)];
  const columns = new Set<number>();
  const rows = new Set<number>();
  for (let y = 0; y < one.height; y++) {
    for (let x = 0; x < one.width; x++) {
      const at = (y * one.width + x) * 4;
      const pixel = one.data.subarray(at, at + 4);
      if (pixel.some((value, i) => Math.abs(value - (other.data[at + i] ?? 0)) > 128)) {
        columns.add(x);
        rows.add(y);
      }
    }
  }
  const sorted = (set: Set<number>) => [...set].sort((p, q) => p - q);
  return { columns: sorted(columns), rows: sorted(rows) };
}

/**
 * Short quotes of one line, with their first and last words each replaced by a longer word
 * (invented too): "the boats of both sides" / "and the boats", "the ports"; "we asked for a
 * single ceiling for the catch" / "and we asked", "for the sea".
 */
const oneLine = {
  he: ['הסירות של שני הצדדים', 'והסירות של שני הצדדים', 'הסירות של שני הנמלים'],
  ar: ['طلبنا سقفا واحدا للصيد', 'وطلبنا سقفا واحدا للصيد', 'طلبنا سقفا واحدا للبحرين'],
} as const;

test.each(['he', 'ar'] as const)(
  'a quote in %s is drawn right to left from the right edge, its opening mark at the right',
  async (language) => {
    const [quote, firstChanged, lastChanged] = oneLine[language];
    const draw = (words: string) => claimPreviewImage(quotedIn(base, language, words), 'Site');
    const drawn = await draw(quote);
    // Its letters are drawn: in the other order they make another picture.
    expect(drawn.equals(await draw([...quote].reverse().join('')))).toBe(false);
    // The first word is at the right: what changes with it reaches further right than what
    // changes with the last word, which leaves the rest of the line, to its right, as it was.
    // Drawn left to right in the letters' order, the last word would be the one at the right.
    const first = differences(drawn, await draw(firstChanged));
    const last = differences(drawn, await draw(lastChanged));
    expect(first.columns.length).toBeGreaterThan(0);
    expect(last.columns.length).toBeGreaterThan(0);
    expect(Math.max(...first.columns) - Math.max(...last.columns)).toBeGreaterThan(100);
    // The line ends at the right with the opening mark: it stays put when the first word grows
    // (the line is set from the right), it sits high, above the letters' middle, and it is the
    // opening “, whose commas hang their weight low (the closing ” holds it high).
    const pixels = pixelsOf(drawn);
    const [top = 0, bottom = 0] = [first.rows[0], first.rows.at(-1)];
    const inkColumns = Array.from({ length: pixels.width }, (_, x) => x).filter((x) =>
      first.rows.some((y) => inkAt(pixels, x, y)),
    );
    const right = Math.max(...inkColumns);
    expect(right).toBeGreaterThan(previewSize.width - 100);
    const mark = inkColumns.filter((x) => x > right - 8);
    expect(mark.every((x) => !first.columns.includes(x))).toBe(true);
    const markRows = first.rows.filter((y) => mark.some((x) => inkAt(pixels, x, y)));
    expect(Math.max(...markRows)).toBeLessThan((top + bottom) / 2);
    const [markTop = 0, markBottom = 0] = [markRows[0], markRows.at(-1)];
    const inkIn = (from: number, to: number) =>
      markRows
        .filter((y) => y >= from && y <= to)
        .reduce((sum, y) => sum + mark.filter((x) => inkAt(pixels, x, y)).length, 0);
    const middle = (markTop + markBottom) / 2;
    expect(inkIn(middle, markBottom)).toBeGreaterThan(inkIn(markTop, middle - 0.5));
  },
  60_000,
);

/**
 * An Arabic word ("a dream"), and the same letters in the forms they take when joined to
 * their neighbours (initial hah, medial lam, final meem) and alone. It has no dots: the font
 * places the dots of a joined letter by its neighbours, a pixel or two from where the
 * presentation forms have them.
 */
const joined = {
  word: 'حلم',
  contextual: '\uFEA3\uFEE0\uFEE2',
  isolated: '\uFEA1\uFEDD\uFEE1',
};

test('an Arabic quote is drawn with its letters joined, as the forms they take in the word', async () => {
  const draw = (words: string) => claimPreviewImage(quotedIn(base, 'ar', words), 'Site');
  const word = await draw(joined.word);
  expect(word.equals(await draw(joined.contextual))).toBe(true);
  expect(word.equals(await draw(joined.isolated))).toBe(false);
}, 60_000);

test.each(['ka', 'am'] as const)(
  'a quote in %s, which no preview font draws, is not given as boxes: the image says where it is',
  async (language) => {
    const view = quotedIn(base, language);
    const words = view.claim.quote.textQuoteSelector.exact;
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? '';
    const shown = textsOf(claimPreviewElement(view, 'Site')).join('\n');
    // Not one of the quote's letters is set; the language and our summary are, unquoted.
    expect([...shown].filter((char) => /\p{L}/u.test(char) && words.includes(char))).toEqual([]);
    expect(shown).toContain(`The quote is in ${name}, on the claim’s page. In our words:`);
    expect(shown).toContain(view.claim.summary);
    expect(shown).not.toMatch(/[“”]/);
    // The words do not reach the picture: the same quote with its letters in the other order,
    // or other words, gives the same image (boxes for each letter would move).
    const drawn = await claimPreviewImage(view, 'Site');
    const reversed = quotedIn(base, language, [...words].reverse().join(''));
    expect((await claimPreviewImage(reversed, 'Site')).equals(drawn)).toBe(true);
    const other = quotedIn(base, language, words.split(' ').slice(0, 2).join(' '));
    expect((await claimPreviewImage(other, 'Site')).equals(drawn)).toBe(true);
  },
  60_000,
);

test('a report in a script no preview font draws does not put our summary after the source’s name', () => {
  const reported = index.claims.find((one) => one.claim.speech === 'reported');
  if (!reported) throw new Error('the fixture has no reported claim');
  const view = quotedIn(reported, 'ka');
  const shown = textsOf(claimPreviewElement(view, 'Site'));
  expect(shown).not.toContain(reportLeadIn(view.source));
  expect(shown.join('\n')).toContain('The report is in Georgian, on the claim’s page.');
});

test('an image reads the fonts of another script only when its quote is in it', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'preview-font-reads-'));
  try {
    const views = join(folder, 'views.json');
    writeFileSync(
      views,
      JSON.stringify(['en', 'he', 'ar'].map((one) => quotedIn(base, one as 'en'))),
    );
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'tests/support/preview-font-reads.ts', views],
      { timeout: 120_000 },
    );
    const { atLoad, perImage } = JSON.parse(stdout) as {
      atLoad: FontRead[];
      perImage: FontRead[][];
    };
    const files = (reads: FontRead[] | undefined) => (reads ?? []).map(({ file }) => file).sort();
    // Loading reads the Latin fonts only; the Latin quote's image reads none at all.
    expect(files(atLoad).every((file) => file.startsWith('noto-sans-latin'))).toBe(true);
    expect(files(perImage[0])).toEqual([]);
    // The Hebrew and Arabic images read their script's subset, in the two weights, and no other.
    expect(files(perImage[1])).toEqual([
      'noto-sans-hebrew-hebrew-400-normal.woff',
      'noto-sans-hebrew-hebrew-700-normal.woff',
    ]);
    expect(files(perImage[2])).toEqual([
      'noto-sans-arabic-arabic-400-normal.woff',
      'noto-sans-arabic-arabic-700-normal.woff',
    ]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}, 150_000);
