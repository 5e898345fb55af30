/**
 * The passage selected in the source reader, as the archived text has it. The reader shows the
 * text a paragraph per `<p>`, with a party badge before each quote already made: the passage is
 * the selection's text without those badges, placed in the archived text by its paragraph and
 * the text before it there, and checked against it character for character.
 */
import { tellingContext } from '../corpus/anchoring.ts';
import { paragraphRanges } from '../corpus/paragraphs.ts';
import { quotationStyle, quotedPassages, spanVerdict } from '../corpus/quoted-passages.ts';
import type { Speech } from '../corpus/schema.ts';

/** A selected passage: its exact words, a prefix when they occur more than once, its speech. */
export type Passage = {
  quote: string;
  quotePrefix?: string;
  quoteSuffix?: string;
  start: number;
  speech: Speech;
};

/** The text of a range of the reader, without the badges that lead quotes. */
function readerText(range: Range): string {
  const fragment = range.cloneContents();
  for (const badge of fragment.querySelectorAll('a')) badge.remove();
  return fragment.textContent ?? '';
}

/** The selection inside `container` (the reader's text) as a passage of `text`, the archive. */
export function selectedPassage(
  container: Element,
  text: string,
): Passage | { error: string } | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return undefined;
  const paragraphOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest('[data-source-text] > p');
  const paragraph = paragraphOf(range.startContainer);
  if (!paragraph || paragraph !== paragraphOf(range.endContainer)) {
    return { error: 'Select words within one paragraph.' };
  }
  const raw = readerText(range);
  const quote = raw.trim();
  if (quote === '') return undefined;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const index = [...container.querySelectorAll(':scope > p')].indexOf(paragraph);
  // The paragraphs of the archived text, cut as the reader cuts them.
  const paragraphStart = paragraphRanges(text)[index]?.start;
  if (paragraphStart === undefined) return { error: 'The selection is not in the source’s text.' };
  const start = paragraphStart + readerText(before).length + (raw.length - raw.trimStart().length);
  if (text.slice(start, start + quote.length) !== quote) {
    return { error: 'The selection does not match the archived text: select the words again.' };
  }
  // Words found more than once need the text around them to say which.
  const context = tellingContext(text, { start, end: start + quote.length }) ?? {};
  // Direct when the words lie inside one quotation's marks, those of the text's language (the
  // reader says it): the verifier's own judgement.
  const language = container.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const passages = quotedPassages(text, quotationStyle(language));
  const verdict = spanVerdict(text, { start, end: start + quote.length }, passages);
  return {
    quote,
    ...context,
    start,
    speech: verdict.kind === 'quoted' ? 'direct' : 'reported',
  };
}
