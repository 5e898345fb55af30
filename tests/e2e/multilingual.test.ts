/**
 * The invented dossier in Korean, Chinese, Japanese and English (tests/fixtures/multilingual),
 * built and read in Chromium: its quotes in their own languages, each with its translation and
 * whose it is; search that finds a Korean word with its particle attached, and a Chinese and a
 * Japanese word inside a sentence, and marks them; and its pages pass axe and the Nu HTML
 * Checker, `lang` included.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { ogLocale } from '../../scripts/site/page-tags.ts';
import { indexCorpus, type ClaimView } from '../../src/corpus/corpus-index.ts';
import { claimTranslation, languageName, translatorPhrase } from '../../src/corpus/translation.ts';
import { checkMarkup } from '../support/nu-checker.ts';
import {
  axeViolations,
  claimTable,
  openPage,
  resultsSettled,
  useBrowser,
} from './browser-session.ts';
import { multilingualDir } from './global-setup.ts';

const browser = useBrowser();
const url = inject('multilingualUrl');
const outDir = inject('multilingualOutDir');

const verified = verifyCorpus(readCorpusFolder(multilingualDir));
if (!verified.ok) throw new Error(JSON.stringify(verified.problems, null, 2));
const index = indexCorpus(verified.verified.corpus);
const { dossier } = index.corpus;

const searchbox = (page: Page) => page.getByRole('searchbox', { name: /Search/ });
const quoteOf = (view: ClaimView) => view.claim.quote.textQuoteSelector.exact;

/** The claims whose quote holds `words`. */
const quoting = (words: string) =>
  index.claims.filter((view) => quoteOf(view).includes(words)).map((view) => view.claim.summary);

/** Searches for `query` and gives back the summaries of the cards found and the words marked. */
async function searchFor(page: Page, query: string) {
  await searchbox(page).fill(query);
  await page.waitForURL(/\?q=/);
  await resultsSettled(page);
  const cards = claimTable(page).getByRole('article');
  await cards.first().waitFor();
  const summaries = await cards.locator('h3 a').allTextContents();
  const marks = await claimTable(page).locator('blockquote mark').allTextContents();
  return { summaries, marks };
}

/** Searching for `word` finds exactly the claims whose quote holds it, and marks it. */
async function expectFoundAndMarked(word: string) {
  const { page, problems, close } = await openPage(browser(), url);
  const found = await searchFor(page, word);
  expect(found.summaries.sort()).toEqual(quoting(word).sort());
  expect(found.marks).toContain(word);
  expect(problems).toEqual([]);
  await close();
}

/** A Hangul word of the Korean claims that ends in a particle, and its stem without it. */
function koreanWordWithParticle() {
  for (const view of index.claims.filter((one) => one.source.language === 'ko')) {
    for (const word of quoteOf(view).match(/\p{Script=Hangul}{3,}/gu) ?? []) {
      if (/[이을를은는가]$/u.test(word)) return { word, stem: word.slice(0, -1) };
    }
  }
  throw new Error('the fixture has no Korean word with a particle');
}

test('a Korean word is found with its particle attached, and marked', async () => {
  const { stem, word } = koreanWordWithParticle();
  expect(quoting(word).length).toBeGreaterThan(0);
  await expectFoundAndMarked(stem);
}, 60_000);

test('a Chinese word inside a sentence is found and marked', async () => {
  const view = index.claims.find((one) => one.source.language === 'zh-Hans');
  // Two characters from the middle of the quote: a word that spaces never set apart.
  const chars = [...(view ? quoteOf(view) : '')].filter((char) => /\p{Script=Han}/u.test(char));
  const word = chars.slice(6, 8).join('');
  expect(word).toHaveLength(2);
  await expectFoundAndMarked(word);
}, 60_000);

test('a Japanese word inside a sentence is found and marked', async () => {
  const view = index.claims.find((one) => one.source.language === 'ja');
  // The longest run of kanji in the quote: a word that spaces never set apart.
  const runs = (view ? quoteOf(view) : '').match(/\p{Script=Han}{2,}/gu) ?? [];
  const word = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  expect(word.length).toBeGreaterThanOrEqual(3);
  await expectFoundAndMarked(word);
}, 60_000);

test('a claim page shows the original in its language and its translation, saying whose', async () => {
  const view = index.claims.find((one) => one.source.language === 'ko' && claimTranslation(one));
  const translation = view && claimTranslation(view);
  if (!view || !translation) throw new Error('no translated Korean claim');
  const { page, problems, close } = await openPage(browser(), `${url}claims/${view.claim.id}`);
  expect(await page.getAttribute('html', 'lang')).toBe(dossier.language);
  expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe(
    ogLocale(dossier.language),
  );
  const original = page.locator(`blockquote[lang="${view.source.language}"]`).first();
  expect(await original.textContent()).toContain(quoteOf(view));
  const lead = `${translatorPhrase(translation)}, from ${languageName(view.source.language, dossier.language)}:`;
  expect(await page.getByText(lead, { exact: true }).count()).toBeGreaterThan(0);
  // The words in context, in the source's language.
  expect(await page.locator(`p[lang="${view.source.language}"] mark`).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
  await close();
}, 60_000);

test('a source that publishes translations marks them apart from quotes, each led by a link to its claim', async () => {
  // The source publishing the most translations, and what it publishes, from the data.
  const publishedIn = (sourceId: string) =>
    index.claims.filter((view) =>
      view.translations.some(
        ({ translation }) => 'source' in translation && translation.source === sourceId,
      ),
    );
  const [source] = index.corpus.sources.toSorted(
    (a, b) => publishedIn(b.id).length - publishedIn(a.id).length,
  );
  if (!source) throw new Error('no source');
  const translated = publishedIn(source.id);
  expect(translated.length).toBeGreaterThan(0);
  const focus = translated[0];
  if (!focus) throw new Error('no translated claim');
  const { page, problems, close } = await openPage(
    browser(),
    `${url}sources/${source.id}?claim=${focus.claim.id}`,
  );
  const links = page.locator('[data-source-text] a', { hasText: '· translation' });
  await links.first().waitFor();
  expect(await links.count()).toBe(translated.length);
  expect(
    (await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toSorted(),
  ).toEqual(translated.map((view) => `/claims/${view.claim.id}`).toSorted());
  // Opened for a claim, its translation's link has the focus.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href')))
    .toBe(`/claims/${focus.claim.id}`);
  // The marked words are the source's translation, not presented as a quote of the speaker.
  const published = focus.translations.find(
    ({ translation }) => 'source' in translation && translation.source === source.id,
  )?.translation;
  if (!published || !('source' in published)) throw new Error('no published translation');
  const title = `Translation of the words of ${focus.speaker.name}: ${focus.claim.summary}`;
  const marks = page.locator(`mark[title="${title.replaceAll('"', '\\"')}"]`);
  expect((await marks.allTextContents()).join('')).toBe(published.quote.textQuoteSelector.exact);
  expect(
    await page.getByText(/translations? of claims' words that this source publishes/).count(),
  ).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
  await close();
}, 60_000);

test.each(['', 'sources/'])(
  'the pages of %s pass axe',
  async (prefix) => {
    const path =
      prefix === ''
        ? ''
        : `sources/${index.corpus.sources.find((source) => source.language !== 'en')?.id ?? ''}`;
    const { page, problems, close } = await openPage(browser(), `${url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  },
  60_000,
);

test('every page of the build passes the Nu HTML Checker', async () => {
  const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  expect(pages.length).toBeGreaterThan(index.claims.length);
  const messages = await checkMarkup(
    pages.map((page) => join(outDir, page)),
    { errorsOnly: true },
  );
  expect(messages.map((m) => `${m.url.split('/').slice(-2).join('/')}: ${m.message}`)).toEqual([]);
}, 180_000);
