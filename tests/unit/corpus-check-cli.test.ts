import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, test } from 'vitest';
import { corpusCheck as runCorpusCheck } from '../../scripts/commands/corpus-check.ts';
import { bufferedOutput } from '../../scripts/commands/output.ts';
import { dossier } from '../support/dossier.ts';
import { makeClaim, makeCorpusFiles, makeRecords } from '../support/corpus-factory.ts';
import { compiledSchemaVersion } from '../../src/corpus/schema.ts';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writeCorpus(files: Map<string, Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  dirs.push(dir);
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

/** Runs `corpus:check` in this process, as `npm run corpus:check -- <args>` would. */
function corpusCheck(...args: string[]) {
  const output = bufferedOutput();
  const code = runCorpusCheck(args, output);
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

test('corpus:check prints the summary for the dossier', () => {
  const { code, stdout } = corpusCheck();
  expect(code).toBe(0);
  const perParty = dossier.corpus.parties
    .map((party) => {
      const count = dossier.claims.filter((view) => view.party.id === party.id).length;
      return `\n {2}${party.id} +${count}`;
    })
    .join('');
  expect(stdout).toMatch(new RegExp(`Claims per party:${perParty}\n`));
  expect(stdout).toMatch(/Claims per topic:/);
  expect(stdout).toMatch(/Relations: \d+/);
  expect(stdout).toMatch(/Quotes found verbatim in their archived sources: (\d+) of \1/);
});

test('corpus:check on a broken corpus lists the problem, exits 1, writes nothing, and shows no stack trace', () => {
  const records = makeRecords();
  records.claims[0] = makeClaim({ quote: 'Mr Trump said Mr Kim wanted everything lifted.' });
  const dir = writeCorpus(makeCorpusFiles(records));
  const out = join(dir, 'out');
  const { code, stdout, stderr } = corpusCheck(dir, '--out', out);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toMatch(
    /claims\.yaml:\d+:\d+ {2}claim "trump-all-sanctions" \(#1\) › quote: the quote is not in "sources\/sample.txt" verbatim/,
  );
  expect(stderr).toMatch(/closest passage/);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(existsSync(out)).toBe(false);
});

test('corpus:check --out writes the compiled corpus of a valid folder', () => {
  const dir = writeCorpus(makeCorpusFiles());
  const out = join(dir, 'out');
  const { code } = corpusCheck(dir, '--out', out);
  expect(code).toBe(0);
  expect(JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'))).toMatchObject({
    schemaVersion: compiledSchemaVersion,
  });
  expect(existsSync(join(out, 'sources/sample.txt'))).toBe(true);
});

test('corpus:check on a folder that does not exist says so without a stack trace', () => {
  const { code, stderr } = corpusCheck('/nonexistent/corpus');
  expect(code).toBe(1);
  expect(stderr).toMatch(/Cannot read the corpus folder \/nonexistent\/corpus/);
  expect(stderr).not.toMatch(/^\s+at /m);
});

test('the corpus:check script runs the command and exits with its code', async () => {
  const run = promisify(execFile);
  // The one test that starts the script itself, with time to spare on a busy machine.
  const spawned = { timeout: 120_000 };
  const script = ['--import', 'tsx', 'scripts/corpus-check.ts'];
  const ok = await run(process.execPath, script, spawned);
  expect(ok.stdout).toBe(corpusCheck().stdout);
  const failed = await run(process.execPath, [...script, '/nonexistent/corpus'], spawned).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failed?.code).toBe(1);
  expect(failed?.stderr).toMatch(/Cannot read the corpus folder \/nonexistent\/corpus/);
}, 150_000);
