/**
 * The topic and party pages: every party's answers to one question, and everything one party
 * said, with who disputes whom as a picture, a matrix and a list; prerendered with their own
 * head, and readable without JavaScript. Expected values come from the dossier.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { relationWords } from '../../src/claims/relation-phrase.ts';
import type { ClaimView } from '../../src/corpus/corpus-index.ts';
import type { Relation } from '../../src/corpus/schema.ts';
import { edgeWords } from '../../src/relations/relation-graph.ts';
import { dossier } from '../support/dossier.ts';
import { unescapeHtml } from '../support/html-text.ts';
import { claimTable, openPage, useBrowser } from './browser-session.ts';

const appUrl = inject('appUrl');
const outDir = inject('appOutDir');
const browser = useBrowser();
const { parties, topics } = dossier.corpus;

/** Every relation touching some claims, once. */
function relationsTouching(views: readonly ClaimView[]): Relation[] {
  const found = new Map<string, Relation>();
  for (const view of views) {
    for (const { relation } of dossier.relationsByClaim.get(view.claim.id) ?? []) {
      found.set(`${relation.from} ${relation.to} ${relation.type}`, relation);
    }
  }
  return [...found.values()];
}

const onTopic = (id: string) => dossier.claims.filter((view) => view.topic.id === id);
const ofParty = (id: string) => dossier.claims.filter((view) => view.party.id === id);
const partyOf = (claimId: string) => dossier.claimById.get(claimId)?.party.id;

// The question with the most relations: its picture is the fullest.
const [busiest] = topics
  .map((topic) => ({ topic, relations: relationsTouching(onTopic(topic.id)) }))
  .toSorted((a, b) => b.relations.length - a.relations.length);
if (!busiest || busiest.relations.length === 0) throw new Error('no relation in the dossier');

const picture = (page: Page) => page.getByRole('group', { name: /Who disputes whom/ });

test.each(topics.map((topic) => [topic.id, topic] as const))(
  'the page of %s shows every party’s answers, each card with its quote',
  async (_, topic) => {
    const { page, problems, close } = await openPage(browser(), `${appUrl}topics/${topic.id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(topic.question);
    await claimTable(page).getByRole('columnheader').first().waitFor();
    expect(await claimTable(page).getByRole('columnheader').count()).toBe(parties.length);
    const claims = onTopic(topic.id);
    expect(await claimTable(page).getByRole('article').count()).toBe(claims.length);
    for (const view of claims) {
      await expect
        .poll(() => claimTable(page).getByText(view.claim.quote.textQuoteSelector.exact).count())
        .toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await close();
  },
);

test('a topic’s relations are drawn, counted between parties and listed, each once', async () => {
  const { topic, relations } = busiest;
  const { page, problems, close } = await openPage(browser(), `${appUrl}topics/${topic.id}`);
  const edges = picture(page).locator('a[href*="#relations-heading"]');
  await edges.first().waitFor();
  expect(await edges.count()).toBe(relations.length);
  // Told apart by their words and their line style, not by colour alone: every edge of a
  // type is drawn with that type's dash pattern, and no two types share one.
  const dashOf = new Map<string, Set<string>>();
  for (const relation of relations) {
    const words = relationWords(relation.type, 'outgoing').toLowerCase();
    const drawn = picture(page)
      .locator(`a[href$="/claims/${relation.from}#relations-heading"]`)
      .and(picture(page).locator(`[data-relation="${relation.type}"]`));
    expect(await drawn.count()).toBeGreaterThan(0);
    const labels = picture(page).locator('text[data-label="relation"]');
    expect(await labels.filter({ hasText: words }).count()).toBeGreaterThan(0);
    const dashes = await drawn.evaluateAll((links) =>
      links.map(
        (link) => getComputedStyle(link.querySelectorAll('path')[1] ?? link).strokeDasharray,
      ),
    );
    for (const dash of dashes) {
      dashOf.set(relation.type, (dashOf.get(relation.type) ?? new Set()).add(dash));
    }
  }
  for (const [type, dashes] of dashOf) expect(dashes.size, type).toBe(1);
  const patterns = [...dashOf.values()].map((dashes) => [...dashes][0]);
  expect(dashOf.size, 'the busiest topic should show several relation types').toBeGreaterThan(1);
  expect(new Set(patterns).size).toBe(dashOf.size);
  // The matrix: relations of each type from the row's party to the column's.
  const matrix = page.getByRole('table', { name: /from the claims of the party in each row/ });
  for (const from of parties) {
    for (const [t, to] of parties.entries()) {
      const counted = (['disputes', 'supports', 'qualifies', 'elaborates'] as const).flatMap(
        (type) => {
          const n = relations.filter(
            (r) => r.type === type && partyOf(r.from) === from.id && partyOf(r.to) === to.id,
          ).length;
          return n > 0 ? [`${relationWords(type, 'outgoing').toLowerCase()}: ${n}`] : [];
        },
      );
      const cell = matrix.getByRole('row', { name: new RegExp(`^${from.name}`) }).getByRole('cell');
      expect(await cell.nth(t).innerText(), `${from.id} → ${to.id}`).toBe(
        counted.length > 0 ? counted.join(', ') : 'none',
      );
    }
  }
  // The list says the same in words, with each relation's note.
  const list = page.getByRole('heading', { name: 'Each relation, in words' }).locator('+ ul');
  expect(await list.getByRole('listitem').count()).toBe(relations.length);
  for (const relation of relations) {
    expect(await list.getByText(relation.note, { exact: true }).count()).toBeGreaterThan(0);
  }
  expect(problems).toEqual([]);
  await close();
});

test('the relation picture works from the keyboard: Tab reaches each link, Enter opens it', async () => {
  const { topic, relations } = busiest;
  const { page, problems, close } = await openPage(browser(), `${appUrl}topics/${topic.id}`);
  const scroller = page.getByRole('region', { name: /: picture$/ });
  await scroller.focus();
  // Every box, then every curve, one Tab each, each named in words.
  const boxes = await picture(page).locator('a:not([href*="#"])').count();
  const names: string[] = [];
  for (let i = 0; i < boxes + relations.length; i++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
  }
  expect(names.every((name) => name.length > 0)).toBe(true);
  // The curves' names are their relations in words, each once.
  const said = (relation: Relation) => {
    const from = dossier.claimById.get(relation.from);
    const to = dossier.claimById.get(relation.to);
    if (!from || !to) throw new Error(`relation ${relation.from} → ${relation.to} dangles`);
    return edgeWords({ relation, from, to });
  };
  expect(names.slice(boxes).toSorted()).toEqual(relations.map(said).toSorted());
  // The last Tab reached the last curve: Enter opens its relation, on its first claim's page.
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
  const fromId = /\/claims\/([^/#]+)#relations-heading$/.exec(href)?.[1];
  expect(relations.find((one) => said(one) === names.at(-1))?.from).toBe(fromId);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${appUrl}claims/${fromId}#relations-heading`);
  await page.getByRole('heading', { name: 'How other claims relate to this one' }).waitFor();
  expect(problems).toEqual([]);
  await close();
});

test.each(parties.map((party) => [party.id, party] as const))(
  'the page of %s shows everything it said, question by question',
  async (_, party) => {
    const { page, problems, close } = await openPage(browser(), `${appUrl}parties/${party.id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(party.name);
    await claimTable(page).getByRole('columnheader').first().waitFor();
    expect(await claimTable(page).getByRole('columnheader').allTextContents()).toEqual([
      expect.stringContaining(party.name) as unknown,
    ]);
    expect(await claimTable(page).getByRole('article').count()).toBe(ofParty(party.id).length);
    // A row for each question it answered, in the dossier's order; those it did not, in a line.
    const answered = topics.filter((topic) => ofParty(party.id).some((v) => v.topic === topic));
    const silent = topics.filter((topic) => !answered.includes(topic));
    expect(
      await claimTable(page).getByRole('rowheader').getByRole('heading').allTextContents(),
    ).toEqual(answered.map((topic) => topic.question));
    const silence = page.getByText(`${party.name} made no statement in the sources on:`);
    expect(await silence.count()).toBe(silent.length > 0 ? 1 : 0);
    if (silent.length > 0) {
      expect(await silence.getByRole('link').allTextContents()).toEqual(
        silent.map((topic) => topic.title),
      );
    }
    const relations = relationsTouching(ofParty(party.id));
    expect(
      await page
        .getByRole('heading', { name: 'Each relation, in words' })
        .locator('+ ul > li')
        .count(),
    ).toBe(relations.length);
    expect(problems).toEqual([]);
    await close();
  },
);

test('without JavaScript, a topic page shows its answers, matrix and list, and its links work', async () => {
  const { topic, relations } = busiest;
  const { page, close } = await openPage(browser(), `${appUrl}topics/${topic.id}`, {
    javaScriptEnabled: false,
  });
  expect(await claimTable(page).getByRole('article').count()).toBe(onTopic(topic.id).length);
  expect(
    await page
      .getByRole('heading', { name: 'Each relation, in words' })
      .locator('+ ul > li')
      .count(),
  ).toBe(relations.length);
  expect(await picture(page).locator('a').count()).toBeGreaterThan(relations.length);
  const [party] = parties;
  if (!party) throw new Error('no party');
  await page
    .getByRole('navigation', { name: 'Everything one party said' })
    .getByRole('link', { name: new RegExp(party.name) })
    .click();
  await page.waitForURL(`${appUrl}parties/${party.id}`);
  expect(await claimTable(page).getByRole('article').count()).toBe(ofParty(party.id).length);
  await close();
});

const collectionPages = [
  ...topics.map((topic) => ({
    path: `topics/${topic.id}`,
    name: topic.question,
    claims: onTopic(topic.id),
  })),
  ...parties.map((party) => ({
    path: `parties/${party.id}`,
    name: party.name,
    claims: ofParty(party.id),
  })),
];

test.each(collectionPages)(
  'the head of /$path names it, with its own description, preview image and claims as JSON-LD',
  ({ path, name, claims }) => {
    const html = readFileSync(join(outDir, `${path}.html`), 'utf8');
    const meta = (key: string) =>
      unescapeHtml(
        html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1] ?? '',
      );
    const title = unescapeHtml(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
    expect(title).toContain(name);
    const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1] ?? '';
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/${path}$`));
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:title')).toBe(title);
    // The description counts the page's claims (a party's page names them, a topic's page
    // gives each party's first answer).
    expect(meta('description')).toContain(`${claims.length} claims`);
    const image = meta('og:image');
    expect(image).toMatch(new RegExp(`^https?://[^/]+/og/${path}\\.png$`));
    expect(existsSync(join(outDir, new URL(image).pathname))).toBe(true);
    const jsonLd = JSON.parse(
      html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1] ?? '{}',
    ) as { '@type': string; url: string; about: { name: string }; hasPart: { '@id': string }[] };
    expect(jsonLd['@type']).toBe('CollectionPage');
    expect(jsonLd.url).toBe(canonical);
    expect(jsonLd.about.name).toBe(name);
    expect(
      jsonLd.hasPart.map((part) => part['@id'].replace(/^.*\/claims\//, '').replace(/#.*$/, '')),
    ).toEqual(claims.map((view) => view.claim.id));
  },
);

test('every topic and party page has a title and a description of its own', () => {
  const heads = collectionPages.map(({ path }) => {
    const html = readFileSync(join(outDir, `${path}.html`), 'utf8');
    return [
      html.match(/<title>([^<]*)<\/title>/)?.[1],
      html.match(/<meta name="description" content="([^"]*)"/)?.[1],
    ];
  });
  expect(new Set(heads.map(([title]) => title)).size).toBe(collectionPages.length);
  expect(new Set(heads.map(([, description]) => description)).size).toBe(collectionPages.length);
});
