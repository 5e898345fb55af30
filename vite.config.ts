/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { appViteConfig } from './scripts/site/app-vite-config.ts';

// The dev server and `vite preview` (the site is built by scripts/build.ts). BASE_PATH deploys
// under a sub-path (BASE_PATH=/dossiers/harbour-vote/), SITE_ORIGIN is the public origin for
// permalinks, CORPUS_DIR serves another corpus folder (one from npm run corpus:synth).
const { configFile: _, ...app } = appViteConfig({
  base: process.env.BASE_PATH ?? '/',
  siteOrigin: process.env.SITE_ORIGIN,
  corpusDir: process.env.CORPUS_DIR,
});

/**
 * Test files share their workers' modules instead of importing everything afresh per file
 * (which cost the unit and component files about 40% of their CPU time, and the end-to-end
 * files about 10%). What a test changes of the global scope is undone after it, and the files
 * pass in any order (`--sequence.shuffle`).
 */
const sharedWorkers = {
  isolate: false,
  unstubGlobals: true,
  unstubEnvs: true,
  restoreMocks: true,
};

export default defineConfig({
  ...app,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          maxWorkers: 2,
          ...sharedWorkers,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/support/setup-dom.ts'],
          // Above the 30 s that queries wait (tests/support/setup-dom.ts), so a slow find fails
          // as the query's own error, naming what it looked for.
          testTimeout: 60_000,
          maxWorkers: 2,
          ...sharedWorkers,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Most of an end-to-end test is waiting on Chromium, in processes of its own: several
          // files at once use the machine's cores where one at a time leaves them idle.
          maxWorkers: 3,
          ...sharedWorkers,
          // After the unit and component files (a group of its own: its worker count differs).
          sequence: { groupOrder: 1 },
          // Bounds for a busy machine with several browsers running, not for speed.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll waits on the browser too: as long as a browser action may (a second by
          // default is too short when the cores are busy).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
