/**
 * Query keys carry the dossier: every key the app's queries use starts with the build's
 * dossier id (src/corpus/dossier-key.ts), which the corpus plugin defines from the corpus
 * folder's dossier.yaml for the dev server and both builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { corpusPlugin } from '../../scripts/corpus/vite-plugin-corpus.ts';

test('every query key in src/ starts with the dossier', () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.tsx?$/.test(file),
  );
  const keys: string[] = [];
  for (const file of files) {
    const text = readFileSync(join('src', file), 'utf8');
    for (const match of text.matchAll(/queryKey: (\[[^\]]*\]|[\w.]+\()/g)) {
      keys.push(`${file}: ${match[1] ?? ''}`);
    }
    for (const match of text.matchAll(/return (\[[^\]]*\]) as const;/g)) {
      if (/QueryKey/.test(text)) keys.push(`${file}: ${match[1] ?? ''}`);
    }
  }
  expect(keys.length).toBeGreaterThan(5);
  const literal = keys.filter((key) => key.includes(': ['));
  expect(literal.filter((key) => !key.includes(': [dossierKey,'))).toEqual([]);
});

test.each([
  ['the dev server', { command: 'serve' as const, mode: 'development' }],
  ['the client build', { command: 'build' as const, mode: 'production', isSsrBuild: false }],
  ['the prerendering build', { command: 'build' as const, mode: 'production', isSsrBuild: true }],
])(
  'the corpus plugin names the dossier for %s',
  (_, env) => {
    for (const dir of ['data', 'tests/fixtures/second-dossier']) {
      const plugin = corpusPlugin({ dir });
      const config = (plugin.config as (config: object, env: object) => { define?: object })(
        { root: process.cwd() },
        env,
      );
      const { id } = parse(readFileSync(join(dir, 'dossier.yaml'), 'utf8')) as { id: string };
      expect(config.define).toMatchObject({
        'import.meta.env.VITE_DOSSIER_ID': JSON.stringify(id),
      });
    }
  },
  60_000,
);
