import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterEach, expect, test } from 'vitest';
import { exportCommand } from '../../scripts/commands/export.ts';
import { bufferedOutput } from '../../scripts/commands/output.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { compiledCorpusSchema } from '../../src/corpus/corpus-schema.ts';
import { makeClaim, makeCorpusFiles, makeRecords } from '../support/corpus-factory.ts';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const dossier = verifyCorpus(readCorpusFolder('data'));
if (!dossier.ok) throw new Error('the dossier does not verify');
const claimIds = dossier.verified.corpus.claims.map((claim) => claim.id);

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'export-'));
  dirs.push(dir);
  return dir;
}

function writeCorpus(files: Map<string, Uint8Array>): string {
  const dir = tempDir();
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

/** Runs the export command in this process, as `npm run export -- <args>` would. */
function exportCli(...args: string[]) {
  const output = bufferedOutput();
  const code = exportCommand(args, output, '2026-12-01');
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

test('the CSV export of the dossier is one parseable row per claim, with default permalinks', () => {
  const { code, stdout, stderr } = exportCli('--format', 'csv');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const [head = [], ...rows] = parse(stdout, {
    bom: true,
    record_delimiter: '\r\n',
  }) as string[][];
  expect(head[0]).toBe('id');
  expect(rows.map((row) => row[0])).toEqual(claimIds);
  expect(rows[0]?.[1]).toBe(`http://localhost:4173/claims/${claimIds[0]}`);
});

test('the JSON export of the dossier is the compiled corpus, pretty-printed', () => {
  const { code, stdout } = exportCli('--format', 'json');
  expect(code).toBe(0);
  const parsed = compiledCorpusSchema.safeParse(JSON.parse(stdout));
  expect(parsed.success).toBe(true);
  expect(parsed.data).toEqual(dossier.verified.corpus);
  expect(stdout.startsWith('{\n  "schemaVersion"')).toBe(true);
});

test('the annotations export uses the site origin and base for permalinks and archived texts', () => {
  const { code, stdout } = exportCli(
    '--format',
    'annotations',
    '--site-origin',
    'https://dossier.example',
    '--base',
    '/dossiers/hanoi',
  );
  expect(code).toBe(0);
  const collection = JSON.parse(stdout);
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(collection.total).toBe(claimIds.length);
  const [first] = collection.first.items;
  expect(first.id).toBe(`https://dossier.example/dossiers/hanoi/claims/${claimIds[0]}`);
  expect(first.target.source).toMatch(
    /^https:\/\/dossier\.example\/dossiers\/hanoi\/data\/sources\/[a-z0-9-]+\.txt$/,
  );
});

test('--out writes the export to a file, creating its folder, and prints nothing on stdout', () => {
  const out = join(tempDir(), 'exports', 'claims.csv');
  const { code, stdout, stderr } = exportCli('--format', 'csv', '--out', out);
  expect(code).toBe(0);
  expect(stdout).toBe('');
  expect(stderr).toMatch(new RegExp(`Wrote the csv export of ${claimIds.length} claims to`));
  expect(readFileSync(out, 'utf8').startsWith('\uFEFFid,permalink,')).toBe(true);
});

test('a broken corpus folder lists the problem, exits 1, exports nothing and shows no stack trace', () => {
  const records = makeRecords();
  records.claims[0] = makeClaim({ quote: 'Mr Trump said Mr Kim wanted everything lifted.' });
  const dir = writeCorpus(makeCorpusFiles(records));
  const out = join(dir, 'out.json');
  const { code, stdout, stderr } = exportCli('--format', 'json', '--out', out, dir);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/has 1 problem\(s\); nothing was exported/);
  expect(stderr).toMatch(
    /claims\.yaml:\d+:\d+ {2}claim "trump-all-sanctions" \(#1\) › quote: the quote is not in "sources\/sample.txt" verbatim/,
  );
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(existsSync(out)).toBe(false);
});

test.each([
  { args: [], message: /--format must be one of json, csv, annotations/ },
  { args: ['--format', 'xml'], message: /--format must be one of json, csv, annotations/ },
  { args: ['--format', 'csv', '--site-origin', 'ftp://x'], message: /--site-origin must be/ },
  {
    args: ['--format', 'csv', '--site-origin', 'https://example.org/hanoi'],
    message: /a path goes in --base/,
  },
  { args: ['--format', 'csv', '--bogus'], message: /Unknown option '--bogus'/ },
  { args: ['--format', 'csv', '/nonexistent/corpus'], message: /Cannot read the corpus folder/ },
])('the command $args is refused with a reason and no stack trace', ({ args, message }) => {
  const { code, stdout, stderr } = exportCli(...args);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toMatch(message);
  expect(stderr).not.toMatch(/^\s+at /m);
});

test('the bibtex and citations exports cite every claim with its permalink', () => {
  const bibtex = exportCli('--format', 'bibtex');
  expect(bibtex.code).toBe(0);
  expect(bibtex.stdout.match(/^@misc\{claim-/gm)).toHaveLength(claimIds.length);
  expect(bibtex.stdout).toContain(`url = {http://localhost:4173/claims/${claimIds[0]}}`);
  const citations = exportCli('--format', 'citations');
  expect(citations.code).toBe(0);
  const lines = citations.stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(claimIds.length);
  expect(lines[0]).toContain(`http://localhost:4173/claims/${claimIds[0]}`);
});

test('the export script runs the command and exits with its code', async () => {
  const run = promisify(execFile);
  // The one test that starts the script itself, with time to spare on a busy machine.
  const spawned = { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 };
  const script = ['--import', 'tsx', 'scripts/export.ts'];
  const ok = await run(process.execPath, [...script, '--format', 'csv'], spawned);
  expect(ok.stdout).toBe(exportCli('--format', 'csv').stdout);
  const failed = await run(process.execPath, script, spawned).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failed?.code).toBe(1);
  expect(failed?.stderr).toMatch(/--format must be one of/);
}, 150_000);
