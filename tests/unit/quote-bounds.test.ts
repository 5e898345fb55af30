/**
 * Widening and narrowing a quote one piece at a time (src/author/quote-bounds.ts), in a
 * spaced script and in one without spaces, and the fields a new span gives a claim.
 */
import { expect, test } from 'vitest';
import { moveEdge, quoteSpan, wordsAt, type EdgeMove } from '../../src/author/quote-bounds.ts';

const text = 'The chair said: "We will not let the\ndredgers work after dark," and left.';

test.each<[EdgeMove, string, string | undefined]>([
  ['grow-start', 'will not', 'We will not'],
  ['grow-start', 'We will', '"We will'],
  ['shrink-start', 'We will not', 'will not'],
  ['shrink-end', 'let the\ndredgers', 'let the'],
  ['grow-end', 'let the', 'let the\ndredgers'],
  ['grow-end', 'after dark', 'after dark,'],
  ['shrink-start', 'dark', undefined],
  ['grow-end', 'and left.', undefined],
])('%s of "%s" gives "%s"', (move, words, expected) => {
  const start = text.indexOf(words);
  const moved = moveEdge(text, { start, end: start + words.length }, move);
  expect(moved && text.slice(moved.start, moved.end)).toBe(expected);
});

test('a script without spaces moves by its words', () => {
  const chinese = '港口委员会希望继续对话。';
  const quote = '希望继续';
  const start = chinese.indexOf(quote);
  const grown = moveEdge(chinese, { start, end: start + quote.length }, 'grow-start');
  // By one word as this machine's segmenter cuts the text, not to the text's start.
  const words = [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(chinese)];
  const previous = words.filter((one) => one.index < start).at(-1);
  expect(grown?.start).toBe(previous?.index);
  expect(grown?.start).toBeGreaterThan(0);
  const shrunk = moveEdge(chinese, { start, end: start + quote.length }, 'shrink-end');
  expect(shrunk && chinese.slice(shrunk.start, shrunk.end)).toBe('希望');
});

test('a quote is found by its words and context; a new span proposes its speech and context', () => {
  const twice = 'He said "no". She said "no".';
  expect(quoteSpan(twice, { quote: 'no' })).toBeUndefined();
  expect(quoteSpan(twice, { quote: 'no', quotePrefix: 'She said "' })).toEqual({
    start: twice.lastIndexOf('no'),
    end: twice.lastIndexOf('no') + 2,
  });
  expect(quoteSpan(twice, { quote: 'no' }, twice.indexOf('no'))).toEqual({
    start: twice.indexOf('no'),
    end: twice.indexOf('no') + 2,
  });
  const start = twice.lastIndexOf('no');
  expect(wordsAt(twice, { start, end: start + 2 }, 'en')).toEqual({
    quote: 'no',
    quotePrefix: 'She said "',
    speech: 'direct',
  });
  expect(wordsAt(twice, { start: 0, end: 13 }, 'en')).toEqual({
    quote: 'He said "no".',
    speech: 'reported',
  });
});
