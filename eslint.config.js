import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noFolderCycle } from './scripts/lint/no-folder-cycle.js';

/**
 * The layers of the app's code, top first (see docs/architecture.md). A file may import from
 * its own layer and from those below it, never from one above: the shell (and the author's
 * workbench, which only it loads) composes pages, a page composes the features below it, every
 * feature uses the shared pieces, and all of them read the corpus model, which depends on
 * nothing of the app. Every folder of `src/` is in one (a test checks): a folder in none is
 * one nobody guards. Within a layer, `local/no-folder-cycle` keeps folders from importing each
 * other in a circle.
 */
const layers = [
  {
    name: 'the app shell',
    folders: ['src/main.tsx', 'src/entry-server.tsx', 'src/app', 'src/author'],
  },
  {
    name: 'the pages',
    folders: ['src/comparison', 'src/collections', 'src/timeline', 'src/desk'],
  },
  { name: 'relations', folders: ['src/relations'] },
  { name: 'claims', folders: ['src/claims'] },
  { name: 'sources', folders: ['src/sources'] },
  {
    name: 'the shared pieces',
    folders: ['src/sharing', 'src/exports', 'src/parties', 'src/search', 'src/ui', 'src/lib'],
  },
  { name: 'the corpus model', folders: ['src/corpus'] },
];

/** One zone per layer: it may not import from any layer above it. */
const layerZones = layers.slice(1).map((layer, i) => ({
  target: layer.folders.map((folder) => `./${folder}`),
  from: layers.slice(0, i + 1).flatMap((above) => above.folders.map((folder) => `./${folder}`)),
  message: `${layer.name} is below ${layers
    .slice(0, i + 1)
    .map((above) => above.name)
    .join(', ')}: import the other way, or move what both need down a layer.`,
}));

/** The app, its build and its tests: the app needs neither; the build never needs the tests. */
const toolZones = [
  {
    target: './src',
    from: ['./scripts', './tests'],
    message: 'The app runs in the browser: it may not import build scripts or tests.',
  },
  {
    target: './scripts',
    from: './tests',
    message: 'Scripts may not import tests: shared tooling lives in scripts/tooling/.',
  },
];

/**
 * The app never writes HTML from strings: every text, quotes included, goes into the DOM as
 * text nodes, so no data can become markup or script.
 */
const noRawHtml = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No raw HTML: render text and elements, never an HTML string.',
  },
  {
    selector:
      "MemberExpression[property.name=/^(innerHTML|outerHTML|srcdoc)$/], CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/], CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No raw HTML: build DOM nodes or text, never parse an HTML string.',
  },
];

/**
 * No code path limited by the call stack: a spread passes each element as an argument of its
 * own, and past some 100,000 of them (a corpus's claims, days or boxes) the call throws.
 * `extent` (src/lib/extent.ts) or a loop does the same in any size.
 */
const noStackSpread = [
  {
    selector:
      "CallExpression[callee.object.name='Math'][callee.property.name=/^(min|max)$/] > SpreadElement, CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement",
    message:
      'No spread into Math.min, Math.max, push or unshift: past some 100,000 elements it throws. Use extent() or a loop.',
  },
];

/** Words written in a component: text between tags, and what a reader hears of an element. */
const noInterfaceWords = [
  {
    selector: 'JSXText[value=/[A-Za-z]/]',
    message:
      "Interface words go in the component's words file (`<file>.words.ts`), not in the code.",
  },
  {
    selector:
      'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|title|placeholder|alt)$/] > Literal[value=/[A-Za-z]/]',
    message:
      "Interface words go in the component's words file (`<file>.words.ts`), not in the code.",
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'coverage', 'tests/fixtures/lint'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX, local: { rules: { 'no-folder-cycle': noFolderCycle } } },
    settings: {
      // TypeScript's parser reads the files imported, so the cycle rule can follow their imports.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createNodeResolver()],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...toolZones] }],
      'local/no-folder-cycle': ['error', { root: 'src' }],
    },
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.tsx'],
    extends: [
      reactHooks.configs.flat['recommended-latest'],
      jsxA11y.flatConfigs.strict,
      ...pluginQuery.configs['flat/recommended'],
    ],
    plugins: { 'react-refresh': reactRefresh },
    rules: {
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
      // A region that scrolls sideways (a wide picture or table on a phone) takes the focus,
      // so it scrolls from the keyboard too (WCAG 2.1.1; axe's scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      'no-restricted-syntax': ['error', ...noRawHtml, ...noStackSpread],
    },
  },
  {
    // The reader's interface says nothing in the code: its words are in words files, one per
    // language (scripts/site/interface-words.ts). The author's workbench is in English only.
    files: ['src/**/*.tsx'],
    ignores: ['src/author/**', 'src/**/*.words.tsx', 'src/**/*.words.*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', ...noRawHtml, ...noInterfaceWords, ...noStackSpread],
    },
  },
  {
    files: ['scripts/**/*.{ts,js}'],
    rules: { 'no-restricted-syntax': ['error', ...noStackSpread] },
  },
  prettier,
);
