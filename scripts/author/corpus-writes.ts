/**
 * The author's edits to a corpus folder, each all or nothing: the files it changes are worked
 * out in memory, the whole corpus with them must pass the verifier, each file must still be
 * what the author's page read (else someone else's edit would be lost), and only then is each
 * written, through a temporary file renamed into place. Nothing is written outside the folder:
 * every path is a corpus file name, `sources/<slug>.txt` or a saved page, `sources/<slug>.html`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type {
  AuthoredAppearance,
  AuthoredClaim,
  AuthoredTranslation,
  CorpusFileName,
  Source,
} from '../../src/corpus/corpus-schema.ts';
import { utf16Index } from '../../src/corpus/anchoring.ts';
import { leftWithoutClaim, whyKept } from '../../src/author/named-records.ts';
import { appearanceIn } from '../../src/corpus/appearances.ts';
import {
  maxIdLength,
  slug,
  type Extractor,
  type Relation,
  type Speaker,
  type Topic,
} from '../../src/corpus/schema.ts';
import { readCorpusFolder } from '../corpus/corpus-files.ts';
import type { CorpusProblem } from '../corpus/problem.ts';
import { decodeUtf8 } from '../corpus/read-records.ts';
import { verifyCorpus } from '../corpus/verify-corpus.ts';
import {
  fieldWords,
  savedPageFile,
  sourceRecord,
  today,
  type ReadSource,
  type SourceFields,
} from '../sources/add-source.ts';
import { commitFiles, recoverJournal } from './commit-files.ts';
import { reanchor, type Reanchored } from './reanchor.ts';
import { appendRecord, removeRecords, replaceRecord, YamlEditError } from './yaml-edit.ts';

/** Each corpus file's SHA-256 as a page read it: what an edit expects to find on disk. */
export type FileVersions = Partial<Record<CorpusFileName, string>>;

/** What an edit did: the new versions of the files, or why nothing was written. */
export type WriteResult =
  | {
      ok: true;
      versions: FileVersions;
      changed: CorpusFileName[];
      /** The id of the record added, when the edit added one (a source's, which may be made). */
      id?: string;
    }
  | {
      ok: false;
      /** `conflict`: a file changed on disk since it was read; `invalid`: the verifier said no. */
      reason: 'conflict' | 'invalid' | 'not-found';
      message: string;
      problems: CorpusProblem[];
    };

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The YAML files of the corpus folder and their versions. */
export function fileVersions(dir: string): FileVersions {
  const files = readCorpusFolder(resolve(dir));
  const versions: FileVersions = {};
  for (const [path, bytes] of files) {
    if (path.endsWith('.yaml')) versions[path as CorpusFileName] = sha256(bytes);
  }
  return versions;
}

/** Options of {@link applyEdit}. */
export type EditOptions = {
  /** New files the edit adds (an archived text), written only if nothing there yet. */
  extraFiles?: ReadonlyMap<string, Uint8Array>;
  /** Files the edit writes anew (a source's corrected text). */
  replaceFiles?: ReadonlyMap<string, Uint8Array>;
  /** Files the edit deletes (a saved page no record names any more). */
  removeFiles?: readonly string[];
  /** Check only: say what the verifier says of the change, and write nothing. */
  dryRun?: boolean;
};

/**
 * Applies an edit: `change` gets the current text of the files it asks for and returns their
 * new texts. Refused, with nothing written, when a file it changes is not at the version
 * `base` says the author read, or when the corpus would not verify.
 */
export function applyEdit(
  dir: string,
  base: FileVersions,
  change: (texts: ReadonlyMap<CorpusFileName, string>) => Map<CorpusFileName, string>,
  {
    extraFiles = new Map(),
    replaceFiles = new Map(),
    removeFiles = [],
    dryRun = false,
  }: EditOptions = {},
): WriteResult {
  const root = resolve(dir);
  recoverJournal(root);
  const read = readCorpusFolder(root);
  const files = new Map(read);
  const texts = new Map<CorpusFileName, string>();
  for (const [path, bytes] of files) {
    if (path.endsWith('.yaml')) texts.set(path as CorpusFileName, new TextDecoder().decode(bytes));
  }
  let changed: Map<CorpusFileName, string>;
  try {
    changed = change(texts);
  } catch (error) {
    if (!(error instanceof YamlEditError || error instanceof EditError)) throw error;
    return {
      ok: false,
      reason: error instanceof EditError ? error.reason : 'invalid',
      message: error.message,
      problems: [],
    };
  }
  for (const file of changed.keys()) {
    // A file the folder lacks (an optional one, made by this edit) was read as absent: no
    // version. Made by a hand meanwhile, it has one, and is not overwritten.
    const bytes = files.get(file);
    const now = bytes === undefined ? undefined : sha256(bytes);
    if (base[file] !== now) {
      return {
        ok: false,
        reason: 'conflict',
        message: `${file} changed on disk since this page read it: nothing was saved, and your entry is kept. Reload to see the change, then save again.`,
        problems: [],
      };
    }
  }
  for (const [file, text] of changed) files.set(file, new TextEncoder().encode(text));
  for (const [path, bytes] of [...extraFiles, ...replaceFiles]) files.set(path, bytes);
  for (const path of removeFiles) files.delete(path);
  const verdict = verifyCorpus(files);
  if (!verdict.ok) {
    return {
      ok: false,
      reason: 'invalid',
      message: 'The corpus would not verify with this change: nothing was saved.',
      problems: verdict.problems,
    };
  }
  if (dryRun) return { ok: true, versions: base, changed: [] };
  const encoder = new TextEncoder();
  const committed = commitFiles(
    root,
    [
      ...[...extraFiles].map(([path, after]) => ({ path, before: null, after })),
      ...[...replaceFiles].map(([path, after]) => ({
        path,
        before: read.get(path) ?? null,
        after,
      })),
      ...[...changed].map(([path, text]) => ({
        path,
        before: read.get(path) ?? null,
        after: encoder.encode(text),
      })),
      // Deleted last, once the records no longer name them.
      ...removeFiles.flatMap((path) => {
        const before = read.get(path);
        return before ? [{ path, before, after: null }] : [];
      }),
    ],
    { afterWrite: crashAfterWrite() },
  );
  if (!committed.ok) {
    return { ok: false, reason: 'conflict', message: committed.message, problems: [] };
  }
  const versions: FileVersions = { ...base };
  for (const [file, text] of changed) versions[file] = sha256(text);
  return { ok: true, versions, changed: [...changed.keys()] };
}

/** An edit that cannot be made as asked (a claim that is not there, an id that changed). */
export class EditError extends Error {
  readonly reason: 'invalid' | 'not-found';
  constructor(message: string, reason: 'invalid' | 'not-found' = 'invalid') {
    super(message);
    this.reason = reason;
  }
}

/**
 * Fault injection for the crash tests (tests/e2e/author-crash.test.ts): with
 * `AUTHOR_TEST_CRASH_AFTER_WRITE=n`, the process kills itself once n files of an edit are
 * written, as a power cut or a killed terminal would stop it.
 */
function crashAfterWrite(): ((written: number) => void) | undefined {
  const given = process.env.AUTHOR_TEST_CRASH_AFTER_WRITE;
  const after = Number(given);
  if (!given || !Number.isInteger(after) || after < 0) return undefined;
  return (written) => {
    if (written >= after) process.kill(process.pid, 'SIGKILL');
  };
}

/** The records of a list file, to find one by id. */
function recordsOf(texts: ReadonlyMap<CorpusFileName, string>, file: CorpusFileName): unknown[] {
  const value: unknown = parse(texts.get(file) ?? '');
  return Array.isArray(value) ? value : [];
}

function indexOfId(texts: ReadonlyMap<CorpusFileName, string>, file: CorpusFileName, id: string) {
  const index = recordsOf(texts, file).findIndex(
    (record) =>
      typeof record === 'object' && record !== null && (record as { id?: unknown }).id === id,
  );
  if (index < 0) throw new EditError(`${file} has no record "${id}"`, 'not-found');
  return index;
}

/** A new claim, with the speaker and the topic it names when they are new too. */
export type NewClaim = { claim: AuthoredClaim; speaker?: Speaker; topic?: Topic };

/** Adds a claim (and its new speaker and topic) at the end of their files. */
export function addClaim(
  dir: string,
  base: FileVersions,
  { claim, speaker, topic }: NewClaim,
  options: EditOptions = {},
) {
  return applyEdit(
    dir,
    base,
    (texts) => {
      const out = new Map<CorpusFileName, string>();
      if (speaker)
        out.set(
          'speakers.yaml',
          appendRecord(texts.get('speakers.yaml') ?? '', speaker, 'speakers.yaml'),
        );
      if (topic)
        out.set('topics.yaml', appendRecord(texts.get('topics.yaml') ?? '', topic, 'topics.yaml'));
      out.set('claims.yaml', appendRecord(texts.get('claims.yaml') ?? '', claim, 'claims.yaml'));
      return out;
    },
    options,
  );
}

/**
 * Writes a claim anew in its place; its id, its permalink, never changes. A speaker or a
 * question made for it in the edit is added with it.
 */
export function updateClaim(
  dir: string,
  base: FileVersions,
  id: string,
  claim: AuthoredClaim,
  { speaker, topic, ...options }: EditOptions & Omit<NewClaim, 'claim'> = {},
) {
  return applyEdit(
    dir,
    base,
    (texts) => {
      if (claim.id !== id) {
        throw new EditError(`a claim's id is its permalink and never changes: keep "${id}"`);
      }
      const index = indexOfId(texts, 'claims.yaml', id);
      const out = new Map<CorpusFileName, string>();
      if (speaker) {
        out.set(
          'speakers.yaml',
          appendRecord(texts.get('speakers.yaml') ?? '', speaker, 'speakers.yaml'),
        );
      }
      if (topic)
        out.set('topics.yaml', appendRecord(texts.get('topics.yaml') ?? '', topic, 'topics.yaml'));
      out.set(
        'claims.yaml',
        replaceRecord(texts.get('claims.yaml') ?? '', index, claim, 'claims.yaml'),
      );
      return out;
    },
    options,
  );
}

/** Adds another source's report of a claim's statement to the claim. */
export function addAppearance(
  dir: string,
  base: FileVersions,
  id: string,
  appearance: AuthoredAppearance,
) {
  return applyEdit(dir, base, (texts) => {
    const index = indexOfId(texts, 'claims.yaml', id);
    const claim = recordsOf(texts, 'claims.yaml')[index] as AuthoredClaim;
    const updated = { ...claim, alsoIn: [...(claim.alsoIn ?? []), appearance] };
    return new Map([
      ['claims.yaml', replaceRecord(texts.get('claims.yaml') ?? '', index, updated, 'claims.yaml')],
    ]);
  });
}

/** What else goes with a deleted claim: its question and its speaker, once nothing else names them. */
export type WithClaim = { topic?: boolean; speaker?: boolean };

/**
 * Deletes a claim and every relation to or from it: none is left pointing at nothing. With
 * `also`, its question and its speaker go too when no other claim names them (nor the dossier
 * leads with the question): an author who made them for this claim is not left with a
 * question that has no statement.
 */
export function deleteClaim(dir: string, base: FileVersions, id: string, also: WithClaim = {}) {
  return applyEdit(dir, base, (texts) => {
    const index = indexOfId(texts, 'claims.yaml', id);
    const claims = recordsOf(texts, 'claims.yaml') as AuthoredClaim[];
    const relations = recordsOf(texts, 'relations.yaml') as Relation[];
    const touching = relations.flatMap((relation, i) =>
      relation.from === id || relation.to === id ? [i] : [],
    );
    const out = new Map([['claims.yaml', removeRecords(texts.get('claims.yaml') ?? '', [index])]]);
    if (touching.length > 0) {
      out.set('relations.yaml', removeRecords(texts.get('relations.yaml') ?? '', touching));
    }
    // Its translations translate nothing once it is gone.
    const translations = translationsOf(texts, id);
    if (translations.length > 0) {
      out.set(
        'translations.yaml',
        removeRecords(texts.get('translations.yaml') ?? '', translations),
      );
    }
    // What only this claim names goes with it when asked (src/author/named-records.ts).
    const left = leftWithoutClaim(
      { claims, leadTopics: leadTopicsOf(texts) },
      recordsOf(texts, 'topics.yaml') as Topic[],
      recordsOf(texts, 'speakers.yaml') as Speaker[],
      id,
    );
    for (const [file, key] of [
      ['topics.yaml', 'topic'],
      ['speakers.yaml', 'speaker'],
    ] as const) {
      const record = left[key];
      if (!also[key] || !record) continue;
      out.set(file, removeRecords(texts.get(file) ?? '', [indexOfId(texts, file, record.id)]));
    }
    return out as Map<CorpusFileName, string>;
  });
}

/** The questions the dossier leads with (`dossier.yaml`'s `leadTopics`). */
function leadTopicsOf(texts: ReadonlyMap<CorpusFileName, string>): string[] {
  const dossier: unknown = parse(texts.get('dossier.yaml') ?? '');
  const lead = (dossier as { leadTopics?: unknown } | null)?.leadTopics;
  return Array.isArray(lead) ? lead.filter((one): one is string => typeof one === 'string') : [];
}

/** The indexes of the translations of a claim's words in `translations.yaml`. */
function translationsOf(texts: ReadonlyMap<CorpusFileName, string>, claimId: string): number[] {
  return (recordsOf(texts, 'translations.yaml') as AuthoredTranslation[]).flatMap(
    (translation, i) => (translation.claim === claimId ? [i] : []),
  );
}

/** The head of a `translations.yaml` the workbench makes. */
const newTranslationsFile = [
  "# Translations of claims' words, each of one appearance of a claim (`of`). A published one is",
  "# verified verbatim in its own archived source; ours or a machine's gives its `text`, and is",
  "# never shown in quotation marks as the speaker's words.",
  '',
].join('\n');

/**
 * Adds a translation of one of a claim's appearances at the end of `translations.yaml`, which
 * it makes when the folder has none. Its id must be free: two records of one id would leave
 * the verifier unable to say which the author meant.
 */
export function addTranslation(dir: string, base: FileVersions, translation: AuthoredTranslation) {
  return applyEdit(dir, base, (texts) => {
    const ids = (recordsOf(texts, 'translations.yaml') as { id?: unknown }[]).map((one) => one?.id);
    if (ids.includes(translation.id)) {
      throw new EditError(`translations.yaml has a translation "${translation.id}" already`);
    }
    // A file made by this edit says what it holds, for whoever reads it next in review.
    const current = texts.get('translations.yaml') ?? newTranslationsFile;
    return new Map([
      ['translations.yaml', appendRecord(current, translation, 'translations.yaml')],
    ]);
  });
}

/** Writes a translation anew in its place; its id never changes. */
export function updateTranslation(
  dir: string,
  base: FileVersions,
  id: string,
  translation: AuthoredTranslation,
) {
  return applyEdit(dir, base, (texts) => {
    if (translation.id !== id)
      throw new EditError(`a translation's id never changes: keep "${id}"`);
    const index = indexOfId(texts, 'translations.yaml', id);
    return new Map([
      [
        'translations.yaml',
        replaceRecord(
          texts.get('translations.yaml') ?? '',
          index,
          translation,
          'translations.yaml',
        ),
      ],
    ]);
  });
}

/** Deletes a translation; nothing names a translation, so nothing else changes. */
export function deleteTranslation(dir: string, base: FileVersions, id: string) {
  return applyEdit(dir, base, (texts) => {
    const index = indexOfId(texts, 'translations.yaml', id);
    return new Map([
      ['translations.yaml', removeRecords(texts.get('translations.yaml') ?? '', [index])],
    ]);
  });
}

/** A speaker or a question: records claims name by id. */
export type NamedFile = 'speakers.yaml' | 'topics.yaml';

/** Writes a speaker or a question anew in its place; its id, which claims name, never changes. */
export function updateNamed(
  dir: string,
  base: FileVersions,
  file: NamedFile,
  id: string,
  record: Speaker | Topic,
) {
  return applyEdit(dir, base, (texts) => {
    if (record.id !== id) {
      throw new EditError(`an id that claims name never changes: keep "${id}"`);
    }
    const index = indexOfId(texts, file, id);
    return new Map([[file, replaceRecord(texts.get(file) ?? '', index, record, file)]]);
  });
}

/**
 * Deletes a speaker or a question that nothing names; refused, saying what names it, while a
 * claim does (or, for a question, while the dossier leads with it).
 */
export function deleteNamed(dir: string, base: FileVersions, file: NamedFile, id: string) {
  return applyEdit(dir, base, (texts) => {
    const index = indexOfId(texts, file, id);
    // The rule the workbench's list says up front (src/author/named-records.ts), in one place.
    const claims = recordsOf(texts, 'claims.yaml') as AuthoredClaim[];
    const kind = file === 'speakers.yaml' ? 'speakers' : 'topics';
    const reason = whyKept({ claims, leadTopics: leadTopicsOf(texts) }, kind, id);
    if (reason) throw new EditError(reason);
    return new Map([[file, removeRecords(texts.get(file) ?? '', [index])]]);
  });
}

/** Adds a relation between two claims. */
export function addRelation(dir: string, base: FileVersions, relation: Relation) {
  return applyEdit(dir, base, (texts) => {
    const duplicate = (recordsOf(texts, 'relations.yaml') as Relation[]).some(
      (one) => one.from === relation.from && one.to === relation.to && one.type === relation.type,
    );
    if (duplicate) throw new EditError(`${relation.from} already ${relation.type} ${relation.to}`);
    return new Map([
      [
        'relations.yaml',
        appendRecord(texts.get('relations.yaml') ?? '', relation, 'relations.yaml'),
      ],
    ]);
  });
}

/** Adds a source read from a file (see `readSource`): its archived text and its record. */
export function addSourceFile(
  dir: string,
  base: FileVersions,
  read: ReadSource,
  given: SourceFields,
): WriteResult {
  const { record, missing } = sourceRecord(read, given, (id) => sourceIdTaken(dir, id));
  if (!record) {
    return {
      ok: false,
      reason: 'invalid',
      message: `The source needs its ${missing.map((field) => fieldWords[field]).join(', ')}: nothing was saved.`,
      problems: [],
    };
  }
  if (!slug.safeParse(record.id).success) {
    return {
      ok: false,
      reason: 'invalid',
      message: `the id "${record.id.length > 100 ? `${record.id.slice(0, 100)}…` : record.id}" is not a slug of at most ${maxIdLength} characters (a-z, 0-9 and hyphens)`,
      problems: [],
    };
  }
  // A saved page is archived byte for byte beside its text (see `extractedFrom`).
  const newFiles = new Map([[record.file, read.bytes]]);
  if (read.kind === 'page' && record.extractedFrom) {
    newFiles.set(record.extractedFrom.page, read.page);
  }
  const existing = [...newFiles.keys()].find((path) => existsSync(join(resolve(dir), path)));
  if (existing) {
    return {
      ok: false,
      reason: 'invalid',
      message: `${existing} exists already: give the source another id.`,
      problems: [],
    };
  }
  const result = applyEdit(
    dir,
    base,
    (texts) =>
      new Map([
        ['sources.yaml', appendRecord(texts.get('sources.yaml') ?? '', record, 'sources.yaml')],
      ]),
    { extraFiles: newFiles },
  );
  return result.ok ? { ...result, id: record.id } : result;
}

/** Whether a source id is in use: its text file exists, or a record of sources.yaml has it. */
export function sourceIdTaken(dir: string, id: string): boolean {
  for (const name of [`${id}.txt`, `${id}.html`]) {
    if (existsSync(join(resolve(dir), 'sources', name))) return true;
  }
  const path = join(resolve(dir), 'sources.yaml');
  if (!existsSync(path)) return false;
  const records: unknown = parse(readFileSync(path, 'utf8'));
  return (
    Array.isArray(records) && records.some((record) => (record as { id?: unknown })?.id === id)
  );
}

/** The words an author accepted for a quote in a corrected copy, with what tells their place. */
export type AcceptedWords = { quote: string; quotePrefix?: string; quoteSuffix?: string };

/** A quote of the source being replaced, and what re-anchoring proposes for it. */
export type QuoteProposal = { claimId: string; exact: string; result: Reanchored };

/** The claims quoting a source, each with its words there and where they are. */
function quotesIn(dir: string, sourceId: string) {
  const verdict = verifyCorpus(readCorpusFolder(resolve(dir)));
  if (!verdict.ok) throw new EditError('the corpus does not verify as it is: fix it first');
  const { corpus, sourceBytes } = verdict.verified;
  const source = corpus.sources.find((one) => one.id === sourceId);
  const bytes = sourceBytes.get(sourceId);
  if (!source || !bytes) throw new EditError(`the corpus has no source "${sourceId}"`, 'not-found');
  const oldText = new TextDecoder().decode(bytes);
  // The context each claim gives its words in the source, as the verifier reads it.
  const authored = parse(
    readFileSync(join(resolve(dir), 'claims.yaml'), 'utf8'),
  ) as AuthoredClaim[];
  const contextOf = (id: string) => {
    const claim = authored.find((one) => one.id === id);
    const words =
      claim?.source === sourceId ? claim : claim?.alsoIn?.find((one) => one.source === sourceId);
    return {
      ...(words?.quotePrefix ? { quotePrefix: words.quotePrefix } : {}),
      ...(words?.quoteSuffix ? { quoteSuffix: words.quoteSuffix } : {}),
    };
  };
  return corpus.claims.flatMap((claim) => {
    const appearance = appearanceIn(claim, sourceId);
    if (!appearance) return [];
    const { textQuoteSelector, textPositionSelector } = appearance.quote;
    const start = utf16Index(oldText, textPositionSelector.start);
    return [{ claimId: claim.id, quote: { ...textQuoteSelector, start, ...contextOf(claim.id) } }];
  });
}

/** What becomes of each quote of a source if its text is replaced by `newBytes`. */
export function proposeReanchoring(dir: string, sourceId: string, newBytes: Uint8Array) {
  const newText = decodeUtf8(newBytes);
  if (newText === undefined) throw new EditError('the corrected copy is not valid UTF-8');
  return quotesIn(dir, sourceId).map(({ claimId, quote }): QuoteProposal => ({
    claimId,
    exact: quote.exact,
    result: reanchor(newText, quote),
  }));
}

/**
 * Replaces a source's archived text by a corrected copy: its record's SHA-256 changes, the
 * quotes found word for word stay, and each other quote takes the words the author accepted
 * for it (`accepted`, by claim id). A quote neither found nor accepted fails the verifier, and
 * then nothing is written.
 */
export function replaceSourceText(
  dir: string,
  base: FileVersions,
  sourceId: string,
  newBytes: Uint8Array,
  accepted: Readonly<Record<string, string | AcceptedWords>>,
  page?: SavedPage,
): WriteResult {
  let proposals: QuoteProposal[];
  try {
    proposals = proposeReanchoring(dir, sourceId, newBytes);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    return { ok: false, reason: error.reason, message: error.message, problems: [] };
  }
  const sha = sha256(newBytes);
  const current = parse(readFileSync(join(resolve(dir), 'sources.yaml'), 'utf8')) as Source[];
  const file = current.find((one) => one.id === sourceId)?.file;
  if (!file)
    return { ok: false, reason: 'not-found', message: `no source "${sourceId}"`, problems: [] };
  // A corrected copy from a page brings that page, archived in place of any earlier one; a
  // corrected text is no page's extraction, so the record no longer names one.
  const extractedFrom = page && {
    page:
      current.find((one) => one.id === sourceId)?.extractedFrom?.page ?? savedPageFile(sourceId),
    sha256: sha256(page.bytes),
    captured: page.captured ?? today(),
    extractor: page.extractor,
  };
  const replaceFiles = new Map([[file, newBytes]]);
  if (page && extractedFrom) replaceFiles.set(extractedFrom.page, page.bytes);
  // A saved page no record names any more goes with the edit.
  const oldPage = current.find((one) => one.id === sourceId)?.extractedFrom?.page;
  const removeFiles = !page && oldPage ? [oldPage] : [];
  return applyEdit(
    dir,
    base,
    (texts) => {
      const sources = recordsOf(texts, 'sources.yaml') as Source[];
      const index = sources.findIndex((one) => one.id === sourceId);
      const source = sources[index];
      if (!source) throw new EditError(`sources.yaml has no record "${sourceId}"`, 'not-found');
      const { extractedFrom: _old, ...rest } = source;
      const out = new Map<CorpusFileName, string>([
        [
          'sources.yaml',
          replaceRecord(
            texts.get('sources.yaml') ?? '',
            index,
            { ...rest, sha256: sha, ...(extractedFrom ? { extractedFrom } : {}) },
            'sources.yaml',
          ),
        ],
      ]);
      let claimsText = texts.get('claims.yaml') ?? '';
      const claims = recordsOf(texts, 'claims.yaml') as AuthoredClaim[];
      for (const { claimId, result: proposal } of proposals) {
        const given = accepted[claimId];
        if (proposal.status === 'kept' || given === undefined) continue;
        const words = typeof given === 'string' ? { quote: given } : given;
        const i = claims.findIndex((claim) => claim.id === claimId);
        const claim = claims[i];
        if (!claim) continue;
        // The words with the context given for them: a context of the old text goes.
        const reworded = <T extends AcceptedWords>({
          quotePrefix: _,
          quoteSuffix: __,
          ...one
        }: T) => ({ ...one, ...words }) as T;
        const updated =
          claim.source === sourceId
            ? reworded(claim)
            : {
                ...claim,
                alsoIn: (claim.alsoIn ?? []).map((one) =>
                  one.source === sourceId ? reworded(one) : one,
                ),
              };
        claimsText = replaceRecord(claimsText, i, updated, 'claims.yaml');
      }
      out.set('claims.yaml', claimsText);
      return out;
    },
    { replaceFiles, removeFiles },
  );
}

/** A corrected copy's saved page: its bytes, what extracted its text, and when it was saved. */
export type SavedPage = { bytes: Uint8Array; extractor: Extractor; captured?: string };
