import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';
import { z } from 'zod';

const eslint = new ESLint();

/** The messages of the no-raw-HTML rule for some code placed in the app's source. */
async function rawHtmlMessages(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/probe.tsx' });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

test.each([
  [
    'dangerouslySetInnerHTML',
    'export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;',
  ],
  ['innerHTML', 'export function a(e: Element) { e.innerHTML = "x"; }'],
  ['outerHTML', 'export function a(e: Element) { e.outerHTML = "x"; }'],
  [
    'insertAdjacentHTML',
    'export function a(e: Element) { e.insertAdjacentHTML("beforeend", "x"); }',
  ],
  ['document.write', 'export function a() { document.write("x"); }'],
  [
    'createContextualFragment',
    'export function a(r: Range) { return r.createContextualFragment("x"); }',
  ],
  ['DOMParser', 'export function a(p: DOMParser) { return p.parseFromString("x", "text/html"); }'],
])(
  'the app may not write raw HTML with %s',
  async (_, code) => {
    expect(await rawHtmlMessages(code)).toEqual([expect.stringMatching(/^No raw HTML/)]);
  },
  30_000,
); // the first lint loads ESLint and the TypeScript parser: seconds on a busy machine

test('text and elements are fine', async () => {
  expect(
    await rawHtmlMessages('export const A = ({ t }: { t: string }) => <p title={t}>{t}</p>;'),
  ).toEqual([]);
}, 30_000);

/** The messages of the interface-words rule for some code placed at `filePath`. */
async function wordsMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.message.startsWith('Interface words go in'))
    .map((message) => message.message);
}

test.each([
  ['text between tags', 'export const A = () => <p>No statement</p>;'],
  ['an aria-label', 'export const A = () => <nav aria-label="Pages" />;'],
  ['a title', 'export const A = () => <abbr title="Direct quote">DQ</abbr>;'],
  ['a placeholder', 'export const A = () => <input placeholder="Search" />;'],
  ['an alt text', 'export const A = () => <img alt="A picture" src="a.png" />;'],
])(
  'a reader component may not write its words in the code: %s',
  async (_, code) => {
    expect((await wordsMessages(code, 'src/claims/probe.tsx')).length).toBeGreaterThan(0);
  },
  30_000,
);

test.each([
  [
    'from its words file',
    'src/claims/probe.tsx',
    "import * as words from './probe.words.ts';\nexport const A = () => <p title={words.title}>{words.body} · 12</p>;",
  ],
  ['in a words file', 'src/claims/probe.words.tsx', 'export const note = <>Our summary</>;'],
  [
    'in a translated words file',
    'src/claims/probe.words.fr.tsx',
    'export const note = <>Notre résumé</>;',
  ],
  ['in the English-only workbench', 'src/author/probe.tsx', 'export const A = () => <p>Save</p>;'],
])(
  'words are fine %s',
  async (_, filePath, code) => {
    expect(await wordsMessages(code, filePath)).toEqual([]);
  },
  30_000,
);

/** The messages of the call-stack rule for some code placed at `filePath`. */
async function spreadMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.message.startsWith('No spread into'))
    .map((message) => message.message);
}

test.each([
  ['Math.min', 'src/timeline/probe.ts', 'export const a = (b: number[]) => Math.min(...b);'],
  ['Math.max', 'src/corpus/probe.ts', 'export const a = (b: number[]) => Math.max(0, ...b);'],
  ['push', 'src/claims/probe.tsx', 'export function a(b: number[], c: number[]) { b.push(...c); }'],
  [
    'unshift',
    'scripts/corpus/probe.ts',
    'export function a(b: number[], c: number[]) { b.unshift(...c); }',
  ],
  [
    'push, in a script',
    'scripts/bench/probe.ts',
    'export function a(b: number[], c: number[]) { b.push(...c); }',
  ],
])(
  'a spread into %s, which throws past the call stack, is refused (%s)',
  async (_, filePath, code) => {
    expect(await spreadMessages(code, filePath)).toEqual([
      expect.stringMatching(/^No spread into Math\.min, Math\.max, push or unshift/),
    ]);
  },
  30_000,
);

test('a spread into an array, and extent, are fine', async () => {
  const code =
    "import { extent } from '../lib/extent.ts';\nexport const a = (b: number[]) => [...b, extent(b)?.min];";
  expect(await spreadMessages(code, 'src/timeline/probe.ts')).toEqual([]);
}, 30_000);

/** The import rules' messages for some code placed at `filePath` in the project. */
async function importMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.startsWith('import-x/'))
    .map((message) => `${message.ruleId}: ${message.message}`);
}

test.each([
  ['the corpus model', 'src/corpus/probe.ts', '../ui/error-panel.tsx'],
  ['a shared piece', 'src/ui/probe.ts', '../claims/claim-card.tsx'],
  ['the sources feature', 'src/sources/probe.ts', '../claims/claim-card.tsx'],
  ['the claims feature', 'src/claims/probe.ts', '../comparison/comparison-query.ts'],
  ['a page', 'src/comparison/probe.ts', '../app/routes.ts'],
  ['the app', 'src/lib/probe.ts', '../../scripts/site/build-site.ts'],
  ['the app', 'src/lib/probe.ts', '../../tests/support/dossier.ts'],
  ['a script', 'scripts/probe.ts', '../tests/support/dossier.ts'],
])(
  '%s may not import from above it (%s importing %s)',
  async (_, filePath, from) => {
    const messages = await importMessages(`export * from '${from}';`, filePath);
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  },
  30_000,
);

test.each([
  ['the app shell', 'src/app/probe.ts', '../comparison/comparison-query.ts'],
  ['a page', 'src/comparison/probe.ts', '../claims/claim-grid.tsx'],
  ['a feature', 'src/claims/probe.ts', '../corpus/schema.ts'],
  ['a test', 'tests/unit/probe.ts', '../../scripts/site/build-site.ts'],
])(
  '%s may import from below it (%s importing %s)',
  async (_, filePath, from) => {
    expect(await importMessages(`export * from '${from}';`, filePath)).toEqual([]);
  },
  30_000,
);

test('an import cycle fails lint', async () => {
  // The fixture is left out of the project's lint (it is wrong on purpose): lint it by name.
  const withFixtures = new ESLint({ ignore: false });
  const [result] = await withFixtures.lintFiles(['tests/fixtures/lint/cycle/a.ts']);
  expect(result?.messages.map((message) => message.ruleId)).toEqual(['import-x/no-cycle']);
}, 30_000);

/** The folder-cycle rule's messages for some code placed at `filePath` in the project. */
async function folderCycleMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'local/no-folder-cycle')
    .map((message) => message.message);
}

// Each probe's folder is in the same layer as the folder it imports, so only the cycle rule
// can see the circle: it closes through imports the app's own files make today.
test.each([
  ['two folders of one layer', 'src/ui/probe.ts', `export * from '../parties/party-badge.tsx';`],
  ['three folders', 'src/lib/probe.ts', `export * from '../parties/party-badge.tsx';`],
  [
    'a type-only import',
    'src/lib/probe.ts',
    `import type { ClaimSearch } from '../search/claim-search.ts';\nexport type T = ClaimSearch;`,
  ],
  [
    'a dynamic import',
    'src/lib/probe.ts',
    `export const load = () => import('../search/claim-search.ts');`,
  ],
])(
  'a folder cycle through %s fails lint',
  async (_, filePath, code) => {
    const folder = filePath.split('/').slice(0, 2).join('/');
    expect(await folderCycleMessages(code, filePath)).toEqual([
      expect.stringMatching(new RegExp(`^${folder} imports src/\\w+, and .* leads back to it`)),
    ]);
  },
  30_000,
);

test.each([
  ['a shared piece', 'src/parties/probe.ts', '../ui/app-link.tsx'],
  ['a page', 'src/comparison/probe.ts', '../claims/claim-grid.tsx'],
  ['the search', 'src/search/probe.ts', '../lib/search-text.ts'],
])(
  'a folder may import one that never imports it back (%s: %s importing %s)',
  async (_, filePath, from) => {
    expect(await folderCycleMessages(`export * from '${from}';`, filePath)).toEqual([]);
  },
  30_000,
);

/** Where a zone of `import-x/no-restricted-paths` applies, and what it keeps out. */
const zonesSchema = z.tuple([
  z.unknown(),
  z.object({
    zones: z.array(
      z.object({
        target: z.union([z.string(), z.array(z.string())]),
        from: z.union([z.string(), z.array(z.string())]),
      }),
    ),
  }),
]);

// A folder in no layer is one nobody guards: a new folder must say where it stands.
test('every folder of src/ is in a layer of the import rules', async () => {
  const config = await eslint.calculateConfigForFile('src/probe.ts');
  const [, { zones }] = zonesSchema.parse(config.rules['import-x/no-restricted-paths']);
  const named = new Set(
    zones
      .flatMap((zone) => [zone.target, zone.from].flat())
      .map((path) => path.replace(/^\.\//, '')),
  );
  const folders = readdirSync('src', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `src/${entry.name}`);
  expect(folders).toContain('src/corpus');
  expect(folders.filter((folder) => !named.has(folder))).toEqual([]);
}, 30_000);
