import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, inject, test } from 'vitest';
import { openPage, useBrowser } from './browser-session.ts';

const browser = useBrowser();

/** The budget for JavaScript loaded before the first render, gzipped (1 KB = 1,000 bytes). */
const initialJsBudget = 100_000;

test('the initial JavaScript of the production build is at most 100 KB gzipped', () => {
  const outDir = inject('appOutDir');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce(
    (sum, src) =>
      sum + gzipSync(readFileSync(join(outDir, src.replace(/^\//, ''))), { level: 9 }).length,
    0,
  );
  console.log(`initial JavaScript: ${scripts.join(', ')} = ${bytes} bytes gzipped`);
  expect(bytes).toBeLessThanOrEqual(initialJsBudget);
});

test('deployed under a sub-path, deep links and data loads work', async () => {
  const base = inject('subPathUrl');
  expect(base).toMatch(/\/dossiers\/hanoi\/$/);
  const { page, problems, close } = await openPage(browser(), `${base}claims/lu-resolve-together`);
  await page.locator('mark').waitFor();
  await page.getByRole('link', { name: '← All claims' }).click();
  await page.waitForURL(base);
  await page.getByRole('checkbox', { name: /China/ }).uncheck();
  await page.waitForURL(`${base}?party=us,dprk,analysts`);
  await page.getByRole('link', { name: 'Read the archived text' }).click();
  await page.waitForURL(`${base}sources/st-2019-03-02-kim-vows-to-meet-trump-again`);
  await page.locator('mark').first().waitFor();
  expect(problems).toEqual([]);
  await close();
});
