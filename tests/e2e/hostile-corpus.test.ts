/**
 * A hostile corpus, compiled and rendered (tests/fixtures/hostile-corpus): names, titles,
 * summaries, quotes and notes carrying HTML and script payloads, `javascript:` and `data:`
 * text, a right-to-left override, zero-width characters, combining marks, emoji sequences, a
 * 10,000-character quote and a 300-character unbroken word. They render as literal text, lay
 * out without sideways scroll on a phone or a desktop, and no payload runs.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { horizontalOverflow, openPage, useBrowser } from './browser-session.ts';

const browser = useBrowser();
const hostileUrl = inject('hostileUrl');
const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';

const pages = [
  { name: 'the comparison', path: '' },
  { name: 'a claim quoting a payload', path: 'claims/payload-quote' },
  { name: 'a claim with a 10,000-character quote', path: 'claims/ten-thousand-characters' },
  { name: 'a claim with an unbroken word', path: 'claims/unbroken-word' },
  { name: 'a claim with RTL and zero-width text', path: 'claims/rtl-and-zero-width' },
  { name: 'the source reader', path: 'sources/hostile' },
  { name: 'a search for the payload', path: `?q=${encodeURIComponent('onerror')}` },
];
const viewports = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
];

test.each(pages.flatMap((page) => viewports.map((viewport) => ({ ...page, viewport }))))(
  '$name ($viewport.name): payloads are text, nothing runs, nothing overflows',
  async ({ path, viewport }) => {
    let dialogs = 0;
    // Counted from the first script on: an alert during load or hydration counts too.
    const countDialogs = (page: Page) =>
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
    const { page, problems, close } = await openPage(
      browser(),
      hostileUrl + path,
      { viewport },
      countDialogs,
    );
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned,
      // Elements the payloads would create if they were parsed as HTML.
      injected: document.querySelectorAll('main img, main script, main iframe, main b').length,
      text: document.body.innerText,
    }));
    expect(state.pwned).toBeUndefined();
    expect(state.injected).toBe(0);
    expect(dialogs).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    if (path === 'claims/payload-quote') expect(state.text).toContain(payload);
    await close();
  },
  60_000,
);

test('the payloads show as the literal text of the source', async () => {
  const { page, close } = await openPage(browser(), `${hostileUrl}claims/payload-quote`);
  await page.locator('mark').first().waitFor();
  expect(await page.locator('blockquote').first().textContent()).toContain(payload);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'The envoy gives <b>an answer</b> with <script>alert(1)</script> in it.',
  );
  expect(await page.locator('mark').first().textContent()).toContain(payload);
  await close();
});
