import { createHash } from 'node:crypto';
import type * as z from 'zod/mini';
import { codePointIndex, codePointLength } from '../../src/corpus/code-points.ts';
import { authoredClaimSchema, sourceSchema } from '../../src/corpus/corpus-schema.ts';
import {
  quotedPassages,
  spanVerdict,
  type QuotedPassage,
  type Span,
  type SpanVerdict,
} from '../../src/corpus/quoted-passages.ts';
import {
  compiledSchemaVersion,
  partySchema,
  relationSchema,
  speakerSchema,
  topicSchema,
  type AuthoredClaim,
  type CompiledClaim,
  type CompiledCorpus,
  type CompiledSource,
  type CorpusFileName,
  type Relation,
  type Source,
  type Topic,
} from '../../src/corpus/schema.ts';
import { findClosestPassage } from './closest-passage.ts';
import type { CorpusProblem } from './problem.ts';
import { readYaml, type LocatedYaml } from './read-yaml.ts';

/** Every file of a corpus folder, keyed by path relative to it with `/` separators. */
export type CorpusFiles = ReadonlyMap<string, Uint8Array>;

/** A verified corpus, ready to write out: the compiled JSON and each source's archived bytes. */
export type VerifiedCorpus = {
  corpus: CompiledCorpus;
  /** Archived source bytes by source id, passed through untouched. */
  sourceBytes: ReadonlyMap<string, Uint8Array>;
};

/** The verdict on a corpus: compiled output, or every problem found. */
export type VerifyResult =
  { ok: true; verified: VerifiedCorpus } | { ok: false; problems: CorpusProblem[] };

/** Characters of context either side of a quote, as the W3C selectors carry them. */
export const selectorContextLength = 32;

/** A record that passed its schema, with where it sits in its file. */
type Located<T> = { value: T; index: number; label: string; yaml: LocatedYaml; file: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks a corpus against its schema, its cross-references and its archived sources, and
 * compiles it. Pure apart from hashing: give it the files, get back output or problems.
 */
export function verifyCorpus(files: CorpusFiles): VerifyResult {
  const problems: CorpusProblem[] = [];
  const read = <T>(file: CorpusFileName, schema: z.ZodMiniType<T>, noun: string) =>
    readRecords(files, file, schema, noun, problems);

  const parties = read('parties.yaml', partySchema, 'party');
  const speakers = read('speakers.yaml', speakerSchema, 'speaker');
  const topics = read('topics.yaml', topicSchema, 'topic');
  const sources = read('sources.yaml', sourceSchema, 'source');
  const claims = read('claims.yaml', authoredClaimSchema, 'claim');
  const relations = read('relations.yaml', relationSchema, 'relation');

  const partyById = indexById(parties, problems);
  const speakerById = indexById(speakers, problems);
  const topicById = indexById(topics, problems);
  const sourceById = indexById(sources, problems);
  const claimById = indexById(claims, problems);

  checkTopicOrder(topics, problems);
  for (const speaker of speakers) checkRef(speaker, 'party', partyById, 'party', problems);
  for (const claim of claims) {
    checkRef(claim, 'topic', topicById, 'topic', problems);
    checkRef(claim, 'speaker', speakerById, 'speaker', problems);
    checkRef(claim, 'source', sourceById, 'source', problems);
    checkNoteRefs(claim, sourceById.get(claim.value.source)?.value, problems);
  }
  for (const source of sources) checkNoteIds(source, problems);
  checkRelations(relations, claimById, problems);

  const sourceTexts = new Map<string, SourceText>();
  for (const source of sources) {
    const loaded = loadSourceText(files, source, problems);
    if (loaded) sourceTexts.set(source.value.id, loaded);
  }

  const compiledClaims: CompiledClaim[] = [];
  for (const claim of claims) {
    const source = sourceById.get(claim.value.source);
    const loaded = sourceTexts.get(claim.value.source);
    if (!source || !loaded) continue;
    const compiled = compileClaim(claim, source.value, loaded, problems);
    if (compiled) compiledClaims.push(compiled);
  }

  if (problems.length > 0) return { ok: false, problems };

  const compiledSources: CompiledSource[] = sources.map(({ value }) => {
    const { file: _file, ...rest } = value;
    return {
      ...rest,
      textPath: `sources/${value.id}.txt`,
      length: codePointLength(sourceTexts.get(value.id)?.text ?? ''),
    };
  });

  return {
    ok: true,
    verified: {
      corpus: {
        schemaVersion: compiledSchemaVersion,
        parties: parties.map((record) => record.value),
        speakers: speakers.map((record) => record.value),
        topics: topics.map((record) => record.value).sort((a, b) => a.order - b.order),
        sources: compiledSources,
        claims: compiledClaims,
        relations: relations.map((record) => record.value),
      },
      sourceBytes: new Map([...sourceTexts].map(([id, loaded]) => [id, loaded.bytes])),
    },
  };
}

/** Parses one YAML file and validates each record on its own, so one bad record hides no other. */
function readRecords<T>(
  files: CorpusFiles,
  file: CorpusFileName,
  schema: z.ZodMiniType<T>,
  noun: string,
  problems: CorpusProblem[],
): Located<T>[] {
  const bytes = files.get(file);
  if (!bytes) {
    problems.push({ file, message: 'file is missing from the corpus folder' });
    return [];
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    problems.push({ file, message: 'file is not valid UTF-8' });
    return [];
  }
  const yaml = readYaml(file, text);
  if ('problems' in yaml) {
    problems.push(...yaml.problems);
    return [];
  }
  if (!Array.isArray(yaml.value)) {
    problems.push({
      file,
      ...yaml.locate([]),
      message: `must be a YAML list of records (use [] for none), found ${describe(yaml.value)}`,
    });
    return [];
  }
  const records: Located<T>[] = [];
  yaml.value.forEach((item: unknown, index) => {
    const label = recordLabel(noun, item, index);
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(...issueProblems(file, label, index, item, issue, yaml));
      }
      return;
    }
    records.push({ value: parsed.data, index, label, yaml, file });
  });
  return records;
}

function recordLabel(noun: string, item: unknown, index: number): string {
  const position = `#${index + 1}`;
  if (isRecord(item)) {
    if (typeof item.id === 'string') return `${noun} "${item.id}" (${position})`;
    if (typeof item.from === 'string' && typeof item.to === 'string') {
      return `${noun} ${position} (${item.from} → ${item.to})`;
    }
  }
  return `${noun} ${position}`;
}

/** Turns one zod issue into readable problems: what was expected, and what was found. */
function issueProblems(
  file: string,
  record: string,
  index: number,
  item: unknown,
  issue: z.core.$ZodIssue,
  yaml: LocatedYaml,
): CorpusProblem[] {
  const path = [index, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      record,
      ...yaml.locateKey(path, key),
      field: formatPath([...issue.path, key]),
      message: `unknown field "${key}"`,
    }));
  }
  const found = valueAt(item, issue.path);
  const missing = found === undefined && !hasKey(item, issue.path);
  let message: string;
  if (missing) {
    message = 'missing required field';
  } else if (issue.code === 'invalid_type') {
    message = `expected ${issue.expected}, found ${describe(found)}`;
  } else if (issue.code === 'invalid_value') {
    message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describe(found)}`;
  } else {
    message = `${issue.message}; found ${describe(found)}`;
  }
  const location = missing ? yaml.locate(path.slice(0, -1)) : yaml.locate(path);
  return [{ file, record, ...location, field: formatPath(issue.path), message }];
}

function indexById<T extends { id: string }>(
  records: Located<T>[],
  problems: CorpusProblem[],
): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const record of records) {
    const first = byId.get(record.value.id);
    if (first) {
      problems.push({
        ...at(record, 'id'),
        message: `duplicate id "${record.value.id}": already used by ${first.label} on line ${first.yaml.locate([first.index])?.line ?? '?'}`,
      });
      continue;
    }
    byId.set(record.value.id, record);
  }
  return byId;
}

function checkTopicOrder(topics: Located<Topic>[], problems: CorpusProblem[]) {
  const byOrder = new Map<number, Located<Topic>>();
  for (const topic of topics) {
    const first = byOrder.get(topic.value.order);
    if (first) {
      problems.push({
        ...at(topic, 'order'),
        message: `order ${topic.value.order} is already taken by ${first.label}; each topic needs its own place`,
      });
    } else {
      byOrder.set(topic.value.order, topic);
    }
  }
}

function checkRef<T extends Record<F, string>, F extends string>(
  record: Located<T>,
  field: F,
  targets: ReadonlyMap<string, unknown>,
  noun: string,
  problems: CorpusProblem[],
) {
  const id = record.value[field];
  if (targets.has(id)) return;
  problems.push({
    ...at(record, field),
    message: `unknown ${noun} "${id}"; known: ${listIds(targets)}`,
  });
}

/**
 * A claim's `statedAtFrom` and `venueFrom` name a note of its own source, and each comes with
 * the date or venue it vouches for.
 */
function checkNoteRefs(
  claim: Located<AuthoredClaim>,
  source: Source | undefined,
  problems: CorpusProblem[],
) {
  const fields = [
    ['statedAtFrom', 'statedAt', 'date'],
    ['venueFrom', 'venue', 'venue'],
  ] as const;
  for (const [field, vouched, noun] of fields) {
    const id = claim.value[field];
    if (id === undefined) continue;
    if (claim.value[vouched] === undefined) {
      problems.push({
        ...at(claim, field),
        message: `${field} names where the ${noun} comes from, but the claim has no ${vouched}`,
      });
    }
    if (!source) continue;
    const notes = new Map((source.notes ?? []).map((note) => [note.id, note]));
    if (!notes.has(id)) {
      problems.push({
        ...at(claim, field),
        message: `unknown note "${id}" of source "${source.id}"; known: ${listIds(notes)}`,
      });
    }
  }
}

/** Each note of a source has its own id. */
function checkNoteIds(source: Located<Source>, problems: CorpusProblem[]) {
  const seen = new Set<string>();
  (source.value.notes ?? []).forEach((note, i) => {
    if (seen.has(note.id)) {
      problems.push({
        ...at(source, ['notes', i, 'id']),
        message: `duplicate note id "${note.id}" in this source`,
      });
    }
    seen.add(note.id);
  });
}

function checkRelations(
  relations: Located<Relation>[],
  claimById: ReadonlyMap<string, unknown>,
  problems: CorpusProblem[],
) {
  const seen = new Map<string, Located<Relation>>();
  for (const relation of relations) {
    const { from, to } = relation.value;
    checkRef(relation, 'from', claimById, 'claim', problems);
    checkRef(relation, 'to', claimById, 'claim', problems);
    if (from === to) {
      problems.push({
        ...at(relation, 'to'),
        message: `a claim cannot relate to itself ("${from}")`,
      });
      continue;
    }
    // One relation per pair of claims, whichever way round: a second one is either redundant
    // ("A supports B" and "B supports A") or contradictory.
    const pair = [from, to].sort().join('\u0000');
    const first = seen.get(pair);
    if (first) {
      problems.push({
        ...at(relation, 'from'),
        message: `duplicate relation: ${first.label} already links "${from}" and "${to}"`,
      });
      continue;
    }
    seen.set(pair, relation);
  }
}

/** An archived text as read, with its quotations found once for all the claims quoting it. */
type SourceText = { text: string; bytes: Uint8Array; passages: QuotedPassage[] };

function loadSourceText(
  files: CorpusFiles,
  source: Located<Source>,
  problems: CorpusProblem[],
): SourceText | undefined {
  const { file, sha256, printArtifacts = [] } = source.value;
  const bytes = files.get(file);
  if (!bytes) {
    problems.push({ ...at(source, 'file'), message: `archived text "${file}" does not exist` });
    return undefined;
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    problems.push({
      ...at(source, 'sha256'),
      message: `SHA-256 of "${file}" is ${actual}, not the recorded ${sha256}: the archived text has changed`,
    });
    return undefined;
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    problems.push({ ...at(source, 'file'), message: `archived text "${file}" is not valid UTF-8` });
    return undefined;
  }
  printArtifacts.forEach((artifact, i) => {
    if (!text.includes(artifact.text)) {
      problems.push({
        ...at(source, ['printArtifacts', i, 'text']),
        message: `print artifact "${artifact.text}" does not occur in "${file}"`,
      });
    }
  });
  return { text, bytes, passages: quotedPassages(text) };
}

/** Finds the claim's quote in its source and computes the W3C selectors for it. */
function compileClaim(
  claim: Located<AuthoredClaim>,
  source: Source,
  { text, passages }: SourceText,
  problems: CorpusProblem[],
): CompiledClaim | undefined {
  const { quote, quotePrefix, quoteSuffix } = claim.value;
  const occurrences = allIndexesOf(text, quote);
  if (occurrences.length === 0) {
    problems.push({ ...at(claim, 'quote'), ...notFound(text, quote, source.file) });
    return undefined;
  }
  const matching = occurrences.filter(
    (i) =>
      (quotePrefix === undefined || text.slice(0, i).endsWith(quotePrefix)) &&
      (quoteSuffix === undefined || text.startsWith(quoteSuffix, i + quote.length)),
  );
  if (matching.length === 0) {
    problems.push({
      ...at(claim, quotePrefix === undefined ? 'quoteSuffix' : 'quotePrefix'),
      message: `the quote occurs in "${source.file}" (line ${lineList(text, occurrences)}) but never with this quotePrefix/quoteSuffix around it`,
    });
    return undefined;
  }
  const [start, ...others] = matching;
  if (start === undefined || others.length > 0) {
    problems.push({
      ...at(claim, 'quote'),
      message: `the quote occurs ${matching.length} times in "${source.file}" (lines ${lineList(text, matching)}); add quotePrefix or quoteSuffix to pick one`,
    });
    return undefined;
  }
  const end = start + quote.length;
  const speechProblem = checkQuotationMarks(
    claim.value.speech,
    spanVerdict(text, { start, end }, passages),
    text,
    source.file,
  );
  if (speechProblem) {
    problems.push({ ...at(claim, speechProblem.field), ...speechProblem });
    return undefined;
  }
  const startPoint = codePointIndex(text, start);
  const endPoint = startPoint + codePointLength(quote);
  const before = Array.from(text.slice(Math.max(0, start - 2 * selectorContextLength), start));
  const after = Array.from(text.slice(end, end + 2 * selectorContextLength));
  const { quote: _quote, quotePrefix: _prefix, quoteSuffix: _suffix, ...fields } = claim.value;
  return {
    ...fields,
    quote: {
      textQuoteSelector: {
        type: 'TextQuoteSelector',
        exact: quote,
        prefix: before.slice(-selectorContextLength).join(''),
        suffix: after.slice(0, selectorContextLength).join(''),
      },
      textPositionSelector: { type: 'TextPositionSelector', start: startPoint, end: endPoint },
    },
    printArtifacts: (source.printArtifacts ?? []).filter((artifact) =>
      quote.includes(artifact.text),
    ),
  };
}

function notFound(
  text: string,
  quote: string,
  file: string,
): Pick<CorpusProblem, 'message' | 'detail'> {
  const closest = findClosestPassage(text, quote);
  const message = `the quote is not in "${file}" verbatim`;
  if (!closest) return { message, detail: 'no passage of the source is close to it' };
  return {
    message,
    detail: [
      `closest passage (line ${lineOf(text, closest.start)}, ${closest.errors} character edit${closest.errors === 1 ? '' : 's'} away):`,
      `  ${closest.passage}`,
      'where they differ ([-source-] {+quote+}):',
      `  ${closest.diff}`,
    ].join('\n'),
  };
}

/**
 * What the quotation marks of the source say about a quote and its speech label: a quote may
 * not cut a quotation (it would carry a mark without its partner); a `direct` quote must lie
 * inside one quotation's marks, and a `reported` one that does is the speaker's own words.
 */
function checkQuotationMarks(
  speech: AuthoredClaim['speech'],
  verdict: SpanVerdict,
  text: string,
  file: string,
): { field: 'quote' | 'speech'; message: string; detail?: string } | undefined {
  const excerpt = (span: Span) => text.slice(span.start, span.end);
  if (verdict.kind === 'cut') {
    const { passage, held, widened, narrowed } = verdict;
    const missing = held === 'opening' ? 'closing' : 'opening';
    const narrowedSpeech = narrowed && spanVerdict(text, narrowed).kind === 'quoted';
    return {
      field: 'quote',
      message: `the quote cuts a quotation in "${file}" (line ${lineOf(text, passage.inner.start)}): it holds its ${held} mark but not its ${missing} one, so it would show an unmatched quotation mark`,
      detail: [
        'widen it to take in the whole quotation:',
        `  ${excerpt(widened)}`,
        ...(narrowed
          ? [
              `or narrow it to the words ${narrowedSpeech ? 'inside the marks (then speech is "direct")' : 'outside the marks'}:`,
              `  ${excerpt(narrowed)}`,
            ]
          : []),
      ].join('\n'),
    };
  }
  if (speech === 'direct' && verdict.kind !== 'quoted') {
    return {
      field: 'speech',
      message:
        'speech is "direct" but the quote is not entirely inside quotation marks in the source; use "reported", or quote only the words inside the marks',
    };
  }
  if (speech === 'reported' && verdict.kind === 'quoted') {
    return {
      field: 'speech',
      message: `speech is "reported" but the quote lies wholly inside a quotation in "${file}" (line ${lineOf(text, verdict.passage.inner.start)}): these are the speaker's own words, so use "direct"`,
    };
  }
  return undefined;
}

function allIndexesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function lineList(text: string, indexes: number[]): string {
  return indexes.map((i) => lineOf(text, i)).join(', ');
}

function at<T>(
  record: Located<T>,
  field: string | (string | number)[],
): Omit<CorpusProblem, 'message'> {
  const path = Array.isArray(field) ? field : [field];
  return {
    file: record.file,
    record: record.label,
    ...record.yaml.locate([record.index, ...path]),
    field: formatPath(path),
  };
}

function listIds(targets: ReadonlyMap<string, unknown>): string {
  const ids = [...targets.keys()];
  if (ids.length === 0) return 'none';
  return ids.length > 12
    ? `${ids.slice(0, 12).join(', ')}, … (${ids.length} in all)`
    : ids.join(', ');
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function hasKey(value: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(value, path.slice(0, -1));
  const key = path.at(-1);
  return typeof parent === 'object' && parent !== null && key !== undefined && key in parent;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}…` : JSON.stringify(value);
  }
  return `${typeof value} ${String(value)}`;
}
