/**
 * A prerendered page stays readable whatever its data requests do. Each kind of page carries
 * the data its first view was rendered from, so its controls work as soon as its script has
 * run; what it fetches after (a claim's other answers, the tables a filter needs) may fail,
 * stall or be gone with a new build, and then the page's text stays and a notice names what
 * failed, with a Retry (or a Reload, when only that can help). A link with filters in it never
 * shows the unfiltered claims as the full set, not even before the script has run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { stallLimitMs } from '../../src/corpus/data-file.ts';
import { dossier, dossierClaim, pageOfEachKind } from '../support/dossier.ts';
import { axeViolations, claimTable, openFilters, useBrowser } from './browser-session.ts';

const browser = useBrowser();
const appUrl = inject('appUrl');
const claim = dossierClaim('ri-only-2016-2017-sanctions');
const source = claim.source;

/** Every request for a data file of the build. */
const dataRequest = /\/data\//;

type Fault = {
  name: 'failing' | 'stalling' | 'replaced';
  /** Answers a data request, or leaves it unanswered (`never`). */
  answer: ((route: Route) => Promise<void>) | 'never';
  /** What the notice says of the file `file`. */
  says: (file: string) => RegExp;
};

const faults: Fault[] = [
  {
    name: 'failing',
    answer: (route) => route.fulfill({ status: 500, body: 'boom' }),
    says: (file) => new RegExp(`HTTP 500 for data/${file}`),
  },
  {
    name: 'stalling',
    answer: 'never',
    says: (file) => new RegExp(`data/${file} stopped arriving`),
  },
  {
    // A new build has replaced this one: its data folder is gone.
    name: 'replaced',
    answer: (route) => route.fulfill({ status: 404, body: 'not found' }),
    says: () => /This dossier has been updated since this page was opened/,
  },
];

type PageKind = {
  name: string;
  path: string;
  /** The data file the page fills in a part from after its first view, if it has one. */
  loads?: RegExp;
  /** Uses a control that needs no data beyond what the page carries. */
  control: (page: Page) => Promise<void>;
  /** Uses a control that needs data the page does not carry; the file it asks for. */
  needs: { act: (page: Page) => Promise<void>; file: RegExp };
};

const themeToggle = async (page: Page) => {
  const toggle = page.getByRole('button', { name: /^Theme/ });
  const before = await toggle.textContent();
  await toggle.click();
  await expect.poll(() => toggle.textContent()).not.toBe(before);
};

const pages: PageKind[] = [
  {
    name: 'the comparison',
    path: '',
    // A party filter works from the data the page carries.
    control: async (page) => {
      await openFilters(page);
      await page.getByRole('checkbox', { name: /^China/ }).uncheck();
      await page.waitForURL(/\?party=us,dprk,analysts$/);
      await expect
        .poll(() => claimTable(page).getByRole('columnheader').count())
        .toBe(dossier.corpus.parties.length - 1);
    },
    // A search needs the filter tables, which the page does not carry.
    needs: {
      act: (page) => page.getByRole('searchbox', { name: /Search/ }).fill('Yongbyon'),
      file: /(facets|search)\.json/,
    },
  },
  {
    name: 'a claim',
    path: `claims/${claim.claim.id}`,
    // Every party's answer to its question is fetched after the first view.
    loads: /chunks\/\d+\.json/,
    control: themeToggle,
    // Another claim's page, opened from a relation, needs that claim's file.
    needs: {
      act: (page) =>
        page
          .getByRole('region', { name: 'How other claims relate to this one' })
          .getByRole('link')
          .first()
          .click(),
      file: /claims\/[a-z0-9-]+\.json/,
    },
  },
  {
    name: 'a source',
    path: `sources/${source.id}`,
    control: themeToggle,
    // A quote, clicked, opens its claim, which needs the claim's file.
    needs: {
      act: (page) => page.locator('mark').first().click(),
      file: /claims\/[a-z0-9-]+\.json/,
    },
  },
];

/** The text of a page's headings, quotes and marked passages, as a reader sees it. */
function readableText(page: Page): Promise<string[]> {
  return page
    .locator('main')
    .locator('h1, h2, h3, h4, blockquote, mark, th')
    .allInnerTexts()
    .then((texts) => texts.map((text) => text.trim()).filter(Boolean));
}

/** The page as built, read with JavaScript off. */
async function prerenderedText(path: string): Promise<string[]> {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(appUrl + path);
  const text = await readableText(page);
  await context.close();
  return text;
}

/** Breaks every data request with `fault`; returns a repair that lets them through again. */
async function breakData(context: BrowserContext, fault: Fault): Promise<() => void> {
  let broken = true;
  await context.route(dataRequest, async (route) => {
    if (!broken) return route.continue();
    if (fault.answer === 'never') return; // left open until the page gives up on it
    return fault.answer(route);
  });
  return () => {
    broken = false;
  };
}

/** Waits for the notice of `file` failing with `fault`, past the stall limit if it stalls. */
async function expectNotice(page: Page, fault: Fault, file: RegExp, requested: () => string[]) {
  await expect.poll(() => requested().some((url) => file.test(url))).toBe(true);
  if (fault.answer === 'never') await page.clock.fastForward(stallLimitMs + 1_000);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  const named = requested()
    .find((url) => file.test(url))
    ?.replace(/^.*\/data\/[0-9a-f]+\//, '');
  expect(await alert.textContent()).toMatch(fault.says(named ?? '?'));
  const button = fault.name === 'replaced' ? 'Reload' : 'Retry';
  expect(await alert.getByRole('button', { name: button }).isEnabled()).toBe(true);
}

test.each(pages.flatMap((kind) => faults.map((fault) => ({ kind, fault }))))(
  '$kind.name with its data $fault.name keeps its text, works, and names what failed',
  async ({ kind, fault }) => {
    const expected = await prerenderedText(kind.path);
    expect(expected.length).toBeGreaterThan(0);
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.clock.install();
    const problems: string[] = [];
    const repair = await breakData(context, fault);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    const requested: string[] = [];
    page.on('request', (request) => {
      if (dataRequest.test(request.url())) requested.push(request.url());
    });
    await page.goto(appUrl + kind.path);
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    if (kind.loads) {
      // The part filled in after the first view fails; the rest of the page works on.
      await expectNotice(page, fault, kind.loads, () => requested);
    } else {
      // The page needs nothing it does not carry: it asked for no data at all.
      await page.clock.fastForward(stallLimitMs + 1_000);
      expect(requested).toEqual([]);
    }
    // Whatever failed, the page's own text is all still there.
    const after = await readableText(page);
    for (const text of expected) expect(after, `"${text}" is gone`).toContain(text);
    expect(await axeViolations(page)).toEqual([]);
    if (kind.loads && fault.name !== 'replaced') {
      // Once the network is back, Retry fills in what was missing, without a reload.
      repair();
      await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
      await expect.poll(() => page.getByRole('alert').count(), { timeout: 10_000 }).toBe(0);
      expect(await readableText(page)).toEqual(expected);
    } else {
      await kind.control(page);
      // What needs data the page does not carry says so, naming the file.
      await kind.needs.act(page);
      await expectNotice(page, fault, kind.needs.file, () => requested);
    }
    expect(problems).toEqual([]);
    await context.close();
  },
  60_000,
);

test('a link with filters never shows the unfiltered claims, even before its script has run', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  // Hold the app's script until the page as built has been looked at.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(`${appUrl}?party=china`, { waitUntil: 'commit' });
  await page.getByText('Applying the filters in this link…').waitFor();
  // Looked at once the stylesheet applies, as a browser paints: before it, every note shows.
  await page.waitForFunction(() => {
    const unapplied = document.querySelector('.url-note-unapplied');
    return unapplied && getComputedStyle(unapplied).display === 'none';
  });
  expect(await page.getByText('Applying the filters in this link…').isVisible()).toBe(true);
  expect(await page.locator('#results').isVisible()).toBe(false);
  expect(await claimTable(page).getByRole('columnheader').first().isVisible()).toBe(false);
  release();
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await expect
    .poll(() => claimTable(page).getByRole('columnheader').allTextContents())
    .toEqual(['ChinaChina']);
  expect(await page.getByText('Applying the filters in this link…').isVisible()).toBe(false);
  await context.close();
});

test('a link with filters whose script never runs says the claims shown are unfiltered', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  await context.clock.install();
  await context.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${appUrl}?party=china`);
  expect(await page.locator('#results').isVisible()).toBe(false);
  await page.clock.fastForward(10_500);
  await page
    .getByText("The filters in this link are not applied: the page's script has not run.")
    .waitFor();
  // Shown again, every claim, under the note that says they are unfiltered.
  expect(await claimTable(page).getByRole('columnheader').count()).toBe(
    dossier.corpus.parties.length,
  );
  await context.close();
});

test('a link with filters whose data fails shows the failure, never the unfiltered claims', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(dataRequest, (route) => route.fulfill({ status: 500, body: 'boom' }));
  const page = await context.newPage();
  // The speech filter needs a table the page does not carry.
  await page.goto(`${appUrl}?speech=direct`);
  await page.getByRole('alert').waitFor({ timeout: 20_000 });
  expect(await page.getByRole('alert').textContent()).toMatch(/HTTP 500 for data\/facets\.json/);
  expect(await claimTable(page).getByRole('columnheader').count()).toBe(0);
  expect(await page.getByText('Applying the filters in this link…').isVisible()).toBe(false);
  await context.close();
});

test("the home page tells a reader without JavaScript that a link's filters are not applied", () => {
  // Chromium with scripts off still parses <noscript> as text, so the built page is read.
  const html = readFileSync(join(inject('appOutDir'), 'index.html'), 'utf8');
  const note = /<noscript><p[^>]*>(.*?)<\/p><\/noscript>/s.exec(html)?.[1]?.replace(/\s+/g, ' ');
  expect(note).toBe(
    'Without JavaScript, the search and the filters do not work, and those in a link are not applied: this page shows every claim. Each question and each party has a page of its own, linked from the table above.',
  );
});

// Every page kind, with scripting off: a button or field on screen either works without the
// script (none does today) or is disabled and so says it cannot be used. Visible ones only:
// a control hidden without scripting (index.css, .needs-script) is not offered.
test.each(pageOfEachKind(claim))(
  'without JavaScript, /%s offers no working-looking control that needs it',
  async (path) => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(appUrl + path);
    const controls = page.locator('button, input, select, textarea');
    expect(await controls.count(), 'the page has no control at all to check').toBeGreaterThan(0);
    const offered: string[] = [];
    for (const control of await controls.all()) {
      if ((await control.isVisible()) && (await control.isEnabled())) {
        offered.push((await control.evaluate((node) => node.outerHTML)).slice(0, 120));
      }
    }
    expect(offered).toEqual([]);
    await context.close();
  },
);

test('without JavaScript, the comparison offers no control that needs it, and links the topic and party pages', async () => {
  const context = await browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(appUrl);
  for (const control of [
    page.getByRole('searchbox', { name: /Search/ }),
    page.getByRole('button', { name: /^Filters\b/ }),
    page.getByRole('button', { name: 'Reset filters' }),
  ]) {
    expect(await control.isDisabled()).toBe(true);
  }
  const overview = page.getByRole('table', { name: 'Positions at a glance' });
  for (const topic of dossier.corpus.topics) {
    expect(
      await overview.getByRole('link', { name: topic.question, exact: true }).getAttribute('href'),
    ).toBe(`/topics/${topic.id}`);
  }
  for (const party of dossier.corpus.parties) {
    expect(
      await overview.getByRole('link', { name: party.name, exact: true }).getAttribute('href'),
    ).toBe(`/parties/${party.id}`);
  }
  await context.close();
});

test.each([
  {
    name: 'a filter on the comparison',
    path: '',
    act: async (page: Page) => {
      await openFilters(page);
      await page.getByRole('checkbox', { name: /^China/ }).uncheck();
      await page.waitForURL(/\?party=us,dprk,analysts$/);
    },
  },
  {
    name: 'the theme on a claim',
    path: `claims/${claim.claim.id}`,
    act: async (page: Page) => {
      const toggle = page.getByRole('button', { name: /^Theme/ });
      const before = await toggle.textContent();
      await toggle.click();
      await expect.poll(() => toggle.textContent()).not.toBe(before);
    },
  },
])('$name works when clicked right after the script has run', async ({ path, act }) => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  // No data can arrive: whatever works, works from what the page carries.
  await context.route(dataRequest, () => {});
  const page = await context.newPage();
  await page.goto(appUrl + path, { waitUntil: 'commit' });
  await page.waitForSelector('html[data-app-script]', { state: 'attached' });
  await act(page);
  await context.close();
});
