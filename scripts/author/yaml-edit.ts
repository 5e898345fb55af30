/**
 * Edits to a YAML list of records that leave every other byte of the file as it was: its
 * comments, its order, its folded lines, its quoting. The `yaml` package's parser says where
 * each record of the list is in the text; the record edited is written out anew, a line per
 * field as a person writes one (see `recordYaml`), and the rest of the text is kept as is.
 * So each save is a small diff, of the record it is about.
 */
import { Document, isScalar, isSeq, parseDocument } from 'yaml';

/**
 * A record as one item of a YAML list, as a person writes one: a line per field, none folded,
 * dates in quotes (as the corpus's files have them).
 */
export function recordYaml(record: object): string {
  const document = new Document([record]);
  for (const path of [['published'], ['statedAt'], ['extractedFrom', 'captured']]) {
    const node = document.getIn([0, ...path], true);
    // A date alone would read as a date or a number to other YAML tools; an interval would not.
    if (isScalar(node) && /^\d{4}(?:-\d{2}){0,2}$/.test(String(node.value))) {
      node.type = 'QUOTE_SINGLE';
    }
  }
  return document.toString({ lineWidth: 0, singleQuote: true });
}

/** Why a file cannot be edited as a list of records. */
export class YamlEditError extends Error {}

/** Where each item of the file's top-level list is: from its line's start to past its last line. */
function itemSpans(text: string): { start: number; end: number }[] {
  const document = parseDocument(text);
  if (document.errors.length > 0)
    throw new YamlEditError(document.errors[0]?.message ?? 'bad YAML');
  const list = document.contents;
  if (list === null) return [];
  if (!isSeq(list)) throw new YamlEditError('the file is not a YAML list of records');
  return list.items.map((item) => {
    const range = (item as { range?: [number, number, number] }).range;
    if (!range) throw new YamlEditError('a record of the list has no place in the text');
    const start = text.lastIndexOf('\n', range[0] - 1) + 1;
    if (!/^- /.test(text.slice(start))) {
      throw new YamlEditError(
        'edits keep to lists written one "- " item per line at the left edge',
      );
    }
    // To the end of its last line of content, and that line's break.
    const content = text.slice(start, range[1]).trimEnd();
    const lineEnd = text.indexOf('\n', start + content.length);
    return { start, end: lineEnd === -1 ? text.length : lineEnd + 1 };
  });
}

/** The text with a record added at the end of its list. */
export function appendRecord(text: string, record: object): string {
  itemSpans(text); // a file that is not a list is not appended to
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  // An empty list written `[]` becomes the record alone.
  if (/^\s*(#.*\n\s*)*\[\]\s*$/.test(text))
    return `${text.replace(/\[\]\s*$/, '')}${recordYaml(record)}`;
  return `${text}${separator}${recordYaml(record)}`;
}

/** The text with the record at `index` written anew. */
export function replaceRecord(text: string, index: number, record: object): string {
  const span = itemSpans(text)[index];
  if (!span) throw new YamlEditError(`the list has no record #${index + 1}`);
  return `${text.slice(0, span.start)}${recordYaml(record)}${text.slice(span.end)}`;
}

/** The text without the records at `indexes` (comments before a record removed stay). */
export function removeRecords(text: string, indexes: readonly number[]): string {
  const spans = itemSpans(text);
  const gone = new Set(indexes);
  let out = '';
  let at = 0;
  spans.forEach((span, i) => {
    if (!gone.has(i)) return;
    out += text.slice(at, span.start);
    at = span.end;
  });
  out += text.slice(at);
  // A list left with no record is written as the empty list it is.
  return spans.length > 0 && gone.size >= spans.length && !/^- /m.test(out) ? `${out}[]\n` : out;
}
