/**
 * `corpus:record [<corpus folder>] [--now <instant>]`: records what a build publishes, in the
 * folder's `published.json`: each claim's fingerprints, and for a claim new to the record the
 * instant it is first published. Refuses a corpus the verifier refuses (a published claim
 * changed without a correction among them), and writes the record whole or not at all, never
 * over a hand edit made while it ran (`commitFiles`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commitFiles, recoverJournal } from '../author/commit-files.ts';
import { readCorpusFolder } from '../corpus/corpus-files.ts';
import { readPublishedRecord } from '../corpus/check-corrections.ts';
import { formatProblem, type CorpusProblem } from '../corpus/problem.ts';
import {
  publishedRecordFile,
  recordInstant,
  recordPublication,
  serializePublishedRecord,
} from '../corpus/published-record.ts';
import { readRecords } from '../corpus/read-records.ts';
import { verifyCorpus } from '../corpus/verify-corpus.ts';
import { authoredClaimSchema } from '../../src/corpus/corpus-schema.ts';
import { relationSchema } from '../../src/corpus/schema.ts';
import type { Output } from './output.ts';

/**
 * Hooks for the tests: `beforeCommit` runs once the record is made, before it is written;
 * `afterWrite` as in `commitFiles`, where a crash test stops the writing.
 */
export type RecordHooks = { beforeCommit?: () => void; afterWrite?: (written: number) => void };

/** Runs `corpus:record` with its arguments; returns the exit code (0, or 1 when nothing was recorded). */
export function corpusRecord(args: string[], output: Output, hooks: RecordHooks = {}): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { now: { type: 'string' } } });
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  const dir = resolve(positionals[0] ?? 'data');
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    output.err(`--now ${values.now ?? ''} is not an instant (e.g. 2026-12-08T09:30:00Z)\n`);
    return 1;
  }
  const recovered = recoverJournal(dir);
  if (recovered) output.out(`${recovered}\n`);
  const files = readCorpusFolder(dir);
  const verdict = verifyCorpus(files, { today: now.toISOString().slice(0, 10) });
  if (!verdict.ok) {
    output.err(
      `The corpus in ${dir} has ${verdict.problems.length} problem(s); nothing was recorded.\n\n`,
    );
    for (const problem of verdict.problems) output.err(`${formatProblem(problem)}\n\n`);
    return 1;
  }
  // The records as authored: the fingerprints are of what authors wrote.
  const problems: CorpusProblem[] = [];
  const claims = readRecords(files, 'claims.yaml', authoredClaimSchema, 'claim', problems);
  const relations = readRecords(files, 'relations.yaml', relationSchema, 'relation', problems);
  const before = readPublishedRecord(files, problems);
  const after = recordPublication(
    before,
    claims.map((claim) => claim.value),
    relations.map((relation) => relation.value),
    now,
  );
  const text = serializePublishedRecord(after);
  const previous = files.get(publishedRecordFile) ?? null;
  const counts = { added: 0, corrected: 0 };
  for (const claim of claims) {
    const was = before?.claims[claim.value.id];
    const is = after.claims[claim.value.id];
    if (!was) counts.added++;
    else if (is && is.corrections.length > was.corrections.length) counts.corrected++;
  }
  if (previous && new TextDecoder().decode(previous) === text) {
    output.out(`Nothing new to record: ${publishedRecordFile} already records this corpus.\n`);
    return 0;
  }
  hooks.beforeCommit?.();
  // The corpus may not change between the verifying and the writing: what is recorded is
  // what was verified.
  for (const file of ['claims.yaml', 'relations.yaml']) {
    const read = files.get(file);
    const onDisk = readOrNull(join(dir, file));
    if (!sameBytes(read ?? null, onDisk)) {
      output.err(
        `${file} changed while the record was made; nothing was recorded. Run it again.\n`,
      );
      return 1;
    }
  }
  const result = commitFiles(
    dir,
    [{ path: publishedRecordFile, before: previous, after: new TextEncoder().encode(text) }],
    { afterWrite: hooks.afterWrite },
  );
  if (!result.ok) {
    output.err(`${result.message.replace('your entry is kept', 'run it again')}\n`);
    return 1;
  }
  output.out(
    `Recorded in ${join(dir, publishedRecordFile)}: ${counts.added} claim(s) first published ${recordInstant(now)}, ${counts.corrected} corrected. Commit it with the build it records.\n`,
  );
  return 0;
}

function readOrNull(path: string): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return Buffer.from(a).equals(Buffer.from(b));
}
