import type { Browser } from 'playwright-core';

/** One cold page load: its largest contentful paint and the moment the app took over. */
export type ColdOpen = { lcp: number; ready: number };

declare global {
  interface Window {
    /** What the bench's init script saw while the page loaded. */
    benchLoad?: { lcp?: number; ready?: number };
  }
}

/** Runs before the page's own scripts: records LCP and when `data-app-ready` appears. */
function recordLoad() {
  const seen: { lcp?: number; ready?: number } = {};
  window.benchLoad = seen;
  new PerformanceObserver((list) => {
    seen.lcp = list.getEntries().at(-1)?.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Observes the document, not <html>: init scripts run before the parser has made the element.
  new MutationObserver(() => {
    if (seen.ready === undefined && document.documentElement.dataset.appReady) {
      seen.ready = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app-ready'] });
}

/**
 * Opens each URL cold, in a fresh context (no cache, no service worker), unthrottled, and reads
 * two times from the navigation's start: the largest contentful paint (the claim is readable)
 * and `html[data-app-ready]` (its controls work).
 */
export async function coldOpen(browser: Browser, urls: string[]): Promise<ColdOpen[]> {
  const results: ColdOpen[] = [];
  for (const url of urls) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.addInitScript(recordLoad);
      const page = await context.newPage();
      await page.goto(url, { timeout: 120_000 });
      await page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 120_000 });
      const seen = await page.evaluate(() => window.benchLoad);
      if (seen?.lcp === undefined || seen.ready === undefined) {
        throw new Error(`${url}: no LCP or app-ready time was recorded`);
      }
      results.push({ lcp: seen.lcp, ready: seen.ready });
    } finally {
      await context.close();
    }
  }
  return results;
}
