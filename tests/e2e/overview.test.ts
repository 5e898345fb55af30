/**
 * The positions overview that opens `/`: every party's position on every question, on the
 * first screen for the dossier's lead questions, each line its claim's short form, speaker and
 * speech, and a link to the claim.
 */
import { glanceAttribution } from '../../src/corpus/glance.ts';
import { glanceWords } from '../../src/corpus/glance-words.ts';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { overviewClaimsPerCell } from '../../src/corpus/schema.ts';
import { relationWords } from '../../src/claims/relation-phrase.ts';
import { dossier } from '../support/dossier.ts';
import { openPage, useBrowser } from './browser-session.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();
const { parties, topics } = dossier.corpus;

const overview = (page: Page) => page.getByRole('table', { name: 'Positions at a glance' });

/** The body rows of the overview, one per topic. */
const topicRows = (page: Page) =>
  overview(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });

const lead = dossier.corpus.dossier.leadTopics;
/** The parties with any claim: each must be seen on the first screen of a desktop. */
const speaking = parties.filter((party) =>
  dossier.claims.some((view) => view.party.id === party.id),
);

/** The bottom edge of an element on the page, in CSS pixels. */
const bottomOf = async (locator: ReturnType<Page['locator']>) => {
  const box = await locator.boundingBox();
  return box ? box.y + box.height : Infinity;
};

test.each([
  { width: 1280, height: 900, colorScheme: 'light' as const, everyParty: true },
  { width: 1280, height: 900, colorScheme: 'dark' as const, everyParty: true },
  { width: 390, height: 844, colorScheme: 'light' as const, everyParty: false },
  { width: 390, height: 844, colorScheme: 'dark' as const, everyParty: false },
])(
  'at $width × $height ($colorScheme) the first screen opens on the lead question, with every party’s position: $everyParty',
  async ({ width, height, colorScheme, everyParty }) => {
    const { page, problems, close } = await openPage(browser(), appUrl, {
      viewport: { width, height },
      colorScheme,
    });
    const rows = topicRows(page);
    await rows.first().waitFor();
    expect(await rows.count()).toBe(topics.length);
    const first = topics[0];
    if (!first) throw new Error('the dossier has no topic');
    if (lead.length > 0) expect(first.id).toBe(lead[0]);
    const row = rows.first();
    expect(await row.getByRole('rowheader').textContent()).toBe(first.question);
    expect(await row.getByRole('cell').count()).toBe(parties.length);
    // The question and its first answer are on the first screen, whatever the width.
    expect(await bottomOf(row.getByRole('rowheader'))).toBeLessThanOrEqual(height);
    expect(await bottomOf(row.getByRole('listitem').first())).toBeLessThanOrEqual(height);
    if (everyParty) {
      // Each party that said anything has a line of its own wholly on the first screen: its
      // answer to a lead question, or (silent on all of them) its headline position.
      for (const party of speaking) {
        const p = parties.indexOf(party);
        const lines = page
          .getByRole('table', { name: 'Positions at a glance' })
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader') })
          .locator(`[role=cell]:nth-of-type(${p + 2}) li:has(a[href*="/claims/"])`);
        const bottoms = await Promise.all((await lines.all()).map((line) => bottomOf(line)));
        expect(Math.min(...bottoms), party.id).toBeLessThanOrEqual(height);
      }
    }
    expect(problems).toEqual([]);
    await close();
  },
);

/** Claims in a disputes or qualifies relation: those a capped cell shows first. */
const disagreeing = new Set(
  dossier.corpus.relations
    .filter((relation) => relation.type === 'disputes' || relation.type === 'qualifies')
    .flatMap((relation) => [relation.from, relation.to]),
);
/** The claims of one party on one question, in display order. */
const cellClaims = (topicId: string, partyId: string) =>
  dossier.claims.filter((view) => view.topic.id === topicId && view.party.id === partyId);
/** What a cell shows: the claims carrying the disagreement first, then the rest, capped. */
const shownIn = (claims: typeof dossier.claims) =>
  [
    ...claims.filter((view) => disagreeing.has(view.claim.id)),
    ...claims.filter((view) => !disagreeing.has(view.claim.id)),
  ].slice(0, overviewClaimsPerCell);

test('each line is a claim’s short form and speaker, linked to the claim; a long cell links to the rest', async () => {
  const { page, close } = await openPage(browser(), appUrl);
  const rows = topicRows(page);
  await rows.first().waitFor();
  let lines = 0;
  let marks = 0;
  for (const [t, topic] of topics.entries()) {
    for (const [p, party] of parties.entries()) {
      const claims = cellClaims(topic.id, party.id);
      const cell = rows.nth(t).getByRole('cell').nth(p);
      const links = cell.getByRole('link');
      const shown = shownIn(claims);
      if (claims.length === 0) expect(await cell.textContent()).toContain('No statement');
      // A party silent on every lead question shows its headline position in the first row:
      // its first claim, on the first question it answers.
      const silent = lead.every((id) => cellClaims(id, party.id).length === 0);
      // The party's first claim in display order: question by question.
      const [headline] = topics.flatMap((each) => cellClaims(each.id, party.id));
      if (t === 0 && silent && headline) {
        expect(await cell.textContent()).toContain(
          `Its first position, on ${headline.topic.title}`,
        );
        expect(
          await cell
            .getByRole('link', { name: headline.claim.short ?? headline.claim.summary })
            .getAttribute('href'),
        ).toBe(`/claims/${headline.claim.id}`);
        expect(await links.count()).toBe(2);
        continue;
      }
      for (const view of shown) {
        const link = cell.getByRole('link', { name: view.claim.short, exact: true });
        expect(await link.getAttribute('href')).toBe(`/claims/${view.claim.id}`);
        const line = cell.getByRole('listitem').filter({
          has: page.getByRole('link', { name: view.claim.short, exact: true }),
        });
        const text = await line.textContent();
        expect(text).toContain(view.speaker.name);
        // Whose words: the speaker's own, in quotation marks, or the publisher's report.
        expect(text, view.claim.id).toContain(
          `— ${view.speaker.name}${glanceAttribution(glanceWords(view.claim, view.source.publisher))}`,
        );
        // Whom it disputes, backs, qualifies or adds to across the row: the other parties'
        // claims on the question.
        const across = (dossier.relationsByClaim.get(view.claim.id) ?? []).filter(
          ({ relation, other }) =>
            relation.from === view.claim.id &&
            other.topic.id === topic.id &&
            other.party.id !== party.id,
        );
        expect(await line.locator('summary').allTextContents(), view.claim.id).toEqual(
          across.map(
            ({ relation, other }) =>
              `${relationWords(relation.type, 'outgoing').toLowerCase()} ${other.speaker.name}`,
          ),
        );
        lines++;
        marks += across.length;
      }
      const more = claims.length - shown.length;
      expect(await links.count()).toBe(shown.length + (more > 0 ? 1 : 0));
      if (more > 0) {
        expect(
          await cell
            .getByRole('link', { name: `${more} more from ${party.name}` })
            .getAttribute('href'),
        ).toBe(`/?party=${party.id}&topic=${topic.id}`);
      }
    }
  }
  expect(lines).toBeGreaterThan(0);
  expect(marks, 'the dossier should have relations across a row').toBeGreaterThan(0);
  // A line opens its claim, with its quote.
  const first = dossier.claims.find((view) => view.topic.id === topics[0]?.id);
  if (!first) throw new Error('the first topic has no claim');
  await overview(page).getByRole('link', { name: first.claim.short, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: first.claim.summary }).waitFor();
  await close();
});

test('“N more” opens the cell in place: every claim of that party on the question, the address unchanged', async () => {
  const capped = topics.flatMap((topic, t) =>
    parties.flatMap((party, p) => {
      const claims = cellClaims(topic.id, party.id);
      return claims.length > overviewClaimsPerCell ? [{ t, p, party, claims }] : [];
    }),
  );
  expect(capped.length, 'the dossier should have a capped cell').toBeGreaterThan(0);
  const { page, problems, close } = await openPage(browser(), appUrl);
  await topicRows(page).first().waitFor();
  for (const { t, p, party, claims } of capped) {
    const cell = topicRows(page).nth(t).getByRole('cell').nth(p);
    const more = claims.length - overviewClaimsPerCell;
    await cell.getByRole('link', { name: `${more} more from ${party.name}` }).click();
    for (const view of claims) {
      await cell
        .getByRole('link', { name: view.claim.short ?? view.claim.summary, exact: true })
        .waitFor();
    }
    expect(new URL(page.url()).search).toBe('');
    await cell.getByRole('button', { name: `Fewer from ${party.name}` }).click();
    await cell.getByRole('link', { name: `${more} more from ${party.name}` }).waitFor();
  }
  expect(problems).toEqual([]);
  await close();
});

test('a relation mark tells which claim it points at, from the keyboard and on a tap', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
  });
  const mark = overview(page).locator('summary').first();
  await mark.waitFor();
  const [type, ...speaker] = (await mark.textContent())?.split(' ') ?? [];
  // The relation it draws, from the dossier: its other claim's short form.
  const relation = dossier.claims
    .flatMap((view) => dossier.relationsByClaim.get(view.claim.id) ?? [])
    .find(
      ({ relation, direction, other }) =>
        direction === 'outgoing' &&
        relationWords(relation.type, 'outgoing').toLowerCase() === type &&
        other.speaker.name === speaker.join(' '),
    );
  if (!relation) throw new Error(`no relation for the mark ${type} ${speaker.join(' ')}`);
  const target = mark.locator('xpath=..').getByRole('link', {
    name: relation.other.claim.short ?? relation.other.claim.summary,
    exact: true,
  });
  expect(await target.isVisible()).toBe(false);
  await mark.tap();
  await expect.poll(() => target.isVisible()).toBe(true);
  expect(await target.getAttribute('href')).toBe(`/claims/${relation.other.claim.id}`);
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => mark.evaluate((node) => node.parentElement?.hasAttribute('open')))
    .toBe(false);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => mark.evaluate((node) => node.parentElement?.hasAttribute('open')))
    .toBe(true);
  expect(problems).toEqual([]);
  await close();
});

test('on a phone the filters are one tap away, folded, their button counting those in force', async () => {
  const [party] = parties;
  if (!party) throw new Error('no party');
  const { page, problems, close } = await openPage(
    browser(),
    `${appUrl}?party=${party.id}&speech=direct`,
    { viewport: { width: 390, height: 844 }, hasTouch: true },
  );
  const button = page.getByRole('button', { name: /^Filters\b/ });
  // Two filters in force: the parties and the speech.
  expect(await button.textContent()).toContain('Filters · 2 active');
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  expect(await page.getByRole('checkbox').count()).toBe(0);
  await button.tap();
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
  expect(
    await page
      .getByRole('group', { name: /^Parties/ })
      .getByRole('checkbox', { name: new RegExp(party.name) })
      .isChecked(),
  ).toBe(true);
  expect(problems).toEqual([]);
  await close();
});
