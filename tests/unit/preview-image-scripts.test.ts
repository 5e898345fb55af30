/**
 * Preview images draw Korean and Chinese quotes with their glyphs, from the invented
 * multilingual dossier. A font without Hangul or Han draws every such character as the same
 * empty box, so two quotes of the same characters in another order give the same picture;
 * drawn with glyphs, they differ. The test tries both fonts, so it can tell them apart.
 */
import { expect, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { fontsFor, satoriLanguage } from '../../scripts/site/cjk-fonts.ts';
import { claimPreviewImage, type PreviewFonts } from '../../scripts/site/preview-image.ts';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';

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

const script = /[\p{Script=Hangul}\p{Script=Han}]/u;

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
 * Variants of the quote, each with one Hangul or Han character (of eight spread over it)
 * swapped for another of the quote: the same layout, one character changed. Drawn with
 * glyphs, each variant's picture differs from the quote's; drawn as empty boxes, it cannot.
 */
function oneCharacterChanged(view: ClaimView): ClaimView[] {
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
