import { expect, test } from 'vitest';
import {
  formatStatedAt,
  parseStatedAt,
  statedDays,
  statedMinute,
} from '../../src/corpus/stated-at.ts';

test.each([
  { text: '2019', formatted: '2019' },
  { text: '2019-01', formatted: 'January 2019' },
  { text: '2019-03-01', formatted: '1 March 2019' },
  { text: '2019-02-28/2019-03-01', formatted: '28 February – 1 March 2019' },
  { text: '2019-02-27/2019-02-28', formatted: '27–28 February 2019' },
  { text: '2019-01/2019-03', formatted: 'January – March 2019' },
  { text: '2018-12-31/2019-01-01', formatted: '31 December 2018 – 1 January 2019' },
  { text: '2020-02-29', formatted: '29 February 2020' },
  { text: '2019-02-28T23:00+07:00', formatted: '28 February 2019, 23:00 UTC+7' },
  { text: '2019-02-28T09:05Z', formatted: '28 February 2019, 09:05 UTC' },
  { text: '2019-02-28T09:05-05:30', formatted: '28 February 2019, 09:05 UTC−5:30' },
  {
    text: '2019-02-28T23:00+07:00/2019-03-01T01:00+07:00',
    formatted: '28 February, 23:00 UTC+7 – 1 March 2019, 01:00 UTC+7',
  },
  {
    text: '2019-02-28T23:00+07:00/2019-03-01',
    formatted: '28 February, 23:00 UTC+7 – 1 March 2019',
  },
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
  // A time of day needs the offset of its clock: without it, which hour is meant is a guess.
  '2019-02-28T23:00',
  '2019-02-28T24:00+07:00',
  '2019-02-28T23:60+07:00',
  '2019-02-28T23:00+15:00',
  '2019-02-28T23:00+0700',
  '2019-02-28T23+07:00',
  '2019-02T23:00+07:00',
  // An end at or before its start, on the clocks given.
  '2019-02-28T23:00+07:00/2019-02-28T22:00+07:00',
  '2019-02-28T23:00+07:00/2019-02-28T17:00+01:00',
  '2019-02-28T23:00+07:00/2019-02-28',
])('%j is not a date', (text) => {
  expect(parseStatedAt(text)).toBeUndefined();
});

test('a time of day keeps the day as written, and orders by the moment on any clock', () => {
  // 23:00 in Hanoi is 16:00 UTC the same day; 12:00 in New York is 17:00 UTC.
  expect(statedDays('2019-02-28T23:00+07:00')).toEqual(statedDays('2019-02-28'));
  const hanoi = statedMinute('2019-02-28T23:00+07:00') ?? NaN;
  const newYork = statedMinute('2019-02-28T12:00-05:00') ?? NaN;
  expect(newYork - hanoi).toBe(60);
  expect(statedMinute('2019-02-28T16:00Z')).toBe(hanoi);
  expect(statedMinute('2019-02-28')).toBeUndefined();
  expect(statedMinute('2019-02')).toBeUndefined();
});
