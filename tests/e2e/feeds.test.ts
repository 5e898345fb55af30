/**
 * The feeds (`feed.atom`, `feed.json`) of the builds whose corpus has a record of publication:
 * the bundled dossier's, and the invented multilingual one, which carries a correction. Each
 * validates (Atom against RFC 4287's RELAX NG schema with Jing, JSON Feed 1.1 against JSON
 * Schema Store's schema with Ajv), lists exactly the published claims and their corrections,
 * newest first, and is linked from every page; a correction shows on its claim's page, in
 * Chromium, and in its JSON-LD.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import {
  publishedRecordFile,
  publishedRecordSchema,
} from '../../scripts/corpus/published-record.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { feedPaths, feedTypes } from '../../scripts/site/feeds.ts';
import { defaultSiteOrigin, fileOf } from '../../scripts/site/build-site.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { formatStatedAt } from '../../src/corpus/stated-at.ts';
import { claimPath, correctionPath } from '../../src/lib/app-paths.ts';
import { feedEntryLimit } from '../../src/sharing/feed-entries.ts';
import * as feedWords from '../../src/sharing/feed-entries.words.ts';
import * as noticeWords from '../../src/claims/corrections-notice.words.tsx';
import * as cardWords from '../../src/claims/claim-card.words.ts';
import { relaxNgErrors } from '../support/relax-ng.ts';
import { axeViolations, openPage, useBrowser } from './browser-session.ts';
import { multilingualDir, secondDossierDir } from './global-setup.ts';

const browser = useBrowser();

/** An XML document as a conforming parser reads it (jsdom's). */
const xmlOf = (text: string) => new JSDOM(text, { contentType: 'application/xml' }).window.document;

/** The text of words that are markup (a words file's JSX), as a reader gets it. */
const textOf = (node: ReactNode) =>
  parseHTML(
    `<p>${renderToStaticMarkup(createElement(Fragment, null, node))}</p>`,
  ).document.querySelector('p')?.textContent ?? '';

/** The JSON Feed 1.1 validator: Schema Store's schema, and the version 1 one it refers to. */
function jsonFeedValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const version1 = JSON.parse(readFileSync('tests/schemas/jsonfeed-1.schema.json', 'utf8')) as {
    id?: string;
    $schema?: string;
  };
  // Draft-04's `id` as draft-07's `$id` (see tests/schemas/README.md).
  const { id, ...rest } = version1;
  ajv.addSchema({ ...rest, $schema: 'http://json-schema.org/draft-07/schema#', $id: id });
  return ajv.compile(JSON.parse(readFileSync('tests/schemas/jsonfeed-1.1.schema.json', 'utf8')));
}
const validateJsonFeed = jsonFeedValidator();

const scratch = mkdtempSync(join(tmpdir(), 'feeds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The corpus of a build, verified, and its record of publication. */
function dossierOf(dir: string) {
  const verified = verifyCorpus(readCorpusFolder(dir));
  if (!verified.ok) throw new Error(JSON.stringify(verified.problems, null, 2));
  const record = publishedRecordSchema.parse(
    JSON.parse(readFileSync(join(dir, publishedRecordFile), 'utf8')),
  );
  return { index: indexCorpus(verified.verified.corpus), record };
}

/** The public address the builds were made for (their canonical and feed URLs), with its base. */
const site = `${defaultSiteOrigin}/`;

const builds = [
  { name: 'the bundled dossier', dir: 'data', url: inject('appUrl'), out: inject('appOutDir') },
  {
    name: 'the multilingual dossier',
    dir: multilingualDir,
    url: inject('multilingualUrl'),
    out: inject('multilingualOutDir'),
  },
];

const pagesOf = (out: string) =>
  readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`data${sep}`))
    .map((file) => file.split(sep).join('/'));

describe.each(builds)('the feeds of $name', ({ dir, out }) => {
  const { index, record } = dossierOf(dir);
  const atomText = readFileSync(join(out, feedPaths.atom), 'utf8');
  const json = JSON.parse(readFileSync(join(out, feedPaths.json), 'utf8')) as {
    items: {
      id: string;
      url: string;
      title: string;
      content_text: string;
      date_published: string;
    }[];
  };

  /** What the data says the feeds list: each published claim and each of its corrections. */
  const expected = index.claims
    .flatMap(({ claim }) => {
      const published = record.claims[claim.id]?.published;
      if (!published) return [];
      return [
        { id: `${site}${claimPath(claim.id).slice(1)}`, published },
        ...(claim.corrections ?? []).map((correction, i) => ({
          id: `${site}${correctionPath(claim.id, i).slice(1)}`,
          published: `${correction.date}T00:00:00Z`,
        })),
      ];
    })
    .sort((a, b) =>
      a.published === b.published ? (a.id < b.id ? -1 : 1) : a.published < b.published ? 1 : -1,
    )
    .slice(0, feedEntryLimit);

  test('the Atom feed is valid Atom (RFC 4287), and Jing can say it is not', async () => {
    const file = join(out, feedPaths.atom);
    expect(await relaxNgErrors('tests/schemas/atom.rnc', file)).toEqual([]);
    // The schema's two Schematron rules, which RELAX NG leaves out.
    const doc = xmlOf(atomText);
    const feed = doc.querySelector('feed');
    expect(feed?.querySelector(':scope > author > name')?.textContent).toBeTruthy();
    for (const entry of doc.querySelectorAll('entry')) {
      expect(entry.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBeTruthy();
    }
    // The judge at work: the same feed without its id is refused.
    const broken = join(scratch, 'broken.atom');
    writeFileSync(broken, atomText.replace(/\n {2}<id>[^<]*<\/id>/, ''));
    expect((await relaxNgErrors('tests/schemas/atom.rnc', broken)).join('\n')).toMatch(
      /missing required child element .id./,
    );
  }, 120_000);

  test('the JSON feed is valid JSON Feed 1.1, and the schema can say it is not', () => {
    expect(validateJsonFeed(json), JSON.stringify(validateJsonFeed.errors)).toBe(true);
    expect(json).toMatchObject({ version: 'https://jsonfeed.org/version/1.1' });
    const { title: _title, ...untitled } = json as unknown as Record<string, unknown>;
    expect(validateJsonFeed(untitled)).toBe(false);
    expect(validateJsonFeed({ ...json, items: [{ id: 'x' }] })).toBe(false);
  });

  test('both list the published claims and their corrections, newest first', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(json.items.map((item) => [item.id, item.date_published])).toEqual(
      expected.map((entry) => [entry.id, entry.published]),
    );
    const doc = xmlOf(atomText);
    const atomEntries = [...doc.querySelectorAll('entry')].map((entry) => [
      entry.querySelector('id')?.textContent,
      entry.querySelector('published')?.textContent,
    ]);
    expect(atomEntries).toEqual(expected.map((entry) => [entry.id, entry.published]));
    expect(doc.querySelector('feed > updated')?.textContent).toBe(expected[0]?.published);
  });

  test("each entry's page is built, and its title is our summary", () => {
    for (const item of json.items) {
      const path = new URL(item.url).pathname;
      expect(existsSync(join(out, fileOf(path))), item.url).toBe(true);
      const id = decodeURIComponent(path.replace('/claims/', ''));
      const view = index.claims.find((one) => one.claim.id === id);
      expect(view, item.url).toBeDefined();
      expect([view?.claim.summary, feedWords.correctedTitle(view?.claim.summary ?? '')]).toContain(
        item.title,
      );
    }
  });

  test('every page links both feeds', () => {
    for (const page of pagesOf(out)) {
      const { document } = parseHTML(readFileSync(join(out, page), 'utf8'));
      const links = [...document.querySelectorAll('link[rel="alternate"]')].map((link) => [
        link.getAttribute('type'),
        link.getAttribute('href'),
      ]);
      expect(links, page).toEqual([
        [feedTypes.atom, `${site}${feedPaths.atom}`],
        [feedTypes.json, `${site}${feedPaths.json}`],
      ]);
    }
  });
});

test('a dossier with nothing on record publishes no feed and links none', () => {
  const out = inject('secondOutDir');
  expect(existsSync(join(secondDossierDir, publishedRecordFile))).toBe(false);
  expect(existsSync(join(out, feedPaths.atom))).toBe(false);
  expect(existsSync(join(out, feedPaths.json))).toBe(false);
  const home = readFileSync(join(out, 'index.html'), 'utf8');
  expect(home).not.toContain('rel="alternate"');
});

describe('a corrected claim', () => {
  const { index } = dossierOf(multilingualDir);
  const url = inject('multilingualUrl');
  const out = inject('multilingualOutDir');
  const corrected = index.claims.find((view) => view.claim.corrections);
  if (!corrected?.claim.corrections) throw new Error('the multilingual fixture has no correction');
  const { claim } = corrected;
  const corrections = claim.corrections ?? [];

  test('is listed in both feeds with its date and reason', () => {
    const json = JSON.parse(readFileSync(join(out, feedPaths.json), 'utf8')) as {
      items: { id: string; title: string; content_text: string }[];
    };
    corrections.forEach((correction, i) => {
      const item = json.items.find(
        (one) => one.id === `${site}${correctionPath(claim.id, i).slice(1)}`,
      );
      expect(item).toMatchObject({
        title: feedWords.correctedTitle(claim.summary),
        content_text: feedWords.correctionText(formatStatedAt(correction.date), correction.reason),
      });
    });
  });

  test('says so on its page, with each date and reason, and passes axe', async () => {
    const { page, problems, close } = await openPage(browser(), `${url}claims/${claim.id}`);
    try {
      const notice = page.getByRole('complementary', {
        name: noticeWords.heading(corrections.length),
      });
      await notice.waitFor();
      const items = await notice.getByRole('listitem').allTextContents();
      expect(items).toEqual(
        corrections.map((correction) =>
          textOf(noticeWords.correction(formatStatedAt(correction.date), correction.reason)),
        ),
      );
      const times = await notice
        .locator('time')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
      expect(times).toEqual(corrections.map((correction) => correction.date));
      // The reason is our note, never set as a quote.
      expect(await notice.locator('blockquote, q').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  test('its JSON-LD carries each correction, and its cards say it was corrected', () => {
    const html = readFileSync(join(out, fileOf(claimPath(claim.id))), 'utf8');
    const { document } = parseHTML(html);
    const jsonLd = JSON.parse(
      document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
    ) as { correction?: unknown };
    expect(jsonLd.correction).toEqual(
      corrections.map((correction, i) => ({
        '@type': 'CorrectionComment',
        '@id': `${site}${correctionPath(claim.id, i).slice(1)}`,
        text: correction.reason,
        datePublished: correction.date,
      })),
    );
    const topicPage = readFileSync(join(out, fileOf(`/topics/${corrected.topic.id}`)), 'utf8');
    const last = corrections.at(-1)?.date ?? '';
    expect(parseHTML(topicPage).document.body.textContent).toContain(
      cardWords.corrected(formatStatedAt(last)),
    );
  });
});
