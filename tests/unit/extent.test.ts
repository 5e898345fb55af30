import { expect, test } from 'vitest';
import { extent } from '../../src/lib/extent.ts';

test.each([
  [[3], { min: 3, max: 3 }],
  [[2, -1, 7, 7, 0], { min: -1, max: 7 }],
  [[-Infinity, 5, Infinity], { min: -Infinity, max: Infinity }],
])('the extent of %j is %j', (values, expected) => {
  expect(extent(values)).toEqual(expected);
  expect(extent(new Set(values))).toEqual(expected);
});

test('no values have no extent', () => {
  expect(extent([])).toBeUndefined();
});

test('a million values have an extent, where a spread of them throws', () => {
  const values = Float64Array.from({ length: 1_000_000 }, (_, i) => Math.sin(i) * i);
  expect(() => Math.max(...values)).toThrow(RangeError);
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  expect(extent(values)).toEqual({ min, max });
}, 60_000); // generous: hundreds of thousands of values on a busy machine
