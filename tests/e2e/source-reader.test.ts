import { expect, inject, test } from 'vitest';
import { segmentSource } from '../../src/sources/source-segments.ts';
import { dossier, dossierClaim, dossierSourceText } from '../support/dossier.ts';
import { openPage, useBrowser } from './browser-session.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();
const [source] = dossier.corpus.sources;
if (!source) throw new Error('The dossier has no source');
const sourcePath = `sources/${source.id}`;
/** The claims quoting the source, in the order their quotes start in it. */
const quoting = dossier.claims
  .filter((view) => view.source.id === source.id)
  .toSorted(
    (a, b) => a.claim.quote.textPositionSelector.start - b.claim.quote.textPositionSelector.start,
  );
const text = dossierSourceText(source.id);

test('the reader marks every quote, each led by a link labelled by party', async () => {
  // A passage quoted by several claims is cut where their quotes start and end: a mark each.
  const marks = segmentSource(text, quoting, source.id)
    .flatMap((paragraph) => paragraph.segments)
    .filter((segment) => segment.claims.length > 0).length;
  const { page, problems, close } = await openPage(browser(), appUrl + sourcePath);
  await page.locator('mark').first().waitFor();
  expect(await page.locator('mark').count()).toBe(marks);
  const links = page.locator('article p a[href^="/claims/"]');
  expect(await links.count()).toBe(quoting.length);
  expect(new Set(await links.allTextContents())).toEqual(
    new Set(quoting.map((view) => view.party.label)),
  );
  for (const artifact of source.printArtifacts ?? []) {
    expect(await page.getByText(artifact.text).count()).toBeGreaterThan(0);
  }
  expect(problems).toEqual([]);
  await close();
});

test('a claim from the claim page opens in the reader scrolled to its quote and focused', async () => {
  const id = 'pompeo-full-scope-not-clear';
  const next = quoting[quoting.findIndex((view) => view.claim.id === id) + 1];
  if (!next) throw new Error(`No quote follows ${id} in the source`);
  const { page, close } = await openPage(browser(), `${appUrl}claims/${id}`);
  await page.getByRole('link', { name: 'Read the whole source at this quote' }).click();
  await page.waitForURL(new RegExp(`\\?claim=${id}$`));
  await page.locator('mark').first().waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href')))
    .toBe(`/claims/${id}`);
  const inView = await page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);

  // Tab moves to the next quote's link; Enter opens that claim.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
    `/claims/${next.claim.id}`,
  );
  await page.keyboard.press('Enter');
  await page.waitForURL(`${appUrl}claims/${next.claim.id}`);
  await close();
});

test('clicking a highlighted passage opens its claim', async () => {
  const claim = dossierClaim('ri-difficult-to-meet-again');
  const { page, close } = await openPage(browser(), appUrl + sourcePath);
  await page
    .locator('mark')
    .getByText(claim.claim.quote.textQuoteSelector.exact, { exact: true })
    .click();
  await page.waitForURL(`${appUrl}claims/${claim.claim.id}`);
  await close();
});
