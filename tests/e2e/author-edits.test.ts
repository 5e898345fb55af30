/**
 * The workbench's edits as a person's, in Chromium with the real mouse, on a copy of the
 * second dossier with a hand-written touch: a comment inside a claim's record and a field in
 * double quotes. Editing one field changes that field's lines only; a draft of a new claim
 * survives opening and cancelling an edit and a reload; a quotation hard-wrapped over two
 * lines of an (invented) wire copy is selected across its line break and saves as direct.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addSourceFile, fileVersions } from '../../scripts/author/corpus-writes.ts';
import { startAuthorServer, type AuthorServer } from '../../scripts/author/author-server.ts';
import { corpusRecord } from '../../scripts/commands/corpus-record.ts';
import { bufferedOutput } from '../../scripts/commands/output.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import * as noticeWords from '../../src/claims/corrections-notice.words.tsx';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { readSource } from '../../scripts/sources/add-source.ts';
import type { AuthoredClaim } from '../../src/corpus/corpus-schema.ts';
import { useBrowser } from './browser-session.ts';
import { selectWithMouse } from './workbench.ts';
import { lineDiff } from '../support/line-diff.ts';

const browser = useBrowser();
let scratch = '';
let dir = '';
let server: AuthorServer;
let page: Page;
const problems: string[] = [];

/** An invented wire story, hard-wrapped at about 60 characters as wire copy is. */
const wire = [
  'Harbour board rejects night-time dredging',
  '',
  'PORT AVERNE, May 14 (Averne Wire) - The harbour board voted on',
  'Tuesday against dredging at night. "We will not let the',
  'dredgers work after dark while families are asleep," board',
  'chair Ilse Varga told reporters after the vote.',
  '',
  'The contractor said it would appeal.',
  '',
].join('\n');
const wrappedWords = 'We will not let the\ndredgers work after dark while families are asleep,';
let wireId = '';

/** The claim given a hand-written comment and a double-quoted field, and its record's index. */
let commented: AuthoredClaim;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'author-edits-'));
  dir = join(scratch, 'data');
  cpSync('tests/fixtures/second-dossier', dir, { recursive: true });
  // A person's touch: a comment among a record's fields, and its summary in double quotes.
  const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8');
  const [first] = parse(claims) as AuthoredClaim[];
  if (!first) throw new Error('no claim');
  commented = first;
  writeFileSync(
    join(dir, 'claims.yaml'),
    claims.replace(
      `  summary: ${first.summary}\n`,
      `  # Checked against the print edition.\n  summary: "${first.summary}"\n`,
    ),
  );
  const added = addSourceFile(
    dir,
    fileVersions(dir),
    readSource('wire.txt', new TextEncoder().encode(wire)),
    { publisher: 'Averne Wire', published: '2031-05-14' },
  );
  if (!added.ok || !added.id)
    throw new Error(`the wire copy was not added: ${JSON.stringify(added)}`);
  wireId = added.id;
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
});
afterAll(async () => {
  await page.context().close();
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

const bar = () => page.getByRole('complementary', { name: 'Author mode' });
const dialog = () => page.getByRole('dialog');
const text = (file: string) => readFileSync(join(dir, file), 'utf8');

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

test('editing one field of a hand-commented record changes that field’s line and no other byte', async () => {
  await page.goto(`${server.origin}/claims/${commented.id}`);
  await opened(`/claims/${commented.id}`);
  const before = text('claims.yaml');
  await bar().getByRole('button', { name: 'Edit claim' }).click();
  const edited = `${commented.summary.replace(/\.$/, '')}, again.`;
  await dialog()
    .getByLabel(/^Summary/)
    .fill(edited);
  await expect.poll(() => dialog().getByText('The verifier finds nothing wrong.').count()).toBe(1);
  await dialog().getByRole('button', { name: 'Save claim' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(edited);
  // One line out, one in: the summary, still in its double quotes; the comment above it kept.
  expect(lineDiff(before, text('claims.yaml'))).toEqual({
    removed: [`  summary: "${commented.summary}"`],
    added: [`  summary: "${edited}"`],
  });
  expect(text('claims.yaml')).toContain('  # Checked against the print edition.\n');
  expect(verified().claims.find((one) => one.id === commented.id)?.summary).toBe(edited);
});

test('a new claim’s draft survives opening and cancelling an edit, and a reload', async () => {
  await page.goto(`${server.origin}/sources/${wireId}`);
  await page.locator('[data-source-text]').waitFor();
  await bar().waitFor();
  await selectWithMouse(page, 'The contractor said it would appeal.');
  await bar().getByRole('button', { name: 'New claim from selection' }).click();
  const summary = 'The contractor says it will appeal the vote.';
  await dialog()
    .getByLabel(/^Summary/)
    .fill(summary);
  await dialog().getByRole('button', { name: 'Cancel' }).click();
  await dialog().waitFor({ state: 'detached' });
  // An edit of another claim, opened and cancelled.
  await page.goto(`${server.origin}/claims/${commented.id}`);
  await opened(`/claims/${commented.id}`);
  await bar().getByRole('button', { name: 'Edit claim' }).click();
  await dialog()
    .getByLabel(/^Summary/)
    .fill('An edit thrown away.');
  await dialog().getByRole('button', { name: 'Cancel' }).click();
  await dialog().waitFor({ state: 'detached' });
  await page.reload();
  await bar().waitFor();
  // The edit is gone, as cancelled; the new claim's draft is there, as typed.
  expect(await bar().getByRole('button', { name: 'Resume the unsaved edit' }).count()).toBe(0);
  await bar().getByRole('button', { name: 'Resume the unsaved claim' }).click();
  expect(
    await dialog()
      .getByLabel(/^Summary/)
      .inputValue(),
  ).toBe(summary);
  expect(await dialog().getByLabel("The source's words").textContent()).toBe(
    'The contractor said it would appeal.',
  );
  await dialog().getByRole('button', { name: 'Cancel' }).click();
  await dialog().waitFor({ state: 'detached' });
});

test('the quote is widened and narrowed in place, and the verifier’s advice is a button away', async () => {
  await page.goto(`${server.origin}/sources/${wireId}`);
  await page.locator('[data-source-text]').waitFor();
  await bar().waitFor();
  await selectWithMouse(page, 'will not let the');
  await bar().getByRole('button', { name: 'New claim from selection' }).click();
  // A claim the verifier can read whole: its quote is then checked against the marks.
  const [speaker] = verified().speakers;
  const [topic] = verified().topics;
  await dialog()
    .getByLabel('Speaker', { exact: true })
    .selectOption(speaker?.id ?? '');
  await dialog()
    .getByLabel('Question it answers')
    .selectOption(topic?.id ?? '');
  await dialog()
    .getByLabel(/^Summary/)
    .fill('The board chair rules out work at night.');
  const words = () => dialog().getByLabel("The source's words").textContent();
  const move = (name: string) =>
    dialog()
      .getByRole('group', { name: 'Widen or narrow the quote' })
      .getByRole('button', { name })
      .click();
  await move('Take in one more word before');
  await expect.poll(words).toBe('We will not let the');
  await move('Leave out the last word');
  await expect.poll(words).toBe('We will not let');
  // One more before takes in the opening mark: the verifier says the quote cuts the
  // quotation, shows the quote widened and narrowed, and offers each as a button.
  await move('Take in one more word before');
  await expect.poll(words).toBe('"We will not let');
  const advice = dialog().getByRole('list', { name: 'What the verifier says' });
  await expect.poll(() => advice.textContent()).toMatch(/cuts a quotation/);
  const quotation = wire.slice(wire.indexOf('"We'), wire.indexOf('asleep,"') + 'asleep,"'.length);
  expect(await advice.locator('pre').textContent()).toContain(quotation);
  await advice.getByRole('button', { name: 'Narrow it to the words inside the marks' }).click();
  await expect.poll(words).toBe('We will not let');
  expect(await dialog().getByLabel('Direct quote: the speaker’s words').isChecked()).toBe(true);
  await move('Take in one more word before');
  await advice.getByRole('button', { name: 'Widen it to the whole quotation' }).click();
  await expect.poll(words).toBe(quotation);
  // The whole quotation with its marks is the publisher's sentence part: reported.
  expect(await dialog().getByLabel('Reported: the source’s words').isChecked()).toBe(true);
  // Discarded on purpose, the draft is gone.
  await dialog().getByRole('button', { name: 'Discard this claim' }).click();
  await dialog().waitFor({ state: 'detached' });
  expect(await bar().getByRole('button', { name: 'Resume the unsaved claim' }).count()).toBe(0);
  expect(problems).toEqual([]);
});

test('a quotation wrapped over two lines of wire copy, selected across the break, saves as direct', async () => {
  await page.goto(`${server.origin}/sources/${wireId}`);
  await page.locator('[data-source-text]').waitFor();
  await bar().waitFor();
  await selectWithMouse(page, wrappedWords);
  await bar().getByRole('button', { name: 'New claim from selection' }).click();
  await expect
    .poll(() => dialog().getByLabel("The source's words").textContent())
    .toBe(wrappedWords);
  // Inside the quotation's marks, over the line break: the speaker's words.
  expect(await dialog().getByLabel('Direct quote: the speaker’s words').isChecked()).toBe(true);
  const [speaker] = verified().speakers;
  const [topic] = verified().topics;
  await dialog()
    .getByLabel('Speaker', { exact: true })
    .selectOption(speaker?.id ?? '');
  await dialog()
    .getByLabel('Question it answers')
    .selectOption(topic?.id ?? '');
  await dialog()
    .getByLabel(/^Summary/)
    .fill('The board chair says dredgers will not work after dark.');
  await expect.poll(() => dialog().getByText('The verifier finds nothing wrong.').count()).toBe(1);
  const id = await dialog().getByLabel(/^Id/).inputValue();
  await dialog().getByRole('button', { name: 'Save claim' }).click();
  await opened(`/claims/${id}`);
  const claim = (parse(text('claims.yaml')) as AuthoredClaim[]).find((one) => one.id === id);
  expect(claim).toMatchObject({ quote: wrappedWords, speech: 'direct', source: wireId });
  expect(verified().claims.find((one) => one.id === id)?.speech).toBe('direct');
  // Words inside that quote, now highlighted in the reader, can still be selected to quote:
  // the drag is a selection, not a click that opens the claim.
  await page.goto(`${server.origin}/sources/${wireId}`);
  await page.locator('[data-source-text] mark').first().waitFor();
  await selectWithMouse(page, 'work after dark');
  await bar().getByRole('button', { name: 'New claim from selection' }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/sources/${wireId}`);
  expect(problems).toEqual([]);
});

test('the source form’s entry survives a cancel and a reload, until discarded', async () => {
  await page.goto(`${server.origin}/`);
  await bar().waitFor();
  const text = 'A notice pinned to the harbour gate\n\nThe gate closes at dusk from Monday.\n';
  await bar().getByRole('button', { name: 'Add a source' }).click();
  await dialog().getByLabel('Or paste its text').fill(text);
  await dialog().getByLabel('Or paste its text').blur();
  await expect
    .poll(() => dialog().getByLabel('Headline').inputValue())
    .toBe('A notice pinned to the harbour gate');
  await dialog().getByLabel('Publisher').fill('The harbour office');
  await dialog().getByRole('button', { name: 'Cancel' }).click();
  await dialog().waitFor({ state: 'detached' });
  await page.reload();
  await bar().getByRole('button', { name: 'Add a source' }).click();
  await expect
    .poll(() => dialog().getByRole('status').first().textContent())
    .toMatch(/back as you left it/);
  expect(await dialog().getByLabel('Or paste its text').inputValue()).toBe(text);
  await expect.poll(() => dialog().getByLabel('Publisher').inputValue()).toBe('The harbour office');
  expect(await dialog().getByLabel('The text to archive').textContent()).toBe(text);
  await dialog().getByRole('button', { name: 'Discard this source' }).click();
  await dialog().waitFor({ state: 'detached' });
  await bar().getByRole('button', { name: 'Add a source' }).click();
  expect(await dialog().getByLabel('Or paste its text').inputValue()).toBe('');
  await dialog().getByRole('button', { name: 'Cancel' }).click();
});

test('a published claim edited without a correction is refused; with one, its page says so', async () => {
  // The dossier as it stands goes out: its publication is recorded, an hour ago.
  const output = bufferedOutput();
  const recorded = corpusRecord(
    [dir, '--now', new Date(Date.now() - 3_600_000).toISOString()],
    output,
  );
  expect(recorded, output.stderr()).toBe(0);
  const claim = verified().claims.find((one) => one.id !== commented.id);
  if (!claim) throw new Error('no other claim');
  await page.goto(`${server.origin}/claims/${claim.id}`);
  await opened(`/claims/${claim.id}`);
  const before = text('claims.yaml');
  await bar().getByRole('button', { name: 'Edit claim' }).click();
  const edited = `${claim.summary.replace(/\.$/, '')}, as corrected.`;
  await dialog()
    .getByLabel(/^Summary/)
    .fill(edited);
  // The verifier's refusal, in the form, as the author types.
  await expect
    .poll(
      () =>
        dialog()
          .getByText(/a published claim is corrected in the open/)
          .count(),
      {
        timeout: 30_000,
      },
    )
    .toBe(1);
  const reason = 'The summary left out that the statement was made twice.';
  await dialog()
    .getByLabel(/^Correction/)
    .fill(reason);
  await expect
    .poll(() => dialog().getByText('The verifier finds nothing wrong.').count(), {
      timeout: 30_000,
    })
    .toBe(1);
  await dialog().getByRole('button', { name: 'Save claim' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(edited);
  const notice = page.getByRole('complementary', { name: noticeWords.heading(1) });
  await notice.waitFor();
  expect(await notice.textContent()).toContain(reason);
  // The summary's line changed, and the correction's lines came at the end of the record:
  // nothing else.
  const today = new Date().toISOString().slice(0, 10);
  const { removed, added } = lineDiff(before, text('claims.yaml'));
  expect(removed[0]).toBe(`  summary: ${claim.summary}`);
  expect(added[0]).toBe(`  summary: ${edited}`);
  expect(added.slice(1, removed.length)).toEqual(removed.slice(1));
  expect(added.slice(removed.length)).toEqual([
    '  corrections:',
    expect.stringMatching(new RegExp(`^ {4}- date: '?${today}'?$`)),
    `      reason: ${reason}`,
  ]);
  expect(verified().claims.find((one) => one.id === claim.id)?.corrections).toEqual([
    { date: today, reason },
  ]);
});
