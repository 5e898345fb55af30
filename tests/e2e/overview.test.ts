/**
 * The positions overview that opens `/`: every party's position on every question, on the
 * first screen for the dossier's lead questions, each line its claim's short form, speaker and
 * speech, and a link to the claim.
 */
import { glanceAttribution, glanceWords } from '../../src/corpus/glance.ts';
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

/** On a desktop, every one of the questions the dossier leads with; on a phone, the first. */
const lead = dossier.corpus.dossier.leadTopics;

test.each([
  { width: 1280, height: 900, colorScheme: 'light' as const, leadTopics: lead.length },
  { width: 1280, height: 900, colorScheme: 'dark' as const, leadTopics: lead.length },
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
      if (t < lead.length) expect(topic.id).toBe(lead[t]);
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
  let marks = 0;
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
        const line = cell.getByRole('listitem').filter({
          has: page.getByRole('link', { name: view.claim.short, exact: true }),
        });
        const text = await line.textContent();
        expect(text).toContain(view.speaker.name);
        // Whose words: the speaker's own, in quotation marks, or the publisher's report.
        expect(text, view.claim.id).toContain(
          `— ${view.speaker.name}${glanceAttribution({
            speech: view.claim.speech,
            ...glanceWords(
              {
                speech: view.claim.speech,
                quote: view.claim.quote.textQuoteSelector.exact,
                short: view.claim.short ?? view.claim.summary,
              },
              view.source.publisher,
            ),
          })}`,
        );
        // Whom it disputes, backs, qualifies or adds to across the row: the other parties'
        // claims on the question.
        const across = (dossier.relationsByClaim.get(view.claim.id) ?? []).filter(
          ({ relation, other }) =>
            relation.from === view.claim.id &&
            other.topic.id === topic.id &&
            other.party.id !== party.id,
        );
        expect(await line.locator('span.inline-block').allTextContents(), view.claim.id).toEqual(
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
