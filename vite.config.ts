/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { corpusPlugin } from './scripts/corpus/vite-plugin-corpus.ts';

// BASE_PATH deploys the app under a sub-path, e.g. BASE_PATH=/dossiers/hanoi/ npm run build.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  define: {
    // The public origin for permalinks and preview tags, e.g. SITE_ORIGIN=https://claims.example.org
    'import.meta.env.VITE_SITE_ORIGIN': JSON.stringify(process.env.SITE_ORIGIN ?? ''),
  },
  // CORPUS_DIR builds another corpus folder, e.g. a synthetic one from npm run corpus:synth.
  plugins: [react(), tailwindcss(), corpusPlugin({ dir: process.env.CORPUS_DIR })],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
