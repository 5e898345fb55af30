/**
 * The one fuzzy matcher: the passage of a text closest to a quote that is not in it word for
 * word. The verifier shows it beside a quote it cannot find; the workbench proposes it when a
 * source's text is replaced by a corrected copy (author/reanchor.ts).
 *
 * It works as Hypothesis re-anchors annotations (`match-quote.ts` in hypothesis/client):
 * approximate matches of the quote (Myers' bit-parallel algorithm, approx-string-match), each
 * scored on how well the quote, the text before it, the text after it and its place match,
 * weighted 50 : 20 : 20 : 2. The passage chosen is then snapped to whole words, as the
 * browser's word segmentation (`Intl.Segmenter`, which knows scripts without spaces) cuts
 * them: a proposal never starts or ends inside a word ("…their sp").
 *
 * Offsets are UTF-16 indexes into the text, like `String.prototype.slice`.
 */
import search from 'approx-string-match';
import { diffChars, diffWordsWithSpace } from 'diff';

/** What to look for: the quote's words, and where known the text around it and its place. */
export type QuoteToFind = {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Where the quote was (in an earlier version of the text). */
  start?: number;
};

/** A run of a word diff from the quote to the passage. */
export type DiffPart = { value: string; added?: boolean; removed?: boolean };

/** The stretch of a text most like a quote. */
export type ClosestPassage = {
  start: number;
  end: number;
  /** The passage as the text has it. */
  passage: string;
  /** Characters to insert, delete or change to make the quote out of the passage. */
  errors: number;
  /** 0 to 1: how well quote, context and place match (1 is all of them exactly). */
  score: number;
  /** Word diff from the quote (`removed`) to the passage (`added`). */
  diff: DiffPart[];
};

/** The most edits a passage may be from the quote: a quarter of its length, 256 at most. */
const maxErrorsFor = (exact: string) => Math.min(256, Math.max(2, Math.ceil(exact.length / 4)));

/** How closely the nearest stretch of `window` matches `needle`, from 0 to 1. */
function contextScore(window: string, needle: string): number {
  if (needle.length === 0) return 1;
  const matches = search(window, needle, needle.length);
  const errors = matches.reduce((least, match) => Math.min(least, match.errors), needle.length);
  return 1 - errors / needle.length;
}

/** Characters to insert, delete or change to make `b` out of `a`. */
export function editCount(a: string, b: string): number {
  let errors = 0;
  let removed = 0;
  let added = 0;
  const flush = () => {
    errors += Math.max(removed, added);
    removed = 0;
    added = 0;
  };
  for (const part of diffChars(a, b)) {
    if (part.removed) removed += part.value.length;
    else if (part.added) added += part.value.length;
    else flush();
  }
  flush();
  return errors;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** The word (by `Intl.Segmenter`) that holds the character at `index`, if it is a word's. */
function wordAround(text: string, index: number): { start: number; end: number } | undefined {
  // A window wide enough for any word, so the text is not segmented whole.
  const from = Math.max(0, index - 64);
  for (const { segment, index: at, isWordLike } of segmenter.segment(
    text.slice(from, index + 64),
  )) {
    const start = from + at;
    const end = start + segment.length;
    if (index >= start && index < end) return isWordLike ? { start, end } : undefined;
  }
  return undefined;
}

/**
 * The span moved to whole words at both ends: a word cut at an edge is taken in whole when
 * at least half of it is inside, and left out otherwise; white space at the edges is trimmed.
 */
export function snapToWords(text: string, start: number, end: number) {
  let from = start;
  let to = end;
  const first = from < to ? wordAround(text, from) : undefined;
  if (first && first.start < from) {
    from = from - first.start <= first.end - from ? first.start : first.end;
  }
  const last = to > from ? wordAround(text, to - 1) : undefined;
  if (last && last.end > to) {
    to = last.end - to <= to - last.start ? last.end : last.start;
  }
  if (to <= from) return { start, end };
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return to > from ? { start: from, end: to } : { start, end };
}

/**
 * The passage of `text` closest to the quote (see the top of this file), or undefined when
 * none is within a quarter of the quote's length in edits.
 */
export function closestPassage(text: string, quote: QuoteToFind): ClosestPassage | undefined {
  const { exact, prefix = '', suffix = '' } = quote;
  if (exact.length === 0) return undefined;
  const maxErrors = maxErrorsFor(exact);
  let best: { start: number; end: number; score: number } | undefined;
  for (const { start, end, errors } of search(text, exact, maxErrors)) {
    const before = text.slice(Math.max(0, start - prefix.length - maxErrors), start);
    const after = text.slice(end, end + suffix.length + maxErrors);
    const place =
      quote.start === undefined ? 1 : 1 - Math.abs(start - quote.start) / Math.max(1, text.length);
    const score =
      (50 * (1 - errors / exact.length) +
        20 * contextScore(before, prefix) +
        20 * contextScore(after, suffix) +
        2 * place) /
      92;
    if (!best || score > best.score) best = { start, end, score };
  }
  if (!best) return undefined;
  const { start, end } = snapToWords(text, best.start, best.end);
  const passage = text.slice(start, end);
  return {
    start,
    end,
    passage,
    errors: editCount(passage, exact),
    score: best.score,
    diff: diffWordsWithSpace(exact, passage).map(({ value, added, removed }) => ({
      value,
      ...(added ? { added } : {}),
      ...(removed ? { removed } : {}),
    })),
  };
}

/**
 * The diff as one line for a terminal, from the passage to the quote: the source's words in
 * `[-…-]`, the quote's in `{+…+}`, long unchanged stretches shortened.
 */
export function diffLine(diff: readonly DiffPart[]): string {
  return diff
    .map((part) => {
      // The diff runs from the quote to the passage: the passage's words are the source's.
      if (part.added) return `[-${part.value}-]`;
      if (part.removed) return `{+${part.value}+}`;
      return part.value.length > 50
        ? `${part.value.slice(0, 20)}…${part.value.slice(-20)}`
        : part.value;
    })
    .join('');
}
