import { expect, test } from 'vitest';
import {
  codePointIndex,
  codePointLength,
  sliceCodePoints,
  utf16Index,
} from '../../src/corpus/code-points.ts';

const text = 'a😀b𝄞c'; // two astral characters: 7 UTF-16 units, 5 code points

test.each([
  { utf16: 0, codePoint: 0 },
  { utf16: 1, codePoint: 1 },
  { utf16: 3, codePoint: 2 },
  { utf16: 4, codePoint: 3 },
  { utf16: 6, codePoint: 4 },
  { utf16: 7, codePoint: 5 },
])('UTF-16 index $utf16 is code point $codePoint and back', ({ utf16, codePoint }) => {
  expect(codePointIndex(text, utf16)).toBe(codePoint);
  expect(utf16Index(text, codePoint)).toBe(utf16);
});

test('the length of a text counts each astral character once', () => {
  expect(codePointLength(text)).toBe(5);
  expect(codePointLength('')).toBe(0);
});

test('slicing by code points never splits a character', () => {
  expect(sliceCodePoints(text, 1, 4)).toBe('😀b𝄞');
  expect(sliceCodePoints(text, 4, 99)).toBe('c');
});

test('a lone surrogate counts as one code point', () => {
  expect(codePointLength('a\ud800b')).toBe(3);
});
