/**
 * Dark mode without the app's script: the stylesheet follows the system's preference by itself
 * (src/index.css), and a reader's stored choice is on the page from its first paint (the head's
 * theme script, src/app/theme-script.ts), so a page never shows the other theme first.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { dossier, pageOfEachKind } from '../support/dossier.ts';
import { looksDark, useBrowser } from './browser-session.ts';

const browser = useBrowser();
const appUrl = inject('appUrl');
const [claim] = dossier.claims;
if (!claim) throw new Error('the dossier has no claim');
/** Every kind of page, and the page of unknown addresses. */
const pages = [...pageOfEachKind(claim), 'nowhere'];
/** The app's own scripts: held back, to see the page as it is before they run. */
const appScripts = /\/assets\/[^/]+\.js$/;

/** Opens a page with the app's scripts blocked; what it shows is the HTML and CSS alone. */
async function openWithoutAppScript(path: string, options: BrowserContextOptions, stored?: string) {
  const context = await browser().newContext(options);
  await context.route(appScripts, (route) => route.abort());
  if (stored) {
    await context.addInitScript((theme) => localStorage.setItem('theme', theme), stored);
  }
  const page = await context.newPage();
  await page.goto(appUrl + path, { waitUntil: 'domcontentloaded' });
  return { page, close: () => context.close() };
}

test.each(
  pages.flatMap((path) => (['light', 'dark'] as const).map((scheme) => ({ path, scheme }))),
)("without JavaScript, /$path follows the system's $scheme scheme", async ({ path, scheme }) => {
  const context = await browser().newContext({ javaScriptEnabled: false, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(appUrl + path);
  expect(await looksDark(page)).toBe(scheme === 'dark');
  await context.close();
});

test.each([
  { stored: 'dark', system: 'light' as const, dark: true },
  { stored: 'light', system: 'dark' as const, dark: false },
])(
  'a stored $stored choice on a $system system shows before the app’s script runs',
  async ({ stored, system, dark }) => {
    for (const path of pages) {
      const { page, close } = await openWithoutAppScript(path, { colorScheme: system }, stored);
      expect(await looksDark(page), `/${path}`).toBe(dark);
      await close();
    }
  },
);

test('with no choice, the page follows the system as it changes, script or not', async () => {
  const { page, close } = await openWithoutAppScript('', { colorScheme: 'light' });
  expect(await looksDark(page)).toBe(false);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await looksDark(page)).toBe(true);
  await close();
});
