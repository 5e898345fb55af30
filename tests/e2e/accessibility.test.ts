import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import {
  axeViolations,
  horizontalOverflow,
  looksDark,
  openFilters,
  openPage,
  useBrowser,
} from './browser-session.ts';
import { dataFileUrl } from './data-paths.ts';

const appUrl = inject('appUrl');
const synthUrl = inject('synthUrl');
const browser = useBrowser();

/** Every page state the app has, reached the way a person reaches it. */
const states: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: 'comparison',
    path: '',
    ready: (page) => page.getByRole('columnheader').first().waitFor(),
  },
  {
    name: 'comparison with filters open and a notice',
    path: '?party=us,dprk,mars&speech=reported',
    ready: async (page) => {
      await page.getByRole('note').waitFor();
      await openFilters(page);
      const summaries = await page.locator('summary').all();
      expect(summaries.length).toBeGreaterThan(0);
      for (const summary of summaries) await summary.click();
      expect(await page.locator('details:not([open])').count()).toBe(0);
    },
  },
  {
    name: 'comparison with no match',
    path: '?q=zzzz',
    ready: (page) => page.getByText('No claim matches these filters').waitFor(),
  },
  {
    name: 'claim page',
    path: 'claims/choe-yongbyon-offer-under-us-observation',
    ready: (page) => page.locator('mark').waitFor(),
  },
  {
    name: 'source reader focused on a quote',
    path: 'sources/st-2019-03-02-kim-vows-to-meet-trump-again?claim=lu-resolve-together',
    ready: (page) => page.locator('mark').first().waitFor(),
  },
  {
    name: 'topic page with its relation map',
    path: 'topics/sanctions-relief-sought',
    ready: (page) => page.locator('figure svg a').first().waitFor(),
  },
  {
    name: 'party page',
    path: 'parties/dprk',
    ready: (page) => page.getByRole('table').first().waitFor(),
  },
  {
    name: 'timeline',
    path: 'timeline',
    ready: (page) => page.locator('figure svg a').first().waitFor(),
  },
  {
    name: 'timeline zoomed in, relations drawn, a claim focused',
    path: 'timeline?from=2019-02-28&to=2019-03-01&relations=shown',
    ready: async (page) => {
      await page.locator('figure svg a[href*="#relations-heading"]').first().waitFor();
      await page.locator('figure svg a').first().focus();
    },
  },
  {
    name: 'not-found',
    path: 'claims/unknown',
    ready: (page) => page.getByRole('heading', { name: 'No such claim' }).waitFor(),
  },
];

const devices = [
  { device: 'desktop', viewport: { width: 1280, height: 900 } },
  { device: 'phone', viewport: { width: 360, height: 800 } },
];

const cases = states.flatMap((state) => devices.map((device) => ({ ...state, ...device })));

// Light and dark are checked on one page: the page follows the system's scheme as it changes,
// so the dark check needs no second load (nor a second copy of axe-core).
test.each(cases)(
  '$name ($device, light and dark): no axe-core violations, no sideways scroll, no console error',
  async ({ path, ready, viewport }) => {
    const { page, problems, close } = await openPage(browser(), appUrl + path, {
      viewport,
      colorScheme: 'light',
    });
    await ready(page);
    const dark = () => looksDark(page);
    expect(await dark()).toBe(false);
    expect(await axeViolations(page), 'light').toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(dark).toBe(true);
    expect(await axeViolations(page), 'dark').toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  },
);

// A large corpus draws the timeline as counts per week, a picture and a table of its own.
test.each(devices)(
  'the timeline counted week by week ($device, light and dark): no axe-core violations',
  async ({ viewport }) => {
    const { page, problems, close } = await openPage(browser(), `${synthUrl}timeline`, {
      viewport,
      colorScheme: 'light',
    });
    await page.getByRole('table', { name: /Claims per week and party/ }).waitFor();
    expect(await axeViolations(page), 'light').toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => looksDark(page)).toBe(true);
    expect(await axeViolations(page), 'dark').toEqual([]);
    expect(problems).toEqual([]);
    await close();
  },
);

test.each([
  { name: 'a search whose table failed', path: '?q=yongbyon', file: 'search.json' },
  {
    name: 'a claim page whose other answers failed',
    path: 'claims/lu-resolve-together',
    file: 'chunks/*.json',
  },
])(
  'the error state of $name, with its Retry, has no axe-core violations',
  async ({ path, file }) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route(dataFileUrl(file), (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(appUrl + path);
    await page.getByRole('alert').waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  },
);

test('the status announced after copying has no axe-core violations', async () => {
  const { page, context, close } = await openPage(browser(), `${appUrl}claims/lu-resolve-together`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl).origin,
  });
  await page.getByRole('button', { name: 'Copy quote with citation' }).click();
  await page.getByText('Quote and citation copied.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await close();
});
