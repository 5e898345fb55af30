/**
 * A site of several dossiers' `site.yaml` (scripts/site/desk-config.ts): each dossier's folder
 * resolved from the file, its path its id by default; two dossiers at one path, two former
 * whole sites, a missing name or no dossier refused, saying where.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, expect, test } from 'vitest';
import { readDesk } from '../../scripts/site/desk-config.ts';

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
  const folders = ['data', 'tests/fixtures/second-dossier', 'tests/fixtures/multilingual'];
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
