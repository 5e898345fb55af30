import { parse } from 'csv-parse/sync';
import { expect, inject, test } from 'vitest';
import { compiledSchemaVersion } from '../../src/corpus/schema.ts';
import { dossier } from '../support/dossier.ts';
import { openPage, useBrowser } from './browser-session.ts';
import { dataFileUrl } from './data-paths.ts';

const appUrl = inject('appUrl');
const browser = useBrowser();

test('the comparison shows every topic as a row and every party as a column, with no console error', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl);
  const headers = page.getByRole('columnheader');
  await headers.first().waitFor();
  expect(await headers.allTextContents()).toEqual([
    'USUnited States',
    'DPRKNorth Korea',
    'ChinaChina',
    'AnalystsIndependent analysts',
  ]);
  for (const question of [
    'What did North Korea ask for in sanctions relief?',
    'What did North Korea offer to do at its Yongbyon nuclear complex?',
    'Will the leaders meet again and the talks go on?',
  ]) {
    expect(await page.getByRole('heading', { level: 2, name: question }).count()).toBe(1);
  }
  expect(await page.getByRole('article').count()).toBe(34);
  expect(await page.getByText('No statement in the sources.').count()).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await close();
});

test('filtering by party changes the URL, survives a reload, and Back undoes it', async () => {
  const { page, problems, close } = await openPage(browser(), appUrl);
  await page.getByRole('checkbox', { name: /China/ }).uncheck();
  await page.waitForURL(/\?party=us,dprk,analysts$/);
  expect(await page.getByRole('columnheader').count()).toBe(3);
  await page.getByRole('status').filter({ hasText: '29 of 34 claims match' }).waitFor();

  await page.reload();
  await page.getByRole('columnheader').first().waitFor();
  expect(await page.getByRole('columnheader').allTextContents()).not.toContain('ChinaChina');
  expect(await page.getByRole('checkbox', { name: /China/ }).isChecked()).toBe(false);

  await page.goBack();
  await page.waitForURL(appUrl);
  await page.getByRole('columnheader').nth(3).waitFor();
  expect(await page.getByRole('columnheader').count()).toBe(4);
  expect(problems).toEqual([]);
  await close();
});

test('search finds claims by speaker, quote or summary, ignoring case and accents', async () => {
  const { page, close } = await openPage(browser(), appUrl);
  await page.getByRole('searchbox', { name: /Search/ }).fill('CHOÉ');
  await page.waitForURL(/\?q=CHO%C3%89$/);
  await page.getByRole('status').filter({ hasText: '3 of 34 claims match' }).waitFor();
  const speakers = await page.getByRole('article').locator('p >> nth=0').allTextContents();
  expect(speakers.every((text) => text.includes('Choe Son Hui'))).toBe(true);

  await page.getByRole('searchbox', { name: /Search/ }).fill('plutonium uranium');
  expect(await page.getByRole('article').count()).toBe(1);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await page.waitForURL(appUrl);
  expect(await page.getByRole('searchbox', { name: /Search/ }).inputValue()).toBe('');
  expect(await page.getByRole('article').count()).toBe(34);
  await close();
});

test('a deep link with filters opens that state directly', async () => {
  const { page, problems, close } = await openPage(
    browser(),
    `${appUrl}?party=china&speech=direct`,
  );
  await page.getByRole('columnheader').first().waitFor();
  expect(await page.getByRole('columnheader').allTextContents()).toEqual(['ChinaChina']);
  expect(await page.getByRole('article').count()).toBe(1);
  expect(await page.getByRole('radio', { name: 'Direct quotes' }).isChecked()).toBe(true);
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
  expect(await page.getByRole('columnheader').allTextContents()).toEqual(['USUnited States']);
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
  await page.getByRole('columnheader').first().waitFor();
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
  expect(await page.getByRole('button', { name: /^Theme/ }).textContent()).toBe('Theme: dark');
  await close();
});

test('printing shows the filtered comparison without the controls', async () => {
  const { page, close } = await openPage(browser(), `${appUrl}?party=us,dprk`);
  await page.getByRole('columnheader').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('search').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: /^Theme/ }).isVisible()).toBe(false);
  expect(await page.getByRole('columnheader').count()).toBe(2);
  const filters = page.getByText(/^Parties: United States, North Korea\. 25 of 34 claims match\./);
  expect(await filters.isVisible()).toBe(true);
  expect(await filters.textContent()).toContain(`Printed from ${appUrl}?party=us,dprk`);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
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
  await page.getByRole('columnheader').first().waitFor();
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
  expect(csv.name).toBe('hanoi-claims.csv');
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
  };
  expect(json.schemaVersion).toBe(compiledSchemaVersion);
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
  expect(bibtex.name).toBe('hanoi-claims.bib');
  expect(bibtex.text.match(/^@misc\{claim-/gm)).toHaveLength(china.length);
  await close();
});
