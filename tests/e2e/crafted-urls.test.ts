/**
 * Crafted links: huge params, encoded payloads, unknown ids, repeated params, path tricks.
 * Each shows a sane view (a heading, no crash, no sideways scroll), and no payload runs: no
 * dialog opens and no script sets the flag the payloads try to set.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { horizontalOverflow, openPage, useBrowser } from './browser-session.ts';

const browser = useBrowser();
const appUrl = inject('appUrl');

const payload = encodeURIComponent(
  '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>',
);

/** The comparison's heading: where a link to `/` with any query lands. */
const comparison = /Who said what/;

const crafted: { name: string; path: string; heading: RegExp }[] = [
  // Servers refuse much longer addresses (414) before the app sees them.
  { name: 'a 6,000-character search', path: `?q=${'a'.repeat(6_000)}`, heading: comparison },
  { name: 'a script payload as the search', path: `?q=${payload}`, heading: comparison },
  { name: 'a script payload as a party', path: `?party=${payload}`, heading: comparison },
  {
    name: 'unknown ids in every list',
    path: '?party=atlantis&topic=nope&speaker=nobody',
    heading: comparison,
  },
  {
    name: 'repeated params',
    path: '?party=us&party=china&party=us&speech=direct&speech=reported',
    heading: comparison,
  },
  {
    name: 'a negative and a huge page',
    path: '?page=-1&page=99999999999999999999',
    heading: comparison,
  },
  {
    name: 'a javascript: URL as a param',
    path: '?q=javascript%3Aalert(1)',
    heading: comparison,
  },
  {
    name: 'a claim id with a payload',
    path: `claims/${payload}`,
    heading: /No such claim|Page not found/,
  },
  {
    name: 'a claim id climbing out',
    path: 'claims/..%2F..%2Fdata%2Findex',
    heading: /No such claim|Page not found/,
  },
  {
    name: 'a source id with a NUL and RTL override',
    path: 'sources/%00%E2%80%AEevil',
    heading: /No such source|Page not found/,
  },
  // In the query: a server refuses a broken encoding in the path itself (400).
  { name: 'a broken percent-encoding', path: '?q=%E0%A4%A&party=%', heading: comparison },
];

test.each(crafted)('$name shows a sane view and runs nothing', async ({ path, heading }) => {
  let dialogs = 0;
  // Counted from the first script on: an alert during load or hydration counts too.
  const countDialogs = (page: Page) =>
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
  const { page, problems, close } = await openPage(browser(), appUrl + path, {}, countDialogs);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  // A not-found answer from the server is logged by the browser; nothing else may be.
  expect(problems.filter((text) => !/status of 404/.test(text))).toEqual([]);
  await close();
});
