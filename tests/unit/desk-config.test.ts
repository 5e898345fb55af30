/**
 * A site of several dossiers' `site.yaml` (scripts/site/desk-config.ts): each dossier's folder
 * resolved from the file, its path its id by default; two dossiers at one path, two former
 * whole sites, a missing name or no dossier refused, saying where; a speaker id shared by
 * dossiers is one person, and one id for two people is refused.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, expect, test } from 'vitest';
import { readDesk } from '../../scripts/site/desk-config.ts';
import { sharedPeople } from '../../scripts/site/build-desk.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';

const dir = mkdtempSync(join(tmpdir(), 'desk-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A dossier's own id, from its dossier.yaml. */
const idOf = (folder: string) =>
  (parse(readFileSync(join(folder, 'dossier.yaml'), 'utf8')) as { id: string }).id;

function siteFile(text: string): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

test('the fixture site: each folder from site.yaml, each path its dossier id', () => {
  const desk = readDesk('tests/fixtures/desk/site.yaml');
  const folders = [
    'data',
    'tests/fixtures/second-dossier',
    'tests/fixtures/multilingual',
    'tests/fixtures/desk/ardry-survey-2032',
  ];
  expect(desk.dossiers).toEqual(
    folders.map((folder, i) => ({
      folder: resolve(folder),
      path: idOf(folder),
      formerlyAtRoot: i === 0,
    })),
  );
});

test.each([
  [
    'two dossiers at one path',
    `name: A\nlanguage: en\ndossiers:\n  - folder: ${resolve('data')}\n    path: same\n  - folder: ${resolve('tests/fixtures/second-dossier')}\n    path: same\n`,
    /two dossiers at the path same/,
  ],
  [
    'two former whole sites',
    `name: A\nlanguage: en\ndossiers:\n  - folder: ${resolve('data')}\n    formerlyAtRoot: true\n  - folder: ${resolve('tests/fixtures/second-dossier')}\n    formerlyAtRoot: true\n`,
    /only one dossier can have been the whole site/,
  ],
  ['no name', `language: en\ndossiers:\n  - folder: ${resolve('data')}\n`, /name: /],
  ['no dossier', 'name: A\nlanguage: en\ndossiers: []\n', /must list at least one dossier/],
  [
    'a path that is no slug',
    `name: A\nlanguage: en\ndossiers:\n  - folder: x\n    path: A B\n`,
    /path/,
  ],
])('%s is refused, saying why', (_, text, message) => {
  expect(() => readDesk(siteFile(text))).toThrow(message);
});

/** A fixture's compiled corpus, verified. */
function compiled(folder: string) {
  const verdict = verifyCorpus(readCorpusFolder(folder));
  if (!verdict.ok) throw new Error(JSON.stringify(verdict.problems));
  return verdict.verified.corpus;
}

test('the same speaker id in two dossiers is one person, with each event', () => {
  const desk = readDesk('tests/fixtures/desk/site.yaml');
  const built = desk.dossiers.map((dossier) => ({ dossier, corpus: compiled(dossier.folder) }));
  const people = sharedPeople(built, indexCorpus);
  const several = [...people.values()].filter((person) => person.events.length > 1);
  expect(several.map((person) => person.speaker.id)).toEqual(['helen-marchbank']);
  expect(several[0]?.events.map((event) => event.built.dossier.path)).toEqual([
    'estuary-talks-2032',
    'ardry-survey-2032',
  ]);
});

test('one id for two different people, or two parties, is refused, naming each clash', () => {
  const desk = readDesk('tests/fixtures/desk/site.yaml');
  const built = desk.dossiers.map((dossier) => ({ dossier, corpus: compiled(dossier.folder) }));
  const follow = built[3];
  if (!follow) throw new Error('no follow-up dossier');
  const renamed = {
    ...follow,
    corpus: {
      ...follow.corpus,
      speakers: follow.corpus.speakers.map((one) =>
        one.id === 'helen-marchbank' ? { ...one, name: 'Helena Marchbank' } : one,
      ),
      parties: follow.corpus.parties.map((one) =>
        one.id === 'mediators' ? { ...one, name: 'Another group' } : one,
      ),
    },
  };
  expect(() => sharedPeople([...built.slice(0, 3), renamed], indexCorpus)).toThrow(
    /party mediators is "Northwater Mediation Group" in estuary-talks-2032 and "Another group" in ardry-survey-2032\nspeaker helen-marchbank is "Helen Marchbank" in estuary-talks-2032 and "Helena Marchbank" in ardry-survey-2032/,
  );
});
