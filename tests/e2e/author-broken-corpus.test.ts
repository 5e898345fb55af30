/**
 * A corpus that does not verify, opened in the author's workbench: the page lists the
 * verifier's own messages (file:line:column, record › field, message and the detail that
 * helps), passes axe, and comes back as the app by itself once the file is fixed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startAuthorServer, type AuthorServer } from '../../scripts/author/author-server.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { formatProblem } from '../../scripts/corpus/problem.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { axeViolations, useBrowser } from './browser-session.ts';

const browser = useBrowser();
let scratch = '';
let dir = '';
let server: AuthorServer;
let claims = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'author-broken-'));
  dir = join(scratch, 'data');
  cpSync('tests/fixtures/second-dossier', dir, { recursive: true });
  claims = readFileSync(join(dir, 'claims.yaml'), 'utf8');
  server = await startAuthorServer({ dataDir: dir });
});
afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('a corpus that does not verify shows the verifier’s messages, and the app once it is fixed', async () => {
  // A quote changed by hand so that its source no longer has it, and a hostile speaker id.
  const quote = /^ {2}quote: (.+)$/m.exec(claims)?.[1] ?? '';
  expect(quote).not.toBe('');
  const broken = claims
    .replace(`  quote: ${quote}`, `  quote: ${quote.replace(/(\w+)(\W*)$/, 'xyzzy$2')}`)
    .replace(/^ {2}speaker: (.+)$/m, '  speaker: <img src=x onerror=alert(1)>');
  writeFileSync(join(dir, 'claims.yaml'), broken);
  const verdict = verifyCorpus(readCorpusFolder(dir));
  if (verdict.ok) throw new Error('the broken corpus verifies');

  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(server.url, { timeout: 120_000 });
  expect(response?.status()).toBe(500);
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('The corpus does not verify');
  const items = page.getByRole('list', { name: "The verifier's messages" }).getByRole('listitem');
  await expect.poll(() => items.count()).toBe(verdict.problems.length);
  // Each message as corpus:check prints it: where, record › field, what, and the detail.
  const shown = await items.allInnerTexts();
  verdict.problems.forEach((problem, i) => {
    const where = [problem.file, problem.line, problem.column].join(':');
    expect(shown[i]).toContain(where);
    expect(shown[i]).toContain(`${problem.record ?? ''} › ${problem.field ?? ''}`);
    expect(shown[i]).toContain(problem.message);
    for (const line of (problem.detail ?? '').split('\n')) expect(shown[i]).toContain(line.trim());
  });
  expect(shown.join('\n')).toMatch(/claims\.yaml:\d+:\d+/);
  expect(formatProblem(verdict.problems[0] ?? { file: '', message: '' })).toContain('claims.yaml');
  // The hostile id is shown as text, never run.
  expect(shown.join('\n')).toContain('<img src=x onerror=alert(1)>');
  expect(dialogs).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // Fixed by hand: the page comes back as the app, with the workbench's bar.
  writeFileSync(join(dir, 'claims.yaml'), claims);
  await page.getByRole('complementary', { name: 'Author mode' }).waitFor({ timeout: 120_000 });
  expect(dialogs).toEqual([]);
  await context.close();
}, 240_000);
