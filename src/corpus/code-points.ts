/**
 * Offsets in the W3C Web Annotation model count Unicode code points, while JavaScript strings
 * index UTF-16 code units. These helpers convert between the two so that a
 * TextPositionSelector means the same thing to every tool that reads it.
 */

/** True when a high surrogate at `i` is followed by a low one: two code units, one code point. */
function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** The number of code points in `text` before the UTF-16 index `utf16Index`. */
export function codePointIndex(text: string, utf16Index: number): number {
  let count = 0;
  for (let i = 0; i < utf16Index; i++) {
    if (i + 1 < utf16Index && isSurrogatePair(text, i)) i++;
    count++;
  }
  return count;
}

/** The UTF-16 index in `text` of the code point at `codePoint` (clamped to the text's end). */
export function utf16Index(text: string, codePoint: number): number {
  let i = 0;
  for (let seen = 0; seen < codePoint && i < text.length; seen++) {
    i += isSurrogatePair(text, i) ? 2 : 1;
  }
  return i;
}

/** The text between code point offsets `start` (inclusive) and `end` (exclusive). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const from = utf16Index(text, start);
  return text.slice(from, from + utf16Index(text.slice(from), end - start));
}

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
  return codePointIndex(text, text.length);
}
