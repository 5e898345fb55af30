/**
 * The one fuzzy matcher (scripts/corpus/closest-passage.ts), which the verifier shows beside a
 * quote it cannot find and the workbench proposes on a corrected copy, and the context that
 * tells one occurrence of repeated words from the others (src/corpus/anchoring.ts).
 */
import { expect, test } from 'vitest';
import { closestPassage, editCount, snapToWords } from '../../scripts/corpus/closest-passage.ts';
import { tellingContext } from '../../src/corpus/anchoring.ts';

/** The text of `[[…]]` marked in `marked`, and the text without the marks. */
function marked(text: string) {
  const start = text.indexOf('[[');
  const end = text.indexOf(']]') - 2;
  return { text: text.replace('[[', '').replace(']]', ''), start, end };
}

test.each([
  {
    name: 'a word mostly inside is taken in whole',
    span: 'the council [[will cut their spendi]]ng',
    snapped: 'will cut their spending',
  },
  {
    name: 'a word mostly outside is left out',
    span: 'the council [[will cut their sp]]ending',
    snapped: 'will cut their',
  },
  { name: 'the start too', span: 'the co[[uncil will cut]] their', snapped: 'council will cut' },
  {
    name: 'and left out at the start',
    span: 'the coun[[cil will cut]] their',
    snapped: 'will cut',
  },
  {
    name: 'white space at the edges is trimmed',
    span: 'the[[ council will ]]cut',
    snapped: 'council will',
  },
  {
    name: 'a script without spaces is cut at its words',
    span: '港口[[委员会希望继]]续对话。',
    snapped: '委员会希望继续',
  },
  {
    name: 'whole words stay as they are',
    span: 'the [[council will]] cut',
    snapped: 'council will',
  },
])('$name', ({ span, snapped }) => {
  const { text, start, end } = marked(span);
  const at = snapToWords(text, start, end);
  expect(text.slice(at.start, at.end)).toBe(snapped);
});

test('the closest passage is whole words, with the edits counted on what is proposed', () => {
  const text = 'Officials said the council will cut spendings on roads next year.';
  const found = closestPassage(text, { exact: 'the council will cut spending on' });
  expect(found?.passage).toBe('the council will cut spendings on');
  expect(found?.errors).toBe(
    editCount('the council will cut spendings on', 'the council will cut spending on'),
  );
  expect(found?.errors).toBe(1);
});

test('of two close passages, the one whose context matches is chosen', () => {
  const text = 'First she said the count was wrong. Later he said the count was fine.';
  const found = closestPassage(text, { exact: 'the count is fine', prefix: 'Later he said ' });
  expect(found?.start).toBe(text.lastIndexOf('the count'));
  expect(
    closestPassage(text, { exact: 'the count is wrong', prefix: 'First she said ' })?.start,
  ).toBe(text.indexOf('the count'));
});

test('nothing within a quarter of the quote in edits is no passage', () => {
  expect(
    closestPassage('An unrelated text about the weather.', {
      exact: 'the budget passed by ten votes',
    }),
  ).toBeUndefined();
});

test('repeated words are told apart by the fewest whole words before them, or else after', () => {
  const text = 'He said the vote was fair. She said the vote was fair, twice.';
  const second = text.lastIndexOf('the vote was fair');
  expect(tellingContext(text, { start: second, end: second + 17 })).toEqual({
    quotePrefix: 'She said ',
  });
  const first = text.indexOf('the vote was fair');
  expect(tellingContext(text, { start: first, end: first + 17 })).toEqual({
    quotePrefix: 'He said ',
  });
  // The same words before both, as far as the text goes: the words after tell them apart.
  const same = 'She said the vote was fair. She said the vote was fair, twice.';
  const earlier = same.indexOf('the vote');
  expect(tellingContext(same, { start: earlier, end: earlier + 17 })).toEqual({
    quoteSuffix: '.',
  });
  // Words that occur once need nothing.
  expect(tellingContext(text, { start: 0, end: 7 })).toEqual({});
});
