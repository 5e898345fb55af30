import { parse } from 'csv-parse/sync';
import { expect, inject, test } from 'vitest';
import { compiledSchemaVersion } from '../../src/corpus/schema.ts';
import { relationLabel } from '../../src/claims/relation-phrase.ts';
import { foldForSearch, searchTerms } from '../../src/lib/search-text.ts';
import { dossier } from '../support/dossier.ts';
import {
  claimTable,
  openFilters,
  openPage,
  resultsSettled,
  useBrowser,
} from './browser-session.ts';
import { dataFileUrl } from './data-paths.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();

const { parties, topics } = dossier.corpus;
/** A party's column header as it reads: its label, then its name. */
const header = (party: { label: string; name: string }) => `${party.label}${party.name}`;
const partyById = (id: string) => {
  const party = dossier.partyById.get(id);
  if (!party) throw new Error(`The dossier has no party "${id}"`);
  return party;
};
/** The claims a search matches, as the app matches them: every term, folded, in the quote,
 *  the summary, or the speaker's name or role. */
const matching = (query: string) =>
  dossier.claims.filter((view) => {
    const haystack = foldForSearch(
      `${view.claim.quote.textQuoteSelector.exact}\n${view.claim.summary}\n${view.speaker.name}\n${view.speaker.role ?? ''}`,
    );
    return searchTerms(query).every((term) => haystack.includes(term));
  });
const total = dossier.claims.length;

test('the comparison shows every topic as a row and every party as a column, with no console error', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl);
  const headers = claimTable(page).getByRole('columnheader');
  await headers.first().waitFor();
  expect(await headers.allTextContents()).toEqual(parties.map(header));
  for (const topic of topics) {
    expect(await page.getByRole('heading', { level: 2, name: topic.question }).count()).toBe(1);
  }
  expect(await page.getByRole('article').count()).toBe(total);
  // A cell says so for each party silent on a question.
  const silent = topics.flatMap((topic) =>
    parties.filter(
      (party) =>
        !dossier.claims.some((view) => view.topic.id === topic.id && view.party.id === party.id),
    ),
  );
  expect(await page.getByText('No statement in the sources.').count()).toBe(silent.length);
  expect(problems).toEqual([]);
  await close();
});

test('filtering by party changes the URL, survives a reload, and Back undoes it', async () => {
  const china = partyById('china');
  const others = parties.filter((party) => party.id !== china.id);
  const shown = dossier.claims.filter((view) => view.party.id !== china.id).length;
  const { page, problems, close } = await openPage(browser(), appUrl);
  await openFilters(page);
  await page.getByRole('checkbox', { name: new RegExp(`^${china.name}`) }).uncheck();
  await page.waitForURL(new RegExp(`\\?party=${others.map((party) => party.id).join(',')}$`));
  // The first filter may come before the full cards' code (see deferred-part.ts): meanwhile
  // the cards shown stay, marked busy.
  await expect.poll(() => claimTable(page).getByRole('columnheader').count()).toBe(others.length);
  await page
    .getByRole('status')
    .filter({ hasText: `${shown} of ${total} claims match` })
    .waitFor();

  await page.reload();
  await claimTable(page).getByRole('columnheader').first().waitFor();
  expect(await claimTable(page).getByRole('columnheader').allTextContents()).toEqual(
    others.map(header),
  );
  await openFilters(page);
  expect(await page.getByRole('checkbox', { name: new RegExp(`^${china.name}`) }).isChecked()).toBe(
    false,
  );

  await page.goBack();
  await page.waitForURL(appUrl);
  await claimTable(page)
    .getByRole('columnheader')
    .nth(parties.length - 1)
    .waitFor();
  expect(await claimTable(page).getByRole('columnheader').count()).toBe(parties.length);
  expect(problems).toEqual([]);
  await close();
});

test('search finds claims by speaker, quote or summary, ignoring case and accents', async () => {
  const choe = dossier.speakerById.get('choe-son-hui');
  if (!choe) throw new Error('The dossier has no speaker "choe-son-hui"');
  const byName = matching('CHOÉ');
  expect(byName.length).toBeGreaterThan(0);
  const { page, close } = await openPage(browser(), appUrl);
  await page.getByRole('searchbox', { name: /Search/ }).fill('CHOÉ');
  await page.waitForURL(/\?q=CHO%C3%89$/);
  await page
    .getByRole('status')
    .filter({ hasText: `${byName.length} of ${total} claims match` })
    .waitFor();
  await resultsSettled(page);
  const cards = await page.getByRole('article').all();
  expect(cards).toHaveLength(byName.length);
  for (const card of cards) {
    expect(await card.locator('p').first().textContent()).toContain(choe.name);
  }

  const byWords = matching('plutonium uranium');
  expect(byWords.length).toBeGreaterThan(0);
  await page.getByRole('searchbox', { name: /Search/ }).fill('plutonium uranium');
  await page
    .getByRole('status')
    .filter({ hasText: `${byWords.length} of ${total} claims match` })
    .waitFor();
  await resultsSettled(page);
  expect(await page.getByRole('article').count()).toBe(byWords.length);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await page.waitForURL(appUrl);
  expect(await page.getByRole('searchbox', { name: /Search/ }).inputValue()).toBe('');
  expect(await page.getByRole('article').count()).toBe(total);
  await close();
});

test('a deep link with filters opens that state directly', async () => {
  const china = partyById('china');
  const direct = dossier.claims.filter(
    (view) => view.party.id === china.id && view.claim.speech === 'direct',
  );
  expect(direct.length).toBeGreaterThan(0);
  const { page, problems, close } = await openPage(
    browser(),
    `${appUrl}?party=china&speech=direct`,
  );
  await claimTable(page).getByRole('columnheader').first().waitFor();
  expect(await claimTable(page).getByRole('columnheader').allTextContents()).toEqual([
    header(china),
  ]);
  expect(await page.getByRole('article').count()).toBe(direct.length);
  await openFilters(page);
  expect(await page.getByRole('radio', { name: /^Direct quotes/ }).isChecked()).toBe(true);
  expect(problems).toEqual([]);
  await close();
});

test('unknown URL values are dropped with a quiet notice', async () => {
  const { page, problems, close } = await openPage(
    browser(),
    `${appUrl}?party=russia,us&topic=%3Cscript%3E`,
  );
  const note = page.getByRole('note');
  await note.waitFor();
  expect(await note.textContent()).toContain('no party “russia” in this dossier');
  expect(await claimTable(page).getByRole('columnheader').allTextContents()).toEqual([
    header(partyById('us')),
  ]);
  expect(problems).toEqual([]);
  await close();
});

test('the theme toggle overrides the system and persists across reloads', async () => {
  const { page, close } = await openPage(browser(), appUrl, { colorScheme: 'light' });
  const toggle = page.getByRole('button', { name: /^Theme/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  expect(await toggle.textContent()).toBe('Theme: dark');
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
  await page.reload();
  await claimTable(page).getByRole('columnheader').first().waitFor();
  // The page is dark from its first paint (the head's theme script)…
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
  // …and the toggle, the app's, says so once the app has started, after that paint.
  await page.waitForSelector('html[data-app-ready]', { state: 'attached', timeout: 30_000 });
  expect(await page.getByRole('button', { name: /^Theme/ }).textContent()).toBe('Theme: dark');
  await close();
});

test('printing shows the filtered comparison without the controls', async () => {
  const { page, close } = await openPage(browser(), `${appUrl}?party=us,dprk`);
  await claimTable(page).getByRole('columnheader').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('search').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: /^Theme/ }).isVisible()).toBe(false);
  const [us, dprk] = [partyById('us'), partyById('dprk')];
  const printed = dossier.claims.filter((view) => [us.id, dprk.id].includes(view.party.id));
  const filters = page.getByText(
    `Parties: ${us.name}, ${dprk.name}. ${printed.length} of ${total} claims match.`,
    { exact: false },
  );
  expect(await filters.isVisible()).toBe(true);
  expect(await filters.textContent()).toContain(`Printed from ${appUrl}?party=us,dprk`);
  await close();
});

test('a link with a search whose table fails shows an error whose Retry recovers', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  // The app retries a failed fetch on its own a few times; the error shows once those fail too.
  let serverDown = true;
  await page.route(dataFileUrl('search.json'), (route) =>
    serverDown ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
  );
  await page.goto(`${appUrl}?q=yongbyon`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/HTTP 500 for data\/search\.json/);
  // Never the unfiltered claims in its place.
  expect(await page.locator('#results').count()).toBe(0);
  serverDown = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('article').first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  await context.close();
});

test('the filtered view downloads as CSV, JSON and Web Annotations holding exactly its claims', async () => {
  const { page, close } = await openPage(browser(), `${appUrl}?party=china`, {
    acceptDownloads: true,
  });
  await claimTable(page).getByRole('columnheader').first().waitFor();
  const download = async (name: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  };

  const china = dossier.claims.filter((view) => view.party.id === 'china');
  const chinaIds = new Set(china.map((view) => view.claim.id));
  const touching = dossier.corpus.relations.filter(
    (relation) => chinaIds.has(relation.from) || chinaIds.has(relation.to),
  );
  const isAmong = (relation: { from: string; to: string }) =>
    chinaIds.has(relation.from) && chinaIds.has(relation.to);

  const csv = await download('CSV');
  // The file's name and the JSON say which view made them.
  expect(csv.name).toBe(`${dossier.corpus.dossier.id}-claims-party-china.csv`);
  const rows = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
  // In display order (topic by topic), so compared as sets.
  expect(rows.map((row) => row.id).sort()).toEqual([...chinaIds].sort());
  expect(rows.map((row) => row.permalink)).toContain(`${appUrl}claims/${china[0]?.claim.id}`);
  const listed = (column: string) =>
    rows.flatMap((row) => (row[column] ? (row[column] ?? '').split('; ') : []));
  // Each relation among them is listed from both ends; each pointing out, from one.
  expect(listed('relations')).toHaveLength(2 * touching.filter(isAmong).length);
  expect(listed('relations_outside')).toHaveLength(touching.filter((r) => !isAmong(r)).length);

  const json = JSON.parse((await download('JSON')).text) as {
    schemaVersion: number;
    claims: { id: string }[];
    relations: unknown[];
    outsideRelations?: unknown[];
    selection?: { filters: string; url: string };
  };
  expect(json.schemaVersion).toBe(compiledSchemaVersion);
  const chinaName = dossier.corpus.parties.find((party) => party.id === 'china')?.name ?? '';
  expect(json.selection).toEqual({
    filters: `Parties: ${chinaName}`,
    url: `${appUrl}?party=china`,
  });
  expect(json.claims.map((claim) => claim.id)).toEqual(rows.map((row) => row.id));
  expect(json.relations).toHaveLength(touching.filter(isAmong).length);
  expect(json.outsideRelations ?? []).toHaveLength(touching.filter((r) => !isAmong(r)).length);

  const annotations = JSON.parse((await download('Web Annotations')).text) as {
    '@context': string;
    total: number;
  };
  expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(annotations.total).toBe(china.length);
  expect(
    await page.getByText(`Web Annotations of ${china.length} claims downloaded.`).isVisible(),
  ).toBe(true);

  const bibtex = await download('BibTeX');
  expect(bibtex.name).toBe(`${dossier.corpus.dossier.id}-claims-party-china.bib`);
  expect(bibtex.text.match(/^@misc\{claim-/gm)).toHaveLength(china.length);
  await close();
});

test('a card shows its relations’ notes on demand behind one tab stop, with JavaScript or without', async () => {
  // The claim with the most relations: two of them may come from one speaker.
  const [view] = dossier.claims.toSorted(
    (a, b) =>
      (dossier.relationsByClaim.get(b.claim.id)?.length ?? 0) -
      (dossier.relationsByClaim.get(a.claim.id)?.length ?? 0),
  );
  const relations = view ? (dossier.relationsByClaim.get(view.claim.id) ?? []) : [];
  expect(relations.length).toBeGreaterThan(1);
  for (const javaScriptEnabled of [true, false]) {
    const { page, close } = await openPage(browser(), `${appUrl}?topic=${view?.topic.id}`, {
      javaScriptEnabled,
    });
    const card = page.getByRole('article', { name: view?.claim.summary, exact: true });
    await card.waitFor();
    // One disclosure for all of them, not one a badge: a keyboard passes the card in fewer stops.
    const notes = card.locator('details');
    expect(await notes.count()).toBe(1);
    const note = notes.locator('dd');
    expect(await note.first().isVisible()).toBe(false);
    await notes.locator('summary').click();
    await note.first().waitFor();
    // Each note under its badge's words, so that it reads apart from the others.
    const shown = await notes
      .locator('dl > div')
      .evaluateAll((items) =>
        items.map((item) => [
          item.querySelector('dt')?.textContent,
          item.querySelector('dd')?.textContent,
        ]),
      );
    expect(shown.toSorted()).toEqual(
      relations
        .map((relation) => {
          const { phrase, claim } = relationLabel(relation);
          return [`${phrase} · ${claim}`, relation.relation.note];
        })
        .toSorted(),
    );
    await close();
  }
});

test.each([
  { name: 'a party', search: (party: string) => `?party=${party}` },
  { name: 'a party and a word', search: (party: string) => `?party=${party}&q=sanctions` },
])(
  'an address filtered by $name opens on its claims, under a bar that says so, with its link to copy',
  async ({ search }) => {
    // A party silent on the lead questions if one is (its claims come after every question it
    // does not answer), else the one with the fewest claims.
    const lead = new Set(dossier.corpus.dossier.leadTopics);
    const silentOnLead = (claims: typeof dossier.claims) =>
      claims.every((view) => !lead.has(view.topic.id));
    const counted = dossier.corpus.parties
      .map((party) => ({
        party,
        claims: dossier.claims.filter((view) => view.party.id === party.id),
      }))
      .filter(({ claims }) => claims.length > 0)
      .toSorted(
        (a, b) =>
          Number(silentOnLead(b.claims)) - Number(silentOnLead(a.claims)) ||
          a.claims.length - b.claims.length,
      );
    const { party } = counted[0] ?? {};
    if (!party) throw new Error('no party with claims');
    const address = `${appUrl}${search(party.id)}`;
    const { page, context, problems, close } = await openPage(browser(), address, {
      viewport: { width: 1280, height: 900 },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl).origin,
    });
    const bar = page.getByRole('region', { name: 'This view' });
    await bar.waitFor();
    await expect.poll(() => bar.textContent()).toMatch(/claims? match/);
    const words = (await bar.textContent()) ?? '';
    expect(words).toContain(`Parties: ${party.name}`);
    const matching = Number(/(\d+) of (\d+) claims? match/.exec(words)?.[1]);
    expect(/of (\d+) claims/.exec(words)?.[1]).toBe(String(dossier.claims.length));
    // The cards follow the count (their code may still be arriving).
    await expect.poll(() => page.getByRole('article').count()).toBe(matching);
    // Opened on what it names: no overview of every party above it, its first claim on screen.
    expect(await page.getByRole('table', { name: 'Positions at a glance' }).count()).toBe(0);
    if (matching > 0) {
      const first = await page.getByRole('article').first().boundingBox();
      expect(first?.y ?? Infinity).toBeLessThan(900);
    }
    expect(await page.title()).toContain(`Parties: ${party.name}`);
    expect(await page.title()).toContain(`${matching} of ${dossier.claims.length} claims match`);
    await bar.getByRole('button', { name: 'Copy link to this view' }).click();
    await bar.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    await bar.getByRole('link', { name: 'Clear' }).click();
    await page.waitForURL(appUrl);
    await page.getByRole('table', { name: 'Positions at a glance' }).waitFor();
    expect(await bar.count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  },
);
