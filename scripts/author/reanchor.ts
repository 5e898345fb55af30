/**
 * Re-anchoring a source's quotes when its archived text is replaced by a corrected copy. A
 * quote found word for word, once (or once with its context), stays as it is. Otherwise the
 * closest passage is proposed, with a word diff, for the author to accept or fix: nothing is
 * moved silently. The closest passage is the verifier's own (corpus/closest-passage.ts: scored
 * as Hypothesis re-anchors annotations, snapped to whole words).
 */
import { occurrencesOf, tellingContext } from '../../src/corpus/anchoring.ts';
import { closestPassage, type DiffPart } from '../corpus/closest-passage.ts';

/** A quote to re-anchor: its words, the text around it and where it was in the old text. */
export type AnchoredQuote = {
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offset of the quote in the old text. */
  start: number;
  /** The context the claim gives its words, which the verifier holds them to. */
  quotePrefix?: string;
  quoteSuffix?: string;
};

export type { DiffPart } from '../corpus/closest-passage.ts';

/** What becomes of a quote in the new text. */
export type Reanchored =
  | { status: 'kept'; start: number; end: number }
  | {
      status: 'proposed';
      start: number;
      end: number;
      /** The passage of the new text proposed as the quote. */
      passage: string;
      /** 0 to 1: how well quote, context and position match (1 is all of them exactly). */
      score: number;
      diff: DiffPart[];
      /** What tells the passage from other places with its words, when they occur more than once. */
      quotePrefix?: string;
      quoteSuffix?: string;
    }
  | { status: 'lost' };

/** The lowest score a passage needs to be proposed at all. */
export const minScore = 0.5;

/** Re-anchors one quote in the new text (see the module's comment). */
export function reanchor(newText: string, quote: AnchoredQuote): Reanchored {
  const { exact, prefix, suffix, quotePrefix, quoteSuffix } = quote;
  const exactAt = occurrencesOf(newText, exact);
  // Kept only where the verifier will find it: once, with the claim's own context if any.
  const found = exactAt.filter(
    (i) =>
      (quotePrefix === undefined || newText.slice(0, i).endsWith(quotePrefix)) &&
      (quoteSuffix === undefined || newText.startsWith(quoteSuffix, i + exact.length)),
  );
  const [only] = found.length === 1 ? found : [];
  if (only !== undefined) return { status: 'kept', start: only, end: only + exact.length };
  // The words now occur more than once: the one with the quote's old surroundings is
  // proposed with the context that tells it from the others.
  const inContext = exactAt.filter(
    (i) => newText.slice(0, i).endsWith(prefix) && newText.startsWith(suffix, i + exact.length),
  );
  const [place] = inContext.length === 1 ? inContext : [];
  if (place !== undefined) {
    const span = { start: place, end: place + exact.length };
    return {
      status: 'proposed',
      ...span,
      passage: exact,
      score: 1,
      diff: [{ value: exact }],
      ...tellingContext(newText, span),
    };
  }
  const best = closestPassage(newText, quote);
  if (!best || best.score < minScore) return { status: 'lost' };
  const { start, end, passage, score, diff } = best;
  // Words the copy has more than once (a kept quote now repeated among them) come with the
  // context that tells this place from the others.
  const context = tellingContext(newText, { start, end }) ?? {};
  return { status: 'proposed', start, end, passage, score, diff, ...context };
}
