/**
 * Where a text quotes someone: its quoted passages, found from its quotation marks, and what a
 * span of it does to them. The verifier uses this to prove a claim's speech label (a quote that
 * lies inside one passage is the speaker's words) and to refuse a quote that cuts a passage and
 * so carries a quotation mark without its partner.
 *
 * Marks told apart:
 * - straight `"` and typographic `“ ”`, double; straight `'` and typographic `‘ ’`, single;
 * - an apostrophe (`let's`, `Averne's`, `didn’t`, `students'`) is not a quotation mark;
 * - a quotation may hold another (`"He called it 'a disaster'"`);
 * - a quotation that runs over a paragraph break leaves the first paragraph open and opens the
 *   next again (`"…` ⏎ `"…"`), as English style has it: that is one passage, and its
 *   continuation mark is inside it, not a mark of its own.
 *
 * Offsets are UTF-16 indexes into the text, like `String.prototype.slice`.
 */
import { paragraphSpans } from './paragraphs.ts';

/** A span of text, as `[start, end)`. */
export type Span = { start: number; end: number };

/** One quotation in a text. */
export type QuotedPassage = {
  /** The quoted words: from just after the opening mark up to the closing mark. */
  inner: Span;
  /** Index of the opening mark; absent when the text lacks it (the words start a paragraph). */
  open?: number;
  /** Index of the closing mark; absent when the text never closes it (the words end a paragraph). */
  close?: number;
  /** Whether the marks are double (`" “ ”`) or single (`' ‘ ’`). */
  mark: Mark;
  /** 0 for a quotation in the narrative, 1 for one inside another, and so on. */
  depth: number;
};

/** The two kinds of quotation mark. */
export type Mark = 'double' | 'single';

/** What a span does to the quotations of its text. */
export type SpanVerdict =
  /** The span has no quotation mark, or only whole quotations: the narrative's words. */
  | { kind: 'narrative' }
  /** The span lies inside the marks of one quotation: the words of whoever is quoted. */
  | { kind: 'quoted'; passage: QuotedPassage }
  /**
   * The span holds one mark of a quotation (`held`) but not the other, so it shows an
   * unmatched mark. `widened` takes in every quotation it cuts; `narrowed` is the larger part
   * either side of the mark, when that holds a word and cuts nothing.
   */
  | {
      kind: 'cut';
      passage: QuotedPassage;
      held: 'opening' | 'closing';
      widened: Span;
      narrowed?: Span;
    };

const doubleOpen = '\u201C';
const doubleClose = '\u201D';
const singleOpen = '\u2018';
const singleClose = '\u2019';
const letterOrDigit = /[\p{L}\p{N}]/u;
/** Characters after which a straight mark may open a quotation: a space, a bracket, a dash. */
const opensAfter = /[\s([{\u2014\u2013/-]/u;
/** Characters before which a straight mark may close a quotation: a space or punctuation. */
const closesBefore = /[\s.,;:!?)\]}\u2014\u2013/-]/u;

type Opened = { open: number; mark: Mark };

/**
 * The quoted passages of a text, ordered by where they start (outer before inner). Paragraphs
 * are blocks between blank lines (paragraphs.ts), so a quotation wrapped over two lines of one
 * is one quotation; a double quotation left open at a paragraph's end runs on when the next
 * paragraph opens with a double mark, and otherwise ends with its paragraph.
 */
export function quotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let stack: Opened[] = [];
  /** Ends the quotations open from `from` inward at `end`, closed by a mark at `close`. */
  const closeFrom = (from: number, end: number, close?: number) => {
    for (let depth = stack.length - 1; depth >= from; depth--) {
      const opened = stack[depth];
      if (!opened) continue;
      const marked = depth === from ? close : undefined;
      passages.push({
        inner: { start: opened.open + 1, end },
        open: opened.open,
        ...(marked === undefined ? {} : { close: marked }),
        mark: opened.mark,
        depth,
      });
    }
    stack = stack.slice(0, from);
  };
  let previousEnd = 0;
  for (const { start, end } of paragraphSpans(text)) {
    let i = start;
    if (stack.length > 0) {
      const first = text[start];
      if (first === '"' || first === doubleOpen)
        i++; // the quotation runs on
      else closeFrom(0, previousEnd);
    }
    for (; i < end; i++) {
      const char = text[i] ?? '';
      const role = markRole(text, i, start, end, stack);
      if (role === 'open') {
        stack.push({ open: i, mark: markKind(char) });
      } else if (role === 'close') {
        const kind = markKind(char);
        const at = stack.findLastIndex((opened) => opened.mark === kind);
        if (at === -1) {
          // A closing mark with nothing open: the quotation started the paragraph, unmarked.
          passages.push({ inner: { start, end: i }, close: i, mark: kind, depth: stack.length });
        } else {
          closeFrom(at, i, i);
        }
      }
    }
    // A single quotation does not run over a paragraph break; a double one may.
    const single = stack.findIndex((opened) => opened.mark === 'single');
    if (single !== -1) closeFrom(single, end);
    previousEnd = end;
  }
  closeFrom(0, previousEnd);
  return passages.sort((a, b) => a.inner.start - b.inner.start || a.depth - b.depth);
}

/** Whether the character at `i` opens a quotation, closes one, or is no quotation mark. */
function markRole(
  text: string,
  i: number,
  start: number,
  end: number,
  stack: readonly Opened[],
): 'open' | 'close' | undefined {
  const char = text[i];
  const before = i > start ? text[i - 1] : undefined;
  const after = i + 1 < end ? text[i + 1] : undefined;
  const canOpen = before === undefined || opensAfter.test(before) || isOpening(before);
  const canClose = after === undefined || closesBefore.test(after) || isClosing(after);
  switch (char) {
    case doubleOpen:
    case singleOpen:
      return 'open';
    case doubleClose:
      return 'close';
    case singleClose:
    case "'":
      // An apostrophe inside a word: let's, Averne's, didn’t.
      if (isLetter(before) && isLetter(after)) return undefined;
      if (char === "'" && canOpen && isLetter(after) && closingSingleFollows(text, i + 1, end)) {
        return 'open';
      }
      // A closing single mark; else the apostrophe of a plural (students') or an elision ('90s).
      return canClose && stack.at(-1)?.mark === 'single' ? 'close' : undefined;
    case '"': {
      if (canOpen && !canClose) return 'open';
      if (canClose && !canOpen) return 'close';
      // Between two letters, or alone between spaces: the marks pair up in turn.
      return stack.some((opened) => opened.mark === 'double') ? 'close' : 'open';
    }
    default:
      return undefined;
  }
}

/** Whether a straight single mark that could close a quotation follows in the paragraph. */
function closingSingleFollows(text: string, from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    if (text[j] !== "'") continue;
    const after = j + 1 < end ? text[j + 1] : undefined;
    if (isLetter(text[j - 1]) && isLetter(after)) continue;
    if (after === undefined || closesBefore.test(after) || isClosing(after)) return true;
  }
  return false;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && letterOrDigit.test(char);
}

function isOpening(char: string): boolean {
  return char === doubleOpen || char === singleOpen || char === '"' || char === "'";
}

function isClosing(char: string): boolean {
  return char === doubleClose || char === singleClose || char === '"' || char === "'";
}

function markKind(char: string): Mark {
  return char === "'" || char === singleOpen || char === singleClose ? 'single' : 'double';
}

/** The passage with its marks: from the opening mark (or its first word) past the closing one. */
export function passageExtent(passage: QuotedPassage): Span {
  return {
    start: passage.open ?? passage.inner.start,
    end: passage.close === undefined ? passage.inner.end : passage.close + 1,
  };
}

function isInside(passage: QuotedPassage, span: Span): boolean {
  return span.start >= passage.inner.start && span.end <= passage.inner.end;
}

/** Whether the span holds a mark of the passage without holding the whole passage. */
function cuts(passage: QuotedPassage, span: Span): boolean {
  const holds = (index: number | undefined) =>
    index !== undefined && index >= span.start && index < span.end;
  const extent = passageExtent(passage);
  const whole = span.start <= extent.start && span.end >= extent.end;
  return (holds(passage.open) || holds(passage.close)) && !whole;
}

/**
 * What the span `[start, end)` of a text does to its quotations (see {@link SpanVerdict}). A
 * span inside a quotation may hold whole inner quotations, or the continuation mark of one
 * that runs over a paragraph break, and still lie inside it. Pass the text's passages when
 * judging many spans of one text.
 */
export function spanVerdict(
  text: string,
  span: Span,
  passages: readonly QuotedPassage[] = quotedPassages(text),
): SpanVerdict {
  const container = passages
    .filter((passage) => isInside(passage, span))
    .sort((a, b) => a.depth - b.depth)[0];
  const candidates = container
    ? passages.filter((passage) => passage.depth > container.depth)
    : passages;
  const cut = candidates.find((passage) => cuts(passage, span));
  if (cut) {
    const narrowed = narrow(text, cut, span);
    const holdsOpen = cut.open !== undefined && cut.open >= span.start && cut.open < span.end;
    return {
      kind: 'cut',
      passage: cut,
      held: holdsOpen ? 'opening' : 'closing',
      widened: widen(passages, span),
      ...(narrowed && !passages.some((passage) => cuts(passage, narrowed)) ? { narrowed } : {}),
    };
  }
  return container ? { kind: 'quoted', passage: container } : { kind: 'narrative' };
}

/** The smallest span holding `span` that cuts no passage. */
function widen(passages: readonly QuotedPassage[], span: Span): Span {
  let { start, end } = span;
  for (let changed = true; changed;) {
    changed = false;
    for (const passage of passages) {
      if (!cuts(passage, { start, end })) continue;
      const extent = passageExtent(passage);
      start = Math.min(start, extent.start);
      end = Math.max(end, extent.end);
      changed = true;
    }
  }
  return { start, end };
}

/**
 * The larger part of `span` either side of the passage's mark that it holds, without the white
 * space at the cut. Undefined when that part holds no letter or digit.
 */
function narrow(text: string, passage: QuotedPassage, span: Span): Span | undefined {
  const holds = (index: number | undefined): index is number =>
    index !== undefined && index >= span.start && index < span.end;
  const mark = holds(passage.open)
    ? passage.open
    : holds(passage.close)
      ? passage.close
      : undefined;
  if (mark === undefined) return undefined;
  const before = { start: span.start, end: mark };
  const after = { start: mark + 1, end: span.end };
  const part = after.end - after.start > before.end - before.start ? after : before;
  let { start, end } = part;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return letterOrDigit.test(text.slice(start, end)) ? { start, end } : undefined;
}
