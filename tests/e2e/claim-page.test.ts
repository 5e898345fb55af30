import { expect, inject, test } from 'vitest';
import { pageTitle, siteName } from '../../src/corpus/site-name.ts';
import { quoteWithCitation } from '../../src/claims/citation.ts';
import { relationLabel } from '../../src/claims/relation-phrase.ts';
import { whenWhereFrom } from '../../src/claims/when-where-from.ts';
import { citeBibtex, citePlainText } from '../../src/exports/cite-claim.ts';
import { isoDate } from '../../src/lib/iso-date.ts';
import { dossier, dossierClaim } from '../support/dossier.ts';
import { claimTable, openPage, useBrowser } from './browser-session.ts';
import { dataFileUrl } from './data-paths.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();
const claimId = 'ri-only-2016-2017-sanctions';
const view = dossierClaim(claimId);
const { summary } = view.claim;

test('a claim opens from its card, and Back returns to the same filtered comparison', async () => {
  const { page, problems, close } = await openPage(browser(), `${appUrl}?party=dprk`);
  await page.getByRole('link', { name: summary, exact: true }).click();
  await page.waitForURL(`${appUrl}claims/${claimId}`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(summary);
  expect(await page.title()).toBe(pageTitle(summary, siteName(dossier.corpus.dossier)));
  await page.goBack();
  await page.waitForURL(`${appUrl}?party=dprk`);
  expect(await claimTable(page).getByRole('columnheader').allTextContents()).toEqual([
    `${view.party.label}${view.party.name}`,
  ]);
  expect(problems).toEqual([]);
  await close();
});

test('a permalink loaded cold shows the claim in context, its relations and the other answers', async () => {
  const { page, problems, close } = await openPage(browser(), `${appUrl}claims/${claimId}`);
  await page.getByRole('heading', { level: 1, name: summary }).waitFor();
  const mark = page.locator('mark');
  await mark.waitFor();
  expect(await mark.textContent()).toBe(view.claim.quote.textQuoteSelector.exact);
  expect(await mark.locator('..').textContent()).toContain('five of 11 United Nations resolutions');
  // Its date and venue rest on a note of the source record, not its text, and the page says so.
  expect(view.claim.venueFrom).toBeDefined();
  const from = whenWhereFrom(view) ?? '';
  expect(from).toContain("from the source record's notes");
  expect(await page.getByText(from).isVisible()).toBe(true);
  const relations = page.getByRole('region', { name: 'How other claims relate to this one' });
  const expected = dossier.relationsByClaim.get(claimId) ?? [];
  expect(expected.length).toBeGreaterThan(0);
  for (const relation of expected) {
    // The badge names the other claim by its short form: two with one speaker read apart.
    const { phrase, claim } = relationLabel(relation);
    expect(claim).toBe(relation.other.claim.short);
    const link = relations.getByRole('link', { name: `${phrase} · ${claim}`, exact: true });
    expect(await link.getAttribute('href')).toBe(`/claims/${relation.other.claim.id}`);
  }
  expect(await relations.getByRole('link').count()).toBe(expected.length);
  const others = page.getByRole('region', { name: /Every party's answer/ });
  expect(await others.getByRole('columnheader').count()).toBe(dossier.corpus.parties.length);
  expect(await others.getByText('This claim').count()).toBe(1);
  expect(problems).toEqual([]);
  await close();
});

test('Share copies the permalink and announces it; the copied link reopens the claim', async () => {
  const { page, context, close } = await openPage(browser(), `${appUrl}claims/${claimId}`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl).origin,
  });
  // Headless Chromium on Linux has no share sheet, so Share falls back to the clipboard.
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
  await page.getByRole('button', { name: 'Share' }).click();
  const status = page.getByRole('status').filter({ hasText: 'copied' });
  await status.waitFor();
  expect(await status.textContent()).toBe('Link to this claim copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${appUrl}claims/${claimId}`);

  const reopened = await openPage(browser(), copied);
  await reopened.page.getByRole('heading', { level: 1, name: summary }).waitFor();
  await reopened.close();
  await close();
});

test('Copy quote with citation gives the quote, speaker, source, date and permalink as text', async () => {
  const { page, context, close } = await openPage(browser(), `${appUrl}claims/${claimId}`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl).origin,
  });
  await page.getByRole('button', { name: 'Copy quote with citation' }).click();
  await page.getByText('Quote and citation copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(quoteWithCitation(view, `${appUrl}claims/${claimId}`));
  // Reported speech: the source's words, introduced as the source's, in no quotation marks.
  expect(copied.split('\n')[0]).toBe(
    `${view.source.publisher} reports: ${view.claim.quote.textQuoteSelector.exact}`,
  );
  await close();
});

test('the print artifact in a quote is explained on the claim page', async () => {
  const withArtifact = dossier.claims.find((each) => each.claim.printArtifacts.length > 0);
  const [artifact] = withArtifact?.claim.printArtifacts ?? [];
  if (!withArtifact || !artifact) throw new Error('the dossier has no quote with a print artifact');
  const { page, close } = await openPage(browser(), `${appUrl}claims/${withArtifact.claim.id}`);
  const note = page
    .getByText(`Note: the source prints “${artifact.text}” for “${artifact.reading}”.`, {
      exact: false,
    })
    .first();
  await note.waitFor();
  expect(await page.locator('blockquote').first().textContent()).toContain(artifact.text);
  await close();
});

test.each([
  { path: 'claims/no-such-claim', heading: 'No such claim' },
  { path: 'sources/no-such-source', heading: 'No such source' },
  { path: 'no/such/page', heading: 'Page not found' },
])('$path shows a not-found page with a way back', async ({ path, heading }) => {
  const { page, problems, close } = await openPage(browser(), appUrl + path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('link', { name: 'Back to the comparison of all claims' }).click();
  await page.waitForURL(appUrl);
  await page.getByRole('columnheader').first().waitFor();
  // The server answers the address with 404, as a static host does; the browser logs it.
  expect(problems.filter((text) => !/status of 404/.test(text))).toEqual([]);
  await close();
});

test('a keyboard-only walk: from the comparison to a claim and back', async () => {
  const { page, close } = await openPage(browser(), appUrl);
  await page.getByRole('columnheader').first().waitFor();
  const focused = () =>
    page.evaluate(() => ({
      text: document.activeElement?.textContent ?? '',
      href: document.activeElement?.getAttribute('href') ?? '',
      outline: getComputedStyle(document.activeElement ?? document.body).outlineStyle,
    }));

  await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Skip to content');
  let current = await focused();
  for (let i = 0; i < 60 && !current.href.startsWith('/claims/'); i++) {
    await page.keyboard.press('Tab');
    current = await focused();
  }
  expect(current.href).toMatch(/^\/claims\//);
  expect(current.outline).not.toBe('none');
  // The first claim link is the overview's short form; the page's heading is its summary.
  const opened = dossierClaim(decodeURIComponent(current.href.slice('/claims/'.length)));
  await page.keyboard.press('Enter');
  await page.waitForURL(`${appUrl}${current.href.slice(1)}`);
  // Focus lands on the new page's heading, so reading starts there.
  // (The page may still be loading its claim: wait for the heading, not just the same text.)
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 })
    .toBe('H1');
  expect((await focused()).text).toBe(opened.claim.summary);

  for (let i = 0; i < 10 && current.text !== '← All claims'; i++) {
    await page.keyboard.press('Shift+Tab');
    current = await focused();
  }
  expect(current.text).toBe('← All claims');
  await page.keyboard.press('Enter');
  await page.waitForURL(appUrl);
  await page.getByRole('columnheader').first().waitFor();
  await close();
});

test('following a card link starts the claim page at the top; Back returns to the same place', async () => {
  const { page, close } = await openPage(browser(), appUrl);
  const link = page.getByRole('link', {
    name: dossierClaim('trump-lets-see-what-happens').claim.summary,
    exact: true,
  });
  await link.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(1000);
  await link.click();
  await page.waitForURL(/\/claims\/trump-lets-see-what-happens$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await page.waitForURL(appUrl);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 200);
  await close();
});

test('Cite this claim offers plain text and BibTeX naming the speaker, source and permalink', async () => {
  const { page, context, close } = await openPage(browser(), `${appUrl}claims/${claimId}`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl).origin,
  });
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await page.getByText('BibTeX citation copied.').waitFor();
  const bibtex = await page.evaluate(() => navigator.clipboard.readText());
  const permalink = `${appUrl}claims/${claimId}`;
  const today = isoDate(new Date());
  expect(bibtex).toBe(citeBibtex(view, permalink, today).trimEnd());
  expect(bibtex).toMatch(/^@misc\{claim-ri-only-2016-2017-sanctions,/);
  expect(bibtex).toContain(`author = {{${view.source.publisher}}}`);
  expect(bibtex).toContain(`Reporting on ${view.speaker.name} (${view.speaker.role})`);
  expect(bibtex).toContain(`url = {${permalink}}`);
  expect(bibtex).toContain(`urldate = {${today}}`);
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await page.getByText('Plain text citation copied.').waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toBe(citePlainText(view, permalink, today));
  // What the page shows once it runs is what is copied, access date included.
  expect(await page.locator('pre').allTextContents()).toEqual([
    citePlainText(view, permalink, today),
    citeBibtex(view, permalink, today).trimEnd(),
  ]);
  await close();
});

test('when the claim arrives after the click, focus still lands on its heading', async () => {
  const { page, close } = await openPage(browser(), appUrl);
  await page.route(dataFileUrl('claims/*.json'), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  const link = page.getByRole('link', {
    name: dossierClaim('trump-kim-wanted-all-sanctions-lifted').claim.summary,
    exact: true,
  });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/claims\/trump-kim-wanted-all-sanctions-lifted$/);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 })
    .toBe('H1');
  await close();
});

test('without JavaScript, the share section holds the absolute permalink and no blank line', async () => {
  const [view] = dossier.claims;
  if (!view) throw new Error('the dossier has no claim');
  const { page, close } = await openPage(browser(), `${appUrl}claims/${view.claim.id}`, {
    javaScriptEnabled: false,
  });
  const section = page.locator('section[aria-labelledby="share-heading"]');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\/[^/]/);
  await expect
    .poll(() => section.getByRole('link', { name: canonical ?? '' }).isVisible())
    .toBe(true);
  // Every box shown under the heading says something: none is left blank by a hidden control.
  const blank = await section.evaluate((element) =>
    [...element.querySelectorAll('p, div')]
      .filter((box) => box.getBoundingClientRect().height > 0 && !box.textContent?.trim())
      .map((box) => box.outerHTML.slice(0, 80)),
  );
  expect(blank).toEqual([]);
  await close();
});
