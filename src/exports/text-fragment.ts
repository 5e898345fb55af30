/**
 * Links into the original web page of a source with a text fragment (WICG Scroll to Text
 * Fragment, `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`), so a browser scrolls to the
 * quote and highlights it. Browsers match case-insensitively on whole words, ignoring how
 * white space is laid out, and a plain `textStart` cannot cross a paragraph; the choices below
 * follow from that.
 */

import { codePointLength, selectorContextLength } from '../corpus/anchoring.ts';
import { paragraphSpans } from '../corpus/paragraphs.ts';

/** The quote as a W3C TextQuoteSelector gives it (a context of the full length may be cut mid-word). */
export type QuoteContext = { exact: string; prefix: string; suffix: string };

/** Quotes longer than this (in code points) are linked by their first and last words. */
export const longQuoteLength = 300;

/** Words taken from each end of a long quote, and from the context either side. */
const edgeWords = 5;
const contextWords = 3;

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes one part of a text directive: every character but ASCII letters, digits,
 * `.`, `_` and `~` (RFC 3986's unreserved set without `-`, which is directive syntax like `,`
 * and `&`), as UTF-8.
 */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text.replace(loneSurrogate, '\uFFFD')).replace(
    /[!'()*-]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const collapse = (text: string) => words(text).join(' ');
const fold = (text: string) => collapse(text).toLowerCase();

/** The paragraphs of a stretch of text, each as its text (paragraphs.ts: blank-line blocks). */
const paragraphsOf = (text: string) =>
  paragraphSpans(text).map(({ start, end }) => text.slice(start, end));

/** The last few whole words before the quote, from the paragraph nearest to it. */
function prefixWords(prefix: string): string {
  const paragraphs = paragraphsOf(prefix);
  const paragraph = paragraphs.at(-1) ?? '';
  // A context of the full length may start mid-word, unless a paragraph or a space starts it.
  const cut =
    paragraphs.length === 1 &&
    codePointLength(prefix) >= selectorContextLength &&
    !/^\s/.test(prefix);
  return words(paragraph)
    .slice(cut ? 1 : 0)
    .slice(-contextWords)
    .join(' ');
}

/** The first few whole words after the quote, from the paragraph nearest to it. */
function suffixWords(suffix: string): string {
  const paragraphs = paragraphsOf(suffix);
  const paragraph = paragraphs[0] ?? '';
  const cut =
    paragraphs.length === 1 &&
    codePointLength(suffix) >= selectorContextLength &&
    !/\s$/.test(suffix);
  const all = words(paragraph);
  return (cut ? all.slice(0, -1) : all).slice(0, contextWords).join(' ');
}

/**
 * The text to search for: the whole quote, or for a long quote or one that spans paragraphs,
 * its first and last words (the browser highlights everything from one to the other).
 */
function startAndEnd(exact: string): { start: string; end?: string } {
  const whole = collapse(exact);
  const paragraphs = paragraphsOf(exact).map(collapse);
  const first = paragraphs[0] ?? '';
  const last = paragraphs.at(-1) ?? '';
  if (paragraphs.length > 1) {
    return {
      start: words(first).slice(0, edgeWords).join(' '),
      end: words(last).slice(-edgeWords).join(' '),
    };
  }
  if (codePointLength(whole) <= longQuoteLength) return { start: whole };
  const all = words(whole);
  const count = Math.min(edgeWords, Math.floor(all.length / 2));
  // Text without spaces (Japanese, say) has no words to cut at: search for all of it.
  if (count === 0) return { start: whole };
  return { start: all.slice(0, count).join(' '), end: all.slice(-count).join(' ') };
}

/**
 * True unless the source text shows the directive can only land on this quote: the quote
 * occurs once, and for a start/end pair, the first match of the start is the quote's start
 * and the first match of the end after it is the quote's end.
 */
function needsContext(
  sourceText: string | undefined,
  exact: string,
  start: string,
  end: string | undefined,
): boolean {
  if (sourceText === undefined) return true;
  const text = fold(sourceText);
  const quote = fold(exact);
  const at = text.indexOf(quote);
  if (at === -1 || text.indexOf(quote, at + 1) !== -1) return true;
  if (end === undefined) return false;
  const startText = fold(start);
  const endText = fold(end);
  if (text.indexOf(startText) !== at) return true;
  const endAt = text.indexOf(endText, at + startText.length);
  return endAt + endText.length !== at + quote.length;
}

/**
 * The address of a quote inside the original page: `pageUrl` with any fragment replaced by a
 * text fragment. Prefix and suffix words from the selector's context are added only when the
 * quote alone could match elsewhere in `sourceText` (always, when no source text is given).
 * Undefined when there is no page address or it is not http(s).
 */
export function textFragmentUrl(
  pageUrl: string | undefined,
  quote: QuoteContext,
  sourceText?: string,
): string | undefined {
  if (!pageUrl) return undefined;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  const { start, end } = startAndEnd(quote.exact);
  if (!start) return url.href;
  const withContext = needsContext(sourceText, quote.exact, start, end);
  const prefix = withContext ? prefixWords(quote.prefix) : '';
  const suffix = withContext ? suffixWords(quote.suffix) : '';
  const parts = [
    prefix && `${encodeTextDirectivePart(prefix)}-`,
    encodeTextDirectivePart(start),
    end && encodeTextDirectivePart(end),
    suffix && `-${encodeTextDirectivePart(suffix)}`,
  ].filter(Boolean);
  return `${url.href}#:~:text=${parts.join(',')}`;
}
