import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { corpusPlugin } from '../corpus/vite-plugin-corpus.ts';
import { staticHostPreview } from './static-host-preview.ts';
import {
  dossierInterfaceLanguage,
  interfaceWordsPlugin,
  type InterfaceLanguage,
} from './interface-words.ts';

const shimPath = fileURLToPath(
  new URL('../../src/lib/use-sync-external-store-shim.ts', import.meta.url),
);

/** What a build of the app is made from: every setting, as arguments. */
export type AppSettings = {
  /** Deployed base path, with slashes at both ends. */
  base: string;
  /**
   * The public origin permalinks are built on in the browser; without one, the page's own
   * origin (so a build served anywhere links to itself).
   */
  siteOrigin?: string;
  /**
   * The origin a prerendered page's permalinks and citations are written with when no
   * `siteOrigin` is set: the one its head tags use. Once the page's script runs, they take
   * the page's own origin.
   */
  prerenderOrigin?: string;
  /** The corpus folder to compile (default `data`). */
  corpusDir?: string;
  /**
   * A production build (minified React, no JSX debugging): set here rather than read from
   * NODE_ENV, which a test runner sets to `test`.
   */
  production?: boolean;
  /**
   * The language of the interface's words; by default the one that serves the dossier's
   * language (a build fails when none does). Tests build with `pseudo`.
   */
  interfaceLanguage?: InterfaceLanguage;
  /**
   * The site of several dossiers the dossier is built into (`build-desk.ts`): its name and its
   * home's path, which the header and the speakers' names link to.
   */
  siteHome?: { name: string; path: string };
};

/**
 * The Vite configuration of the app, from settings alone: `vite.config.ts` uses it for the dev
 * server, and `buildSite` for its builds, with no config file and no environment variable, so
 * that builds with different settings can run side by side in one process.
 */
export function appViteConfig({
  base,
  siteOrigin,
  prerenderOrigin,
  corpusDir,
  production = false,
  interfaceLanguage,
  siteHome,
}: AppSettings): InlineConfig {
  const words = interfaceLanguage ?? dossierInterfaceLanguage(corpusDir ?? 'data');
  return {
    configFile: false,
    base,
    define: {
      'import.meta.env.VITE_SITE_ORIGIN': JSON.stringify(siteOrigin ?? ''),
      'import.meta.env.VITE_PRERENDER_ORIGIN': JSON.stringify(prerenderOrigin ?? ''),
      // Only the author's workbench sets it (scripts/author/author-server.ts).
      'import.meta.env.VITE_AUTHOR_MODE': JSON.stringify(''),
      'import.meta.env.VITE_SITE_HOME_NAME': JSON.stringify(siteHome?.name ?? ''),
      'import.meta.env.VITE_SITE_HOME_PATH': JSON.stringify(siteHome?.path ?? ''),
      ...(production ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {}),
    },
    // Vite reads "production" from NODE_ENV alone; a build in a test runner must not get React's
    // development JSX and packages' development exports.
    ...(production
      ? {
          mode: 'production',
          oxc: { jsx: { development: false } },
          ssr: { resolve: { conditions: ['module', 'node', 'production'] } },
        }
      : {}),
    resolve: {
      ...(production ? { conditions: ['module', 'browser', 'production'] } : {}),
      // wouter's shim of React 18's hook, for React 17: this React has the hook itself.
      alias: [{ find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: shimPath }],
    },
    build: {
      // Every browser the app supports preloads modules itself (Chromium 66, Safari 17, Firefox
      // 115); one without only loads them later, so the polyfill is not worth its bytes.
      modulePreload: { polyfill: false },
      // The entry names every file its pages load on demand: six characters of hash (36 bits)
      // still tell a build's files from another's, and save the first view two bytes a name.
      rolldownOptions: {
        output: { chunkFileNames: 'assets/[name]-[hash:6].js' },
        // Each interface word is a constant of its words file: put where it is used, not kept
        // as a variable beside a reference (48 bytes of the first page, gzipped).
        optimization: { inlineConst: true },
      },
    },
    // `vite preview` (npm start) answers as a static host does: 404 for a wrong address.
    plugins: [
      interfaceWordsPlugin(words),
      react(),
      tailwindcss(),
      corpusPlugin({ dir: corpusDir }),
      staticHostPreview(),
    ],
  };
}
