import search from 'approx-string-match';
import { diffWordsWithSpace } from 'diff';

/** The stretch of a source most like a quote that was not found verbatim. */
export type ClosestPassage = {
  /** The passage as the source has it. */
  passage: string;
  /** UTF-16 index of the passage in the source. */
  start: number;
  /** Edits (insertions, deletions, substitutions) between quote and passage. */
  errors: number;
  /** Word diff, source words in `[-…-]`, quote words in `{+…+}`, long equal runs shortened. */
  diff: string;
};

/**
 * Finds the passage of `text` closest to `quote`, allowing edits up to a quarter of the
 * quote's length, with Myers' bit-parallel approximate matching (approx-string-match).
 */
export function findClosestPassage(text: string, quote: string): ClosestPassage | undefined {
  const maxErrors = Math.max(2, Math.ceil(quote.length / 4));
  const matches = search(text, quote, maxErrors);
  const best = matches.reduce<(typeof matches)[number] | undefined>(
    (found, match) => (!found || match.errors < found.errors ? match : found),
    undefined,
  );
  if (!best) return undefined;
  const passage = text.slice(best.start, best.end);
  return { passage, start: best.start, errors: best.errors, diff: wordDiff(passage, quote) };
}

/** Renders a word diff from `source` to `quote`, shortening long unchanged stretches. */
function wordDiff(source: string, quote: string): string {
  return diffWordsWithSpace(source, quote)
    .map((part) => {
      if (part.removed) return `[-${part.value}-]`;
      if (part.added) return `{+${part.value}+}`;
      return part.value.length > 50
        ? `${part.value.slice(0, 20)}…${part.value.slice(-20)}`
        : part.value;
    })
    .join('');
}
