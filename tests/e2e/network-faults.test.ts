/**
 * Network faults, with request interception: a data file fails with 500, arrives cut short,
 * arrives as valid JSON that breaks the schema, or is missing. Each shows a message naming the
 * file and a Retry; once the network recovers, Retry restores the view without a reload; what
 * was already on screen stays usable.
 */
import type { Page, Route } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { stallLimitMs } from '../../src/corpus/data-file.ts';
import { axeViolations, openPage, useBrowser } from './browser-session.ts';
import { dataFileUrl } from './data-paths.ts';

const browser = useBrowser();
const appUrl = inject('appUrl');
const synthUrl = inject('synthUrl');

type Fault = {
  name: string;
  /** Answers the faulty request (the first argument is the real response's body). */
  answer: (route: Route, body: string) => Promise<void>;
  /** What the message must say. */
  says: RegExp;
};

const faults: Fault[] = [
  {
    name: 'a server error',
    answer: (route) => route.fulfill({ status: 500, body: 'boom' }),
    says: /HTTP 500/,
  },
  {
    name: 'a response cut short',
    answer: (route, body) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: body.slice(0, body.length / 2),
      }),
    says: /not valid JSON/,
  },
  {
    name: 'valid JSON that breaks the schema',
    answer: (route, body) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ...(JSON.parse(body) as object), claims: [{ id: 'x' }] }),
      }),
    says: /malformed/,
  },
  {
    name: 'a missing file',
    answer: (route) => route.fulfill({ status: 404, body: 'not found' }),
    says: /There is no data\/chunks\/1\.json/,
  },
];

/** Breaks every request for `file` with `fault` until the returned function is called. */
async function breakFile(page: Page, file: string, fault: Fault) {
  let broken = true;
  await page.route(dataFileUrl(file), async (route) => {
    if (!broken) return route.continue();
    const response = await route.fetch();
    return fault.answer(route, await response.text());
  });
  return () => {
    broken = false;
  };
}

test.each(faults)(
  '$name for a page of claims: named, with a Retry that recovers',
  async (fault) => {
    const { page, problems, close } = await openPage(browser(), synthUrl);
    const repair = await breakFile(page, 'chunks/1.json', fault);
    await page
      .getByRole('navigation', { name: 'Pages of claims', exact: true })
      .getByRole('link', { name: 'Next →' })
      .click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(fault.says);
    expect(await alert.textContent()).toContain('chunks/1.json');
    // The filters stay usable meanwhile.
    expect(await page.getByRole('searchbox', { name: /Search/ }).isEnabled()).toBe(true);
    repair();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect
      .poll(
        () => page.getByRole('navigation', { name: 'Pages of claims', exact: true }).textContent(),
        { timeout: 10_000 },
      )
      .toContain('Claims 51–100 of');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('article').count()).toBe(50);
    // The failed request logs an error in the console; nothing else should.
    expect(
      problems.filter((text) => !/Failed to load resource|status of (404|500)/.test(text)),
    ).toEqual([]);
    await close();
  },
);

test.each(faults.filter((fault) => fault.name !== 'a missing file'))(
  '$name for the index: named, with a Retry that recovers without a reload',
  async (fault) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const repair = await breakFile(page, 'index.json', fault);
    await page.goto(appUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(fault.says);
    expect(await alert.textContent()).toContain('index.json');
    // The prerendered page stays readable until the app can take over.
    repair();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('article').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  },
  60_000,
);

test('a source text that fails leaves the claim readable, and Retry brings the text', async () => {
  const { page, close } = await openPage(browser(), appUrl);
  const repair = await breakFile(page, 'sources/*.txt', faults[0] as Fault);
  await page
    .getByRole('link', { name: 'Donald Trump says Kim Jong Un wanted all sanctions lifted.' })
    .first()
    .click();
  await page.waitForURL(/\/claims\//);
  await page.locator('blockquote').first().waitFor();
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  expect(await alert.textContent()).toContain('The source text could not be loaded');
  expect(await alert.textContent()).toMatch(/HTTP 500 for data\/sources\/.*\.txt/);
  // The claim, its quote and its share buttons are all there meanwhile.
  expect(await page.locator('blockquote').first().isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Share' }).isEnabled()).toBe(true);
  repair();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.locator('mark').first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  await close();
}, 60_000);

/**
 * A request that never answers (the server or the network went quiet). The page's clock is
 * Playwright's, so the test jumps over the stall limit instead of waiting it out.
 */
async function hangFile(page: Page, file: string) {
  let hanging = true;
  await page.route(dataFileUrl(file), async (route) => {
    // Left unanswered: the request stays open until the page gives up on it.
    if (hanging) return;
    await route.continue();
  });
  return () => {
    hanging = false;
  };
}

test('a page of claims that never arrives: after the stall limit, named, with a Retry that recovers', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  await context.clock.install();
  const page = await context.newPage();
  await page.goto(synthUrl);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const recover = await hangFile(page, 'chunks/1.json');
  const pager = page.getByRole('navigation', { name: 'Pages of claims', exact: true });
  // Pointing at the link already asks for the page (a prefetch): wait for that request.
  const requested = page.waitForRequest(dataFileUrl('chunks/1.json'));
  await pager.getByRole('link', { name: 'Next →' }).click();
  await requested;
  // Still waiting, short of the limit: no error yet.
  await page.clock.fastForward(stallLimitMs - 1_000);
  expect(await page.getByRole('alert').count()).toBe(0);
  await page.clock.fastForward(2_000);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain(
    `data/chunks/1.json stopped arriving: nothing came for ${stallLimitMs / 1000} seconds.`,
  );
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.getByRole('searchbox', { name: /Search/ }).isEnabled()).toBe(true);
  recover();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => pager.textContent(), { timeout: 10_000 }).toContain('Claims 51–100 of');
  expect(await page.getByRole('article').count()).toBe(50);
  await context.close();
}, 60_000);

test('an index that never arrives: the prerendered page stays, then a named error with a Retry', async () => {
  const context = await browser().newContext();
  await context.clock.install();
  const page = await context.newPage();
  const recover = await hangFile(page, 'index.json');
  // The app asks for the index as its script runs, before the document is done loading.
  await page.goto(appUrl, { waitUntil: 'domcontentloaded' });
  // What was prerendered is readable while the app waits.
  expect(await page.getByRole('article').count()).toBeGreaterThan(0);
  await page.clock.fastForward(stallLimitMs - 1_000);
  expect(await page.getByRole('alert').count()).toBe(0);
  await page.clock.fastForward(2_000);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('data/index.json stopped arriving');
  recover();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('article').first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  await context.close();
}, 60_000);

test('a source text cut short is refused by its hash: no quote is shown in it, and Retry brings it whole', async () => {
  const { page, close } = await openPage(browser(), appUrl);
  const repair = await breakFile(page, 'sources/*.txt', faults[1] as Fault);
  await page
    .getByRole('link', { name: 'Donald Trump says Kim Jong Un wanted all sanctions lifted.' })
    .first()
    .click();
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  expect(await alert.textContent()).toMatch(
    /data\/sources\/.*\.txt is not the archived source: its SHA-256 does not match the record/,
  );
  expect(await page.locator('mark').count()).toBe(0);
  expect(await page.locator('blockquote').first().isVisible()).toBe(true);
  repair();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.locator('mark').first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  await close();
}, 60_000);

test('a source text that never arrives: the claim stays readable, then a named error with a Retry', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  await context.clock.install();
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const recover = await hangFile(page, 'sources/*.txt');
  const requested = page.waitForRequest(dataFileUrl('sources/*.txt'));
  await page
    .getByRole('link', { name: 'Donald Trump says Kim Jong Un wanted all sanctions lifted.' })
    .first()
    .click();
  await requested;
  await page.waitForURL(/\/claims\//);
  await page.locator('blockquote').first().waitFor();
  await page.clock.fastForward(stallLimitMs + 1_000);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/data\/sources\/.*\.txt stopped arriving/);
  expect(await page.locator('blockquote').first().isVisible()).toBe(true);
  recover();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.locator('mark').first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  await context.close();
}, 60_000);
