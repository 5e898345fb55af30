/**
 * The timeline: a lane per party, each dated claim a bar linking to its page, zoom and pan
 * as links (Back undoes them), the relations drawn on demand, the same claims in words, and
 * counts per week or day when there are many. Expected values come from the dossier and the
 * synthetic corpus's built files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { relationWords } from '../../src/claims/relation-phrase.ts';
import { timelineSchema, type Timeline } from '../../src/corpus/schema.ts';
import { formatIsoDay, formatStatedAt, statedDays } from '../../src/corpus/stated-at.ts';
import {
  extentOf,
  maxClaimMarks,
  openingRange,
  placesIn,
} from '../../src/timeline/timeline-view.ts';
import { labelledMarkWidth } from '../../src/timeline/timeline-layout.ts';
import { dossier } from '../support/dossier.ts';
import { axeViolations, openPage, useBrowser } from './browser-session.ts';
import { dataFileUrl } from './data-paths.ts';

const appUrl = inject('appUrl');
const outDir = inject('appOutDir');
const synthUrl = inject('synthUrl');
const synthOutDir = inject('synthOutDir');
const browser = useBrowser();
const { parties } = dossier.corpus;
const dated = dossier.claims.filter((view) => view.claim.statedAt !== undefined);

/** A built site's timeline file (in its data folder's one version folder). */
function builtTimeline(dir: string): Timeline {
  const [version] = readdirSync(join(dir, 'data')).filter((name) => /^[0-9a-f]{16}$/.test(name));
  if (!version) throw new Error(`no data version folder in ${dir}`);
  const text = readFileSync(join(dir, 'data', version, 'timeline.json'), 'utf8');
  return timelineSchema.parse(JSON.parse(text));
}

const picture = (page: Page) => page.getByRole('group', { name: /a lane per party$/ });
const bars = (page: Page) => picture(page).locator('a[href*="/claims/"]:not([href*="#"])');
const curves = (page: Page) => picture(page).locator('a[href*="#relations-heading"]');

/** The dossier's busiest day: where to zoom for the most claims and relations. */
const busiestDay = (() => {
  const counts = new Map<string, number>();
  for (const view of dated) {
    const day = view.claim.statedAt?.split('/').at(-1) ?? '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const [day] = [...counts].toSorted((a, b) => b[1] - a[1])[0] ?? [];
  if (!day) throw new Error('no claim dated to a day');
  return day;
})();

const built = builtTimeline(outDir);
const whole = extentOf(built);
const opening = openingRange(built);
if (!whole || !opening) throw new Error('no dated claim');
const wholePath = `timeline?from=${formatIsoDay(whole.from)}&to=${formatIsoDay(whole.to)}`;

/** The dossier's claims that may have been made within some days. */
const claimsOf = (range: { from: number; to: number }) =>
  dated.filter((view) => {
    const days = statedDays(view.claim.statedAt ?? '');
    return days !== undefined && days.first <= range.to && days.last >= range.from;
  });

test('over the whole period every dated claim is a bar on its party’s lane, named in words, linked to its page', async () => {
  expect(dated.length).toBeLessThanOrEqual(maxClaimMarks);
  const { page, problems, close } = await openPage(browser(), appUrl + wholePath);
  await bars(page).first().waitFor();
  expect(await bars(page).count()).toBe(dated.length);
  for (const party of parties) {
    expect(await picture(page).locator('text', { hasText: party.name }).count()).toBeGreaterThan(0);
  }
  for (const view of dated) {
    const bar = picture(page).locator(`a[href$="/claims/${view.claim.id}"]`);
    const name = (await bar.getAttribute('aria-label')) ?? '';
    expect(name).toContain(formatStatedAt(view.claim.statedAt ?? ''));
    expect(name).toContain(view.speaker.name);
    expect(name).toContain(view.claim.short ?? view.claim.summary);
  }
  // The list in words names each of them once, under its date.
  const list = page.locator('section[aria-labelledby="timeline-list-heading"]');
  for (const view of dated) {
    const item = list.locator(`li:has(> p > a[href$="/claims/${view.claim.id}"])`);
    expect(await item.count(), view.claim.id).toBe(1);
  }
  // The undated claims are counted, not placed.
  const undated = dossier.claims.length - dated.length;
  if (undated > 0) {
    await page.getByText(`No date is given in the sources for ${undated} claims`).waitFor();
  }
  expect(problems).toEqual([]);
  await close();
});

test('over the whole period the axis breaks over the empty weeks, and the closely dated claims get the width for their words', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(appUrl + wholePath);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await bars(page).first().waitFor();
  // The dense cluster: the claims dated within the days the timeline opens on.
  const cluster = claimsOf(opening).filter(
    (view) => (statedDays(view.claim.statedAt ?? '')?.first ?? -Infinity) >= opening.from,
  );
  expect(cluster.length).toBeGreaterThan(0);
  for (const view of cluster) {
    const box = await picture(page)
      .locator(`a[href$="/claims/${view.claim.id}"] rect`)
      .last()
      .boundingBox();
    expect(box?.width ?? 0, view.claim.id).toBeGreaterThanOrEqual(labelledMarkWidth);
  }
  // The empty days before the cluster are one break, named on the axis by how many they are.
  const before = Math.max(
    ...dated.flatMap((view) => {
      const days = statedDays(view.claim.statedAt ?? '');
      return days && days.last < opening.from ? [days.last] : [];
    }),
  );
  const empty = opening.from - before - 1;
  const mark = picture(page).locator(`[data-axis-break="${empty}"]`);
  expect(await mark.count()).toBe(1);
  expect(await mark.locator('text').textContent()).toBe(`⋯ ${empty} days ⋯`);
  await context.close();
});

test('from the keyboard: Tab reaches a bar, which shows who said what; Enter opens the claim', async () => {
  const { page, problems, close } = await openPage(browser(), `${appUrl}timeline`);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await page.getByRole('region', { name: /a lane per party: picture$/ }).focus();
  await page.keyboard.press('Tab');
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
  const id = /\/claims\/([^/#]+)$/.exec(href)?.[1] ?? '';
  const view = dossier.claimById.get(id);
  if (!view) throw new Error(`the first bar links to ${href}`);
  // The first bar is of an earliest claim of the days the timeline opens on: bars run in
  // date order.
  const firstDay = (one: typeof view) => statedDays(one.claim.statedAt ?? '')?.first ?? Infinity;
  expect(firstDay(view)).toBe(Math.min(...claimsOf(opening).map(firstDay)));
  const tip = page.locator('figure div[aria-hidden="true"]');
  await expect.poll(() => tip.innerText()).toContain(view.claim.short ?? view.claim.summary);
  expect(await tip.innerText()).toContain(view.speaker.name);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${appUrl}claims/${id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(problems).toEqual([]);
  await close();
});

test('the timeline opens on the closely dated days, saying how many claims lie outside them', async () => {
  const { page, problems, close } = await openPage(browser(), `${appUrl}timeline`);
  const shown = claimsOf(opening);
  await expect.poll(() => bars(page).count()).toBe(shown.length);
  const outside = dated.length - shown.length;
  if (outside > 0) await page.getByText(`${outside} more outside these days`).waitFor();
  expect(problems).toEqual([]);
  await close();
});

test('zoom and pan are links: the range is in the URL, Back returns, Whole period shows all', async () => {
  const { page, problems, close } = await openPage(browser(), `${appUrl}timeline`);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const controls = page.getByRole('navigation', { name: 'Days shown' });
  await controls.getByRole('link', { name: 'Zoom out' }).click();
  await page.waitForURL(/timeline\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  const url = new URL(page.url());
  const [fromDay, toDay] = ['from', 'to'].map(
    (key) => Date.parse(url.searchParams.get(key) ?? '') / 864e5,
  ) as [number, number];
  // Twice the days (or the whole period), inside the period, around the days it opened on.
  const days = toDay - fromDay + 1;
  expect(days).toBe(Math.min(2 * (opening.to - opening.from + 1), whole.to - whole.from + 1));
  expect(fromDay).toBeGreaterThanOrEqual(whole.from);
  expect(toDay).toBeLessThanOrEqual(whole.to);
  // Only the claims that may have been made in those days are drawn.
  await expect.poll(() => bars(page).count()).toBe(claimsOf({ from: fromDay, to: toDay }).length);
  await page.goBack();
  await page.waitForURL(`${appUrl}timeline`);
  await expect.poll(() => bars(page).count()).toBe(claimsOf(opening).length);
  await page.goForward();
  await page.waitForURL(url.href);
  await controls.getByRole('link', { name: 'Whole period' }).click();
  await page.waitForURL(appUrl + wholePath);
  await expect.poll(() => bars(page).count()).toBe(dated.length);
  // At the whole period there is nothing to zoom out to.
  const zoomOut = controls.getByRole('link', { name: 'Zoom out' });
  expect(await zoomOut.getAttribute('aria-disabled')).toBe('true');
  expect(await zoomOut.getAttribute('href')).toBeNull();
  expect(problems).toEqual([]);
  await close();
});

test('the relations between the days’ claims are drawn on demand, each a link named in words', async () => {
  const { page, problems, close } = await openPage(
    browser(),
    `${appUrl}timeline?from=${busiestDay}&to=${busiestDay}`,
  );
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await bars(page).first().waitFor();
  expect(await curves(page).count()).toBe(0);
  const shown = new Set(
    await bars(page).evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')?.replace(/^.*\/claims\//, '') ?? ''),
    ),
  );
  const expected = dossier.corpus.relations.filter(
    (relation) => shown.has(relation.from) && shown.has(relation.to),
  );
  expect(expected.length).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: 'Draw relations' }).check();
  await page.waitForURL(/relations=shown/);
  await expect.poll(() => curves(page).count()).toBe(expected.length);
  for (const relation of expected) {
    const curve = curves(page).locator(
      `xpath=self::*[contains(@href, "/claims/${relation.from}#")]`,
    );
    const names = await curve.evaluateAll((links) =>
      links.map((link) => link.getAttribute('aria-label') ?? ''),
    );
    const words = relationWords(relation.type, 'outgoing').toLowerCase();
    const to = dossier.claimById.get(relation.to);
    expect(
      names.some((name) => name.includes(` ${words} `) && name.includes(to?.claim.short ?? '')),
      `${relation.from} ${words} ${relation.to}`,
    ).toBe(true);
  }
  // The key names each line style drawn.
  for (const type of new Set(expected.map((relation) => relation.type))) {
    await page
      .locator('figcaption')
      .getByText(relationWords(type, 'outgoing').toLowerCase())
      .first()
      .waitFor();
  }
  expect(problems).toEqual([]);
  await close();
});

test('without JavaScript the timeline names every claim, and says zooming needs the script', async () => {
  const { page, close } = await openPage(browser(), `${appUrl}timeline`, {
    javaScriptEnabled: false,
  });
  const shown = claimsOf(opening);
  expect(await bars(page).count()).toBe(shown.length);
  const list = page.locator('section[aria-labelledby="timeline-list-heading"]');
  for (const view of shown) {
    expect(await list.locator(`a[href$="/claims/${view.claim.id}"]`).count()).toBeGreaterThan(0);
  }
  // Chromium with scripts off still parses <noscript> as text, so the built page is read.
  const html = readFileSync(join(outDir, 'timeline.html'), 'utf8');
  expect(/<noscript><p[^>]*>(.*?)<\/p><\/noscript>/s.exec(html)?.[1]).toMatch(
    /^Zooming needs JavaScript/,
  );
  const controls = page.getByRole('navigation', { name: 'Days shown' });
  expect(await controls.locator('a[href]').count()).toBe(0);
  expect(await controls.locator('[role="link"][aria-disabled="true"]').count()).toBeGreaterThan(0);
  expect(await page.getByRole('checkbox', { name: 'Draw relations' }).isDisabled()).toBe(true);
  await close();
});

test('the timeline’s head names it, with its own preview image; it is in the sitemap', () => {
  const html = readFileSync(join(outDir, 'timeline.html'), 'utf8');
  expect(html).toMatch(/<title>When each party said what · /);
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/timeline"/);
  expect(html).toMatch(/<meta property="og:image" content="[^"]*\/og\/timeline\.png"/);
  expect(readFileSync(join(outDir, 'og/timeline.png')).subarray(1, 4).toString()).toBe('PNG');
  expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toMatch(/<loc>[^<]*\/timeline<\/loc>/);
});

test('many claims are counted per week; a column opens its days, down to each claim', async () => {
  const timeline = builtTimeline(synthOutDir);
  expect(timeline.first.length).toBeGreaterThan(maxClaimMarks);
  // The prerendered page carries the lanes' file, and none of what the claims say.
  const built = readFileSync(join(synthOutDir, 'timeline.html'), 'utf8');
  const carried = Object.keys(
    JSON.parse(
      built.match(/<script type="application\/json" id="page-data">(.*?)<\/script>/s)?.[1] ?? '{}',
    ) as Record<string, string>,
  );
  expect(carried.sort()).toEqual(['index.json', 'timeline.json']);
  const { page, problems, close } = await openPage(browser(), `${synthUrl}timeline`);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await page
    .getByText(`${timeline.first.length.toLocaleString('en')} claims, counted week by week`)
    .waitFor();
  // The table counts every claim made wholly within a week, party by party.
  const table = page.getByRole('table', { name: /Claims per week and party/ });
  const cells = await table.locator('tbody td').allInnerTexts();
  const counted = cells.reduce(
    (sum, text) => sum + Number(text.split(' ')[0]?.replace(/,/g, '')),
    0,
  );
  expect(counted).toBeGreaterThan(0);
  expect(counted).toBeLessThanOrEqual(timeline.first.length);
  // A week's column opens its days: the claims that may have been made in them, one by one
  // when few enough, else counted day by day.
  await picture(page).locator('a').first().click();
  await page.waitForURL(/timeline\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  const url = new URL(page.url());
  const range = {
    from: Date.parse(url.searchParams.get('from') ?? '') / 864e5,
    to: Date.parse(url.searchParams.get('to') ?? '') / 864e5,
  };
  expect(range.to - range.from).toBeLessThan(7);
  const places = placesIn(timeline, range);
  expect(places.length).toBeGreaterThan(0);
  if (places.length <= maxClaimMarks) {
    await expect.poll(() => bars(page).count()).toBe(places.length);
  } else {
    await page.getByText(/claims, counted day by day/).waitFor();
  }
  expect(problems).toEqual([]);
  await close();
});

test('when the claims of some days fail to load, the page says so, and Retry recovers', async () => {
  // One day of the large corpus: its claims are drawn one by one, from files no page carries.
  const timeline = builtTimeline(synthOutDir);
  const day = timeline.first[Math.floor(timeline.first.length / 2)] ?? Number.NaN;
  const expected = placesIn(timeline, { from: day, to: day }).length;
  expect(expected).toBeGreaterThan(0);
  const context = await browser().newContext();
  const page = await context.newPage();
  let failing = true;
  await page.route(dataFileUrl('timeline/*.json'), (route) =>
    failing ? route.fulfill({ status: 503, body: '' }) : route.fallback(),
  );
  await page.goto(`${synthUrl}timeline?from=${formatIsoDay(day)}&to=${formatIsoDay(day)}`);
  const alert = page.getByRole('alert');
  await alert.getByText('The claims of these days could not be loaded').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  failing = false;
  await alert.getByRole('button', { name: /Retry/ }).click();
  await expect.poll(() => bars(page).count()).toBe(expected);
  await context.close();
});
