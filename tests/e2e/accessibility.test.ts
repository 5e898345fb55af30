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
import { dossierClaim } from '../support/dossier.ts';

const appUrl = inject('appUrl');
const synthUrl = inject('synthUrl');
const browser = useBrowser();

/** A claim with relations: its page, and `/` filtered to it by its party and speaker's name. */
const related = dossierClaim('choe-yongbyon-offer-under-us-observation');

/** Every page state the app has, reached the way a person reaches it. */
const states: {
  name: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
  /** The server answers the address with 404, as a static host does; the browser logs it. */
  notFound?: boolean;
}[] = [
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
      // Those on screen: a filtered view keeps the positions overview, hidden, for later.
      const summaries = await page.locator('summary').filter({ visible: true }).all();
      expect(summaries.length).toBeGreaterThan(0);
      for (const summary of summaries) await summary.click();
      expect(await page.locator('details:not([open])').filter({ visible: true }).count()).toBe(0);
    },
  },
  {
    name: 'comparison filtered by a party and a search',
    path: `?party=${related.party.id}&q=${encodeURIComponent(related.speaker.name)}`,
    ready: (page) =>
      page.getByRole('article', { name: related.claim.summary, exact: true }).first().waitFor(),
  },
  {
    name: 'comparison with no match',
    path: '?q=zzzz',
    ready: (page) => page.getByText('No claim matches these filters').waitFor(),
  },
  {
    name: 'claim page',
    path: `claims/${related.claim.id}`,
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
    notFound: true,
  },
];

/** The skip links whose target is not on the page (a link that would lead nowhere). */
function skipLinksWithoutTarget(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href^="#"]')]
      .map((link) => link.getAttribute('href')?.slice(1) ?? '')
      .filter((id) => !document.getElementById(id)),
  );
}

const devices = [
  { device: 'desktop', viewport: { width: 1280, height: 900 } },
  { device: 'phone', viewport: { width: 390, height: 844 } },
];

const cases = states.flatMap((state) => devices.map((device) => ({ ...state, ...device })));

// Light and dark are checked on one page: the page follows the system's scheme as it changes,
// so the dark check needs no second load (nor a second copy of axe-core).
test.each(cases)(
  '$name ($device, light and dark): no axe-core violations, no sideways scroll, no console error',
  async ({ path, ready, viewport, notFound }) => {
    const { page, problems, close } = await openPage(browser(), appUrl + path, {
      viewport,
      colorScheme: 'light',
    });
    await ready(page);
    const dark = () => looksDark(page);
    expect(await dark()).toBe(false);
    expect(await axeViolations(page), 'light').toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await skipLinksWithoutTarget(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(dark).toBe(true);
    expect(await axeViolations(page), 'dark').toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(problems.filter((text) => !(notFound && /status of 404/.test(text)))).toEqual([]);
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

/** The least width and height of a pointer target, in CSS pixels (WCAG 2.2, 2.5.8, level AA). */
const leastTarget = 24;

test.each([
  { size: leastTarget - 8, violations: ['target-size'] },
  { size: leastTarget, violations: [] },
])(
  'the axe-core runs check target sizes: two touching $size px buttons give $violations',
  async ({ size, violations }) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    // Side by side with no gap, so that neither has the spacing that would excuse a small one.
    const button = (name: string) =>
      `<button type="button" style="width:${size}px;height:${size}px;margin:0;padding:0;border:0;background:#000;color:#fff;font-size:8px">${name}</button>`;
    await page.setContent(
      `<!doctype html><html lang="en"><title>Buttons</title><main><h1>Buttons</h1>` +
        `<div style="display:flex">${button('A')}${button('B')}</div></main></html>`,
    );
    const found = (await axeViolations(page)).map((line) => line.split(':')[0]);
    expect(found).toEqual(violations);
    await context.close();
  },
);

/** What has focus: its id, its words, the skip link's target, and whether it is shown. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const box = element?.getBoundingClientRect();
    return {
      id: element?.id ?? '',
      text: element?.textContent ?? '',
      inResults: Boolean(element?.closest('#results')),
      shown: Boolean(box && box.width > 1 && box.height > 1),
    };
  });
}

test.each([
  { target: 'claim-search', lands: { id: 'claim-search', inResults: false } },
  // The results are not a control: focus moves on from their start, to their first link.
  { target: 'claims', lands: { id: '', inResults: true }, then: 'Tab' },
])(
  'from a fresh load of /, a few Tabs reach the skip link to #$target, shown, and Enter leads there',
  async ({ target, lands, then }) => {
    const { page, problems, close } = await openPage(browser(), appUrl);
    await page.getByRole('columnheader').first().waitFor();
    // Its place among the page's links (none of its controls comes before them).
    const presses = await page.evaluate(
      (href) =>
        [...document.querySelectorAll('a[href]')].findIndex(
          (link) => link.getAttribute('href') === href,
        ) + 1,
      `#${target}`,
    );
    // Without the link, every tab stop before the target stands in the way.
    const before = await page.evaluate((id) => {
      const goal = document.getElementById(id);
      if (!goal) return 0;
      const stops = document.querySelectorAll(
        'a[href], button:not([disabled]), input:not([disabled]), select, summary, [tabindex]:not([tabindex="-1"])',
      );
      return [...stops].filter(
        (stop) => goal.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_PRECEDING,
      ).length;
    }, target);
    expect(presses).toBeGreaterThan(0);
    expect(presses).toBeLessThan(before);
    for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
    const link = await focused(page);
    expect(link.text).toMatch(/^Skip to/);
    expect(link.shown).toBe(true);
    await page.keyboard.press('Enter');
    if (then) await page.keyboard.press(then);
    expect(await focused(page)).toMatchObject(lands);
    expect(problems).toEqual([]);
    await close();
  },
);
