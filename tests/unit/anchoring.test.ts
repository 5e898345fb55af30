import { expect, test } from 'vitest';
import {
  codePointIndex,
  codePointLength,
  selectorContextLength,
  selectorsOf,
  sliceCodePoints,
  spanAt,
  utf16Index,
} from '../../src/corpus/anchoring.ts';

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

/** Texts whose code points and UTF-16 units differ in every way a source can make them differ. */
const texts = {
  ascii: 'The summit ended without a deal, and both sides said why.',
  'astral characters': 'a😀b𝄞c 🤝 “We will meet again,” 🇰🇵 said 𝒦im.',
  'combining marks': 'Hà Nội: the café’s owner said “không” twice.',
  'CJK text': '金正恩委员长说：“我们会再见面。”然后离开了。',
  'a byte order mark': '\uFEFFFirst line.\nSecond line, “quoted”.',
  'line breaks': 'one\r\ntwo\rthree\n\nfour',
};

/** Every span of a text that starts and ends between code points. */
function spansOf(text: string): { start: number; end: number }[] {
  const bounds = [0];
  for (const character of text) bounds.push((bounds.at(-1) ?? 0) + character.length);
  const spans = [];
  for (let i = 0; i < bounds.length; i++) {
    for (let j = i + 1; j < bounds.length; j += 3) {
      spans.push({ start: bounds[i] ?? 0, end: bounds[j] ?? 0 });
    }
  }
  return spans;
}

test.each(Object.entries(texts))(
  'selectors of every span of a text with %s point back at that span',
  (_, text) => {
    for (const span of spansOf(text)) {
      const { textQuoteSelector: quote, textPositionSelector: position } = selectorsOf(text, span);
      expect(spanAt(text, position)).toEqual(span);
      expect(quote.exact).toBe(text.slice(span.start, span.end));
      expect(sliceCodePoints(text, position.start, position.end)).toBe(quote.exact);
      // The context is the text right before and after, up to the shared length, whole characters.
      expect(text.slice(0, span.start).endsWith(quote.prefix)).toBe(true);
      expect(text.slice(span.end).startsWith(quote.suffix)).toBe(true);
      const before = Array.from(text.slice(0, span.start));
      const after = Array.from(text.slice(span.end));
      expect(Array.from(quote.prefix)).toEqual(before.slice(-selectorContextLength));
      expect(Array.from(quote.suffix)).toEqual(after.slice(0, selectorContextLength));
    }
  },
);

test.each(Object.entries(texts))(
  'code point offsets of a text with %s convert to UTF-16 and back',
  (_, text) => {
    for (let point = 0; point <= codePointLength(text); point++) {
      expect(codePointIndex(text, utf16Index(text, point))).toBe(point);
    }
  },
);

test.each([
  { name: 'before the text', position: { start: 0, end: 0 }, span: { start: 0, end: 0 } },
  { name: 'past its end', position: { start: 3, end: 99 }, span: { start: 4, end: 7 } },
  { name: 'over an astral character', position: { start: 1, end: 2 }, span: { start: 1, end: 3 } },
])('a position $name is clamped to whole characters of the text', ({ position, span }) => {
  expect(spanAt(text, position)).toEqual(span);
});
