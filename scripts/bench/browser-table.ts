import { launchChromium } from '../tooling/chromium.ts';
import { coldOpen, type ColdOpen } from './cold-open.ts';
import { firstViewTransfer } from './first-view.ts';
import { kb, median, ms, percentile, settle, type Report } from './report.ts';
import { measureToNextPaint } from './to-next-paint.ts';

/** Queries typed a key at a time and then erased, from the synthetic corpus's own words. */
const queries = ['nuclear talks', 'sanctions relief', 'verification', 'peninsula'];

/** Visits that time their first keystroke, each in a new browser context. */
const firstKeyVisits = 5;

/** The keys of `tries` keystrokes: each query typed, then erased with Backspace, in turn. */
function keystrokes(tries: number): string[] {
  const keys = queries.flatMap((query) => [...query, ...[...query].map(() => 'Backspace')]);
  return Array.from({ length: tries }, (_, i) => keys[i % keys.length] ?? 'Backspace');
}

/** Options of {@link browserTables}. */
export type BrowserTablesOptions = {
  /** Names the corpus in the tables' titles. */
  corpus: string;
  origin: string;
  /** Paths (under the origin) of claim pages to open cold, one per try. */
  claimPaths: string[];
  /** Filter toggles and keystrokes to time. */
  tries: number;
  /** The name of a party of the corpus served: its box is the filter toggled. */
  party: string;
};

/**
 * In headless Chromium, unthrottled: what the first view of `/` transfers, then the time from a
 * filter toggle, from a keystroke and from a zoom of the timeline to the paint of the new
 * results, then claim pages cold.
 */
export async function browserTables(
  report: Report,
  { corpus, origin, claimPaths, tries, party: partyName }: BrowserTablesOptions,
) {
  const browser = await launchChromium();
  try {
    // The first views of `/` and of the timeline, each until the network settles.
    for (const path of ['', 'timeline']) {
      const firstView = await settle(firstViewTransfer(browser, origin + path));
      report.section(
        `First view of /${path} (${corpus}), until the network settles`,
        'responses',
        'requests',
        'transferred (gzip as served)',
        'uncompressed',
      );
      // `/` carries its data in its HTML: the page, its script and its stylesheet, at any size
      // (tests/e2e/scale.test.ts holds it to that at 1,500 claims; this, at the bench's size).
      const requestBudget = path === '' ? 3 : undefined;
      const transferTarget = `≤ 250 KB transferred${requestBudget ? `, ≤ ${requestBudget} requests` : ''}`;
      if (firstView instanceof Error) {
        report.failed('total', firstView, transferTarget);
        continue;
      }
      for (const line of firstView.lines) {
        report.row([line.kind, line.requests, kb(line.transferred), kb(line.body)]);
      }
      const { total } = firstView;
      report.row(
        ['total', total.requests, kb(total.transferred), kb(total.body)],
        transferTarget,
        total.transferred <= 250_000 && total.requests <= (requestBudget ?? Infinity),
      );
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    /** `/` in a new tab (of the shared context, or another), once the app has taken over. */
    const openHome = async (inContext = context) => {
      const page = await inContext.newPage();
      await page.goto(origin, { timeout: 120_000 });
      await page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 120_000 });
      return page;
    };
    const filter = await settle(
      openHome().then(async (page) => {
        // The filters are one press away, behind their button: opened once, before timing.
        await page.getByRole('button', { name: /^Filters\b/ }).click({ timeout: 60_000 });
        const party = page
          .getByRole('group', { name: /^Parties/ })
          .getByRole('checkbox', { name: partyName });
        await party.waitFor({ timeout: 60_000 });
        const times = await measureToNextPaint(page, 'click', tries, () =>
          party.click({ timeout: 60_000 }),
        );
        await page.close();
        return times;
      }),
    );
    // The box clicked as a reader clicks it (pointing at the panel starts loading the search
    // index), and a key typed at once: the first search of a visit, which may wait for the
    // index. Each in a new context, so no file comes from the cache of the one before.
    const firstKey = await settle(
      (async () => {
        const times: number[] = [];
        for (let visit = 0; visit < firstKeyVisits; visit++) {
          const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          const page = await openHome(fresh);
          await page.getByRole('searchbox').first().click({ timeout: 60_000 });
          const measured = await measureToNextPaint(page, 'keydown', 1, () =>
            page.keyboard.press('x'),
          );
          for (const time of measured) times.push(time);
          await fresh.close();
        }
        return times;
      })(),
    );
    // Then the typing: the box clicked, a first search typed and erased (the index loaded), and
    // each key timed.
    const keys = keystrokes(tries);
    const keystroke = await settle(
      openHome().then(async (page) => {
        const box = page.getByRole('searchbox').first();
        await box.click({ timeout: 60_000 });
        for (const key of ['x', 'Backspace']) {
          await measureToNextPaint(page, 'keydown', 1, () => page.keyboard.press(key));
        }
        const times = await measureToNextPaint(page, 'keydown', tries, (i) =>
          page.keyboard.press(keys[i] ?? 'Backspace'),
        );
        // Keys that went nowhere (a box not yet enabled, focus lost) would time nothing at all.
        const typed = keys.reduce(
          (text, key) => (key === 'Backspace' ? text.slice(0, -1) : text + key),
          '',
        );
        const shown = await box.inputValue();
        if (shown !== typed) throw new Error(`the search box holds "${shown}", not "${typed}"`);
        await page.close();
        return times;
      }),
    );
    // The timeline: zoomed in and out in turn, each a client-side visit to new days.
    const timeline = await settle(
      (async () => {
        const page = await context.newPage();
        await page.goto(`${origin}timeline`, { timeout: 120_000 });
        await page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 120_000 });
        const controls = page.getByRole('navigation', { name: 'Days shown' });
        const times = await measureToNextPaint(page, 'click', tries, (i) =>
          controls
            .locator('a[href]', { hasText: i % 2 === 0 ? 'Zoom in' : 'Zoom out' })
            .click({ timeout: 60_000 }),
        );
        await page.close();
        return times;
      })(),
    );
    await context.close();
    const cold = await settle(
      coldOpen(
        browser,
        claimPaths.map((path) => origin + path),
      ),
    );

    report.section(
      `Interaction in headless Chromium (${corpus}), unthrottled`,
      'measure',
      'median',
      '95th percentile',
      'tries',
    );
    const interactionTarget = 'median ≤ 50 ms; p95 ≤ 100 ms';
    // Once a visit, right after the click into the box: not one of the typing's tries.
    const firstKeyName =
      'First keystroke of a visit, typed as the box is clicked → results painted';
    if (firstKey instanceof Error) report.failed(firstKeyName, firstKey);
    else {
      report.row([
        firstKeyName,
        ms(median(firstKey)),
        ms(percentile(firstKey, 0.95)),
        firstKey.length,
      ]);
    }
    for (const [name, times] of [
      ['Filter toggle → new results painted', filter],
      ['Keystroke in search → new results painted', keystroke],
      ['Timeline zoom in or out → new days painted', timeline],
    ] as const) {
      if (times instanceof Error) {
        report.failed(name, times, interactionTarget);
        continue;
      }
      const [mid, p95] = [median(times), percentile(times, 0.95)];
      report.row(
        [name, ms(mid), ms(p95), times.length],
        interactionTarget,
        mid <= 50 && p95 <= 100,
      );
    }
    for (const [name, pick] of [
      ['Claim page cold → claim painted (LCP)', (open: ColdOpen) => open.lcp],
      ['Claim page cold → app ready', (open: ColdOpen) => open.ready],
    ] as const) {
      if (cold instanceof Error) {
        report.failed(name, cold);
        continue;
      }
      const times = cold.map(pick);
      report.row([name, ms(median(times)), ms(percentile(times, 0.95)), times.length]);
    }
  } finally {
    await browser.close();
  }
}
