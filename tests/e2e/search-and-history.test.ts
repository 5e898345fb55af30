/**
 * Search, filters and history in Chromium, as a reader uses them: the words matched marked
 * on the cards, facet counts that follow the other filters, "only this", a ticked topic with
 * no match that says so; a search's first keystroke one history entry; the way back from a
 * claim to the filtered view; focus on the new view's heading after Back and Forward.
 */
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import type { ClaimView } from '../../src/corpus/corpus-index.ts';
import { foldForSearch } from '../../src/lib/search-text.ts';
import { cardFields, cardHasWords } from '../support/card-fields.ts';
import { dossier } from '../support/dossier.ts';
import {
  claimTable,
  openFilters,
  openPage,
  resultsSettled,
  useBrowser,
} from './browser-session.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();
const { parties, topics } = dossier.corpus;

const searchbox = (page: Page) => page.getByRole('searchbox', { name: /Search/ });
const historyLength = (page: Page) => page.evaluate(() => history.length);

/** The claims with a word starting with `start` in their quote (folded). */
const quoting = (start: string) =>
  dossier.claims.filter((view) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${start}`, 'u').test(
      foldForSearch(view.claim.quote.textQuoteSelector.exact),
    ),
  );

test('the words a search matched are marked on the cards, in British spelling too', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl);
  await searchbox(page).fill('denuclearization');
  await page.waitForURL(/\?q=denuclearization$/);
  await resultsSettled(page);
  const marks = claimTable(page).locator('mark');
  await marks.first().waitFor();
  const marked = new Set((await marks.allTextContents()).map((text) => text.toLowerCase()));
  // The source spells it the British way: that is what is marked.
  expect([...marked]).toEqual(['denuclearisation']);
  // Every card shown has a marked word, and no mark is outside a card.
  for (const card of await claimTable(page).getByRole('article').all()) {
    expect(await card.locator('mark').count()).toBeGreaterThan(0);
  }
  expect(problems).toEqual([]);
  await close();
});

// One word from each field a card prints, searched on its own: it is marked where the card
// prints that field. The words come from the dossier's claims.
const printedFields: [string, (view: ClaimView) => string | undefined][] = [
  ['speaker', (view) => view.speaker.name],
  ['role', (view) => view.speaker.role ?? view.speaker.affiliation],
  ['venue', (view) => view.claim.venue],
  ['summary', (view) => view.claim.summary],
  ['source', (view) => (view.claim.speech === 'reported' ? view.source.publisher : undefined)],
];
test.each(printedFields)('a word of a card’s %s is marked there', async (_, field) => {
  // The longest word of the field on the first claim that has it: a word, not a fragment.
  const view = dossier.claims.find((v) => field(v));
  const text = view && field(view);
  if (!text) throw new Error('no claim prints this field');
  const word = (text.match(/\p{L}{4,}/gu) ?? []).toSorted((a, b) => b.length - a.length)[0];
  if (!word) throw new Error(`no word to search for in "${text}"`);
  const { page, problems, close } = await openPage(browser(), appUrl);
  await searchbox(page).fill(word);
  await page.waitForURL(/\?q=/);
  await resultsSettled(page);
  const card = claimTable(page)
    .getByRole('article')
    .filter({
      has: page.getByRole('link', { name: view.claim.summary, exact: true }),
    });
  // The marked words whose element prints the whole field.
  const marksInField = await card
    .locator('mark')
    .evaluateAll(
      (marks, printed) =>
        marks
          .filter((mark) => mark.parentElement?.textContent?.includes(printed))
          .map((mark) => mark.textContent),
      text,
    );
  expect(marksInField.map((marked) => marked?.toLowerCase())).toContain(word.toLowerCase());
  expect(problems).toEqual([]);
  await close();
});

// Words that every claim's source shares in its headline, as a reader may write them.
test.each([
  ['Trump', 'Trump'],
  ['Kim Jong-un', 'Kim Jong Un'],
  ['U.S.', 'US'],
])(
  'typing “%s” finds the claims whose cards have “%s”, not every claim, and says how many',
  async (written, asPrinted) => {
    const total = dossier.claims.length;
    const expected = dossier.claims.filter((view) => cardHasWords(view, asPrinted)).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(total);
    const { page, problems, close } = await openPage(browser(), appUrl);
    await searchbox(page).fill(written);
    await page
      .getByRole('status')
      .filter({ hasText: `${expected} of ${total} claims match` })
      .waitFor();
    await resultsSettled(page);
    expect(await claimTable(page).getByRole('article').count()).toBe(expected);
    expect(problems).toEqual([]);
    await close();
  },
);

test('a search’s first keystroke adds a history entry, the next ones replace it', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl);
  const before = await historyLength(page);
  await searchbox(page).pressSequentially('sanctions', { delay: 30 });
  await page.waitForURL(/\?q=sanctions$/);
  expect(await historyLength(page)).toBe(before + 1);
  const found = quoting('sanctions').length;
  expect(found).toBeGreaterThan(0);
  // Back: the claims before the search, not the search one letter shorter.
  await page.goBack();
  await page.waitForURL(appUrl);
  expect(await searchbox(page).inputValue()).toBe('');
  await page.goForward();
  await page.waitForURL(/\?q=sanctions$/);
  expect(await searchbox(page).inputValue()).toBe('sanctions');
  expect(problems).toEqual([]);
  await close();
});

test('“All claims” on a claim’s page leads back to the filtered view the reader came from', async () => {
  const [party] = parties;
  if (!party) throw new Error('no party');
  const { page, problems, close } = await openPage(browser(), `${appUrl}?party=${party.id}`);
  await resultsSettled(page);
  await claimTable(page)
    .getByRole('article')
    .first()
    .getByRole('heading')
    .getByRole('link')
    .click();
  await page.waitForURL(/\/claims\//);
  await page.getByRole('link', { name: '← All claims' }).click();
  await page.waitForURL(`${appUrl}?party=${party.id}`);
  await expect.poll(() => claimTable(page).getByRole('columnheader').count()).toBe(1);
  expect(problems).toEqual([]);
  await close();
});

test('after Back and Forward, focus is on the new view’s heading', async () => {
  const [topic] = topics;
  if (!topic) throw new Error('no topic');
  const { page, problems, close } = await openPage(browser(), appUrl);
  const overview = page.getByRole('table', { name: 'Positions at a glance' });
  await overview.getByRole('link', { name: topic.question, exact: true }).click();
  await page.waitForURL(`${appUrl}topics/${topic.id}`);
  const focusedHeading = () =>
    page.evaluate(() =>
      document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null,
    );
  await expect.poll(focusedHeading).toBe(topic.question);
  await page.goBack();
  await page.waitForURL(appUrl);
  await expect
    .poll(focusedHeading)
    .toBe(await page.getByRole('heading', { level: 1 }).textContent());
  await page.goForward();
  await page.waitForURL(`${appUrl}topics/${topic.id}`);
  await expect.poll(focusedHeading).toBe(topic.question);
  expect(problems).toEqual([]);
  await close();
});

/** Whether any field a card shows has a word starting with `start` (folded). */
const showsWord = (view: ClaimView, start: string) =>
  cardFields(view).some((field) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${start}`, 'u').test(foldForSearch(field)),
  );

test('facet counts follow the other filters, “only” keeps one value, a ticked topic with no match says so', async () => {
  const { page, problems, close } = await openPage(browser(), `${appUrl}?q=denuclearization`);
  await openFilters(page);
  const found = dossier.claims.filter((view) => showsWord(view, 'denucleari'));
  const onTopic = (id: string) => found.filter((view) => view.topic.id === id).length;
  const topicOption = (title: string) =>
    page.locator('label').filter({
      has: page.getByRole('checkbox', { name: new RegExp(`^${title} \\(`) }),
    });
  // Each topic's count is what the search finds on it.
  for (const topic of topics) {
    await expect
      .poll(() => topicOption(topic.title).textContent())
      .toContain(`(${onTopic(topic.id)})`);
  }
  const spoken = topics.find((topic) => onTopic(topic.id) > 0);
  const silent = topics.find((topic) => onTopic(topic.id) === 0);
  if (!spoken || !silent) throw new Error('the search should find claims on some topics only');
  await page.getByRole('button', { name: `Only ${spoken.title}` }).click();
  await page.waitForURL(new RegExp(`topic=${spoken.id}`));
  await resultsSettled(page);
  expect(await claimTable(page).getByRole('rowheader').allTextContents()).toEqual([
    spoken.question,
  ]);
  expect(await claimTable(page).getByRole('article').count()).toBe(onTopic(spoken.id));
  // Ticked, the topic with no match keeps its row, which says so.
  await topicOption(silent.title).getByRole('checkbox').check();
  await page.waitForURL(new RegExp(`topic=`));
  await expect
    .poll(() => claimTable(page).getByRole('rowheader').allTextContents())
    .toContain(silent.question);
  const row = claimTable(page).getByRole('rowgroup').filter({ hasText: silent.question });
  expect(
    await row.getByText(/No claim matches the filters|No statement in the sources/).count(),
  ).toBe(parties.length);
  await expect.poll(() => topicOption(silent.title).textContent()).toContain('no claim matches');
  expect(problems).toEqual([]);
  await close();
});

test('the speaker picker counts each speaker’s claims under the other filters, and “only” keeps one', async () => {
  // The party with the most speakers, and its two most quoted: the counts differ by speaker.
  const claimsOf = (id: string) => dossier.claims.filter((view) => view.speaker.id === id);
  const [party] = parties.toSorted(
    (a, b) =>
      new Set(dossier.claims.filter((v) => v.party.id === b.id).map((v) => v.speaker.id)).size -
      new Set(dossier.claims.filter((v) => v.party.id === a.id).map((v) => v.speaker.id)).size,
  );
  if (!party) throw new Error('no party');
  const speakers = dossier.corpus.speakers.filter((speaker) => speaker.party === party.id);
  const [first, second] = speakers.toSorted(
    (a, b) => claimsOf(b.id).length - claimsOf(a.id).length,
  );
  if (!first || !second) throw new Error(`${party.name} should have two speakers`);
  const { page, problems, close } = await openPage(browser(), appUrl);
  await openFilters(page);
  const speakersGroup = page.getByRole('group', { name: /^Speakers/ });
  const option = (name: string) =>
    speakersGroup.locator('label').filter({
      // A speaker's box reads "name · party (count)".
      has: page.getByRole('checkbox', { name: new RegExp(`^${name} · `) }),
    });
  for (const speaker of [first, second]) {
    await expect
      .poll(() => option(speaker.name).textContent())
      .toContain(`(${claimsOf(speaker.id).length})`);
  }
  await speakersGroup.getByRole('button', { name: `Only ${first.name}` }).click();
  await page.waitForURL(new RegExp(`[?&]speaker=${first.id}$`));
  await resultsSettled(page);
  const shown = await claimTable(page).getByRole('article').locator('h3').allTextContents();
  expect(shown.toSorted()).toEqual(
    claimsOf(first.id)
      .map((view) => view.claim.summary)
      .toSorted(),
  );
  // Another speaker ticked as well adds their claims; the counts stay each one's own.
  await option(second.name).getByRole('checkbox').check();
  await page.waitForURL(/speaker=/);
  await resultsSettled(page);
  await expect
    .poll(() => claimTable(page).getByRole('article').count())
    .toBe(claimsOf(first.id).length + claimsOf(second.id).length);
  expect(await option(second.name).textContent()).toContain(`(${claimsOf(second.id).length})`);
  // With direct quotes only, each speaker counts their direct quotes.
  await page.getByRole('radio', { name: /^Direct quotes/ }).check();
  await page.waitForURL(/speech=direct/);
  for (const speaker of [first, second]) {
    const direct = claimsOf(speaker.id).filter((view) => view.claim.speech === 'direct');
    await expect.poll(() => option(speaker.name).textContent()).toContain(`(${direct.length})`);
  }
  expect(problems).toEqual([]);
  await close();
});
