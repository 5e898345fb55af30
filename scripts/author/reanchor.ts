/**
 * Re-anchoring a source's quotes when its archived text is replaced by a corrected copy. A
 * quote found word for word, once (or once with its context), stays as it is. Otherwise the
 * closest passage is proposed, with a word diff, for the author to accept or fix: nothing is
 * moved silently. The closest passage is found as Hypothesis re-anchors annotations
 * (`match-quote.ts` in hypothesis/client): approximate matches of the quote (Myers'
 * bit-parallel algorithm, approx-string-match), each scored on how well the quote, the text
 * before it, the text after it, and its position match, weighted 50 : 20 : 20 : 2.
 */
import search from 'approx-string-match';
import { diffWordsWithSpace } from 'diff';

/** A quote to re-anchor: its words, the text around it and where it was in the old text. */
export type AnchoredQuote = {
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offset of the quote in the old text. */
  start: number;
};

/** A run of a word diff from the old quote to the passage proposed. */
export type DiffPart = { value: string; added?: boolean; removed?: boolean };

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
    }
  | { status: 'lost' };

/** The lowest score a passage needs to be proposed at all. */
export const minScore = 0.5;

/** Edits needed to make `needle` out of the closest stretch of `window`, as a share of it. */
function contextScore(window: string, needle: string): number {
  if (needle.length === 0) return 1;
  const matches = search(window, needle, needle.length);
  const errors = Math.min(needle.length, ...matches.map((match) => match.errors));
  return 1 - errors / needle.length;
}

/** Re-anchors one quote in the new text (see the module's comment). */
export function reanchor(newText: string, quote: AnchoredQuote): Reanchored {
  const { exact, prefix, suffix } = quote;
  const exactAt: number[] = [];
  for (let i = newText.indexOf(exact); i !== -1; i = newText.indexOf(exact, i + 1)) exactAt.push(i);
  const inContext = exactAt.filter(
    (i) => newText.slice(0, i).endsWith(prefix) && newText.startsWith(suffix, i + exact.length),
  );
  const [only] = exactAt.length === 1 ? exactAt : inContext.length === 1 ? inContext : [];
  if (only !== undefined) return { status: 'kept', start: only, end: only + exact.length };

  const maxErrors = Math.min(256, Math.max(2, Math.ceil(exact.length / 4)));
  const candidates = search(newText, exact, maxErrors);
  let best: { start: number; end: number; score: number } | undefined;
  for (const { start, end, errors } of candidates) {
    const quoteScore = 1 - errors / exact.length;
    const before = newText.slice(Math.max(0, start - prefix.length - maxErrors), start);
    const after = newText.slice(end, end + suffix.length + maxErrors);
    const position = 1 - Math.abs(start - quote.start) / Math.max(1, newText.length);
    const score =
      (50 * quoteScore +
        20 * contextScore(before, prefix) +
        20 * contextScore(after, suffix) +
        2 * position) /
      92;
    if (!best || score > best.score) best = { start, end, score };
  }
  if (!best || best.score < minScore) return { status: 'lost' };
  const passage = newText.slice(best.start, best.end);
  return {
    status: 'proposed',
    start: best.start,
    end: best.end,
    passage,
    score: best.score,
    diff: diffWordsWithSpace(exact, passage).map(({ value, added, removed }) => ({
      value,
      ...(added ? { added } : {}),
      ...(removed ? { removed } : {}),
    })),
  };
}
