import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from './chromium.ts';

const appUrl = inject('appUrl');
const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records every console error or warning and uncaught exception. */
async function open(
  path: string,
  viewport = { width: 1440, height: 900 },
  colorScheme: 'light' | 'dark' = 'light',
) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(appUrl + path);
  return { page, problems, close: () => context.close() };
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

test('the built app shows claims from all four parties with no console error', async () => {
  const { page, problems, close } = await open('');
  for (const party of ['United States', 'North Korea', 'China', 'Independent analysts']) {
    const column = page.getByRole('region', { name: party });
    await expect.poll(() => column.getByRole('article').count()).toBeGreaterThan(0);
  }
  await expect
    .poll(() =>
      page.getByRole('article', { name: /Ri Yong Ho denies that Kim Jong Un demanded/ }).count(),
    )
    .toBe(1);
  expect(problems).toEqual([]);
  await close();
});

test('the served corpus and source text are the verified ones, byte for byte', async () => {
  const corpus = (await (await fetch(`${appUrl}data/corpus.json`)).json()) as {
    sources: { textPath: string; sha256: string }[];
  };
  const source = corpus.sources[0];
  expect(source).toBeDefined();
  const served = Buffer.from(
    await (await fetch(`${appUrl}data/${source?.textPath}`)).arrayBuffer(),
  );
  expect(createHash('sha256').update(served).digest('hex')).toBe(source?.sha256);
  expect(served).toEqual(
    readFileSync('data/sources/straits-times-2019-03-02-kim-vows-to-meet-trump-again.txt'),
  );
});

test.each([
  { name: 'desktop, light', viewport: { width: 1440, height: 900 }, colorScheme: 'light' as const },
  { name: 'desktop, dark', viewport: { width: 1440, height: 900 }, colorScheme: 'dark' as const },
  { name: 'phone, light', viewport: { width: 360, height: 800 }, colorScheme: 'light' as const },
  { name: 'phone, dark', viewport: { width: 360, height: 800 }, colorScheme: 'dark' as const },
])(
  'the page has no axe-core violations and no sideways scrolling ($name)',
  async ({ viewport, colorScheme }) => {
    const { page, close } = await open('', viewport, colorScheme);
    await page.getByRole('article').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  },
);

test('a failed corpus fetch shows an error whose Retry recovers', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The app retries a failed fetch on its own a few times; the error shows once those fail too.
  let serverDown = true;
  await page.route('**/data/corpus.json', (route) =>
    serverDown ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
  );
  await page.goto(appUrl);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/HTTP 500/);
  expect(await axeViolations(page)).toEqual([]);
  serverDown = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('region', { name: 'China' }).getByRole('article').first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  await context.close();
});
