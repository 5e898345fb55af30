/**
 * The served build (`npm start`'s `vite preview`, as tests/e2e/global-setup.ts serves it)
 * answers as a static host does: each page at its address with 200, a wrong address with 404
 * and the not-found page (never the home page, which a reader without JavaScript would take
 * for what was asked), and the archived texts as UTF-8.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { dossier, pageOfEachKind } from '../support/dossier.ts';
import { openPage, useBrowser } from './browser-session.ts';

const appUrl = inject('appUrl');
const subPathUrl = inject('subPathUrl');
const outDir = inject('appOutDir');
const browser = useBrowser();

const [first] = dossier.claims;
if (!first) throw new Error('the dossier has no claim');
const source = first.source;
/** The text as archived, byte for byte the file served. */
const sourceText = readFileSync(join(outDir, 'data', 'sources', `${source.id}.txt`), 'utf8');
/** A line of the text beyond ASCII: what a wrong charset would garble. */
const nonAscii = sourceText.split('\n').find((line) => /[^ -~\s]/.test(line));

/** Addresses nothing is built for, at the root and under the sub-path. */
const unknown = [
  'claims/no-such-claim',
  `claims/${first.claim.id}-not`,
  'sources/no-such-source',
  'no/such/page',
  'data/no-such-file.json',
];

test.each(
  [appUrl, subPathUrl].flatMap((base) =>
    pageOfEachKind(first).map((path) => ({ url: base + path })),
  ),
)('$url answers 200 with its prerendered page', async ({ url }) => {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
});

test.each([appUrl, subPathUrl].flatMap((base) => unknown.map((path) => ({ url: base + path }))))(
  '$url answers 404 with the not-found page',
  async ({ url }) => {
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // What a reader sees: the page's data, embedded for the script, is not shown.
    const html = (await response.text()).replace(/<script\b[^>]*>.*?<\/script>/gs, '');
    expect(html).toContain('Page not found');
    // Not the comparison: none of its claims, and not its headline.
    expect(html).not.toContain(dossier.corpus.dossier.headline);
    for (const view of dossier.claims) expect(html).not.toContain(view.claim.summary);
  },
);

test('a page asked for with a slash after it is sent to its one address, search kept', async () => {
  const response = await fetch(`${subPathUrl}claims/${first.claim.id}/?party=us`, {
    redirect: 'manual',
  });
  expect(response.status).toBe(301);
  expect(new URL(response.headers.get('location') ?? '', subPathUrl).href).toBe(
    `${subPathUrl}claims/${first.claim.id}?party=us`,
  );
});

test('an archived source text is served as UTF-8 and reads as written', async () => {
  expect(nonAscii).toBeDefined();
  const url = `${appUrl}data/sources/${source.id}.txt`;
  const response = await fetch(url);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  // In a browser, which goes by the header: without the charset it reads Windows-1252.
  const { page, close } = await openPage(browser(), url, { javaScriptEnabled: false });
  expect(await page.locator('body').innerText()).toContain(nonAscii?.trim());
  await close();
});

test('without JavaScript, an unknown claim shows not-found and not the comparison', async () => {
  const { page, close } = await openPage(browser(), `${appUrl}claims/no-such-claim`, {
    javaScriptEnabled: false,
  });
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
  expect(await page.getByRole('table').count()).toBe(0);
  expect(await page.getByText(dossier.corpus.dossier.headline).count()).toBe(0);
  await close();
});
