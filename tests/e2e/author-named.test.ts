/**
 * Speakers and questions in the author's workbench, in Chromium, on a copy of the second
 * dossier: edited (one field changes one line of its file), refused a delete while claims
 * name them (nothing written, the claims named), deleted with the claim they were made for,
 * or, once nothing names them, on their own. After each step the corpus verifies.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startAuthorServer, type AuthorServer } from '../../scripts/author/author-server.ts';
import { addClaim, fileVersions } from '../../scripts/author/corpus-writes.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import type { AuthoredClaim } from '../../src/corpus/corpus-schema.ts';
import type { Dossier, Speaker, Topic } from '../../src/corpus/schema.ts';
import { axeViolations, useBrowser } from './browser-session.ts';
import { lineDiff } from '../support/line-diff.ts';

const browser = useBrowser();
let scratch = '';
let dir = '';
let server: AuthorServer;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'author-named-'));
  dir = join(scratch, 'data');
  cpSync('tests/fixtures/second-dossier', dir, { recursive: true });
  server = await startAuthorServer({ dataDir: dir });
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    // A refused delete answers 422, which Chromium logs; the test checks the refusal.
    if (/status of 422/.test(text)) return;
    if (/called use\(\) to suspend in a previous render/.test(text)) return;
    if (message.type() === 'error') problems.push(text);
  });
  // The first visit compiles the app's modules on demand: given time once, here.
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
const speakers = () => parse(text('speakers.yaml')) as Speaker[];
const topics = () => parse(text('topics.yaml')) as Topic[];
const claims = () => parse(text('claims.yaml')) as AuthoredClaim[];
const corpusFiles = ['speakers.yaml', 'topics.yaml', 'claims.yaml', 'relations.yaml'];

/** The corpus files as they are now, to tell what a step changed. */
function files(): Record<string, string> {
  return Object.fromEntries(corpusFiles.map((file) => [file, text(file)]));
}

/** The corpus passes the verifier, and is returned compiled. */
function verified() {
  const result = verifyCorpus(readCorpusFolder(dir));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.verified.corpus;
}

/** Opens a page of the app afresh, with the workbench's bar loaded over it. */
async function visit(path: string) {
  await page.goto(`${server.origin}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
  await bar().waitFor();
}

/** Opens "Speakers and questions" from the bar. */
async function openNamed() {
  await bar().getByRole('button', { name: 'Speakers and questions' }).click();
  await dialog().getByRole('heading', { name: 'Speakers and questions' }).waitFor();
}

/** The list item of a speaker or a question, found by its Edit button's name. */
const item = (name: string) =>
  dialog()
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `Edit ${name}`, exact: true }) });

/** Waits until a save has reloaded the page and its file has changed from `before`. */
async function written(file: string, before: string) {
  await dialog().waitFor({ state: 'detached', timeout: 30_000 });
  await expect.poll(() => text(file)).not.toBe(before);
  await bar().waitFor();
}

test('the list shows each speaker and question with the claims naming it, and passes axe', async () => {
  await visit('/');
  await openNamed();
  const dossier = parse(text('dossier.yaml')) as Dossier;
  for (const speaker of speakers()) {
    const count = claims().filter((claim) => claim.speaker === speaker.id).length;
    const shown = await item(speaker.name).textContent();
    expect(shown).toContain(count === 0 ? 'no claim names' : `named by ${count} claim`);
    if (speaker.role) expect(shown).toContain(speaker.role);
  }
  for (const topic of topics()) {
    const count = claims().filter((claim) => claim.topic === topic.id).length;
    const shown = await item(topic.title).textContent();
    expect(shown).toContain(topic.question);
    expect(shown).toContain(count === 0 ? 'no claim answers' : `answered by ${count} claim`);
    expect(shown?.includes('the dossier leads with it')).toBe(
      dossier.leadTopics.includes(topic.id),
    );
  }
  expect(await axeViolations(page)).toEqual([]);
  await dialog().getByRole('button', { name: 'Close' }).click();
  await dialog().waitFor({ state: 'detached' });
});

test('editing a speaker’s role changes that line of speakers.yaml and no other', async () => {
  const speaker = speakers().find((one) => one.role);
  if (!speaker?.role) throw new Error('the fixture has no speaker with a role');
  const before = files();
  await openNamed();
  await item(speaker.name)
    .getByRole('button', { name: `Edit ${speaker.name}` })
    .click();
  // The id is shown, and cannot be typed over.
  const id = dialog().getByLabel(/^Id/);
  expect(await id.inputValue()).toBe(speaker.id);
  expect(await id.getAttribute('readonly')).not.toBeNull();
  expect(await axeViolations(page)).toEqual([]);
  const role = `Former ${speaker.role.toLowerCase()}`;
  await dialog()
    .getByLabel(/^Role at the time/)
    .fill(role);
  await dialog().getByRole('button', { name: 'Save speaker' }).click();
  await written('speakers.yaml', before['speakers.yaml'] ?? '');
  expect(lineDiff(before['speakers.yaml'] ?? '', text('speakers.yaml'))).toEqual({
    removed: [`  role: ${speaker.role}`],
    added: [`  role: ${role}`],
  });
  expect({ ...files(), 'speakers.yaml': '' }).toEqual({ ...before, 'speakers.yaml': '' });
  expect(verified().speakers.find((one) => one.id === speaker.id)?.role).toBe(role);
});

test('editing a question’s wording changes that line of topics.yaml and no other', async () => {
  const [topic] = topics();
  if (!topic) throw new Error('the fixture has no question');
  const before = files();
  await openNamed();
  await item(topic.title)
    .getByRole('button', { name: `Edit ${topic.title}` })
    .click();
  const question = topic.question.replace(/\?$/, ', by every account?');
  await dialog().getByLabel('The neutral question').fill(question);
  await dialog().getByRole('button', { name: 'Save question' }).click();
  await written('topics.yaml', before['topics.yaml'] ?? '');
  expect(lineDiff(before['topics.yaml'] ?? '', text('topics.yaml'))).toEqual({
    removed: [`  question: ${topic.question}`],
    added: [`  question: ${question}`],
  });
  expect({ ...files(), 'topics.yaml': '' }).toEqual({ ...before, 'topics.yaml': '' });
  expect(verified().topics.find((one) => one.id === topic.id)?.question).toBe(question);
});

test('deleting a speaker that claims name is refused up front and by the workbench, writing nothing', async () => {
  // The speaker the most claims name.
  const [speaker] = speakers().sort(
    (a, b) =>
      claims().filter((claim) => claim.speaker === b.id).length -
      claims().filter((claim) => claim.speaker === a.id).length,
  );
  if (!speaker) throw new Error('the fixture has no speaker');
  const naming = claims().filter((claim) => claim.speaker === speaker.id);
  expect(naming.length).toBeGreaterThan(0);
  const before = files();
  await openNamed();
  const remove = item(speaker.name).getByRole('button', { name: `Delete ${speaker.name}` });
  // The reason is shown before anything is tried, and read out with the button.
  const described = await remove.getAttribute('aria-describedby');
  const reason = await page.locator(`[id="${described ?? ''}"]`).textContent();
  for (const claim of naming) expect(reason).toContain(claim.id);
  expect(await remove.isEnabled()).toBe(true);
  await remove.click();
  const refusal = item(speaker.name).getByRole('alert');
  await expect.poll(() => refusal.textContent()).toContain(`${naming.length} claim`);
  for (const claim of naming) expect(await refusal.textContent()).toContain(claim.id);
  expect(files()).toEqual(before);
  expect(await axeViolations(page)).toEqual([]);
  await dialog().getByRole('button', { name: 'Close' }).click();
  await dialog().waitFor({ state: 'detached' });
  verified();
});

/** Adds a claim copying the first one's passage, with a new question, and a new speaker if asked. */
function addLoneClaim(id: string, withSpeaker: boolean) {
  const [first] = claims();
  const [speaker] = speakers();
  if (!first || !speaker) throw new Error('the fixture has no claim');
  const topic: Topic = {
    id: `${id}-question`,
    title: `Question of ${id}`,
    question: `What did ${id} say?`,
    order: Math.max(...topics().map((one) => one.order)) + 1,
  };
  const lone: Speaker = {
    id: `${id}-speaker`,
    name: `Speaker of ${id}`,
    kind: 'person',
    party: speaker.party,
  };
  const claim: AuthoredClaim = {
    ...first,
    id,
    topic: topic.id,
    speaker: withSpeaker ? lone.id : speaker.id,
  };
  const added = addClaim(dir, fileVersions(dir), {
    claim,
    topic,
    ...(withSpeaker ? { speaker: lone } : {}),
  });
  if (!added.ok) throw new Error(JSON.stringify(added));
  verified();
  return { claim, topic, speaker: lone };
}

test('a claim deleted with its own new question and speaker takes both, and the corpus verifies', async () => {
  const before = files();
  const { claim, topic, speaker } = addLoneClaim('lone-claim', true);
  await visit(`/claims/${claim.id}`);
  await bar().getByRole('button', { name: 'Delete claim' }).click();
  const alsoQuestion = dialog().getByRole('checkbox', {
    name: `Also delete the question “${topic.question}”, which no other claim answers`,
  });
  const alsoSpeaker = dialog().getByRole('checkbox', {
    name: `Also delete the speaker “${speaker.name}”, whom no other claim names`,
  });
  expect(await alsoQuestion.isChecked()).toBe(true);
  expect(await alsoSpeaker.isChecked()).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await dialog().getByRole('button', { name: 'Delete claim' }).click();
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  // All three gone: every file is byte for byte as before the claim was added.
  await expect.poll(() => files()).toEqual(before);
  const corpus = verified();
  expect(corpus.topics.map((one) => one.id)).not.toContain(topic.id);
  expect(corpus.speakers.map((one) => one.id)).not.toContain(speaker.id);
});

test('a question left behind by choice is deleted on its own once nothing names it', async () => {
  const before = files();
  const { claim, topic } = addLoneClaim('kept-question-claim', false);
  await visit(`/claims/${claim.id}`);
  await bar().getByRole('button', { name: 'Delete claim' }).click();
  // The speaker other claims name is not offered; the question is, and is kept on request.
  expect(
    await dialog()
      .getByRole('checkbox', { name: /Also delete the speaker/ })
      .count(),
  ).toBe(0);
  await dialog()
    .getByRole('checkbox', { name: /Also delete the question/ })
    .uncheck();
  expect(await dialog().textContent()).toContain('The question stays');
  await dialog().getByRole('button', { name: 'Delete claim' }).click();
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await expect.poll(() => claims().some((one) => one.id === claim.id)).toBe(false);
  expect(verified().topics.map((one) => one.id)).toContain(topic.id);

  await bar().waitFor();
  await openNamed();
  expect(await item(topic.title).textContent()).toContain('no claim answers it');
  await item(topic.title)
    .getByRole('button', { name: `Delete ${topic.title}` })
    .click();
  await dialog()
    .getByRole('heading', { name: `Delete question “${topic.title}”?` })
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await dialog().getByRole('button', { name: 'Delete question' }).click();
  await dialog().waitFor({ state: 'detached', timeout: 30_000 });
  await expect.poll(() => files()).toEqual(before);
  expect(verified().topics.map((one) => one.id)).not.toContain(topic.id);
  expect(problems).toEqual([]);
});
