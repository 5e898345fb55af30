import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, test } from 'vitest';
import { makeClaim, makeCorpusFiles, makeRecords } from '../support/corpus-factory.ts';
import { compiledSchemaVersion } from '../../src/corpus/schema.ts';

const run = promisify(execFile);
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

async function corpusCheck(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/corpus-check.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

test('corpus:check prints the summary for the dossier', async () => {
  const { code, stdout } = await corpusCheck();
  expect(code).toBe(0);
  expect(stdout).toMatch(
    /Claims per party:\n {2}us +\d+\n {2}dprk +\d+\n {2}china +\d+\n {2}analysts +\d+/,
  );
  expect(stdout).toMatch(/Claims per topic:/);
  expect(stdout).toMatch(/Relations: \d+/);
  expect(stdout).toMatch(/Quotes found verbatim in their archived sources: (\d+) of \1/);
});

test('corpus:check on a broken corpus lists the problem, exits 1, writes nothing, and shows no stack trace', async () => {
  const records = makeRecords();
  records.claims[0] = makeClaim({ quote: 'Mr Trump said Mr Kim wanted everything lifted.' });
  const dir = writeCorpus(makeCorpusFiles(records));
  const out = join(dir, 'out');
  const { code, stdout, stderr } = await corpusCheck(dir, '--out', out);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toMatch(
    /claims\.yaml:\d+:\d+ {2}claim "trump-all-sanctions" \(#1\) › quote: the quote is not in "sources\/sample.txt" verbatim/,
  );
  expect(stderr).toMatch(/closest passage/);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(existsSync(out)).toBe(false);
});

test('corpus:check --out writes the compiled corpus of a valid folder', async () => {
  const dir = writeCorpus(makeCorpusFiles());
  const out = join(dir, 'out');
  const { code } = await corpusCheck(dir, '--out', out);
  expect(code).toBe(0);
  expect(JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'))).toMatchObject({
    schemaVersion: compiledSchemaVersion,
  });
  expect(existsSync(join(out, 'sources/sample.txt'))).toBe(true);
});

test('corpus:check on a folder that does not exist says so without a stack trace', async () => {
  const { code, stderr } = await corpusCheck('/nonexistent/corpus');
  expect(code).toBe(1);
  expect(stderr).toMatch(/Cannot read the corpus folder \/nonexistent\/corpus/);
  expect(stderr).not.toMatch(/^\s+at /m);
});
