/**
 * Edits to a YAML list of records that read like a person's: every byte the edit is not about
 * stays as it was. The `yaml` package's parser says where each record of the list, and each
 * field of a record, is in the text. Adding a record appends it; removing one cuts its lines;
 * changing one rewrites only the lines of the fields whose value changed, each in the quoting
 * style it had, so the comments inside the record, its field order, and its untouched fields
 * (their quoting, their folded lines) are kept. New records and new fields take the order of
 * the bundled files (`fieldOrders`).
 */
import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { CorpusFileName } from '../../src/corpus/corpus-schema.ts';

/** The list files, each with the order its records' fields are written in. */
export type ListFileName = Exclude<CorpusFileName, 'dossier.yaml'>;

/**
 * The order of each kind of record's fields, as the bundled files write them (a test holds
 * every bundled record to it). A field not named here goes last.
 */
export const fieldOrders: Record<ListFileName, readonly string[]> = {
  'parties.yaml': ['id', 'name', 'label', 'colour'],
  'speakers.yaml': ['id', 'name', 'kind', 'role', 'affiliation', 'party'],
  'topics.yaml': ['id', 'title', 'question', 'order', 'note'],
  'sources.yaml': [
    'id',
    'headline',
    'publisher',
    'byline',
    'published',
    'dateline',
    'url',
    'language',
    'direction',
    'file',
    'sha256',
    'extractedFrom',
    'printArtifacts',
    'notes',
  ],
  'claims.yaml': [
    'id',
    'topic',
    'speaker',
    'summary',
    'short',
    'quote',
    'quotePrefix',
    'quoteSuffix',
    'source',
    'speech',
    'statedAt',
    'statedAtFrom',
    'venue',
    'venueFrom',
    'alsoIn',
  ],
  'relations.yaml': ['from', 'to', 'type', 'note'],
  'translations.yaml': [
    'id',
    'claim',
    'of',
    'language',
    'translator',
    'source',
    'quote',
    'quotePrefix',
    'quoteSuffix',
    'speech',
    'text',
  ],
};

/** The order of the fields of a claim's further appearance (`alsoIn`). */
const appearanceOrder = ['source', 'quote', 'quotePrefix', 'quoteSuffix', 'speech'];

/** The record's fields in the given order; fields not named keep their order, last. */
function inOrder<T extends object>(record: T, order: readonly string[]): T {
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at === -1 ? order.length : at;
  };
  const keys = Object.keys(record).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(
    keys.map((key) => [key, (record as Record<string, unknown>)[key]]),
  ) as T;
}

/** A record of a file with its fields (and an appearance's) in the bundled files' order. */
export function orderedRecord<T extends object>(file: ListFileName, record: T): T {
  const ordered = inOrder(record, fieldOrders[file]);
  const alsoIn = (ordered as { alsoIn?: unknown }).alsoIn;
  if (file === 'claims.yaml' && Array.isArray(alsoIn)) {
    return {
      ...ordered,
      alsoIn: alsoIn.map((one: unknown) =>
        typeof one === 'object' && one !== null ? inOrder(one, appearanceOrder) : one,
      ),
    };
  }
  return ordered;
}

/** A lone date (`2031`, `2031-05`, `2031-05-12`), which other YAML tools would read as a date. */
const loneDate = /^\d{4}(?:-\d{2}){0,2}$/;

/** Writes a document as a person writes one: a line per field, none folded, dates quoted. */
function personal(document: Document, dateKeys: readonly (string | number)[][]): string {
  for (const path of dateKeys) {
    const node = document.getIn(path, true);
    // A date alone would read as a date or a number to other YAML tools; an interval would not.
    if (isScalar(node) && loneDate.test(String(node.value)) && node.type === undefined) {
      node.type = 'QUOTE_SINGLE';
    }
  }
  return document.toString({ lineWidth: 0, singleQuote: true });
}

/**
 * A record as one item of a YAML list, as a person writes one: a line per field, none folded,
 * dates in quotes (as the corpus's files have them). Given its file, its fields take the
 * bundled files' order.
 */
export function recordYaml(record: object, file?: ListFileName): string {
  const document = new Document([file ? orderedRecord(file, record) : record]);
  return personal(document, [
    [0, 'published'],
    [0, 'statedAt'],
    [0, 'extractedFrom', 'captured'],
  ]);
}

/** Why a file cannot be edited as a list of records. */
export class YamlEditError extends Error {}

/** The file's top-level list, parsed, with its text. */
function listOf(text: string) {
  const document = parseDocument(text);
  if (document.errors.length > 0)
    throw new YamlEditError(document.errors[0]?.message ?? 'bad YAML');
  const list = document.contents;
  if (list === null) return [];
  if (!isSeq(list)) throw new YamlEditError('the file is not a YAML list of records');
  return list.items;
}

/** From the start of the line `at` is on. */
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** To past the line break of the line of the last non-blank character before `at`. */
function lineEnd(text: string, from: number, at: number) {
  const content = text.slice(from, at).trimEnd();
  const end = text.indexOf('\n', from + content.length);
  return end === -1 ? text.length : end + 1;
}

/** Where each item of the file's top-level list is: from its line's start to past its last line. */
function itemSpans(text: string): { start: number; end: number }[] {
  return listOf(text).map((item) => {
    const range = (item as { range?: [number, number, number] }).range;
    if (!range) throw new YamlEditError('a record of the list has no place in the text');
    const start = lineStart(text, range[0]);
    if (!/^- /.test(text.slice(start))) {
      throw new YamlEditError(
        'edits keep to lists written one "- " item per line at the left edge',
      );
    }
    return { start, end: lineEnd(text, start, range[1]) };
  });
}

/** The text with a record added at the end of its list. */
export function appendRecord(text: string, record: object, file: ListFileName): string {
  itemSpans(text); // a file that is not a list is not appended to
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  // An empty list written `[]` becomes the record alone.
  if (/^\s*(#.*\n\s*)*\[\]\s*$/.test(text))
    return `${text.replace(/\[\]\s*$/, '')}${recordYaml(record, file)}`;
  return `${text}${separator}${recordYaml(record, file)}`;
}

/** Where one field of a record is: its lines, from its key's to its value's last. */
type FieldSpan = { key: string; start: number; end: number; pair: Pair };

function fieldSpans(text: string, map: YAMLMap): FieldSpan[] {
  return map.items.map((pair) => {
    const key = pair.key;
    const value = pair.value as { range?: [number, number, number] } | null;
    if (!isScalar(key) || !key.range) throw new YamlEditError('a field has no plain name');
    const start = lineStart(text, key.range[0]);
    const to = value?.range?.[1] ?? key.range[2];
    return { key: String(key.value), start, end: lineEnd(text, start, to), pair };
  });
}

/**
 * One field written as the lines of a record's field at `column`: a line per field, none
 * folded, the value in the quoting style `like` had when it can carry the new value.
 */
function fieldYaml(key: string, value: unknown, column: number, like: unknown): string {
  const document = new Document({ [key]: value });
  const node = document.get(key, true);
  if (isScalar(node) && isScalar(like) && typeof value === 'string' && like.type) {
    node.type = like.type;
  }
  const folded = isScalar(node) && node.type === Scalar.BLOCK_FOLDED;
  let out: string;
  if (folded) {
    // A folded block is folded as a person would, at about the width the files use.
    out = document.toString({ lineWidth: 100 - column, singleQuote: true });
  } else {
    out = personal(document, [[key], [key, 'captured']]);
  }
  const indent = ' '.repeat(column);
  return out.replace(/^(?=.)/gm, indent);
}

/**
 * The text with the record at `index` changed to `record`: the lines of each field whose value
 * changed are written anew in its place, a removed field's lines are cut, a new field goes
 * where the bundled order puts it; every other byte stays, comments inside the record included.
 */
export function replaceRecord(
  text: string,
  index: number,
  record: object,
  file: ListFileName,
): string {
  const items = listOf(text);
  const item = items[index];
  const span = itemSpans(text)[index];
  if (!item || !span) throw new YamlEditError(`the list has no record #${index + 1}`);
  const whole = () =>
    `${text.slice(0, span.start)}${recordYaml(record, file)}${text.slice(span.end)}`;
  if (!isMap(item)) return whole();
  const fields = fieldSpans(text, item);
  const first = fields[0];
  if (!first || first.start !== span.start) return whole();
  const old = item.toJSON() as Record<string, unknown>;
  const next = orderedRecord(file, record) as Record<string, unknown>;
  const column = (item.items[0]?.key as { range?: number[] } | null)?.range?.[0] ?? 0;
  const indent = column - span.start;
  // The first field's line begins with the list's "- ": it is neither cut nor preceded.
  const firstKey = first.key;
  if (!(firstKey in next) || Object.keys(next)[0] !== firstKey) return whole();

  /** Edits of the text, by offset: each replaces [start, end) by its text. */
  const edits: { start: number; end: number; text: string }[] = [];
  for (const field of fields) {
    if (!(field.key in next)) {
      edits.push({ start: field.start, end: field.end, text: '' });
      continue;
    }
    if (isDeepStrictEqual(old[field.key], next[field.key])) continue;
    let lines = fieldYaml(field.key, next[field.key], indent, field.pair.value);
    if (field.start === span.start) lines = `- ${lines.slice(2)}`;
    edits.push({ start: field.start, end: field.end, text: lines });
  }
  // A new field goes after the field before it in the record's order that the text has.
  const keys = Object.keys(next);
  keys.forEach((key, at) => {
    if (key in old) return;
    const before = keys
      .slice(0, at)
      .reverse()
      .map((one) => fields.find((field) => field.key === one))
      .find((field) => field !== undefined);
    const place = before?.end ?? span.end;
    edits.push({ start: place, end: place, text: fieldYaml(key, next[key], indent, undefined) });
  });
  // Applied from the end, so each offset still means what it meant. New fields at one place
  // go in together, in the record's order, before whatever else is done there.
  const inserts = new Map<number, string>();
  for (const edit of edits.filter((one) => one.start === one.end)) {
    inserts.set(edit.start, `${inserts.get(edit.start) ?? ''}${edit.text}`);
  }
  const changes = [
    ...edits.filter((one) => one.start !== one.end),
    ...[...inserts].map(([start, lines]) => ({ start, end: start, text: lines })),
  ].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of changes) out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`;
  return out;
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
