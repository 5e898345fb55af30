/**
 * The parts of `/` whose code loads on first use (see src/ui/deferred-part.ts): the full
 * cards, the search box and filters, the download buttons and the footer's sources. Their code
 * is not in the first view; it loads when they come near the screen or are pointed at; what a
 * reader does before it has run is not lost; a failure to load it never blanks the page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { initialAssets } from '../../scripts/site/initial-assets.ts';
import { foldForSearch, searchTerms } from '../../src/lib/search-text.ts';
import { dossier } from '../support/dossier.ts';
import { claimTable, openFilters, openPage, useBrowser } from './browser-session.ts';

const browser = useBrowser();
const appUrl = inject('appUrl');
const assets = readdirSync(join(inject('appOutDir'), 'assets'));

/** The built file of a part's code, by the name of its module (it must exist). */
function partCode(module: string): RegExp {
  const file = assets.find((name) => name.startsWith(`${module}-`) && name.endsWith('.js'));
  if (!file) throw new Error(`no built chunk for ${module} in ${assets.join(', ')}`);
  return new RegExp(`/assets/${file.replace(/\./g, '\\.')}$`);
}

/** Holds a file's requests until released. */
async function holdFile(page: Page, file: RegExp) {
  const held: Route[] = [];
  let open = false;
  await page.route(file, (route) => (open ? route.continue() : void held.push(route)));
  return {
    requested: () => held.length > 0,
    release: async () => {
      open = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

/** Marks the document, to tell a page replaced by a reload from one that stayed. */
const markDocument = (page: Page) =>
  page.evaluate(() => document.documentElement.setAttribute('data-test-mark', ''));
const stillMarked = (page: Page) =>
  page.evaluate(() => document.documentElement.hasAttribute('data-test-mark'));

const results = (page: Page) =>
  page.locator('[data-part]').filter({ has: page.locator('#results') });
const { claims } = dossier;

test('the first view of / loads no deferred part; the full cards load when scrolled to', async () => {
  const scripts: string[] = [];
  const { page, problems, close } = await openPage(browser(), appUrl, {}, (page) =>
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    }),
  );
  await page.waitForLoadState('networkidle');
  // The page's own script, and nothing else.
  expect(scripts).toEqual(initialAssets(inject('appOutDir')).scripts);
  const cards = partCode('comparison-results');
  const loaded = page.waitForRequest(cards);
  await page.locator('#results').scrollIntoViewIfNeeded();
  await loaded;
  expect(problems).toEqual([]);
  await close();
});

test('a card link clicked before the cards’ code has run opens its claim without a reload', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl);
  const code = await holdFile(page, partCode('comparison-results'));
  await markDocument(page);
  const view = claims[0];
  if (!view) throw new Error('no claim in the dossier');
  await claimTable(page)
    .getByRole('link', { name: view.claim.summary, exact: true })
    .click({ noWaitAfter: true });
  await page.waitForURL(`${appUrl}claims/${view.claim.id}`);
  await page.getByRole('heading', { level: 1, name: view.claim.summary }).waitFor();
  expect(await stillMarked(page)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  await code.release();
  expect(problems).toEqual([]);
  await close();
});

test('a filter changed before the cards’ code has run keeps them, busy, then shows the new ones', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl);
  const code = await holdFile(page, partCode('comparison-results'));
  const parties = dossier.corpus.parties;
  const [first] = parties;
  if (!first) throw new Error('no party in the dossier');
  await openFilters(page);
  await page.getByRole('checkbox', { name: new RegExp(`\\b${first.name}\\b`) }).uncheck();
  await expect.poll(code.requested).toBe(true);
  expect(await results(page).getAttribute('aria-busy')).toBe('true');
  expect(await claimTable(page).getByRole('columnheader').count()).toBe(parties.length);
  await code.release();
  await expect
    .poll(() => claimTable(page).getByRole('columnheader').count())
    .toBe(parties.length - 1);
  expect(await results(page).getAttribute('aria-busy')).toBeNull();
  expect(problems).toEqual([]);
  await close();
});

test('text typed into the search box before its code has run is searched for once it has', async () => {
  const query = 'Yongbyon';
  const found = claims.filter((view) =>
    searchTerms(query).every((term) =>
      foldForSearch(
        `${view.claim.quote.textQuoteSelector.exact}\n${view.claim.summary}\n${view.speaker.name}\n${view.speaker.role ?? ''}`,
      ).includes(term),
    ),
  );
  expect(found.length).toBeGreaterThan(0);
  const { page, problems, close } = await openPage(browser(), appUrl);
  const code = await holdFile(page, partCode('filter-panel'));
  await markDocument(page);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.pressSequentially(query.slice(0, 4));
  await expect.poll(code.requested).toBe(true);
  // Enter sends the form: not the browser's to send, which would reload the page.
  await box.press('Enter');
  await box.pressSequentially(query.slice(4));
  expect(await box.inputValue()).toBe(query);
  expect(page.url()).toBe(appUrl);
  await code.release();
  await page.waitForURL(`${appUrl}?q=${query}`);
  await page
    .getByRole('status')
    .filter({ hasText: `${found.length} of ${claims.length} claims match` })
    .waitFor();
  expect(await box.inputValue()).toBe(query);
  expect(await stillMarked(page)).toBe(true);
  // Typed on, the search replaces its history entry, as one typed after the code had run.
  await box.press('Backspace');
  await page.waitForURL(`${appUrl}?q=${query.slice(0, -1)}`);
  await page.goBack();
  await page.waitForURL(appUrl);
  expect(problems).toEqual([]);
  await close();
});

test('the Filters button pressed before its code has run opens the filters once it has', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl);
  const code = await holdFile(page, partCode('filter-panel'));
  const button = page.getByRole('button', { name: /^Filters\b/ });
  await button.click();
  await expect.poll(code.requested).toBe(true);
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  await code.release();
  await page.getByRole('group', { name: /^Parties/ }).waitFor();
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  expect(problems).toEqual([]);
  await close();
});

test('a filtered link shows its view with the search box in place, not the box coming in after', async () => {
  const { page, problems, close } = await openPage(
    browser(),
    `${appUrl}?party=china`,
    {},
    (page) => {
      // The search box's code comes late: the view waits for it.
      void page.route(partCode('filter-panel'), async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      // Whether the search box is there when the view the link asks for is first shown.
      void page.addInitScript(() => {
        // Before the parser has made the root element: watched from the document.
        let pending = false;
        new MutationObserver((_, observer) => {
          const root = document.documentElement;
          pending ||= root.classList.contains('url-pending');
          if (!pending || root.classList.contains('url-pending')) return;
          root.dataset.boxWhenShown = String(document.getElementById('claim-search') !== null);
          observer.disconnect();
        }).observe(document, { attributeFilter: ['class'], subtree: true });
      });
    },
  );
  await claimTable(page).getByRole('columnheader').first().waitFor();
  expect(await page.evaluate(() => document.documentElement.dataset.boxWhenShown)).toBe('true');
  expect(problems).toEqual([]);
  await close();
});

test('a download clicked before its code has run is made once it has', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl, { acceptDownloads: true });
  const code = await holdFile(page, partCode('export-buttons'));
  const button = page.getByRole('button', { name: 'CSV', exact: true });
  await button.scrollIntoViewIfNeeded();
  const download = page.waitForEvent('download');
  await button.click();
  await expect.poll(code.requested).toBe(true);
  await code.release();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  expect(problems).toEqual([]);
  await close();
});

test('the footer keeps its sources, links working, when its code fails to load', async () => {
  const { page, close } = await openPage(browser(), appUrl);
  await page.route(partCode('source-list'), (route) => route.abort());
  const failed = page.waitForEvent('requestfailed');
  const footer = page.locator('footer');
  await footer.scrollIntoViewIfNeeded();
  await failed;
  await page.waitForLoadState('networkidle');
  expect(await page.getByRole('alert').count()).toBe(0);
  const source = dossier.corpus.sources[0];
  if (!source) throw new Error('no source in the dossier');
  expect(await footer.getByRole('heading', { name: 'Sources' }).isVisible()).toBe(true);
  await markDocument(page);
  await footer.getByRole('link', { name: 'Read the archived text' }).first().click();
  await page.waitForURL(`${appUrl}sources/${source.id}`);
  expect(await stillMarked(page)).toBe(true);
  await close();
});
