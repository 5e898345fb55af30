import type { Browser } from 'playwright-core';

/**
 * One cold page load, in milliseconds from the navigation's start: its largest contentful
 * paint (the page is readable), when the app's script took over the page, and when the app
 * was ready (every control works); and the data files it asked for before it was ready.
 */
export type ColdOpen = { lcp: number; script: number; ready: number; dataBeforeReady: number };

declare global {
  interface Window {
    /** What the bench's init script saw while the page loaded. */
    benchLoad?: { lcp?: number; script?: number; ready?: number; data?: number };
  }
}

/**
 * Runs before the page's own scripts: records LCP, when `data-app-script` and `data-app-ready`
 * appear, and how many data files were asked for by then.
 */
function recordLoad() {
  const seen: { lcp?: number; script?: number; ready?: number; data?: number } = {};
  window.benchLoad = seen;
  new PerformanceObserver((list) => {
    seen.lcp = list.getEntries().at(-1)?.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Observes the document, not <html>: init scripts run before the parser has made the element.
  new MutationObserver(() => {
    const { dataset } = document.documentElement;
    if (seen.script === undefined && dataset.appScript) seen.script = performance.now();
    if (seen.ready === undefined && dataset.appReady) {
      seen.ready = performance.now();
      // Inline, not a named helper: tsx would wrap one in a `__name` call the page lacks.
      seen.data = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/data/')).length;
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-app-script', 'data-app-ready'],
  });
}

/** Options of {@link coldOpen}. */
export type ColdOpenOptions = {
  /** Slows the CPU this many times (Chromium's CPU throttling), as a phone would be; 1 for none. */
  cpuSlowdown?: number;
};

/**
 * Opens each URL cold, in a fresh context (no cache, no service worker), with no network
 * throttling, and reads its times (see {@link ColdOpen}).
 */
export async function coldOpen(
  browser: Browser,
  urls: string[],
  { cpuSlowdown = 1 }: ColdOpenOptions = {},
): Promise<ColdOpen[]> {
  const results: ColdOpen[] = [];
  for (const url of urls) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.addInitScript(recordLoad);
      const page = await context.newPage();
      if (cpuSlowdown > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      }
      await page.goto(url, { timeout: 120_000 });
      await page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 120_000 });
      const seen = await page.evaluate(() => window.benchLoad);
      if (
        seen?.lcp === undefined ||
        seen.script === undefined ||
        seen.ready === undefined ||
        seen.data === undefined
      ) {
        throw new Error(
          `${url}: no LCP, script or app-ready time was recorded (${JSON.stringify(seen)})`,
        );
      }
      results.push({
        lcp: seen.lcp,
        script: seen.script,
        ready: seen.ready,
        dataBeforeReady: seen.data,
      });
    } finally {
      await context.close();
    }
  }
  return results;
}
