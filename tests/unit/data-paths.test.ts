/**
 * The data files' paths are spelled once (src/corpus/data-paths.ts): every file the compiler
 * writes for the bundled dossier is one of them, and the queries' recognisers tell each kind.
 */
import { expect, test } from 'vitest';
import { browserDataFiles } from '../../scripts/corpus/browser-data-files.ts';
import {
  chunkFile,
  claimFile,
  facetsFile,
  indexFile,
  isChunkFile,
  isParsedFile,
  isSliceFile,
  searchFile,
  sourceFile,
  timelineDetailFile,
  timelineFile,
} from '../../src/corpus/data-paths.ts';
import { dossier } from '../support/dossier.ts';

const { corpus } = dossier;
const files = [...browserDataFiles(corpus, 4).keys()];
const chunks = Math.ceil(corpus.claims.length / 4);

test('every file the compiler writes is named by the data paths, and each of those is written', () => {
  const expected = new Set([
    indexFile,
    facetsFile,
    searchFile,
    timelineFile,
    ...Array.from({ length: chunks }, (_, n) => chunkFile(n)),
    ...corpus.claims.map((claim) => claimFile(claim.id)),
    ...corpus.sources.map((source) => sourceFile(source.id)),
  ]);
  const details = files.filter((file) => !expected.has(file));
  // The rest are the timeline's detail files, numbered from 0.
  expect(details).toEqual(details.map((_, n) => timelineDetailFile(n)));
  expect(details.length).toBeGreaterThan(0);
  for (const file of expected) expect(files).toContain(file);
});

test('the recognisers tell slices, chunks and parsed files apart', () => {
  for (const file of files) {
    const slice =
      file.startsWith('chunks/') || file.startsWith('claims/') || file.startsWith('sources/');
    expect(isSliceFile(file), file).toBe(slice);
    expect(isChunkFile(file), file).toBe(file.startsWith('chunks/'));
    expect(isParsedFile(file), file).toBe(file === facetsFile || file.startsWith('timeline'));
  }
});
