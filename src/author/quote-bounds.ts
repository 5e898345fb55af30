/**
 * Widening and narrowing a quote in place, one piece at a time: a word, or a mark of
 * punctuation, as the browser's word segmentation (`Intl.Segmenter`) cuts the text, so it
 * works for scripts without spaces as for those with them. Pure: the claim form calls it with
 * the archived text and the quote's place in it.
 *
 * Offsets are UTF-16 indexes into the text, like `String.prototype.slice`.
 */
import { occurrencesOf, tellingContext, type TextSpan } from '../corpus/anchoring.ts';
import { quotationStyle, quotedPassages, spanVerdict } from '../corpus/quoted-passages.ts';
import type { Speech } from '../corpus/schema.ts';
import type { AuthorState } from './author-api.ts';

/** Which end of the quote moves, and which way. */
export type EdgeMove = 'grow-start' | 'shrink-start' | 'shrink-end' | 'grow-end';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The pieces of text around a span: words and marks, without the white space between. */
function pieces(text: string, from: number, to: number): TextSpan[] {
  const out: TextSpan[] = [];
  for (const { segment, index } of segmenter.segment(text.slice(from, to))) {
    if (segment.trim() !== '')
      out.push({ start: from + index, end: from + index + segment.length });
  }
  return out;
}

/** How far around the quote to look for the next piece: a long word and its spaces. */
const reach = 80;

/**
 * The span with one edge moved by one piece (see the top of this file); undefined when it
 * cannot move that way (the text's end, or a quote of one piece left).
 */
export function moveEdge(text: string, span: TextSpan, move: EdgeMove): TextSpan | undefined {
  // One segmentation of the quote and its surroundings, so a word is cut as it reads in place.
  const around = pieces(
    text,
    Math.max(0, span.start - reach),
    Math.min(text.length, span.end + reach),
  );
  switch (move) {
    case 'grow-start': {
      const before = around.filter((piece) => piece.start < span.start).at(-1);
      return before && { start: before.start, end: span.end };
    }
    case 'grow-end': {
      const after = around.find((piece) => piece.end > span.end);
      return after && { start: span.start, end: after.end };
    }
    case 'shrink-start': {
      const next = around.find((piece) => piece.start > span.start && piece.end <= span.end);
      return next && { start: next.start, end: span.end };
    }
    case 'shrink-end': {
      const last = around
        .filter((piece) => piece.end < span.end && piece.start >= span.start)
        .at(-1);
      return last && { start: span.start, end: last.end };
    }
  }
}

/** Where a quote is in the text: by its words and context, or by the place it was selected. */
export function quoteSpan(
  text: string,
  {
    quote,
    quotePrefix,
    quoteSuffix,
  }: { quote: string; quotePrefix?: string; quoteSuffix?: string },
  near?: number,
): TextSpan | undefined {
  const found = occurrencesOf(text, quote).filter(
    (i) =>
      (quotePrefix === undefined || text.slice(0, i).endsWith(quotePrefix)) &&
      (quoteSuffix === undefined || text.startsWith(quoteSuffix, i + quote.length)),
  );
  const at =
    near !== undefined && found.includes(near) ? near : found.length === 1 ? found[0] : undefined;
  return at === undefined ? undefined : { start: at, end: at + quote.length };
}

/**
 * The fields of a claim's words at a new span: the words, what tells their place when they
 * occur more than once, and the speech their quotation marks propose (those of the text's
 * `language`, a BCP 47 tag).
 */
export function wordsAt(text: string, span: TextSpan, language: string) {
  const context = tellingContext(text, span) ?? {};
  const passages = quotedPassages(text, quotationStyle(language));
  const speech: Speech =
    spanVerdict(text, span, passages).kind === 'quoted' ? 'direct' : 'reported';
  return { quote: text.slice(span.start, span.end), ...context, speech };
}

/** The language a source of the corpus is in: its own, or else the dossier's. */
export function sourceLanguage(
  records: Pick<AuthorState['records'], 'sources.yaml' | 'dossier.yaml'>,
  sourceId: string,
): string {
  const source = records['sources.yaml'].find((one) => one.id === sourceId);
  return source?.language ?? records['dossier.yaml'].language;
}
