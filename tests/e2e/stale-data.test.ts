/**
 * Stale data. The host here lets browsers keep everything but the pages for a year, as sites
 * often serve hashed assets: the worst case for a rebuilt corpus. The app must still never mix
 * one build's data with another's: a new visit reads the new build's data folder, and a tab
 * left open on the old build says it is out of date instead of showing a wrong or missing view.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite } from '../../scripts/site/build-site.ts';
import { dossier, dossierClaim } from '../support/dossier.ts';
import { axeViolations, useBrowser } from './browser-session.ts';
import { isDataFile } from './data-paths.ts';
import { serveStatic } from './static-host.ts';

const browser = useBrowser();
const corpusDir = mkdtempSync(join(tmpdir(), 'hanoi-claims-stale-corpus-'));
const outDir = mkdtempSync(join(tmpdir(), 'hanoi-claims-stale-site-'));
let host: Awaited<ReturnType<typeof serveStatic>>;

const oldTitle = dossier.topicById.get('sanctions-relief-sought')?.question ?? '';
/** A claim the home page links to. */
const claim = dossierClaim('trump-kim-wanted-all-sanctions-lifted');
const newTitle = 'What sanctions relief did North Korea ask for?';

/** Changes `from` to `to` in a file; throws if it is not there (the change would be none). */
function replaceInFile(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!from || !text.includes(from)) throw new Error(`${file} does not hold "${from}"`);
  writeFileSync(file, text.replace(from, to));
}

/** Builds the site from the corpus folder, in place, as a deploy would. */
const rebuild = () => buildSite({ outDir, corpusDir, previewImages: false });

beforeAll(async () => {
  cpSync('data', corpusDir, { recursive: true });
  await rebuild();
  host = await serveStatic(outDir, {
    cacheControl: (file) =>
      file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
}, 120_000);

afterAll(async () => {
  await host?.close();
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

/** Opens `/` and waits for the app; returns the data files the server was asked for meanwhile. */
async function visit(page: Page): Promise<string[]> {
  const from = host.requests.length;
  await page.goto(host.url);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  return host.requests.slice(from).filter(isDataFile);
}

/**
 * Opens `/`, then a claim from it within the app (which fetches the claim's files: the home
 * page carries only its own); returns the data files the server was asked for meanwhile.
 */
async function visitAndOpenClaim(page: Page): Promise<string[]> {
  const from = host.requests.length;
  await visit(page);
  await page.getByRole('link', { name: claim.claim.summary, exact: true }).first().click();
  await page.waitForURL(/\/claims\//);
  await page.locator('mark').first().waitFor();
  await page.waitForLoadState('networkidle');
  return host.requests.slice(from).filter(isDataFile);
}

/** The data versions a list of requested paths used. */
const versions = (paths: string[]) =>
  [...new Set(paths.map((path) => /\/data\/([0-9a-f]{16})\//.exec(path)?.[1]))].sort();

test('a rebuilt corpus is read, though the browser holds the old one for a year', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  // The page carries its own data: a visit asks the server for none.
  expect(await visit(page)).toEqual([]);
  expect(await page.getByRole('heading', { name: oldTitle }).count()).toBe(1);
  const first = await visitAndOpenClaim(page);
  expect(first).toContain(`/data/${versions(first)[0]}/claims/${claim.claim.id}.json`);
  expect(versions(first)).toHaveLength(1);
  // Visited again, the claim's data comes from the browser's cache: the cache is in play.
  expect(await visitAndOpenClaim(page)).toEqual([]);

  const topics = join(corpusDir, 'topics.yaml');
  replaceInFile(topics, oldTitle, newTitle);
  await rebuild();

  // The page, checked on every visit, carries the new build's data, and its script reads the
  // new build's folder only.
  expect(await visit(page)).toEqual([]);
  expect(await page.getByRole('heading', { name: newTitle }).count()).toBe(1);
  expect(await page.getByRole('heading', { name: oldTitle }).count()).toBe(0);
  const second = await visitAndOpenClaim(page);
  expect(second.length).toBeGreaterThan(0);
  expect(versions(second)).toHaveLength(1);
  expect(versions(second)[0]).not.toBe(versions(first)[0]);
  await context.close();
}, 120_000);

/** Changes the corpus (a topic's question, back and forth) and rebuilds the site in place. */
async function changeAndRebuild() {
  const topics = join(corpusDir, 'topics.yaml');
  const current = readFileSync(topics, 'utf8');
  const [from, to] = current.includes(newTitle) ? [newTitle, oldTitle] : [oldTitle, newTitle];
  replaceInFile(topics, from, to);
  await rebuild();
}

test.each([
  {
    replaced: 'data',
    // The claim page's code is loaded (pointing at a link preloads it) before the deploy, so
    // what fails afterwards is the data alone: the claim page itself says so.
    before: async (page: Page) => {
      await page.getByRole('link', { name: claim.claim.summary, exact: true }).first().hover();
      await page.waitForLoadState('networkidle');
    },
    link: dossierClaim('ri-difficult-to-meet-again').claim.summary,
    heading: 'The claim could not be loaded',
  },
  {
    replaced: 'page code',
    // The claim page's code is named by its hash, and a new data version changes it too: the
    // page cannot render, and the error boundary says so.
    before: async () => {},
    link: claim.claim.summary,
    heading: 'This page could not be shown',
  },
])(
  'a tab left open on the old build, asking for $replaced the new build replaced, says so',
  async ({ before, link, heading }) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await visit(page);
    await before(page);
    await changeAndRebuild();
    await page.getByRole('link', { name: link }).first().click();
    await page.waitForURL(/\/claims\//);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe(heading);
    expect(await alert.textContent()).toContain(
      'This dossier has been updated since this page was opened.',
    );
    // Not a "no such claim" page: the claim exists, in the new build.
    expect(await page.getByRole('heading', { name: 'No such claim' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await alert.getByRole('button', { name: 'Reload' }).click();
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await page.locator('blockquote').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  },
  120_000,
);
