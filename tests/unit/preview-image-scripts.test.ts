/**
 * Preview images draw Korean and Chinese quotes with their glyphs, from the invented
 * multilingual dossier. A font without Hangul or Han draws every such character as the same
 * empty box, so two quotes of the same characters in another order give the same picture;
 * drawn with glyphs, they differ. The test tries both fonts, so it can tell them apart.
 *
 * Quotes in a script no preview font holds (Hebrew and Arabic, in invented sentences) are not
 * drawn as boxes: the image says what language the words are in and where they are.
 */
import { isValidElement, type ReactNode } from 'react';
import { expect, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { fontsFor, satoriLanguage } from '../../scripts/site/cjk-fonts.ts';
import { previewDraws } from '../../scripts/site/preview-coverage.ts';
import {
  claimPreviewElement,
  claimPreviewImage,
  type PreviewFonts,
} from '../../scripts/site/preview-image.ts';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';
import { reportLeadIn } from '../../src/corpus/report-lead-in.ts';

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

/** Invented sentences in right-to-left scripts, about the invented estuary talks. */
const rightToLeft = {
  // "The boats of both sides will go out together at dawn, and no one will count them alone."
  he: 'הסירות של שני הצדדים ייצאו יחד עם שחר, ואיש לא יספור אותן לבדו',
  // "We asked for a single ceiling for the catch, and we are still waiting for the answer."
  ar: 'طلبنا سقفا واحدا للصيد، وما زلنا ننتظر الجواب',
};

/** The claim as if quoted from a right-to-left source in `language`, with `exact` as its words. */
function quotedIn(view: ClaimView, language: string, exact: string): ClaimView {
  const moved = withWords(view, exact);
  return { ...moved, source: { ...moved.source, language, direction: 'rtl' } };
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
  ['Hebrew', rightToLeft.he, false],
  ['Arabic', rightToLeft.ar, false],
  ['Cyrillic', 'Две цифры на столе', false],
])('the preview fonts draw %s: %s', (_, text, drawn) => {
  expect(previewDraws(text)).toBe(drawn);
});

test.each(Object.entries(rightToLeft))(
  'a quote in %s, which no preview font draws, is not given as boxes: the image says where it is',
  async (language, words) => {
    const base = claimIn('ko');
    const view = quotedIn(base, language, words);
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? '';
    const shown = textsOf(claimPreviewElement(view, 'Site')).join('\n');
    // Not one of the quote's letters is set; the language and our summary are, unquoted.
    expect([...shown].filter((char) => /\p{L}/u.test(char) && words.includes(char))).toEqual([]);
    expect(shown).toContain(`The quote is in ${name}, on the claim’s page. In our words:`);
    expect(shown).toContain(view.claim.summary);
    expect(shown).not.toMatch(/[“”]/);
    // The words do not reach the picture: the same quote with its letters in the other order,
    // or other words, gives the same image (boxes for each letter would move).
    const image = await claimPreviewImage(view, 'Site');
    const reversed = quotedIn(base, language, [...words].reverse().join(''));
    expect((await claimPreviewImage(reversed, 'Site')).equals(image)).toBe(true);
    const other = quotedIn(base, language, words.split(' ').slice(0, 3).join(' '));
    expect((await claimPreviewImage(other, 'Site')).equals(image)).toBe(true);
  },
  60_000,
);

test('a report in a script no preview font draws does not put our summary after the source’s name', () => {
  const reported = index.claims.find((one) => one.claim.speech === 'reported');
  if (!reported) throw new Error('the fixture has no reported claim');
  const view = quotedIn(reported, 'ar', rightToLeft.ar);
  const shown = textsOf(claimPreviewElement(view, 'Site'));
  expect(shown).not.toContain(reportLeadIn(view.source));
  expect(shown.join('\n')).toContain('The report is in Arabic, on the claim’s page.');
});
