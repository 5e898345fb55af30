/**
 * Where a text quotes someone: its quoted passages, found from its quotation marks, and what a
 * span of it does to them. The verifier uses this to prove a claim's speech label (a quote that
 * lies inside one passage is the speaker's words) and to refuse a quote that cuts a passage and
 * so carries a quotation mark without its partner.
 *
 * Marks told apart, by the source's language tag ({@link quotationStyle}): outer pairs quote in
 * the narrative, inner pairs usually inside another quotation (either may hold the other).
 * - `en`, and any language not below: `“ ”`, straight `"`, `« »`; inner `‘ ’`, `'`, `‹ ›`;
 * - `ko`: `“ ”`, `"`, `「 」`; inner `‘ ’`, `'`, `『 』`;
 * - `zh` (`zh-Hans`, `zh-CN`): `“ ”`, `「 」`; inner `‘ ’`, `『 』`; `zh-Hant`, `zh-TW`, `zh-HK`,
 *   `zh-MO`: the same, corner brackets first;
 * - `ja`: `「 」`, `“ ”`; inner `『 』`;
 * - `fr`, `it`, `es`, `pt`, `ca`, `el`, `no` (`nb`, `nn`): `« »`; inner `“ ”`, `‘ ’`, `‹ ›`
 *   (French sets a no-break space inside `« »`: the passage holds it, and the words);
 * - `de`, `cs`, `sk`: `„ “`, `» «`; inner `‚ ‘`, `› ‹` (there `“` and `‘` close, and `’` is only
 *   an apostrophe); `de-CH`, `de-LI`: `« »`, `„ “`; inner `‹ ›`, `‚ ‘`;
 * - `ru`, `uk`, `be`: `« »`; inner `„ “`;
 * - `pl`, `ro`: `„ ”`; inner `« »`; `hu`: `„ ”`; inner `» «`;
 * - `sv`, `fi`: `” ”`, `» »`; inner `’ ’` (one mark opens and closes, as `"` does);
 * - `da`: `» «`, `„ “`; inner `› ‹`.
 *
 * And in every language:
 * - a mark is closed by its partner only (`«` by `»`, never by `”`);
 * - an apostrophe (`let's`, `Averne's`, `didn’t`, `l’homme`, `students'`) is not a quotation
 *   mark; Han, kana and Hangul write none, so `‘평화’를` is a quotation;
 * - straight marks, and marks that open and close alike, are told apart by the spaces around
 *   them; a letter of those three scripts counts as a space, for they put none around a quote;
 * - a mark that faces the wrong way for the language, as an English `“` in German
 *   (`sagte “nein”`), is no quotation mark;
 * - a quotation in an outer pair that runs over a paragraph break leaves the first paragraph
 *   open and opens the next again (`"…` ⏎ `"…"`, `«…` ⏎ `«…»`): that is one passage, and its
 *   continuation mark is inside it, not a mark of its own. A quotation in an inner pair ends
 *   with its paragraph.
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
  /** The pair of marks that quote it, such as `« »`, even when the text lacks its opening one. */
  mark: Mark;
  /** 0 for a quotation in the narrative, 1 for one inside another, and so on. */
  depth: number;
};

/** A pair of quotation marks: the one that opens a quotation and the one that closes it. */
export type Mark = { open: string; close: string };

/** The quotation marks of a language, each list with the language's usual pair first. */
export type QuotationStyle = {
  /** Pairs that quote in the narrative: a quotation in them may run over a paragraph break. */
  outer: readonly Mark[];
  /** Pairs that quote inside a quotation, and the single marks: they end with their paragraph. */
  inner: readonly Mark[];
};

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

/**
 * A style as the table writes it, to keep the bundle small: its outer pairs, then its inner
 * ones, each pair as two characters, opening then closing.
 */
type Row = readonly [outer: string, inner: string];

const english: Row = ['“”""«»', "‘’''‹›"];
const simplified: Row = ['“”「」', '‘’『』'];
const traditional: Row = ['「」“”', '『』‘’'];
const guillemets: Row = ['«»', '“”‘’‹›'];
const german: Row = ['„“»«', '‚‘›‹'];
const swissGerman: Row = ['«»„“', '‹›‚‘'];
const russian: Row = ['«»', '„“'];
const polish: Row = ['„”', '«»'];
const swedish: Row = ['””»»', '’’'];

/**
 * The styles by language subtag, or by language and script or region where those differ
 * (`zh-hans` is listed so that `zh-Hans-HK` stays simplified).
 */
const styles: Record<string, Row> = {
  en: english,
  ko: ['“”""「」', "‘’''『』"],
  zh: simplified,
  'zh-hans': simplified,
  'zh-hant': traditional,
  'zh-tw': traditional,
  'zh-hk': traditional,
  'zh-mo': traditional,
  ja: ['「」“”', '『』'],
  fr: guillemets,
  it: guillemets,
  es: guillemets,
  pt: guillemets,
  ca: guillemets,
  el: guillemets,
  no: guillemets,
  nb: guillemets,
  nn: guillemets,
  de: german,
  'de-ch': swissGerman,
  'de-li': swissGerman,
  cs: german,
  sk: german,
  ru: russian,
  uk: russian,
  be: russian,
  pl: polish,
  ro: polish,
  hu: ['„”', '»«'],
  sv: swedish,
  fi: swedish,
  da: ['»«„“', '›‹'],
};

/**
 * The quotation marks of a language, from its BCP 47 tag (`en`, `zh-Hant`, `fr-CH`); English
 * marks for a language the table lacks.
 */
export function quotationStyle(language: string): QuotationStyle {
  const [primary = '', ...subtags] = language.toLowerCase().split(/[-_]/);
  const key = [...subtags.map((subtag) => `${primary}-${subtag}`), primary].find((name) =>
    Object.hasOwn(styles, name),
  );
  const [outer, inner] = (key === undefined ? undefined : styles[key]) ?? english;
  return { outer: pairs(outer), inner: pairs(inner) };
}

function pairs(row: string): Mark[] {
  return (row.match(/../gu) ?? []).map(([open = '', close = '']) => ({ open, close }));
}

/** A pair of a style, and whether it is one of its outer pairs. */
type Pair = { mark: Mark; outer: boolean };

/** The marks of a style by character, as the scan looks them up. */
type Marks = { opening: Map<string, Pair>; closing: Map<string, Mark> };

type Opened = { open: number; pair: Pair };

/** Marks that are also apostrophes: inside a word, or after one (`students'`), they are no mark. */
const apostrophes = "'’";
const letterOrDigit = /[\p{L}\p{N}]/u;
/** Letters and punctuation of scripts with no spaces around a quotation and no apostrophes. */
const unspaced =
  /[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Characters after which a straight mark may open a quotation: a space, a bracket, a dash. */
const opensAfter = /[\s([{\u2014\u2013/-]/u;
/** Characters before which a straight mark may close a quotation: a space or punctuation. */
const closesBefore = /[\s.,;:!?)\]}\u2014\u2013/-]/u;

/**
 * The quoted passages of a text, ordered by where they start (outer before inner), found with
 * the marks of its language. Paragraphs are blocks between blank lines (paragraphs.ts), so a
 * quotation wrapped over two lines of one is one quotation; a quotation in an outer pair left
 * open at a paragraph's end runs on when the next paragraph opens with its opening mark, and
 * otherwise ends with its paragraph.
 */
export function quotedPassages(
  text: string,
  style: QuotationStyle = quotationStyle('en'),
): QuotedPassage[] {
  const marks: Marks = { opening: new Map(), closing: new Map() };
  for (const outer of [true, false]) {
    for (const mark of outer ? style.outer : style.inner) {
      marks.opening.set(mark.open, { mark, outer });
      marks.closing.set(mark.close, mark);
    }
  }
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
        mark: opened.pair.mark,
        depth,
      });
    }
    stack = stack.slice(0, from);
  };
  let previousEnd = 0;
  for (const { start, end } of paragraphSpans(text)) {
    let i = start;
    const first = stack[0];
    if (first) {
      if (text[start] === first.pair.mark.open)
        i++; // the quotation runs on
      else closeFrom(0, previousEnd);
    }
    for (; i < end; i++) {
      const char = text[i] ?? '';
      const role = markRole(text, i, start, end, stack, marks);
      const pair = marks.opening.get(char);
      if (role === 'open' && pair) {
        stack.push({ open: i, pair });
      } else if (role === 'close') {
        const at = stack.findLastIndex((opened) => opened.pair.mark.close === char);
        if (at !== -1) {
          closeFrom(at, i, i);
        } else if (stack.length === 0) {
          // A closing mark with nothing open: the quotation started the paragraph, unmarked.
          // (Inside another quotation, it is a stray mark: that one opened after the start.)
          const mark = marks.closing.get(char);
          if (mark) passages.push({ inner: { start, end: i }, close: i, mark, depth: 0 });
        }
      }
    }
    // A quotation in an inner pair does not run over a paragraph break; one in an outer may.
    const inner = stack.findIndex((opened) => !opened.pair.outer);
    if (inner !== -1) closeFrom(inner, end);
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
  marks: Marks,
): 'open' | 'close' | undefined {
  const char = text[i] ?? '';
  const opens = marks.opening.has(char);
  const closes = marks.closing.has(char);
  if (!opens && !closes) return undefined;
  const before = i > start ? text[i - 1] : undefined;
  const after = i + 1 < end ? text[i + 1] : undefined;
  const isOpen = stack.some((opened) => opened.pair.mark.close === char);
  if (apostrophes.includes(char)) {
    // An apostrophe inside a word: let's, Averne's, didn’t, l’homme.
    if (isWordLetter(before) && isWordLetter(after)) return undefined;
    if (opens && canOpen(before, marks) && isLetter(after) && closingFollows(text, i, end, marks)) {
      return 'open';
    }
    // A closing single mark; else the apostrophe of a plural (students') or an elision ('90s).
    return canClose(after, marks) && stack.at(-1)?.pair.mark.close === char ? 'close' : undefined;
  }
  if (opens && closes) {
    // A mark that opens and closes alike (", Swedish ”) opens before a word and closes after one.
    const open = canOpen(before, marks);
    const close = canClose(after, marks);
    if (open !== close) return open ? 'open' : 'close';
    // Between two letters, or alone between spaces: the marks pair up in turn.
    return isOpen ? 'close' : 'open';
  }
  // A mark facing the wrong way, pressed against the word it does not quote (German sagte “nein”).
  const spaceBefore = before === undefined || /\s/u.test(before);
  const spaceAfter = after === undefined || /\s/u.test(after);
  if (opens) return isWordLetter(before) && spaceAfter ? undefined : 'open';
  return spaceBefore && isWordLetter(after) && !isOpen ? undefined : 'close';
}

/** Whether a mark may open a quotation after `before`: a space, bracket, dash or opening mark. */
function canOpen(before: string | undefined, marks: Marks): boolean {
  return (
    before === undefined ||
    opensAfter.test(before) ||
    marks.opening.has(before) ||
    unspaced.test(before)
  );
}

/** Whether a mark may close a quotation before `after`: a space, punctuation or closing mark. */
function canClose(after: string | undefined, marks: Marks): boolean {
  return (
    after === undefined ||
    closesBefore.test(after) ||
    marks.closing.has(after) ||
    unspaced.test(after)
  );
}

/** Whether the apostrophe-like mark at `from` is closed later in the paragraph. */
function closingFollows(text: string, from: number, end: number, marks: Marks): boolean {
  const char = text[from];
  for (let j = from + 1; j < end; j++) {
    if (text[j] !== char) continue;
    const after = j + 1 < end ? text[j + 1] : undefined;
    if (isWordLetter(text[j - 1]) && isWordLetter(after)) continue;
    if (canClose(after, marks)) return true;
  }
  return false;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && letterOrDigit.test(char);
}

/** A letter or digit of a script that writes apostrophes inside its words. */
function isWordLetter(char: string | undefined): boolean {
  return isLetter(char) && !unspaced.test(char ?? '');
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
