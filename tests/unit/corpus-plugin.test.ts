import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { afterEach, expect, test } from 'vitest';
import { corpusPlugin } from '../../scripts/corpus/vite-plugin-corpus.ts';
import { makeClaim, makeCorpusFiles, makeRecords } from '../support/corpus-factory.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A minimal app (one HTML page) whose build runs the corpus plugin over `files`. */
function buildWith(files: Map<string, Uint8Array>) {
  const root = mkdtempSync(join(tmpdir(), 'corpus-build-'));
  dirs.push(root);
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(root, 'data', path)), { recursive: true });
    writeFileSync(join(root, 'data', path), bytes);
  }
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  const outDir = join(root, 'dist');
  const run = build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [corpusPlugin()],
    build: { outDir },
  });
  return { run, outDir };
}

test('the build emits the compiled corpus and each source text', async () => {
  const { run, outDir } = buildWith(makeCorpusFiles());
  await run;
  const corpus = JSON.parse(readFileSync(join(outDir, 'data/corpus.json'), 'utf8'));
  expect(corpus.claims).toHaveLength(2);
  expect(existsSync(join(outDir, 'data/sources/sample.txt'))).toBe(true);
});

test('a corpus with a wrong quote fails the build with the verifier message and writes nothing', async () => {
  const records = makeRecords();
  records.claims[0] = makeClaim({ quote: 'Mr Trump said everything.' });
  const { run, outDir } = buildWith(makeCorpusFiles(records));
  await expect(run).rejects.toThrow(
    /claims\.yaml:\d+:\d+ {2}claim "trump-all-sanctions" \(#1\) › quote: the quote is not in/,
  );
  expect(existsSync(outDir)).toBe(false);
});
