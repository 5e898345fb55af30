import fc from 'fast-check';
import { expect, test } from 'vitest';
import { glanceExcerptMax } from '../../src/corpus/glance-words.ts';
import { ellipsis, excerptWords, quoteExcerpt } from '../../src/corpus/quote-excerpt.ts';
import { dossier } from '../support/dossier.ts';

const length = (text: string) => Array.from(text).length;

test.each([
  {
    case: 'a quote that fits is shown whole',
    quote: 'the count was clean',
    near: 'anything',
    max: 40,
    excerpt: 'the count was clean',
  },
  {
    case: 'a long quote is cut at a word, with an ellipsis after',
    quote: 'the count was clean and the harbour board will meet on Monday',
    near: 'nothing alike',
    max: 25,
    excerpt: 'the count was clean and…',
  },
  {
    case: 'the run sharing the short form’s words is chosen, with ellipses both sides',
    quote: 'As I said before, the vote will be held in May, whatever the union says',
    near: 'Will hold the vote in May',
    max: 32,
    excerpt: '…the vote will be held in May…',
  },
  {
    case: 'a comma before a cut is left out, leaving the words',
    quote: 'They should be counted again, I think, and then published',
    near: 'counted again',
    max: 30,
    excerpt: 'They should be counted again…',
  },
  {
    case: 'one word longer than the room keeps its first letters',
    quote: 'Unbelievablyunshakeable',
    near: '',
    max: 10,
    excerpt: 'Unbelieva…',
  },
])('$case', ({ quote, near, max, excerpt }) => {
  expect(quoteExcerpt(quote, near, max)).toBe(excerpt);
});

test('an excerpt is always the quote’s exact words, within its length, with marks where cut', () => {
  const words = fc.stringMatching(/^[A-Za-zÀ-ÿ,.;'’!?-]{1,12}$/);
  const text = fc.array(words, { minLength: 1, maxLength: 30 }).map((list) => list.join(' '));
  fc.assert(
    fc.property(text, text, fc.integer({ min: 8, max: 90 }), (quote, near, max) => {
      const excerpt = quoteExcerpt(quote, near, max);
      expect(length(excerpt)).toBeLessThanOrEqual(max);
      expect(quote).toContain(excerptWords(excerpt));
      if (length(quote) <= max) expect(excerpt).toBe(quote);
      else expect(excerpt.startsWith(ellipsis) || excerpt.endsWith(ellipsis)).toBe(true);
    }),
    { seed: 20_190_228, numRuns: 2_000 },
  );
});

test('every direct claim of the dossier gets an excerpt of its own words near its short form', () => {
  const direct = dossier.claims.filter((view) => view.claim.speech === 'direct');
  expect(direct.length).toBeGreaterThan(0);
  for (const { claim } of direct) {
    const quote = claim.quote.textQuoteSelector.exact;
    const excerpt = quoteExcerpt(quote, claim.short ?? claim.summary, glanceExcerptMax);
    expect(length(excerpt), claim.id).toBeLessThanOrEqual(glanceExcerptMax);
    expect(quote, claim.id).toContain(excerptWords(excerpt));
  }
});
