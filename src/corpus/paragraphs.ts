/**
 * The one notion of a paragraph, for every part that cuts a text into them: the verifier's
 * quotation marks (quoted-passages.ts), the source reader and a quote's context
 * (sources/source-segments.ts), the workbench's selection (author/selection.ts) and text
 * fragments (exports/text-fragment.ts). A paragraph is a block of lines between blank lines
 * (a line of only white space is blank): a text hard-wrapped at a fixed width, as wire copy
 * is, keeps its paragraphs, and a quotation wrapped over two of its lines is one quotation.
 *
 * Offsets are UTF-16 indexes into the text, like `String.prototype.slice`.
 */
import type { TextSpan } from './anchoring.ts';

/**
 * The paragraphs of a text, in order, as `[start, end)`: each from just after the blank lines
 * before it (the text's start for the first) to the line break that begins the blank lines
 * after it (the text's end for the last). Together with the blank lines between them they
 * cover the whole text, so a reader that shows each paragraph shows every character.
 */
export function paragraphRanges(text: string): TextSpan[] {
  const ranges: TextSpan[] = [];
  let start = 0;
  for (const blank of text.matchAll(/\n\s*\n/g)) {
    ranges.push({ start, end: blank.index });
    start = blank.index + blank[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

/**
 * The paragraphs' words: each paragraph without the white space at its ends, and none that is
 * only white space.
 */
export function paragraphSpans(text: string): TextSpan[] {
  return paragraphRanges(text).flatMap(({ start, end }) => {
    const inner = text.slice(start, end);
    const from = start + (inner.length - inner.trimStart().length);
    const to = start + inner.trimEnd().length;
    return to > from ? [{ start: from, end: to }] : [];
  });
}

/** The paragraph (of {@link paragraphRanges}) that holds the index, or the one after it. */
export function paragraphAt(text: string, index: number): TextSpan {
  return paragraphRanges(text).find(({ end }) => end > index) ?? { start: 0, end: text.length };
}
