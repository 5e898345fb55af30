/**
 * A site of four dossiers (tests/fixtures/desk/site.yaml): the bundled dossier, which was the
 * whole site before, the invented second and multilingual ones, and an invented follow-up of
 * the multilingual one that shares a speaker with it, each built under its own path and
 * merged. Its home lists the events newest first, each with its lead question and parties, and
 * passes axe and the Nu HTML Checker; a speaker's page spans the events they speak in; every
 * address the single-dossier build published still opens the same page, its query and
 * fragment kept; its sitemap index and feeds cover every dossier, and the feeds validate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parseHTML } from 'linkedom';
import { expect, inject, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { defaultSiteOrigin, fileOf } from '../../scripts/site/build-site.ts';
import { readDesk } from '../../scripts/site/desk-config.ts';
import { feedPaths } from '../../scripts/site/feeds.ts';
import { formatStatedAt, parseStatedAt } from '../../src/corpus/stated-at.ts';
import * as homeWords from '../../src/desk/desk-home.words.tsx';
import * as shellWords from '../../src/app/app-shell.words.ts';
import { speakerPagePath } from '../../scripts/site/build-desk.ts';
import { checkMarkup } from '../support/nu-checker.ts';
import { relaxNgErrors } from '../support/relax-ng.ts';
import { axeViolations, useBrowser } from './browser-session.ts';
import { deskSiteFile } from './global-setup.ts';

const browser = useBrowser();
const url = inject('deskUrl');
const outDir = inject('deskOutDir');
const singleOutDir = inject('appOutDir');
const site = `${defaultSiteOrigin}/`;

const desk = readDesk(deskSiteFile);
const dossiers = desk.dossiers.map((dossier) => {
  const verified = verifyCorpus(readCorpusFolder(dossier.folder));
  if (!verified.ok) throw new Error(JSON.stringify(verified.problems, null, 2));
  return { ...dossier, corpus: verified.verified.corpus };
});
const start = (dates: string) => {
  const day = parseStatedAt(dates)?.start;
  return day ? day.year * 10_000 + (day.month ?? 1) * 100 + (day.day ?? 1) : 0;
};
/** The events as the data says the home lists them: newest first. */
const newestFirst = [...dossiers].sort(
  (a, b) => start(b.corpus.dossier.event.dates) - start(a.corpus.dossier.event.dates),
);
/**
 * Opens a page of the site: the home runs no app, so there is nothing to wait for but the
 * page; what the browser reports as a problem is collected.
 */
async function openStatic(address: string) {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(address);
  return { page, problems, close: () => context.close() };
}

const former = dossiers.find((dossier) => dossier.formerlyAtRoot);
if (!former) throw new Error('the desk fixture has no dossier that was the whole site');

/** Every speaker of the site, by id, with the dossiers they speak in, newest event first. */
const speakers = new Map<string, { name: string; in: typeof newestFirst }>();
for (const dossier of newestFirst) {
  for (const speaker of dossier.corpus.speakers) {
    if (!dossier.corpus.claims.some((claim) => claim.speaker === speaker.id)) continue;
    const known = speakers.get(speaker.id) ?? { name: speaker.name, in: [] };
    known.in.push(dossier);
    speakers.set(speaker.id, known);
  }
}
const shared = [...speakers].filter(([, one]) => one.in.length > 1);

test('the home lists every event, newest first, with its lead question and parties', async () => {
  const { page, problems, close } = await openStatic(url);
  try {
    const events = page.getByRole('listitem').filter({ has: page.getByRole('heading') });
    expect(await events.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      newestFirst.map((dossier) => dossier.corpus.dossier.event.name),
    );
    for (const [i, dossier] of newestFirst.entries()) {
      const { dossier: about, topics, parties, claims } = dossier.corpus;
      const item = events.nth(i);
      const text = (await item.textContent()) ?? '';
      expect(text).toContain(
        homeWords.whenWhere(formatStatedAt(about.event.dates), about.event.place),
      );
      expect(text).toContain(about.headline);
      expect(text).toContain(topics.find((topic) => topic.id === about.leadTopics[0])?.question);
      for (const party of parties) expect(text).toContain(party.label);
      expect(text).toContain(homeWords.claimCount(claims.length));
      expect(await item.getByRole('link').getAttribute('href')).toBe(`/${dossier.path}/`);
    }
    expect(await axeViolations(page)).toEqual([]);
    // Each event opens its dossier's comparison.
    const first = newestFirst[0];
    if (!first) throw new Error('no event');
    await events.first().getByRole('link').click();
    await page.waitForURL(`${url}${first.path}/`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(first.corpus.dossier.headline);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 90_000);

test('the home, a former address and every speaker page are valid HTML to the Nu HTML Checker', async () => {
  const messages = await checkMarkup(
    [
      join(outDir, 'index.html'),
      join(outDir, 'claims', `${former.corpus.claims[0]?.id}.html`),
      ...[...speakers.keys()].map((id) => join(outDir, `${speakerPagePath(id)}.html`)),
    ],
    { errorsOnly: true },
  );
  expect(messages).toEqual([]);
}, 120_000);

/** Every page the single-dossier build published, by its router path (its sitemap). */
const published = [
  ...readFileSync(join(singleOutDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
].map((match) => new URL(match[1] ?? '').pathname);

test('every address the single-dossier build published opens the same page', async () => {
  expect(published.length).toBeGreaterThan(former.corpus.claims.length);
  const { page, problems, close } = await openStatic(url);
  try {
    for (const path of published) {
      const single = parseHTML(readFileSync(join(singleOutDir, fileOf(path)), 'utf8')).document;
      await page.goto(`${url}${path.slice(1)}`);
      const moved = path === '/' ? `/${former.path}/` : `/${former.path}${path}`;
      // The home is the site's now; the former home's address with a query leads on (below).
      if (path === '/') continue;
      await page.waitForURL(`${url}${moved.slice(1)}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.title(), path).toBe(single.title);
      expect(await page.getByRole('heading', { level: 1 }).textContent(), path).toBe(
        single.querySelector('h1')?.textContent,
      );
    }
    // A filtered view of the former home, and a claim's fragment, keep their query and place.
    const party = former.corpus.parties[0]?.id ?? '';
    await page.goto(`${url}?party=${party}`);
    await page.waitForURL(`${url}${former.path}/?party=${party}`);
    const claim = former.corpus.claims[0]?.id ?? '';
    await page.goto(`${url}claims/${claim}#quote`);
    await page.waitForURL(`${url}${former.path}/claims/${claim}#quote`);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 600_000);

test('what people and tools link to keeps its address: the corpus and the archived texts', () => {
  expect(readFileSync(join(outDir, 'data', 'corpus.json'), 'utf8')).toBe(
    readFileSync(join(singleOutDir, 'data', 'corpus.json'), 'utf8'),
  );
  for (const source of former.corpus.sources) {
    expect(existsSync(join(outDir, 'data', source.textPath)), source.textPath).toBe(true);
  }
});

test('the sitemap index lists the home and every dossier, and each page it names is built', () => {
  const index = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  expect(sitemaps).toEqual([
    `${site}sitemap-site.xml`,
    ...newestFirst.map((dossier) => `${site}${dossier.path}/sitemap.xml`),
  ]);
  for (const sitemap of sitemaps) {
    const text = readFileSync(join(outDir, new URL(sitemap).pathname), 'utf8');
    for (const [, loc] of text.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = new URL(loc ?? '').pathname;
      expect(
        existsSync(join(outDir, fileOf(path.endsWith('/') ? `${path}index` : path))),
        path,
      ).toBe(true);
    }
  }
});

test("the site's feeds validate, hold every dossier's entries, and keep the former ids", async () => {
  expect(await relaxNgErrors('tests/schemas/atom.rnc', join(outDir, feedPaths.atom))).toEqual([]);
  const ajv = new Ajv({ strict: false });
  addFormats.default(ajv);
  const { id, ...version1 } = JSON.parse(
    readFileSync('tests/schemas/jsonfeed-1.schema.json', 'utf8'),
  ) as { id?: string };
  ajv.addSchema({ ...version1, $schema: 'http://json-schema.org/draft-07/schema#', $id: id });
  const validate = ajv.compile(
    JSON.parse(readFileSync('tests/schemas/jsonfeed-1.1.schema.json', 'utf8')),
  );
  type Items = { items: { id: string; url: string; date_published: string }[] };
  const feed = JSON.parse(readFileSync(join(outDir, feedPaths.json), 'utf8')) as Items;
  expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
  // Every dossier's entries, newest first; the former whole site's with the ids it published.
  const single = JSON.parse(readFileSync(join(singleOutDir, feedPaths.json), 'utf8')) as Items;
  const expected = dossiers.flatMap((dossier) => {
    const own = join(outDir, dossier.path, feedPaths.json);
    if (!existsSync(own)) return [];
    const items = (JSON.parse(readFileSync(own, 'utf8')) as Items).items;
    return items.map((item) => ({
      id: dossier.formerlyAtRoot ? item.id.replace(`${site}${dossier.path}/`, site) : item.id,
      date: item.date_published,
    }));
  });
  expect(new Set(feed.items.map((item) => item.id))).toEqual(
    new Set(expected.map((one) => one.id)),
  );
  const dates = feed.items.map((item) => item.date_published);
  expect(dates).toEqual([...dates].sort().reverse());
  for (const item of single.items) {
    expect(feed.items.map((one) => one.id)).toContain(item.id);
  }
  for (const item of feed.items) {
    expect(existsSync(join(outDir, fileOf(new URL(item.url).pathname))), item.url).toBe(true);
  }
}, 120_000);

test("a speaker's page spans every event they speak in, and the home lists who speaks in several", async () => {
  expect(shared.length).toBeGreaterThan(0);
  for (const [id] of speakers) {
    expect(existsSync(join(outDir, `${speakerPagePath(id)}.html`)), id).toBe(true);
  }
  const home = await openStatic(url);
  try {
    const list = home.page.getByRole('heading', { name: homeWords.sharedSpeakers });
    await list.waitFor();
    const links = home.page.locator('h2 + ul a');
    expect(await links.allTextContents()).toEqual(shared.map(([, one]) => one.name));
  } finally {
    await home.close();
  }
  const [id, person] = shared[0] ?? [];
  if (!id || !person) throw new Error('no shared speaker');
  const { page, problems, close } = await openStatic(`${url}${speakerPagePath(id)}`);
  try {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(person.name);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      person.in.map((dossier) => dossier.corpus.dossier.event.name),
    );
    for (const [i, dossier] of person.in.entries()) {
      const section = page.getByRole('region').nth(i);
      const claims = dossier.corpus.claims.filter((claim) => claim.speaker === id);
      expect((await section.getByRole('heading', { level: 3 }).allTextContents()).sort()).toEqual(
        claims.map((claim) => claim.summary).sort(),
      );
      // The source's words, as the claim's own page sets them: direct speech in marks.
      const quotes = await section.locator('blockquote').allTextContents();
      for (const claim of claims) {
        const words = claim.quote.textQuoteSelector.exact;
        expect(
          quotes.some((quote) => quote.includes(words)),
          claim.id,
        ).toBe(true);
      }
    }
    expect(await axeViolations(page)).toEqual([]);
    // A claim's summary opens it in its dossier.
    const first = person.in[0];
    const claim = first?.corpus.claims.find((one) => one.speaker === id);
    if (!first || !claim) throw new Error('no claim');
    await page.getByRole('link', { name: claim.summary }).click();
    await page.waitForURL(`${url}${first.path}/claims/${claim.id}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(claim.summary);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);

test("a dossier's pages lead to the site's home, and a claim's speaker to their page across events", async () => {
  const [id, person] = shared[0] ?? [];
  const dossier = person?.in[1];
  const claim = dossier?.corpus.claims.find((one) => one.speaker === id);
  if (!id || !dossier || !claim) throw new Error('no shared speaker with a claim');
  const { page, problems, close } = await openStatic(`${url}${dossier.path}/claims/${claim.id}`);
  try {
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await page.getByRole('link', { name: person.name, exact: true }).click();
    await page.waitForURL(`${url}${speakerPagePath(id)}`);
    await page.goBack();
    await page.getByRole('link', { name: shellWords.siteHome(desk.name) }).click();
    await page.waitForURL(url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(desk.name);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
}, 90_000);

test('a dossier built alone carries no link to a site it is not part of', () => {
  const single = readFileSync(join(singleOutDir, 'index.html'), 'utf8');
  expect(single).not.toContain(shellWords.siteHome(desk.name));
  const claim = former.corpus.claims[0]?.id ?? '';
  const page = readFileSync(join(singleOutDir, 'claims', `${claim}.html`), 'utf8');
  expect(page).not.toContain('/speakers/');
});
