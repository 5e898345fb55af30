/**
 * A source extracted from a saved page, in a production build (the second dossier, served
 * under its sub-path): its page says where the text came from and offers the saved page, whose
 * bytes the build publishes unchanged at a stable address, as plain text, so that its scripts
 * never run on the site's origin, even when it is opened there directly.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { formatStatedAt } from '../../src/corpus/stated-at.ts';
import { openPage, useBrowser } from './browser-session.ts';
import { secondDossierBase, secondDossierDir } from './global-setup.ts';

const browser = useBrowser();
const secondUrl = inject('secondUrl');
const outDir = inject('secondOutDir');

const verified = verifyCorpus(readCorpusFolder(secondDossierDir));
if (!verified.ok) throw new Error(JSON.stringify(verified.problems, null, 2));
const source = verified.verified.corpus.sources.find((one) => one.extractedFrom);
const from = source?.extractedFrom;
if (!source || !from) throw new Error('the second dossier has no source extracted from a page');
/** The saved page as the corpus archives it, byte for byte. */
const saved = readFileSync(join(secondDossierDir, 'sources', `${source.id}.html`));

test('the build publishes the saved page byte for byte, as text, at a stable address only', () => {
  expect(from.pagePath).toBe(`sources/${source.id}.html.txt`);
  expect(readFileSync(join(outDir, 'data', from.pagePath)).equals(saved)).toBe(true);
  expect(createHash('sha256').update(saved).digest('hex')).toBe(from.sha256);
});

test('the source page says where its text came from and offers the saved page', async () => {
  const { page, problems, close } = await openPage(browser(), `${secondUrl}sources/${source.id}`);
  const said = page.getByText(/^Text extracted by/);
  await expect
    .poll(() => said.textContent())
    .toBe(
      `Text extracted by ${from.extractor.name} ${from.extractor.version} (on ${from.extractor.dom}, text rules ${from.extractor.rules}) from the web page as saved on ${formatStatedAt(from.captured)}. Download the saved page (SHA-256 ${from.sha256}) to run the extraction again.`,
    );
  const link = page.getByRole('link', { name: 'Download the saved page' });
  const href = `${secondDossierBase}data/${from.pagePath}`;
  expect(await link.getAttribute('href')).toBe(href);
  expect(await link.getAttribute('download')).toBe(`${source.id}.html`);
  // Downloaded, it is the page as it was saved, under its own name.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`${source.id}.html`);
  const scratch = mkdtempSync(join(tmpdir(), 'saved-page-'));
  try {
    const path = join(scratch, download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).equals(saved)).toBe(true);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
  await close();
});

test('the saved page opened on the site shows as text, and none of its scripts runs', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  const response = await page.goto(new URL(`data/${from.pagePath}`, secondUrl).href);
  expect(response?.headers()['content-type']).toMatch(/^text\/plain/);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
  expect(await page.evaluate(() => 'savedPageScriptRan' in window)).toBe(false);
  // Its markup is shown as the text it is.
  expect(await page.evaluate(() => document.body.innerText)).toContain('<script>');
  await context.close();
});
