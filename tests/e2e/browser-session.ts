import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { connectChromium } from '../../scripts/tooling/chromium.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Reports each content-policy violation a page sees, as a console error the tests collect. */
function reportPolicyViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `Content-Security-Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`,
    );
  });
}

/** Content-policy violations seen since the last test ended (see {@link useBrowser}). */
const violations: string[] = [];

/** Takes the violations seen so far, for a test that provokes them on purpose. */
export function takePolicyViolations(): string[] {
  return violations.splice(0);
}

/** Console messages that mean the content policy or Trusted Types blocked something. */
/** How long one browser action (a click, a wait, a navigation) may take before it fails. */
const actionTimeoutMs = 10_000;

const policyMessage = /Content[- ]Security[- ]Policy|Trusted Type|Refused to/i;

/**
 * The suite's one Chromium (started by global-setup.ts), connected to before a file's tests
 * and let go after; each test opens contexts of its own in it. Every context the
 * tests open listens for content-policy violations (the `securitypolicyviolation` event, and
 * Chromium's own console reports), and a test that caused any fails.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectChromium(inject('browserEndpoint'));
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      // A stuck action fails on its own, naming what it waited for, well before the test's
      // 30 s limit would cut it off with no cause.
      context.setDefaultTimeout(actionTimeoutMs);
      await context.addInitScript(reportPolicyViolations);
      context.on('console', (message) => {
        if (policyMessage.test(message.text())) {
          violations.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
        }
      });
      return context;
    };
  });
  afterEach(() => {
    expect(violations.splice(0), 'content-policy violations').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
}

/**
 * A page in a fresh context that records console errors and warnings and uncaught exceptions.
 * `prepare` runs on the page before it loads (to listen for dialogs from the first script on).
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  prepare?: (page: Page) => void,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  prepare?.(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  // A prerendered page shows its content before its controls work; wait for the app to take over.
  if (options.javaScriptEnabled !== false) {
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  }
  return { page, context, problems, close: () => context.close() };
}

/**
 * The rules every axe-core run checks: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best
 * practices. Named, because axe's defaults leave out WCAG 2.2's (target size among them).
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every axe-core violation of {@link axeTags} on the page as it is now, as `rule: targets`
 * lines. The suite's one way to run axe, so that every page it checks meets the same bar.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test driver, not added as an inline <script>: the page's content policy
  // rightly refuses inline scripts. Once per document: a second check reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, axeTags);
}

/**
 * The detailed table of claims by topic and party (on `/`, under the positions overview; on a
 * claim page, every party's answer).
 */
export function claimTable(page: Page) {
  return page.getByRole('table', { name: 'Claims by topic (rows) and party (columns)' });
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Whether the page is shown dark, as a reader sees it: the relative luminance of the page's
 * background (the body's, as the stylesheet paints it, drawn to sRGB) is below a half.
 */
export function looksDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = [...context.getImageData(0, 0, 1, 1).data].map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  });
}

/**
 * Waits until the comparison's full cards show the current filters: their code has run (see
 * src/ui/deferred-part.ts) and no newer results are loading.
 */
export async function resultsSettled(page: Page): Promise<void> {
  await page.locator('[data-part]:not([aria-busy]) > #results[aria-busy="false"]').waitFor();
}

/**
 * Opens the party, speech, topic and speaker filters behind the comparison's Filters button
 * (their code loads then), unless they are open.
 */
export async function openFilters(page: Page): Promise<void> {
  // A page reached by a full navigation shows its prerendered button before the app starts
  // (after the first paint): a click then would go nowhere.
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const button = page.getByRole('button', { name: /^Filters\b/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByRole('group', { name: /^Parties/ }).waitFor();
}
