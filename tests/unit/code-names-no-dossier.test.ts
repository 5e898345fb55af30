/**
 * The app serves any dossier: no file of its code (`src/`, `scripts/`, `index.html`) names the
 * bundled dossier's event, people or places; all of that is in `data/`. (A build of another
 * dossier showing none of them is checked end to end, in `second-dossier.test.ts`.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dossier } from '../support/dossier.ts';
import { dossierWords, wordsIn } from '../support/dossier-words.ts';

const words = dossierWords(dossier.corpus);

function codeFiles(): string[] {
  const files = ['index.html', 'vite.config.ts'];
  for (const dir of ['src', 'scripts']) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
    }
  }
  return files;
}

test('the dossier has names to look for: its place, people and publisher', () => {
  const { place } = dossier.corpus.dossier.event;
  expect(wordsIn(place, words).length).toBeGreaterThan(0);
  for (const speaker of dossier.corpus.speakers.filter((one) => one.kind === 'person')) {
    expect(wordsIn(speaker.name, words), speaker.name).not.toEqual([]);
  }
  for (const source of dossier.corpus.sources) {
    expect(wordsIn(source.publisher, words), source.publisher).not.toEqual([]);
  }
});

test('no file of the code names the dossier’s event, people or places', () => {
  const found = codeFiles().flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const hits = wordsIn(line, words);
        return hits.length > 0 ? [`${file}:${i + 1}: ${hits.join(', ')}`] : [];
      }),
  );
  expect(found).toEqual([]);
});
