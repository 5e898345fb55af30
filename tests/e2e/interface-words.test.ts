/**
 * Every word of the interface comes from a words file, so that a dossier in another language
 * gets all of them in its language: builds of the bundled dossier and of the multilingual one
 * in the `pseudo` interface language (each word wrapped in `⟦ ⟧`) show nothing else but the
 * dossier's own texts. Checked on every prerendered page, then in Chromium on pages the app has
 * taken over, with their parts opened: filters, search, a cell's other claims, no results,
 * an unknown address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import {
  dossierTextsOfBuild,
  pageTexts,
  spokenAttributes,
  strayInBuild,
  strayInTexts,
  type DossierTexts,
} from '../../scripts/tooling/interface-leaks.ts';
import { openPage, resultsSettled, useBrowser } from './browser-session.ts';

const browser = useBrowser();

const builds = [
  { name: 'the bundled dossier', url: inject('pseudoUrl'), outDir: inject('pseudoOutDir') },
  {
    name: 'the multilingual dossier',
    url: inject('pseudoMultilingualUrl'),
    outDir: inject('pseudoMultilingualOutDir'),
  },
].map((build) => {
  const corpus = JSON.parse(readFileSync(join(build.outDir, 'data/corpus.json'), 'utf8')) as {
    dossier: { language: string };
  };
  const { language } = corpus.dossier;
  return { ...build, language, dossier: dossierTextsOfBuild(build.outDir, language) };
});

const pagesOf = (outDir: string) =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith(`data${sep}`),
  );

test.each(builds)(
  'every prerendered page of $name shows only wrapped words and its own',
  ({ outDir, language }) => {
    const pages = pagesOf(outDir);
    expect(pages.length).toBeGreaterThan(5);
    // The build did wrap the interface's words: every page has some.
    for (const page of pages) expect(readFileSync(join(outDir, page), 'utf8'), page).toContain('⟦');
    expect(Object.fromEntries(strayInBuild(outDir, language))).toEqual({});
  },
);

/** What is stray on the page as it is now. */
async function strayNow(page: Page, dossier: DossierTexts): Promise<string[]> {
  const texts = await page.evaluate(
    ([source, attributes]) => {
      // The module's function, run in the page: it uses nothing from outside.
      const collect = new Function(`return (${source})`)() as typeof pageTexts;
      return collect(document, attributes);
    },
    [pageTexts.toString(), spokenAttributes] as const,
  );
  expect(texts.texts.join('')).toContain('⟦');
  return [...new Set(strayInTexts(texts, dossier))];
}

test.each(builds)(
  'the home page of $name, its parts opened, shows only wrapped words and its own',
  async ({ url, dossier }) => {
    const { page, close, problems } = await openPage(browser(), url);
    try {
      await resultsSettled(page);
      const seen = [...(await strayNow(page, dossier))];
      await page
        .getByRole('button', { name: /Filters/ })
        .first()
        .click();
      await page.locator('#filter-panel, [role="group"], fieldset').first().waitFor();
      seen.push(...(await strayNow(page, dossier)));
      // A cell's other claims, opened in place.
      const more = page.locator('a[data-in-place]').first();
      if ((await more.count()) > 0) {
        await more.click();
        seen.push(...(await strayNow(page, dossier)));
      }
      // A search that finds nothing.
      await page.getByRole('searchbox').first().fill('qqqqzzzz');
      await resultsSettled(page);
      seen.push(...(await strayNow(page, dossier)));
      expect([...new Set(seen)]).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  },
);

test.each(builds)(
  'the other kinds of page of $name, once the app has them, show only wrapped words and its own',
  async ({ url, dossier, outDir }) => {
    const corpus = JSON.parse(readFileSync(join(outDir, 'data/corpus.json'), 'utf8')) as {
      claims: { id: string }[];
      sources: { id: string }[];
    };
    const claim = corpus.claims[0]?.id ?? '';
    const source = corpus.sources[0]?.id ?? '';
    const { page, close } = await openPage(browser(), url);
    try {
      const seen: string[] = [];
      for (const path of [
        `claims/${claim}`,
        `sources/${source}?claim=${claim}`,
        'timeline',
        'relations',
        'no-such-page',
      ]) {
        await page.goto(`${url}${path}`);
        await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
        seen.push(...(await strayNow(page, dossier)));
      }
      expect([...new Set(seen)]).toEqual([]);
    } finally {
      await close();
    }
  },
);
