/**
 * Translations made in the workbench as an author makes them, in Chromium with the real mouse,
 * on a copy of the multilingual fixture (an invented event) with two of its translations taken
 * out: the official English version is selected again in its archived source, and our own
 * translation pasted again on its claim's page. Each comes back as the record the fixture
 * holds, and shows beside its original; a machine's is edited and deleted; a translation the
 * verifier refuses writes nothing and says why. The forms pass axe.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  deleteTranslation,
  fileVersions,
  type WriteResult,
} from '../../scripts/author/corpus-writes.ts';
import { startAuthorServer, type AuthorServer } from '../../scripts/author/author-server.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import type { AuthoredTranslation, Source } from '../../src/corpus/corpus-schema.ts';
import { translationLabel, translatorKindWords } from '../../src/author/translation-records.ts';
import { axeViolations, useBrowser } from './browser-session.ts';
import { selectWithMouse } from './workbench.ts';
import { lineDiff } from '../support/line-diff.ts';

const fixture = 'tests/fixtures/multilingual';
const browser = useBrowser();
let scratch = '';
let dir = '';
let server: AuthorServer;
let page: Page;
const problems: string[] = [];

const fixtureTranslations = parse(
  readFileSync(join(fixture, 'translations.yaml'), 'utf8'),
) as AuthoredTranslation[];
const sources = parse(readFileSync(join(fixture, 'sources.yaml'), 'utf8')) as Source[];
const publisherOf = (id: string) => sources.find((one) => one.id === id)?.publisher ?? id;

/** The fixture's translation of a kind, published or not. */
function fixtureOf(kind: string, published: boolean) {
  const found = fixtureTranslations.find(
    (one) => one.translator.kind === kind && (one.source !== undefined) === published,
  );
  if (!found) throw new Error(`the fixture has no ${kind} translation`);
  return found;
}
/** Taken out before the workbench opens, to be made again through its forms. */
const official = fixtureOf('official', true);
const ours = fixtureOf('dossier', false);
/** Edited, then deleted, through the claim's translations. */
const machine = fixtureOf('machine', false);

function saved(result: WriteResult) {
  if (!result.ok) throw new Error(JSON.stringify(result, null, 2));
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'author-translations-'));
  dir = join(scratch, 'data');
  cpSync(fixture, dir, { recursive: true });
  saved(deleteTranslation(dir, fileVersions(dir), official.id));
  saved(deleteTranslation(dir, fileVersions(dir), ours.id));
  server = await startAuthorServer({ dataDir: dir });
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (/called use\(\) to suspend in a previous render/.test(message.text())) return;
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(server.url, { timeout: 120_000 });
  await bar().waitFor({ timeout: 120_000 });
}, 180_000);
afterAll(async () => {
  await page.context().close();
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

const bar = () => page.getByRole('complementary', { name: 'Author mode' });
const dialog = () => page.getByRole('dialog');
const file = () => readFileSync(join(dir, 'translations.yaml'), 'utf8');
const records = () => parse(file()) as AuthoredTranslation[];

function verified() {
  const result = verifyCorpus(readCorpusFolder(dir));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.verified.corpus;
}

async function opened(path: string) {
  await page.waitForURL((url) => url.pathname === path, { timeout: 90_000 });
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 90_000 });
  await bar().waitFor();
}

test('a published translation selected in its source is saved as the record it was, and shows beside its original', async () => {
  const sourceId = official.source ?? '';
  await page.goto(`${server.origin}/sources/${sourceId}`);
  await opened(`/sources/${sourceId}`);
  await selectWithMouse(page, official.quote ?? '');
  await bar().getByRole('button', { name: 'Add as a translation' }).click();
  await expect
    .poll(() => dialog().getByLabel("The source's words").textContent())
    .toBe(official.quote);
  await dialog().getByLabel('Find the claim').fill(official.claim);
  await dialog().getByRole('radio').first().waitFor();
  const claimRadios = dialog().getByRole('group', { name: 'Claims found' }).getByRole('radio');
  expect(await claimRadios.count()).toBe(1);
  await claimRadios.first().check();
  // The claim's words it translates, named by the publisher of their source.
  await dialog()
    .getByRole('group', { name: 'The words it translates' })
    .getByRole('radio', { name: new RegExp(`^${publisherOf(official.of)} `) })
    .check();
  await dialog()
    .getByRole('radio', { name: translatorKindWords[official.translator.kind] })
    .check();
  // The publisher is proposed as the translator, and the speech read from the source's marks.
  expect(
    await dialog()
      .getByLabel(/^Translator’s name/)
      .inputValue(),
  ).toBe(publisherOf(sourceId));
  expect(
    await dialog()
      .getByRole('radio', {
        name: official.speech === 'direct' ? 'In quotation marks' : 'Not in quotation marks',
        exact: true,
      })
      .isChecked(),
  ).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  // Without a name, the verifier says what is missing, and nothing is written.
  const before = file();
  await dialog()
    .getByLabel(/^Translator’s name/)
    .fill('');
  await dialog().getByRole('button', { name: 'Save translation' }).click();
  await expect
    .poll(() => dialog().getByRole('alert').textContent())
    .toMatch(/names its translator: add translator\.name/);
  expect(file()).toBe(before);
  // The browser logs the refusal (a 422) as a failed load: that one was asked for.
  const refused = problems.findIndex((one) => /status of 422/.test(one));
  expect(refused).toBeGreaterThanOrEqual(0);
  problems.splice(refused, 1);
  await dialog()
    .getByLabel(/^Translator’s name/)
    .fill(official.translator.name ?? '');
  await dialog().getByRole('button', { name: 'Save translation' }).click();
  await opened(`/claims/${official.claim}`);
  expect(records().at(-1)).toEqual(official);
  verified();
  // Beside its original on the claim's page, naming whose it is.
  const main = page.getByRole('main');
  await expect
    .poll(() => main.getByText(official.quote ?? '', { exact: false }).count())
    .toBeGreaterThan(0);
  expect(await main.textContent()).toContain(official.translator.name);
}, 180_000);

test('our own translation is pasted on its claim’s page, saved as the record it was, and never in quotation marks', async () => {
  await page.goto(`${server.origin}/claims/${ours.claim}`);
  await opened(`/claims/${ours.claim}`);
  await bar().getByRole('button', { name: 'Translations (0)' }).click();
  // No translation yet: the form opens at once, in the dossier's language.
  const language = verified().dossier.language;
  expect(
    await dialog()
      .getByLabel(/^Language/)
      .inputValue(),
  ).toBe(language);
  await dialog().getByRole('radio', { name: translatorKindWords.dossier }).check();
  await dialog()
    .getByLabel(/^The translation/)
    .fill(ours.text ?? '');
  expect(await axeViolations(page)).toEqual([]);
  await dialog().getByRole('button', { name: 'Save translation' }).click();
  await opened(`/claims/${ours.claim}`);
  expect(records().at(-1)).toEqual(ours);
  const main = page.getByRole('main');
  const shown = main.getByText(ours.text ?? '', { exact: false });
  await shown.first().waitFor();
  // No quotation marks around it, in its text or drawn by a quotation element's style.
  const around = await shown.first().evaluate((element) => ({
    text: element.textContent ?? '',
    quoting: element.closest('blockquote, q')?.tagName ?? null,
    drawn: [element, ...element.querySelectorAll('*')].some((one) =>
      ['::before', '::after'].some((pseudo) => /[“”"]/.test(getComputedStyle(one, pseudo).content)),
    ),
  }));
  expect(around).toEqual({ text: ours.text, quoting: null, drawn: false });
}, 180_000);

test('a machine’s translation is edited in one line, then deleted', async () => {
  await page.goto(`${server.origin}/claims/${machine.claim}`);
  await opened(`/claims/${machine.claim}`);
  const count = records().filter((one) => one.claim === machine.claim).length;
  await bar()
    .getByRole('button', { name: `Translations (${count})` })
    .click();
  const label = translationLabel(machine, verified().dossier.language);
  await dialog()
    .getByRole('button', { name: `Edit ${label}`, exact: true })
    .click();
  // The keyboard is taken to the form's first field, not left on a button that is gone.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName))
    .toMatch(/INPUT|TEXTAREA/);
  const name = `${machine.translator.name ?? ''} (revised)`;
  await dialog()
    .getByLabel(/^Translator’s name/)
    .fill(name);
  const before = file();
  await dialog().getByRole('button', { name: 'Save translation' }).click();
  await opened(`/claims/${machine.claim}`);
  expect(lineDiff(before, file())).toEqual({
    removed: [`    name: ${machine.translator.name ?? ''}`],
    added: [`    name: ${name}`],
  });
  await bar()
    .getByRole('button', { name: `Translations (${count})` })
    .click();
  const revised = translationLabel(
    { ...machine, translator: { ...machine.translator, name } },
    verified().dossier.language,
  );
  await dialog()
    .getByRole('button', { name: `Delete ${revised}…`, exact: true })
    .click();
  const confirm = dialog().getByRole('button', { name: `Delete ${revised}, now`, exact: true });
  await expect
    .poll(() => confirm.evaluate((button) => button === document.activeElement))
    .toBe(true);
  await confirm.click();
  await opened(`/claims/${machine.claim}`);
  expect(records().map((one) => one.id)).not.toContain(machine.id);
  verified();
  expect(problems).toEqual([]);
}, 180_000);
