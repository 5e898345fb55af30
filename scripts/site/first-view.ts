import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** One file a page loaded, and its size gzipped as a static host would send it. */
export type Transfer = { path: string; gzipBytes: number };

/**
 * What a cold visit to `url` downloads until the page is ready and the network is idle: each
 * request of the build's own files (deployed at `base`), with its size gzipped at level 9 from
 * `outDir`: the same figure whatever the server in front compresses with. A request that no
 * built file answers is reported with size -1.
 */
export async function firstViewTransfers(
  browser: Browser,
  url: string,
  outDir: string,
  base = '/',
): Promise<Transfer[]> {
  const { origin } = new URL(url);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  await context.close();
  return urls.map((address) => {
    const parsed = new URL(address);
    if (parsed.origin !== origin) return { path: address, gzipBytes: -1 };
    const path = decodeURIComponent(parsed.pathname);
    return { path: `${path}${parsed.search}`, gzipBytes: gzipOf(outDir, fileOf(path, base)) };
  });
}

/** The built file that answers a path (pages are `<path>.html`, `/` is `index.html`). */
function fileOf(path: string, base: string): string {
  const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return relative;
}

function gzipOf(outDir: string, file: string): number {
  for (const candidate of [file, `${file}.html`]) {
    const path = join(outDir, candidate);
    if (existsSync(path) && statSync(path).isFile()) {
      return gzipSync(readFileSync(path), { level: 9 }).length;
    }
  }
  return -1;
}
