import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { buildSite } from '../site/build-site.ts';
import { buildDesk } from '../site/build-desk.ts';
import { staticHostPreview } from '../site/static-host-preview.ts';
import type { InterfaceLanguage } from '../site/interface-words.ts';

/** A production build served by `vite preview` on a free loopback port. */
export type ServedBuild = { url: string; outDir: string; close: () => Promise<void> };

/** Builds the site (prerendered) into a temporary folder and serves it, as `npm start` does. */
export async function serveBuild(
  options: {
    base?: string;
    corpusDir?: string;
    previewImages?: boolean;
    interfaceLanguage?: InterfaceLanguage;
  } = {},
): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'claims-build-'));
  const base = options.base ?? '/';
  // No site origin: the pages' tags use the default, and the browser links to where it is served.
  await buildSite({
    base,
    outDir,
    corpusDir: options.corpusDir,
    previewImages: options.previewImages,
    interfaceLanguage: options.interfaceLanguage,
  });
  return served(outDir, base);
}

/** A built site in `outDir` served as a static host would, removed when closed. */
async function served(outDir: string, base: string): Promise<ServedBuild> {
  const server: PreviewServer = await preview({
    configFile: false,
    base,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    plugins: [staticHostPreview()],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A site of several dossiers (`buildDesk`) built into a temporary folder and served. */
export async function serveDesk(siteFile: string): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'claims-desk-'));
  // Only the single dossiers' preview images are checked; these would be the same pictures.
  await buildDesk({ siteFile, outDir, previewImages: false });
  return served(outDir, '/');
}
