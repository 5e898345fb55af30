import { expect, test } from 'vitest';
import { formatStatedAt, parseStatedAt } from '../../src/corpus/stated-at.ts';

test.each([
  { text: '2019', formatted: '2019' },
  { text: '2019-01', formatted: 'January 2019' },
  { text: '2019-03-01', formatted: '1 March 2019' },
  { text: '2019-02-28/2019-03-01', formatted: '28 February – 1 March 2019' },
  { text: '2019-02-27/2019-02-28', formatted: '27–28 February 2019' },
  { text: '2019-01/2019-03', formatted: 'January – March 2019' },
  { text: '2018-12-31/2019-01-01', formatted: '31 December 2018 – 1 January 2019' },
  { text: '2020-02-29', formatted: '29 February 2020' },
])('$text reads as "$formatted"', ({ text, formatted }) => {
  expect(parseStatedAt(text)).toBeDefined();
  expect(formatStatedAt(text)).toBe(formatted);
});

test.each([
  '2019-02-29',
  '2019-13',
  '2019-00-10',
  '19-03-01',
  '2019-3-1',
  '2019-03-01/2019-02-28',
  '2019-03-01/2019-03-01',
  'a/b/c',
  '',
])('%j is not a date', (text) => {
  expect(parseStatedAt(text)).toBeUndefined();
});
