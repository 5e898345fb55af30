/**
 * `npm run corpus:record` records what a build publishes (`published.json`): whole or not at
 * all when cut short, never over a hand edit made while it ran, and never for a corpus the
 * verifier refuses. On a copy of the invented harbour-vote dossier.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { corpusRecord, type RecordHooks } from '../../scripts/commands/corpus-record.ts';
import { bufferedOutput } from '../../scripts/commands/output.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { interruptedEditJournal } from '../../scripts/corpus/problem.ts';
import {
  publishedRecordFile,
  publishedRecordSchema,
} from '../../scripts/corpus/published-record.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'corpus-record-'));
  cpSync('tests/fixtures/second-dossier', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const recordPath = () => join(dir, publishedRecordFile);
const claimCount = () =>
  (readFileSync(join(dir, 'claims.yaml'), 'utf8').match(/^- id: /gm) ?? []).length;

function record(now: string, hooks: RecordHooks = {}) {
  const output = bufferedOutput();
  const code = corpusRecord([dir, '--now', now], output, hooks);
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

const readRecord = () =>
  publishedRecordSchema.parse(JSON.parse(readFileSync(recordPath(), 'utf8')));

/** Thrown from a hook: the process stopping there. */
class Cut extends Error {}

test('records every claim as first published now, then nothing new', () => {
  const first = record('2031-06-01T10:00:00Z');
  expect(first).toMatchObject({ code: 0, stderr: '' });
  expect(first.stdout).toMatch(
    new RegExp(`${claimCount()} claim\\(s\\) first published 2031-06-01T10:00:00Z, 0 corrected`),
  );
  const claims = Object.values(readRecord().claims);
  expect(claims).toHaveLength(claimCount());
  expect(new Set(claims.map((claim) => claim.published))).toEqual(
    new Set(['2031-06-01T10:00:00Z']),
  );
  const again = record('2031-06-02T10:00:00Z');
  expect(again).toMatchObject({ code: 0, stderr: '' });
  expect(again.stdout).toMatch(/Nothing new to record/);
});

test('a change without a correction records nothing; with one, it is recorded as corrected', () => {
  record('2031-06-01T10:00:00Z');
  const before = readFileSync(recordPath(), 'utf8');
  const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8');
  const changed = claims.replace(
    'summary: Mara Quist says the count was clean and was done twice.',
    'summary: Mara Quist says the count was clean.',
  );
  expect(changed).not.toBe(claims);
  writeFileSync(join(dir, 'claims.yaml'), changed);
  const refused = record('2031-06-10T10:00:00Z');
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/nothing was recorded[\s\S]*corrected in the open/);
  expect(readFileSync(recordPath(), 'utf8')).toBe(before);

  writeFileSync(
    join(dir, 'claims.yaml'),
    changed.replace(
      'summary: Mara Quist says the count was clean.\n',
      'summary: Mara Quist says the count was clean.\n  corrections:\n    - date: 2031-06-10\n      reason: The summary said more than the quote does.\n',
    ),
  );
  const corrected = record('2031-06-10T10:00:00Z');
  expect(corrected).toMatchObject({ code: 0, stderr: '' });
  expect(corrected.stdout).toMatch(/0 claim\(s\) first published [^,]+, 1 corrected/);
  // The first publication stays; the correction is on record.
  const entry = readRecord().claims['quist-count-clean'];
  expect(entry?.published).toBe('2031-06-01T10:00:00Z');
  expect(entry?.corrections).toHaveLength(1);
  expect(verifyCorpus(readCorpusFolder(dir), { today: '2031-06-10' }).ok).toBe(true);
});

test('a hand edit of the record while it runs is kept, and nothing is recorded', () => {
  record('2031-06-01T10:00:00Z');
  const hand = readFileSync(recordPath(), 'utf8').replace('"format": 1', '"format":  1');
  // A new claim to record, and someone saves the record by hand while it is made.
  const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8');
  writeFileSync(
    join(dir, 'claims.yaml'),
    `${claims}- id: quist-second-count\n  topic: count-fair\n  speaker: mara-quist\n  summary: Mara Quist says the count was done twice.\n  quote: The count was clean, and it was counted twice,\n  source: courier-2031-05-13-harbour-vote\n  speech: direct\n`,
  );
  const raced = record('2031-06-03T10:00:00Z', {
    beforeCommit: () => writeFileSync(recordPath(), hand),
  });
  expect(raced.code).toBe(1);
  expect(raced.stderr).toMatch(
    /published\.json was changed on disk while this change was being saved: nothing was saved, and run it again/,
  );
  expect(readFileSync(recordPath(), 'utf8')).toBe(hand);
  expect(existsSync(join(dir, interruptedEditJournal))).toBe(false);
});

test('a hand edit of the claims while it runs records nothing', () => {
  const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8');
  const raced = record('2031-06-01T10:00:00Z', {
    beforeCommit: () => writeFileSync(join(dir, 'claims.yaml'), `${claims}\n`),
  });
  expect(raced.code).toBe(1);
  expect(raced.stderr).toMatch(
    /claims\.yaml changed while the record was made; nothing was recorded/,
  );
  expect(existsSync(recordPath())).toBe(false);
});

test.each([0, 1])('cut short after %i write(s), the next run finishes the record', (cutAt) => {
  expect(() =>
    record('2031-06-01T10:00:00Z', {
      afterWrite: (written) => {
        if (written === cutAt) throw new Cut();
      },
    }),
  ).toThrow(Cut);
  // Until then the verifier says an edit was cut short.
  expect(verifyCorpus(readCorpusFolder(dir), { today: '2031-06-01' }).ok).toBe(false);
  const next = record('2031-06-05T10:00:00Z');
  expect(next.code).toBe(0);
  expect(next.stdout).toMatch(/Nothing new to record/);
  // Finished as the cut run made it: first published when that run said.
  expect(new Set(Object.values(readRecord().claims).map((claim) => claim.published))).toEqual(
    new Set(['2031-06-01T10:00:00Z']),
  );
  expect(existsSync(join(dir, interruptedEditJournal))).toBe(false);
});
