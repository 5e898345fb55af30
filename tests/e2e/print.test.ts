/**
 * Printing a filtered comparison: about a dozen claims on at most two A4 pages, as Chromium
 * makes the PDF; each party's name heads its claims, and again on every page they run onto;
 * a card never splits between pages; relations print as text. The filters come from the
 * dossier: its parties, and its topics, of about a dozen claims each.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { dossier, pageOfEachKind } from '../support/dossier.ts';
import { claimTable, openPage, resultsSettled, useBrowser } from './browser-session.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();
const { parties, topics } = dossier.corpus;
const [firstClaim] = dossier.claims;
if (!firstClaim) throw new Error('the dossier has no claim');

/** About a dozen: what the issue means by it. */
const aboutADozen = (n: number) => n >= 9 && n <= 15;

const byParty = parties.map((party) => ({
  search: `?party=${party.id}`,
  claims: dossier.claims.filter((view) => view.party.id === party.id).length,
}));
// Topics taken in order until they hold about a dozen claims together.
const leadTopics: string[] = [];
let onLead = 0;
for (const topic of topics) {
  if (onLead >= 9) break;
  leadTopics.push(topic.id);
  onLead += dossier.claims.filter((view) => view.topic.id === topic.id).length;
}
const filters = [
  ...byParty.filter(({ claims }) => aboutADozen(claims)),
  { search: `?topic=${leadTopics.join(',')}`, claims: onLead },
];

/** The number of pages of a PDF, from its page tree. */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count (\d+)/gs)];
  const fromTree = Math.max(0, ...counts.map((match) => Number(match[1])));
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  expect(fromTree === 0 || fromTree === pages, 'the page tree agrees with the pages').toBe(true);
  return pages;
}

async function printed(page: Page) {
  await resultsSettled(page);
  await page.emulateMedia({ media: 'print' });
}

test('the dossier has filters of about a dozen claims to print', () => {
  expect(filters.length).toBeGreaterThan(1);
  for (const { claims } of filters) expect(aboutADozen(claims)).toBe(true);
});

test.each(filters)(
  '$search ($claims claims) prints on at most two A4 pages',
  async ({ search, claims }) => {
    const { page, problems, close } = await openPage(browser(), appUrl + search);
    await printed(page);
    expect(await claimTable(page).getByRole('article').count()).toBe(claims);
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
    await close();
  },
);

test('in print, party names head their claims on every page, cards keep whole, relations are text', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl);
  await printed(page);
  const looks = await page.evaluate(() => {
    const grid = document.querySelector('.claim-grid');
    const cells = [...(grid?.querySelectorAll('[role="cell"]') ?? [])];
    const style = (element: Element | null | undefined) =>
      element ? getComputedStyle(element) : undefined;
    return {
      cells: cells.length,
      // A cell is a table whose header group is its party's name: the browser repeats it on
      // each page the cell's claims run onto.
      headed: cells.filter((cell) => {
        const label = cell.querySelector(':scope > p');
        return (
          !cell.querySelector('article') ||
          (style(cell)?.display === 'table' && style(label)?.display === 'table-header-group')
        );
      }).length,
      labels: cells.map((cell) => cell.querySelector(':scope > p')?.textContent ?? ''),
      cards: [...(grid?.querySelectorAll('article') ?? [])].map((card) => style(card)?.breakInside),
      chips: [...(grid?.querySelectorAll('article li a') ?? [])].map((chip) => {
        const s = style(chip);
        return `${s?.display} ${s?.borderTopWidth} ${s?.backgroundColor} ${s?.color}`;
      }),
    };
  });
  expect(looks.cells).toBeGreaterThan(0);
  expect(looks.headed).toBe(looks.cells);
  expect(looks.cards.length).toBe(dossier.claims.length);
  expect(new Set(looks.cards)).toEqual(new Set(['avoid']));
  expect(looks.chips.length).toBeGreaterThan(0);
  expect(new Set(looks.chips)).toEqual(new Set(['inline 0px rgba(0, 0, 0, 0) rgb(0, 0, 0)']));
  // Each party's name is printed over its claims.
  for (const party of parties)
    expect(looks.labels.some((label) => label.includes(party.name))).toBe(true);
  expect(problems).toEqual([]);
  await close();
});

/** The printed permalink and citation of the page open (its lines), and whether they show. */
async function printedPermalink(page: Page) {
  const block = page.locator('.printed-permalink');
  const [permalinkLine = '', citationLine = ''] = (await block.innerText())
    .split('\n')
    .filter((line) => line.trim() !== '');
  return {
    visible: await block.isVisible(),
    permalinkLine,
    citationLine,
    canonical: (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '',
  };
}

test.each(pageOfEachKind(firstClaim).map((path) => ({ path: `/${path}` })))(
  '$path prints its absolute permalink and a citation, shown on paper only',
  async ({ path }) => {
    // Without JavaScript: the prerendered page prints the canonical link's address.
    const still = await openPage(browser(), appUrl + path.slice(1), { javaScriptEnabled: false });
    expect((await printedPermalink(still.page)).visible).toBe(false);
    await still.page.emulateMedia({ media: 'print' });
    const unscripted = await printedPermalink(still.page);
    expect(unscripted.visible).toBe(true);
    expect(unscripted.canonical).toMatch(/^https?:\/\/[^/]/);
    expect(unscripted.permalinkLine).toBe(`Permalink: ${unscripted.canonical}`);
    expect(unscripted.citationLine).toMatch(/^Cite as: \S/);
    expect(unscripted.citationLine.endsWith(`. ${unscripted.canonical}`)).toBe(true);
    await still.close();
    // With JavaScript: the same path, on the origin the page is served from (no SITE_ORIGIN).
    const { page, problems, close } = await openPage(browser(), appUrl + path.slice(1));
    expect((await printedPermalink(page)).visible).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const scripted = await printedPermalink(page);
    expect(scripted.visible).toBe(true);
    const permalink = new URL(new URL(scripted.canonical).pathname, appUrl).href;
    expect(scripted.permalinkLine).toBe(`Permalink: ${permalink}`);
    expect(scripted.citationLine.endsWith(`. ${permalink}`)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  },
);

test('the page of an unknown address prints no permalink', async () => {
  const { page, close } = await openPage(browser(), `${appUrl}no/such/page`);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.printed-permalink').count()).toBe(0);
  await close();
});
