/**
 * Translations as the workbench writes them (scripts/author/corpus-writes.ts), on a copy of
 * the multilingual fixture (an invented event): each added, edited or deleted whole or not at
 * all, through the verifier; a folder without `translations.yaml` gets one; a file a hand made
 * meanwhile is never overwritten; a deleted claim takes its translations with it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  addTranslation,
  deleteClaim,
  deleteTranslation,
  fileVersions,
  updateTranslation,
  type WriteResult,
} from '../../scripts/author/corpus-writes.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import {
  publishedRecordFile,
  publishedRecordSchema,
  serializePublishedRecord,
} from '../../scripts/corpus/published-record.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import type {
  AuthoredClaim,
  AuthoredTranslation,
  CorpusFileName,
} from '../../src/corpus/corpus-schema.ts';
import { lineDiff } from '../support/line-diff.ts';

const fixture = 'tests/fixtures/multilingual';
let scratch = '';
let dir = '';
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'author-translations-'));
  dir = join(scratch, 'data');
  cpSync(fixture, dir, { recursive: true });
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const text = (file: string) => readFileSync(join(dir, file), 'utf8');
const translations = () => parse(text('translations.yaml')) as AuthoredTranslation[];
const fixtureTranslations = parse(
  readFileSync(join(fixture, 'translations.yaml'), 'utf8'),
) as AuthoredTranslation[];
const snapshot = () =>
  new Map(
    [...readCorpusFolder(dir)].map(([path, bytes]) => [path, Buffer.from(bytes).toString('hex')]),
  );
const verifies = () => {
  const result = verifyCorpus(readCorpusFolder(dir));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.verified.corpus;
};
function saved(result: WriteResult) {
  if (!result.ok) throw new Error(JSON.stringify(result, null, 2));
  return result;
}

/** The fixture's translation of a kind, to take out and put back. */
function fixtureOf(kind: string, published: boolean) {
  const found = fixtureTranslations.find(
    (one) => one.translator.kind === kind && (one.source !== undefined) === published,
  );
  if (!found) throw new Error(`the fixture has no ${kind} translation`);
  return found;
}

test.each([
  ['official', true],
  ['agency', true],
  ['dossier', false],
  ['machine', false],
])(
  'a %s translation deleted and added again is the same record, and verifies',
  (kind, published) => {
    const record = fixtureOf(kind, published);
    const deleted = saved(deleteTranslation(dir, fileVersions(dir), record.id));
    expect(deleted.changed).toEqual(['translations.yaml']);
    expect(translations().map((one) => one.id)).not.toContain(record.id);
    verifies();
    saved(addTranslation(dir, fileVersions(dir), record));
    expect(translations().at(-1)).toEqual(record);
    const compiled = verifies().claims.find((claim) => claim.id === record.claim);
    expect(compiled?.translations?.map((one) => one.id)).toContain(record.id);
  },
);

test('a folder without translations gets a translations.yaml that says what it holds', () => {
  rmSync(join(dir, 'translations.yaml'));
  const record = fixtureOf('dossier', false);
  const result = saved(addTranslation(dir, fileVersions(dir), record));
  expect(result.changed).toEqual(['translations.yaml']);
  expect(text('translations.yaml')).toMatch(/^# Translations of claims' words/);
  expect(translations()).toEqual([record]);
  verifies();
});

test('a translations.yaml a hand made after the page read the folder is not overwritten', () => {
  rmSync(join(dir, 'translations.yaml'));
  const base = fileVersions(dir);
  const byHand = readFileSync(join(fixture, 'translations.yaml'), 'utf8');
  writeFileSync(join(dir, 'translations.yaml'), byHand);
  const before = snapshot();
  const result = addTranslation(dir, base, { ...fixtureOf('dossier', false), id: 'another-id' });
  expect(result).toMatchObject({ ok: false, reason: 'conflict' });
  expect(snapshot()).toEqual(before);
});

test.each<[string, (record: AuthoredTranslation) => AuthoredTranslation, string | RegExp]>([
  [
    'a translation into its original’s language',
    (record) => ({ ...record, id: 'into-own-language', language: 'ko' }),
    /the language of its original/,
  ],
  [
    'a published translation not found verbatim',
    (record) => ({
      ...record,
      id: 'not-verbatim',
      quote: `${record.quote ?? ''} And more words.`,
    }),
    /^the quote is not in "sources\/[^"]+" verbatim/,
  ],
  [
    'a translation of a claim that is not there',
    (record) => ({ ...record, id: 'no-claim', claim: 'no-such-claim' }),
    'unknown claim "no-such-claim": the translation\'s original is missing',
  ],
])('%s is refused and nothing is written', (_, change, message) => {
  const before = snapshot();
  const record = change(fixtureOf('agency', true));
  const result = addTranslation(dir, fileVersions(dir), record);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe('invalid');
  const said = result.problems.map((problem) => problem.message);
  expect(
    said.some((one) => (typeof message === 'string' ? one === message : message.test(one))),
    said.join('\n'),
  ).toBe(true);
  expect(snapshot()).toEqual(before);
});

test('an id already given is refused, saying so', () => {
  const record = fixtureOf('machine', false);
  const before = snapshot();
  const result = addTranslation(dir, fileVersions(dir), record);
  expect(result).toMatchObject({
    ok: false,
    message: `translations.yaml has a translation "${record.id}" already`,
  });
  expect(snapshot()).toEqual(before);
});

test('editing a translation’s translator changes that line and no other byte', () => {
  const record = fixtureOf('machine', false);
  const name = `${record.translator.name ?? ''} (revised)`;
  const original = text('translations.yaml');
  saved(
    updateTranslation(dir, fileVersions(dir), record.id, {
      ...record,
      translator: { ...record.translator, name },
    }),
  );
  expect(lineDiff(original, text('translations.yaml'))).toEqual({
    removed: [`    name: ${record.translator.name ?? ''}`],
    added: [`    name: ${name}`],
  });
  verifies();
  // Its id is what names it: never changed by an edit.
  const renamed = updateTranslation(dir, fileVersions(dir), record.id, { ...record, id: 'other' });
  expect(renamed).toMatchObject({
    ok: false,
    message: `a translation's id never changes: keep "${record.id}"`,
  });
});

test('a deleted claim takes its translations with it, and the corpus verifies', () => {
  const claimId = fixtureOf('official', true).claim;
  const theirs = fixtureTranslations.filter((one) => one.claim === claimId).map((one) => one.id);
  expect(theirs.length).toBeGreaterThan(0);
  // A published claim is never deleted unawares: the verifier refuses it, nothing changes.
  const before = snapshot();
  const refused = deleteClaim(dir, fileVersions(dir), claimId);
  expect(refused.ok).toBe(false);
  expect(JSON.stringify(refused)).toMatch(
    new RegExp(`claim \\\\"${claimId}\\\\", published on .*, is gone`),
  );
  expect(snapshot()).toEqual(before);
  // Taken off the record by hand, for review, as the message says: then it goes.
  const record = publishedRecordSchema.parse(JSON.parse(text(publishedRecordFile)));
  const claims = Object.fromEntries(Object.entries(record.claims).filter(([id]) => id !== claimId));
  writeFileSync(join(dir, publishedRecordFile), serializePublishedRecord({ ...record, claims }));
  const result = saved(deleteClaim(dir, fileVersions(dir), claimId));
  expect(result.changed).toContain('translations.yaml' satisfies CorpusFileName);
  expect(translations().map((one) => one.id)).toEqual(
    fixtureTranslations.filter((one) => one.claim !== claimId).map((one) => one.id),
  );
  expect((parse(text('claims.yaml')) as AuthoredClaim[]).map((one) => one.id)).not.toContain(
    claimId,
  );
  verifies();
});
