import { spanAt } from '../corpus/anchoring.ts';
import { appearanceIn } from '../corpus/appearances.ts';
import { paragraphAt, paragraphRanges } from '../corpus/paragraphs.ts';
import type { ClaimView } from '../corpus/corpus-index.ts';
import type { TextPositionSelector } from '../corpus/schema.ts';

/**
 * A run of source text: the claims whose quotes cover it (outermost first) and those that
 * begin here, and likewise the claims whose words this source publishes a translation of
 * (the source's words, not the speaker's).
 */
export type Segment = {
  text: string;
  claims: ClaimView[];
  starts: ClaimView[];
  translations: ClaimView[];
  translationStarts: ClaimView[];
};

/** A paragraph of the source, cut into segments at every quote boundary. */
export type Paragraph = { segments: Segment[] };

type Span = { start: number; end: number; view: ClaimView; translation: boolean };

/**
 * Cuts an archived text into paragraphs (blank-line separated) and each paragraph into runs
 * at every quote start and end, so overlapping and nested quotes can all be marked.
 * Offsets come from the TextPositionSelectors (code points) of the claims' appearances in the
 * source `sourceId`.
 */
export function segmentSource(
  text: string,
  claims: readonly ClaimView[],
  sourceId: string,
): Paragraph[] {
  const spans: Span[] = claims
    .flatMap((view) => {
      // Where the claim's words are in this source: its own quote, or its appearance here;
      // and where this source publishes a translation of them.
      const position = appearanceIn(view.claim, sourceId)?.quote.textPositionSelector;
      const quoted = position ? [{ ...spanAt(text, position), view, translation: false }] : [];
      const translated = view.translations.flatMap(({ translation }) =>
        'source' in translation && translation.source === sourceId
          ? [{ ...spanAt(text, translation.quote.textPositionSelector), view, translation: true }]
          : [],
      );
      return [...quoted, ...translated];
    })
    .filter((span) => span.end > span.start);
  return paragraphRanges(text)
    .map(({ start, end }) => ({ segments: segmentRange(text, start, end, spans) }))
    .filter((paragraph) => paragraph.segments.length > 0);
}

function segmentRange(text: string, start: number, end: number, spans: Span[]): Segment[] {
  const inside = spans.filter((span) => span.start < end && span.end > start);
  const cuts = new Set([start, end]);
  for (const span of inside) {
    cuts.add(Math.max(start, span.start));
    cuts.add(Math.min(end, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    const covering = inside
      .filter((span) => span.start <= from && span.end >= to)
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    const of = (translation: boolean) =>
      covering.filter((span) => span.translation === translation);
    const views = (list: Span[]) => list.map((span) => span.view);
    const starting = (list: Span[]) => views(list.filter((span) => span.start === from));
    segments.push({
      text: text.slice(from, to),
      claims: views(of(false)),
      starts: starting(of(false)),
      translations: views(of(true)),
      translationStarts: starting(of(true)),
    });
  }
  return segments;
}

/**
 * The paragraph holding a quote (by its position in the text), split into the text before,
 * the quote, and after, for showing the quote highlighted in context.
 */
export function quoteInParagraph(
  text: string,
  position: TextPositionSelector,
): { before: string; quote: string; after: string } {
  const { start, end } = spanAt(text, position);
  const { start: from, end: to } = paragraphAt(text, start);
  return {
    before: text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, Math.max(end, to)),
  };
}
