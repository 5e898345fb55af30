import { expect, inject, test } from 'vitest';
import { openPage, useBrowser } from './browser-session.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();
const sourcePath = 'sources/st-2019-03-02-kim-vows-to-meet-trump-again';

test('the reader marks every quote, each led by a link labelled by party', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl + sourcePath);
  await page.locator('mark').first().waitFor();
  expect(await page.locator('mark').count()).toBe(34);
  const links = page.locator('article p a[href^="/claims/"]');
  expect(await links.count()).toBe(34);
  expect(new Set(await links.allTextContents())).toEqual(
    new Set(['US', 'DPRK', 'China', 'Analysts']),
  );
  expect(await page.getByText('plu-tonium').count()).toBe(1);
  expect(problems).toEqual([]);
  await close();
});

test('a claim from the claim page opens in the reader scrolled to its quote and focused', async () => {
  const { page, close } = await openPage(browser(), `${appUrl}claims/pompeo-full-scope-not-clear`);
  await page.getByRole('link', { name: 'Read the whole source at this quote' }).click();
  await page.waitForURL(/\?claim=pompeo-full-scope-not-clear$/);
  await page.locator('mark').first().waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href')))
    .toBe('/claims/pompeo-full-scope-not-clear');
  const inView = await page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);

  // Tab moves to the next quote's link; Enter opens that claim.
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(next).toBe('/claims/pompeo-anxious-to-get-back-to-table');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${appUrl}claims/pompeo-anxious-to-get-back-to-table`);
  await close();
});

test('clicking a highlighted passage opens its claim', async () => {
  const { page, close } = await openPage(browser(), appUrl + sourcePath);
  await page.getByText('it could be difficult to meet again', { exact: true }).click();
  await page.waitForURL(`${appUrl}claims/ri-difficult-to-meet-again`);
  await close();
});
