/**
 * The speaker's words at a glance: where a line has room for only part of a quote, it shows an
 * exact run of the quote's words, cut at word boundaries and marked with an ellipsis where
 * words were left out, never words of ours. The run chosen is the one that shares the most
 * words with our short form, so the line's quote backs the position beside it.
 */

/** The ellipsis that marks words left out of an excerpt. */
export const ellipsis = '…';

/** Words as a reader matches them: letters and digits, in lower case. */
function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('en').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * An exact excerpt of `quote` at most `max` code points long (ellipses included): the whole
 * quote when it fits, otherwise the run of whole words sharing most words with `near` (the
 * earliest such run), with "…" before and after where words were left out. Removing the
 * ellipses always leaves a substring of `quote`.
 */
export function quoteExcerpt(quote: string, near: string, max: number): string {
  if (Array.from(quote).length <= max) return quote;
  const spans = [...quote.matchAll(/\S+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    words: wordsOf(match[0]),
  }));
  const wanted = new Set(wordsOf(near));
  const length = (from: number, to: number) =>
    Array.from(quote.slice(spans[from]?.start ?? 0, spans[to]?.end ?? 0)).length;
  // For each first word, the longest run that fits: adding words never lowers a run's score.
  let best = { from: 0, to: -1, score: -1 };
  for (let from = 0; from < spans.length; from++) {
    let to = from - 1;
    let score = 0;
    while (to + 1 < spans.length) {
      const room = max - (from > 0 ? 1 : 0) - (to + 2 < spans.length ? 1 : 0);
      if (length(from, to + 1) > room) break;
      to++;
      score += spans[to]?.words.filter((word) => wanted.has(word)).length ?? 0;
    }
    if (to >= from && score > best.score) best = { from, to, score };
  }
  // A single word longer than the room: its first characters, which are still its words.
  if (best.to < best.from)
    return `${Array.from(quote)
      .slice(0, max - 1)
      .join('')}${ellipsis}`;
  const first = spans[best.from];
  const last = spans[best.to];
  const cutAfter = best.to < spans.length - 1;
  const words = quote.slice(first?.start ?? 0, last?.end ?? 0);
  // "together,…" reads as a typo; the words without the comma are still the quote's.
  const trimmed = cutAfter ? words.replace(/[\s,;:–—-]+$/u, '') : words;
  return `${best.from > 0 ? ellipsis : ''}${trimmed || words}${cutAfter ? ellipsis : ''}`;
}

/** The words of an excerpt without its ellipses: a substring of the quote it came from. */
export function excerptWords(excerpt: string): string {
  return excerpt.replace(/^…/u, '').replace(/…$/u, '');
}
