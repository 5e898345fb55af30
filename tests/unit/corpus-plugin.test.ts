import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
  // A page whose script reads the data version, as the app's data reader does.
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><title>t</title><script type="module" src="/main.js"></script>',
  );
  writeFileSync(join(root, 'main.js'), 'console.log(import.meta.env.VITE_DATA_VERSION);');
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

/** The one `data/<version>/` folder a build wrote, and the version its client code reads. */
function builtVersion(outDir: string) {
  const folders = readdirSync(join(outDir, 'data')).filter((name) => /^[0-9a-f]{16}$/.test(name));
  expect(folders).toHaveLength(1);
  const script = readdirSync(join(outDir, 'assets')).find((name) => name.endsWith('.js'));
  const code = readFileSync(join(outDir, 'assets', script ?? ''), 'utf8');
  return { folder: folders[0] ?? '', inCode: /[`"']([0-9a-f]{16})[`"']/.exec(code)?.[1] };
}

test('the build emits the compiled corpus and each source text', async () => {
  const { run, outDir } = buildWith(makeCorpusFiles());
  await run;
  const corpus = JSON.parse(readFileSync(join(outDir, 'data/corpus.json'), 'utf8'));
  expect(corpus.claims).toHaveLength(2);
  // At the stable address people link to, and in the version folder the app reads.
  const text = readFileSync(join(outDir, 'data/sources/sample.txt'));
  const { folder } = builtVersion(outDir);
  expect(readFileSync(join(outDir, 'data', folder, 'sources/sample.txt'))).toEqual(text);
  for (const file of ['index.json', 'chunks/0.json', 'facets.json', 'search.json']) {
    expect(existsSync(join(outDir, 'data', folder, file)), file).toBe(true);
  }
  // The whole corpus is for tools: the app never reads it, so it is not versioned.
  expect(existsSync(join(outDir, 'data', folder, 'corpus.json'))).toBe(false);
});

test('the data version is a hash of the files: the same corpus keeps it, any change moves it', async () => {
  const first = buildWith(makeCorpusFiles());
  const again = buildWith(makeCorpusFiles());
  const records = makeRecords();
  records.claims[0] = makeClaim({ summary: 'Donald Trump says Kim Jong Un asked for all of it.' });
  const changed = buildWith(makeCorpusFiles(records));
  await Promise.all([first.run, again.run, changed.run]);
  const [a, b, c] = [first, again, changed].map(({ outDir }) => builtVersion(outDir));
  // The client code is built with the folder it reads from.
  expect(a?.inCode).toBe(a?.folder);
  expect(b?.folder).toBe(a?.folder);
  expect(c?.folder).not.toBe(a?.folder);
  expect(c?.inCode).toBe(c?.folder);
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
