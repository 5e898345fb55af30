/**
 * A source extracted from a saved page, given a corrected copy: a page replaces the archived
 * page too, and the record says where the new text came from; a text is no page's extraction,
 * so the record stops naming one. Either way the corpus verifies, re-extraction included. On a
 * copy of the second dossier, with real saved pages (tests/fixtures/real-pages).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  addSourceFile,
  fileVersions,
  replaceSourceText,
} from '../../scripts/author/corpus-writes.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { readSource } from '../../scripts/sources/add-source.ts';

const pageOf = (name: string) => readFileSync(`tests/fixtures/real-pages/${name}.html`);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const id = 'saved-page';

let dir = '';
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'replace-page-')), 'data');
  cpSync('tests/fixtures/second-dossier', dir, { recursive: true });
  const added = addSourceFile(dir, fileVersions(dir), readSource('bbc-1.html', pageOf('bbc-1')), {
    id,
    captured: '2020-03-04',
  });
  if (!added.ok) throw new Error(added.message);
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

/** The source as the verifier compiles it, once the corpus verifies. */
function compiledSource() {
  const verdict = verifyCorpus(readCorpusFolder(dir));
  if (!verdict.ok) throw new Error(JSON.stringify(verdict.problems));
  return verdict.verified.corpus.sources.find((one) => one.id === id);
}

test('a corrected copy from a page replaces the saved page and says where the text came from', () => {
  const page = pageOf('guardian-1');
  const read = readSource('guardian-1.html', page);
  if (read.kind !== 'page') throw new Error('not read as a page');
  const result = replaceSourceText(
    dir,
    fileVersions(dir),
    id,
    read.bytes,
    {},
    {
      bytes: read.page,
      extractor: read.extractor,
      captured: '2020-03-05',
    },
  );
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.problems)}`);
  expect(readFileSync(join(dir, 'sources', `${id}.html`)).equals(page)).toBe(true);
  expect(compiledSource()?.extractedFrom).toMatchObject({
    sha256: sha256(page),
    captured: '2020-03-05',
  });
});

test('a corrected copy as a text is no extraction: the record no longer names a page, and the page goes', () => {
  expect(existsSync(join(dir, 'sources', `${id}.html`))).toBe(true);
  const text = new TextEncoder().encode('A corrected text, typed in.\n');
  const result = replaceSourceText(dir, fileVersions(dir), id, text, {});
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.problems)}`);
  expect(compiledSource()?.extractedFrom).toBeUndefined();
  expect(compiledSource()?.sha256).toBe(sha256(text));
  expect(existsSync(join(dir, 'sources', `${id}.html`))).toBe(false);
});
