/**
 * Network faults, with request interception, on each kind of data file a view reads: a page's
 * chunk of claims, the index every page needs, and an archived source text. The file fails
 * with HTTP 500, arrives cut short, arrives as valid JSON that breaks the schema, is missing,
 * or never arrives. Each shows a message naming the file, with a Retry; once the network
 * recovers, Retry restores the view without a reload; what was on screen stays usable. The
 * page's clock is Playwright's, so a request that never answers is jumped over its stall limit
 * rather than waited out.
 */
import type { APIResponse, Page, Request, Route } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { stallLimitMs } from '../../src/corpus/data-file.ts';
import { axeViolations, useBrowser } from './browser-session.ts';
import { dossierClaim } from '../support/dossier.ts';
import { dataFileUrl, isDataFile } from './data-paths.ts';

const browser = useBrowser();
const appUrl = inject('appUrl');
const synthUrl = inject('synthUrl');

type FaultName = 'a server error' | 'a response cut short' | 'a schema break' | 'a missing file';

type Fault = {
  name: FaultName | 'no answer';
  /** Answers the faulty request from the real response; `never` leaves it unanswered. */
  answer: ((route: Route, response: APIResponse) => Promise<void>) | 'never';
};

/**
 * The status and type of the real response, for a new body: not its other headers, which
 * describe the body as the server sent it (its length, its compression).
 */
const asServed = (response: APIResponse) => ({
  status: response.status(),
  contentType: response.headers()['content-type'],
});

const faults: Fault[] = [
  {
    name: 'a server error',
    answer: (route) => route.fulfill({ status: 500, body: 'boom' }),
  },
  {
    name: 'a response cut short',
    answer: async (route, response) => {
      const body = await response.text();
      await route.fulfill({ ...asServed(response), body: body.slice(0, body.length / 2) });
    },
  },
  {
    name: 'a schema break',
    answer: async (route, response) => {
      const json = (await response.json()) as object;
      await route.fulfill({
        ...asServed(response),
        body: JSON.stringify({ ...json, claims: [{ id: 'x' }] }),
      });
    },
  },
  {
    name: 'a missing file',
    answer: (route) => route.fulfill({ status: 404, body: 'not found' }),
  },
  { name: 'no answer', answer: 'never' },
];

type Target = {
  name: string;
  /** The data file broken, under `data/<version>/` (`*` for any name). */
  file: string;
  /** The faults tried on it, each with what its message must say. */
  says: Partial<Record<Fault['name'], RegExp>>;
  /** Opens the view, up to where it asks for the file. */
  open: (page: Page) => Promise<void>;
  /**
   * What shows the view waiting for the file. A test that jumps the clock must first see it:
   * a view that subscribes only after the jump would start its own request, and wait anew.
   */
  waiting: string;
  /** Checks what stays usable while the file is broken. */
  usable?: (page: Page) => Promise<void>;
  /** Waits for the view that Retry restores. */
  restored: (page: Page) => Promise<void>;
};

const stalled = (file: string) =>
  new RegExp(`data/${file} stopped arriving: nothing came for ${stallLimitMs / 1000} seconds\\.`);

const pager = (page: Page) =>
  page.getByRole('navigation', { name: 'Pages of claims', exact: true });

const targets: Target[] = [
  {
    name: 'a page of claims',
    file: 'chunks/1.json',
    says: {
      'a server error': /HTTP 500 for data\/chunks\/1\.json/,
      'a response cut short': /data file chunks\/1\.json is not valid JSON/,
      'a schema break': /data file chunks\/1\.json is malformed/,
      'a missing file': /There is no data\/chunks\/1\.json/,
      'no answer': stalled('chunks/1\\.json'),
    },
    open: async (page) => {
      await page.goto(synthUrl);
      await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
      await pager(page).getByRole('link', { name: 'Next →' }).click();
    },
    waiting: '#results[aria-busy="true"]',
    usable: async (page) => {
      expect(await page.getByRole('searchbox', { name: /Search/ }).isEnabled()).toBe(true);
    },
    restored: async (page) => {
      await expect
        .poll(() => pager(page).textContent(), { timeout: 10_000 })
        .toContain('Claims 51–100 of');
      expect(await page.getByRole('article').count()).toBe(50);
    },
  },
  {
    // The index, a page's first chunks and a claim's own files come with its HTML; the tables
    // of the speaker, speech and search filters are fetched when first used.
    name: 'the search table',
    file: 'search.json',
    says: {
      'a server error': /HTTP 500 for data\/search\.json/,
      'a response cut short': /data file search\.json is not valid JSON/,
      'a schema break': /data file search\.json is malformed/,
      'a missing file': /There is no data\/search\.json/,
      'no answer': stalled('search\\.json'),
    },
    open: async (page) => {
      await page.goto(appUrl);
      await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
      await page.getByRole('searchbox', { name: /Search/ }).fill('Yongbyon');
    },
    waiting: '#results[aria-busy="true"]',
    // The other filters stay usable.
    usable: async (page) => {
      expect(await page.getByRole('button', { name: /^Filters\b/ }).isEnabled()).toBe(true);
    },
    restored: async (page) => {
      await page.locator('#results[aria-busy="false"] article').first().waitFor();
    },
  },
  {
    name: 'a source text',
    file: 'sources/*.txt',
    says: {
      'a server error': /HTTP 500 for data\/sources\/.*\.txt/,
      'a response cut short':
        /data\/sources\/.*\.txt is not the archived source: its SHA-256 does not match the record/,
      'no answer': stalled('sources/.*\\.txt'),
    },
    open: async (page) => {
      await page.goto(appUrl);
      await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
      await page
        .getByRole('link', {
          name: dossierClaim('trump-kim-wanted-all-sanctions-lifted').claim.summary,
        })
        .first()
        .click();
      await page.waitForURL(/\/claims\//);
    },
    waiting: '[role="status"]:has-text("Loading the source text")',
    // The claim, its quote and its share buttons stay; no quote is marked in a text not shown.
    usable: async (page) => {
      expect(await page.locator('blockquote').first().isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Share' }).isEnabled()).toBe(true);
      expect(await page.locator('mark').count()).toBe(0);
    },
    restored: async (page) => {
      await page.locator('mark').first().waitFor();
    },
  },
];

const cases = targets.flatMap((target) =>
  faults.flatMap((fault) => {
    const says = target.says[fault.name];
    return says ? [{ target, fault, says }] : [];
  }),
);

/** Breaks every request for `file` with `fault` until the returned function is called. */
async function breakFile(page: Page, file: string, fault: Fault) {
  let broken = true;
  await page.route(dataFileUrl(file), async (route) => {
    if (!broken) return route.continue();
    // Left unanswered, the request stays open until the page gives up on it.
    if (fault.answer === 'never') return;
    await fault.answer(route, await route.fetch());
  });
  return () => {
    broken = false;
  };
}

test.each(cases)(
  '$fault.name for $target.name: named, with a Retry that recovers without a reload',
  async ({ target, fault, says }) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.clock.install();
    // When, by the page's clock, each data file was first asked for: its stall timer starts then.
    await context.addInitScript(() => {
      const askedAt: Record<string, number> = {};
      Object.assign(window, { askedAt });
      const realFetch = window.fetch.bind(window);
      window.fetch = (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        askedAt[url] ??= Date.now();
        return realFetch(input, init);
      };
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // Data requests still on their way: the clock may jump only once the others have arrived,
    // or a slow one (on a busy machine) would be jumped over its stall limit too.
    const inFlight = new Set<Request>();
    page.on('request', (request) => {
      if (isDataFile(request.url())) inFlight.add(request);
    });
    page.on('requestfinished', (request) => inFlight.delete(request));
    page.on('requestfailed', (request) => inFlight.delete(request));
    const repair = await breakFile(page, target.file, fault);
    // Asked for as soon as the view needs it (or a pointer on a link to it): wait for that.
    const requested = page.waitForRequest(dataFileUrl(target.file));
    await target.open(page);
    await requested;
    const alert = page.getByRole('alert');
    if (fault.answer === 'never') {
      // Short of the limit the view waits, as it is; past it, the message.
      await page.locator(target.waiting).first().waitFor();
      const stalledFile = dataFileUrl(target.file);
      await expect
        .poll(() =>
          [...inFlight].map((request) => request.url()).filter((url) => !stalledFile.test(url)),
        )
        .toEqual([]);
      // The page's clock runs in real time, which a busy machine may stretch by seconds: stop it
      // a second short of the limit, counted from when the file was asked for, then let it run.
      const askedAt = await page.evaluate(
        (pattern) =>
          Math.min(
            ...Object.entries((window as unknown as { askedAt: Record<string, number> }).askedAt)
              .filter(([url]) => new RegExp(pattern).test(url))
              .map(([, time]) => time),
          ),
        stalledFile.source,
      );
      expect(Number.isFinite(askedAt)).toBe(true);
      await page.clock.pauseAt(askedAt + stallLimitMs - 1_000);
      expect(await alert.allTextContents()).toEqual([]);
      expect(await page.locator(target.waiting).count()).toBeGreaterThan(0);
      await page.clock.resume();
      await page.clock.fastForward(2_000);
    }
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(says);
    await target.usable?.(page);
    expect(await axeViolations(page)).toEqual([]);
    repair();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await target.restored(page);
    expect(await alert.count()).toBe(0);
    // A failed request logs an error in the console; nothing else should.
    expect(
      problems.filter((text) => !/Failed to load resource|status of (404|500)/.test(text)),
    ).toEqual([]);
    await context.close();
  },
  60_000,
);
