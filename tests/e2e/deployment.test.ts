import { expect, inject, test } from 'vitest';
import { initialAssets } from '../../scripts/site/initial-assets.ts';
import { openPage, useBrowser } from './browser-session.ts';

const browser = useBrowser();

/**
 * The budget for JavaScript loaded before the first render, gzipped (1 KB = 1,000 bytes).
 * React, react-dom and TanStack Query alone take about 78 KB (see `npm run bench`). Loading the
 * corpus in chunks rather than whole added about 3 KB of code; it keeps the first view of a
 * 10,000-claim corpus to a few KB of data instead of 900 KB. Surviving bad networks and new
 * deploys (a stall limit on every request, spotting a replaced build, an error boundary around
 * each page) added about 0.6 KB. A prerendered page that carries its data and hydrates at once
 * (reading its embedded files, views built from the cache without a fetch) and a filtered link
 * that never shows the unfiltered set added about 0.9 KB. One route table for every page (its
 * loader run by a link pointed at, its prerendering left out of the bundle) added about 0.2 KB.
 * The positions overview that opens `/`, with the schema of its data, added about 1 KB.
 * Checking only fetched data files against their schemas, with the schema library loaded
 * alongside the first fetch (a page's own files come from its build), took 8.5 KB off; the
 * target of 1.2 × the floor means loading what lies below the first screen on first use.
 */
const initialJsBudget = 97_000;

test(`the initial JavaScript of the production build is at most ${initialJsBudget / 1000} KB gzipped`, () => {
  const { scripts, jsBytes } = initialAssets(inject('appOutDir'));
  expect(scripts.length).toBeGreaterThan(0);
  console.log(`initial JavaScript: ${scripts.join(', ')} = ${jsBytes} bytes gzipped`);
  expect(jsBytes).toBeLessThanOrEqual(initialJsBudget);
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
