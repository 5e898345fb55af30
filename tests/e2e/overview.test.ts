/**
 * The positions overview that opens `/`: every party's position on every question, on the
 * first screen for the dossier's lead questions, each line its claim's short form, speaker and
 * speech, and a link to the claim.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { overviewClaimsPerCell } from '../../src/corpus/schema.ts';
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

test.each([
  { width: 1280, height: 900, colorScheme: 'light' as const, leadTopics: 3 },
  { width: 1280, height: 900, colorScheme: 'dark' as const, leadTopics: 3 },
  { width: 390, height: 844, colorScheme: 'light' as const, leadTopics: 1 },
  { width: 390, height: 844, colorScheme: 'dark' as const, leadTopics: 1 },
])(
  'at $width × $height ($colorScheme) the first screen shows every party’s position on the first $leadTopics question(s)',
  async ({ width, height, colorScheme, leadTopics }) => {
    const { page, problems, close } = await openPage(browser(), appUrl, {
      viewport: { width, height },
      colorScheme,
    });
    const rows = topicRows(page);
    await rows.first().waitFor();
    expect(await rows.count()).toBe(topics.length);
    for (let t = 0; t < leadTopics; t++) {
      const topic = topics[t];
      if (!topic) throw new Error('the dossier has fewer topics than it leads with');
      const row = rows.nth(t);
      expect(await row.getByRole('rowheader').textContent()).toBe(topic.question);
      const cells = row.getByRole('cell');
      expect(await cells.count()).toBe(parties.length);
      const box = await row.boundingBox();
      expect(box, topic.id).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), topic.id).toBeLessThanOrEqual(height);
    }
    expect(problems).toEqual([]);
    await close();
  },
);

test('each line is a claim’s short form and speaker, linked to the claim; a long cell links to the rest', async () => {
  const { page, close } = await openPage(browser(), appUrl);
  const rows = topicRows(page);
  await rows.first().waitFor();
  let lines = 0;
  for (const [t, topic] of topics.entries()) {
    for (const [p, party] of parties.entries()) {
      const claims = dossier.claims.filter(
        (view) => view.topic.id === topic.id && view.party.id === party.id,
      );
      const cell = rows.nth(t).getByRole('cell').nth(p);
      const links = cell.getByRole('link');
      const shown = claims.slice(0, overviewClaimsPerCell);
      if (claims.length === 0) expect(await cell.textContent()).toContain('No statement');
      for (const view of shown) {
        const link = cell.getByRole('link', { name: view.claim.short, exact: true });
        expect(await link.getAttribute('href')).toBe(`/claims/${view.claim.id}`);
        expect(await cell.textContent()).toContain(view.speaker.name);
        lines++;
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
  // A line opens its claim, with its quote.
  const first = dossier.claims.find((view) => view.topic.id === topics[0]?.id);
  if (!first) throw new Error('the first topic has no claim');
  await overview(page).getByRole('link', { name: first.claim.short, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: first.claim.summary }).waitFor();
  await close();
});
