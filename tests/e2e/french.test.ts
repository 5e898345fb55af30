/**
 * A dossier in French (tests/fixtures/french, an invented event) gets the interface in French:
 * every page says `lang="fr"` and `og:locale` fr_FR, shows the French words files' words and
 * none of the English ones, writes its dates in French, and reads well to axe and the Nu HTML
 * Checker; in Chromium, its search works in French.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, inject, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { pageTexts, spokenAttributes } from '../../scripts/tooling/interface-leaks.ts';
import { ogLocale } from '../../scripts/site/page-tags.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { checkMarkup } from '../support/nu-checker.ts';
import * as gridWords from '../../src/claims/claim-grid.words.fr.tsx';
import { axeViolations, openPage, resultsSettled, useBrowser } from './browser-session.ts';
import { frenchDir } from './global-setup.ts';

const browser = useBrowser();
const url = inject('frenchUrl');
const outDir = inject('frenchOutDir');

const verified = verifyCorpus(readCorpusFolder(frenchDir));
if (!verified.ok) throw new Error(JSON.stringify(verified.problems, null, 2));
const index = indexCorpus(verified.verified.corpus);
const { dossier } = index.corpus;

const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith(`data${sep}`))
  .map((file) => file.split(sep).join('/'));

/** What a reader gets of a built page: its text and the words it says out loud, joined. */
function readerText(page: string): string {
  const { document } = parseHTML(readFileSync(join(outDir, page), 'utf8'));
  const { texts, heard } = pageTexts(document as unknown as Document, spokenAttributes);
  return [...texts, ...heard].join('\n');
}

/**
 * The words of every words file of `src/` in a language ('' for English): each constant that is
 * a string of two words or more (a lone word such as "CSV" may be both languages').
 */
async function wordsIn(language: string): Promise<Map<string, string>> {
  const suffix = language ? `.${language}` : '';
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) =>
    new RegExp(`\\.words${suffix.replace('.', '\\.')}\\.tsx?$`).test(file),
  );
  const words = new Map<string, string>();
  for (const file of files) {
    const module = (await import(`../../src/${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'string' && /\S\s+\S/.test(value)) words.set(`${file}: ${name}`, value);
    }
  }
  return words;
}

test('every page says it is in French, to browsers and to link previews', () => {
  expect(dossier.language).toBe('fr');
  expect(pages.length).toBeGreaterThan(index.claims.length);
  for (const page of pages) {
    const html = readFileSync(join(outDir, page), 'utf8');
    expect(html, page).toMatch(new RegExp(`<html lang="${dossier.language}"`));
    if (page !== '404.html') {
      expect(html, page).toContain(
        `<meta property="og:locale" content="${ogLocale(dossier.language)}"/>`,
      );
    }
  }
});

test('no page shows a word of the English interface', async () => {
  const english = await wordsIn('');
  const french = new Set((await wordsIn('fr')).values());
  expect(english.size).toBeGreaterThan(50);
  const shown: string[] = [];
  for (const page of pages) {
    const text = readerText(page);
    for (const [where, words] of english) {
      // A word both languages write alike (a proper name, a format's name) is not a leak.
      if (!french.has(words) && text.includes(words)) shown.push(`${page}: ${where}: ${words}`);
    }
  }
  expect(shown).toEqual([]);
});

test('the pages show the French words files’ words', async () => {
  const french = await wordsIn('fr');
  expect(french.size).toBeGreaterThan(50);
  const all = pages.map(readerText).join('\n');
  const shown = [...french.values()].filter((words) => all.includes(words));
  // The words of the pages a build has (not every state, error or empty one, is prerendered).
  expect(shown.length).toBeGreaterThan(french.size / 4);
});

test('dates are written in French', () => {
  const dated = index.claims.find((view) => /^\d{4}-\d{2}-\d{2}$/.test(view.claim.statedAt ?? ''));
  if (!dated) throw new Error('the French fixture has no claim dated to the day');
  const [year, month, day] = (dated.claim.statedAt ?? '').split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day));
  const french = new Intl.DateTimeFormat(dossier.language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  expect(readerText(`claims/${dated.claim.id}.html`)).toContain(french);
});

test('in Chromium, the home page searches in French, marks what it found, and passes axe', async () => {
  const { page, problems, close } = await openPage(browser(), url);
  try {
    await resultsSettled(page);
    expect(await axeViolations(page)).toEqual([]);
    // A word of one claim's quote, found and marked.
    const view = index.claims.find(
      (one) => one.claim.speech === 'direct' && one.source.language === 'fr',
    );
    const word = view?.claim.quote.textQuoteSelector.exact.match(/\p{L}{7,}/u)?.[0];
    if (!view || !word) throw new Error('the French fixture has no French direct quote');
    await page.getByRole('searchbox').first().fill(word);
    await page.waitForURL(/\?q=/);
    await resultsSettled(page);
    // The table of claims, by its French name.
    const table = page.getByRole('table', { name: gridWords.gridLabel });
    await table.getByRole('article').first().waitFor();
    const marks = await table.locator('blockquote mark').allTextContents();
    expect(marks.map((mark) => mark.toLowerCase())).toContain(word.toLowerCase());
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('a claim page in French passes axe', async () => {
  const claim = index.claims[0]?.claim.id ?? '';
  const { page, problems, close } = await openPage(browser(), `${url}claims/${claim}`);
  try {
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('every page of the build passes the Nu HTML Checker', async () => {
  const messages = await checkMarkup(
    pages.map((page) => join(outDir, page)),
    { errorsOnly: true },
  );
  expect(messages.map((m) => `${m.url.split('/').slice(-2).join('/')}: ${m.message}`)).toEqual([]);
}, 180_000);
