/**
 * Where a quote is in its source, the one way every part of the app says it: the compiler
 * computes the W3C selectors here, the browser finds the quote in the text with them, and the
 * exports (Web Annotations, text fragments, CSV) read them back.
 *
 * Offsets in the W3C Web Annotation model count Unicode code points, while JavaScript strings
 * index UTF-16 code units. These helpers convert between the two so that a
 * TextPositionSelector means the same thing to every tool that reads it.
 */
import type { TextPositionSelector, TextQuoteSelector } from './schema.ts';

/** Code points of context either side of a quote, as its TextQuoteSelector carries them. */
export const selectorContextLength = 32;

/** A stretch of a text, in UTF-16 code units (JavaScript string indexes), end exclusive. */
export type TextSpan = { start: number; end: number };

/** The W3C selectors of a quote: its words with their context, and its place in code points. */
export type QuoteSelectors = {
  textQuoteSelector: TextQuoteSelector;
  textPositionSelector: TextPositionSelector;
};

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

/**
 * The selectors of the quote at `span` of `text`: the exact words, up to
 * {@link selectorContextLength} code points of context either side, and its code point offsets.
 */
export function selectorsOf(text: string, span: TextSpan): QuoteSelectors {
  const exact = text.slice(span.start, span.end);
  const start = codePointIndex(text, span.start);
  // Twice the context in code units always holds the context in code points.
  const before = Array.from(
    text.slice(Math.max(0, span.start - 2 * selectorContextLength), span.start),
  );
  const after = Array.from(text.slice(span.end, span.end + 2 * selectorContextLength));
  return {
    textQuoteSelector: {
      type: 'TextQuoteSelector',
      exact,
      prefix: before.slice(-selectorContextLength).join(''),
      suffix: after.slice(0, selectorContextLength).join(''),
    },
    textPositionSelector: {
      type: 'TextPositionSelector',
      start,
      end: start + codePointLength(exact),
    },
  };
}

/** The span of `text` a position selector points at, in UTF-16 code units. */
export function spanAt(
  text: string,
  position: Pick<TextPositionSelector, 'start' | 'end'>,
): TextSpan {
  const start = utf16Index(text, position.start);
  return { start, end: start + utf16Index(text.slice(start), position.end - position.start) };
}

/** Every UTF-16 index at which `needle` occurs in `text`, overlapping occurrences included. */
export function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** The context that tells one occurrence of a quote's words from the others, as a claim gives it. */
export type TellingContext = { quotePrefix?: string; quoteSuffix?: string };

/** The longest context looked for, in UTF-16 code units: a sentence or two. */
const longestTellingContext = 240;

/**
 * What tells the words at `span` of `text` from their other occurrences, as the verifier reads
 * a claim's `quotePrefix` and `quoteSuffix`: nothing when they occur once; else the fewest
 * whole words right before them that no other occurrence has, or failing that right after
 * them; undefined when no context of a sentence or two does.
 */
export function tellingContext(text: string, span: TextSpan): TellingContext | undefined {
  const words = text.slice(span.start, span.end);
  const others = occurrencesOf(text, words).filter((i) => i !== span.start);
  if (others.length === 0) return {};
  // Whole words before: from each word start going back, nearest first.
  const before = text.slice(Math.max(0, span.start - longestTellingContext), span.start);
  const starts = [...before.matchAll(/(?<!\S)\S/g)].map((match) => match.index).reverse();
  for (const at of starts) {
    const quotePrefix = before.slice(at);
    if (others.every((i) => !text.slice(0, i).endsWith(quotePrefix))) return { quotePrefix };
  }
  const after = text.slice(span.end, span.end + longestTellingContext);
  for (const match of after.matchAll(/\S(?!\S)/g)) {
    const quoteSuffix = after.slice(0, match.index + 1);
    if (others.every((i) => !text.startsWith(quoteSuffix, i + words.length))) {
      return { quoteSuffix };
    }
  }
  return undefined;
}
