import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { writeSyntheticCorpus } from '../../scripts/corpus/synth-corpus.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';

const root = mkdtempSync(join(tmpdir(), 'synth-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a synthetic corpus in this process (what `npm run corpus:synth` runs) to `out`. */
function synth(out: string, options: { claims: number; sources: number; seed: number }) {
  writeSyntheticCorpus({ ...options, out });
  return out;
}

test('a generated corpus passes the verifier, with every party, direct speech and non-Latin text', () => {
  const dir = synth(join(root, 'a'), { claims: 300, sources: 20, seed: 7 });
  const result = verifyCorpus(readCorpusFolder(dir));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5), null, 2));
  const { corpus } = result.verified;
  expect(corpus.claims).toHaveLength(300);
  expect(corpus.sources).toHaveLength(20);
  const parties = new Set(corpus.claims.map((claim) => claim.speaker.split('-speaker-')[0]));
  expect(parties).toEqual(new Set(corpus.parties.map((party) => party.id)));
  expect(parties.size).toBe(4);
  expect(corpus.claims.some((claim) => claim.speech === 'direct')).toBe(true);
  expect(corpus.relations.length).toBeGreaterThan(50);
  const texts = corpus.sources.map((source) =>
    readFileSync(join(dir, `sources/${source.id}.txt`), 'utf8'),
  );
  expect(texts.some((text) => /[\uac00-\ud7af]/.test(text))).toBe(true);
  expect(texts.some((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true);
  expect(Math.min(...texts.map((text) => text.length))).toBeGreaterThan(2000);
});

test('the same arguments generate the same bytes', () => {
  const first = synth(join(root, 'b'), { claims: 50, sources: 5, seed: 3 });
  const second = synth(join(root, 'c'), { claims: 50, sources: 5, seed: 3 });
  for (const file of ['claims.yaml', 'relations.yaml', 'sources.yaml', 'sources/synthetic-1.txt']) {
    expect(readFileSync(join(second, file))).toEqual(readFileSync(join(first, file)));
  }
});

test.each([
  { claims: 0, sources: 1 },
  { claims: 1, sources: 0 },
  { claims: 1.5, sources: 1 },
])('$claims claims from $sources sources is refused, naming the flags', (counts) => {
  expect(() => writeSyntheticCorpus({ ...counts, seed: 1, out: join(root, 'refused') })).toThrow(
    '--claims and --sources must be whole numbers of at least 1',
  );
});
