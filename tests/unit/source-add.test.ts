/**
 * Adding a source from the files people have: a plain text, kept byte for byte whatever it
 * holds, or a saved web page, whose article Readability extracts and whose metadata proposes
 * the record. Run in this process, on a copy of the second dossier; every refusal leaves the
 * folder exactly as it was.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { bufferedOutput } from '../../scripts/commands/output.ts';
import { sourceAdd } from '../../scripts/commands/source-add.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { extractArticle } from '../../scripts/sources/extract-article.ts';
import { maxSourceBytes } from '../../scripts/sources/add-source.ts';
import { maxIdLength } from '../../src/corpus/schema.ts';
import { isoDate } from '../../src/lib/iso-date.ts';

const pageFile = 'tests/fixtures/saved-pages/courier-dockers-court.html';
const page = readFileSync(pageFile, 'utf8');
const { document } = parseHTML(page);
const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const meta = (key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

let dir = '';
let scratch = '';
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'source-add-'));
  dir = join(scratch, 'data');
  cpSync('tests/fixtures/second-dossier', dir, { recursive: true });
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file of the corpus folder and its bytes, to compare before and after. */
const snapshot = () =>
  new Map(
    [...readCorpusFolder(dir)].map(([path, bytes]) => [path, Buffer.from(bytes).toString('hex')]),
  );

function run(...args: string[]) {
  const output = bufferedOutput();
  const code = sourceAdd([...args, '--data', dir], output);
  return { code, out: output.stdout(), err: output.stderr() };
}

test('a saved page gives its article’s text, without the page around it, and its metadata', () => {
  const article = extractArticle(page);
  for (const paragraph of document.querySelectorAll('.story-body p')) {
    expect(article.text).toContain(squeeze(paragraph.textContent));
  }
  for (const chrome of document.querySelectorAll('nav, .cookie-banner, footer, aside, script')) {
    const text = squeeze(chrome.textContent);
    if (text) expect(article.text).not.toContain(text);
  }
  expect(article.text.startsWith(`${meta('og:title')}\n\n`)).toBe(true);
  expect(article).toMatchObject({
    headline: meta('og:title'),
    publisher: meta('og:site_name'),
    byline: meta('author'),
    published: meta('article:published_time')?.slice(0, 10),
    url: document.querySelector('link[rel=canonical]')?.getAttribute('href'),
    dateline: 'PORT AVERNE',
  });
});

test('a page says nothing it does not state: no metadata, no proposal', () => {
  const bare = extractArticle(
    '<html><body><article><p>Only a paragraph of text, long enough to be an article of its own, with nothing else around it at all.</p></article></body></html>',
  );
  expect(Object.keys(bare).sort()).toEqual(
    ['headline', 'text'].filter((key) => key in bare).sort(),
  );
  expect(bare.url).toBeUndefined();
  expect(bare.published).toBeUndefined();
  expect(bare.publisher).toBeUndefined();
});

test('source:add from a saved page writes its text and appends its record, keeping every byte', () => {
  const before = readFileSync(join(dir, 'sources.yaml'), 'utf8');
  const { code, out } = run(pageFile);
  expect(code).toBe(0);
  const after = readFileSync(join(dir, 'sources.yaml'), 'utf8');
  expect(after.startsWith(before)).toBe(true);
  const added = after.slice(before.length);
  expect(out).toContain(added);
  const result = verifyCorpus(readCorpusFolder(dir));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const source = result.verified.corpus.sources.at(-1);
  expect(source).toMatchObject({ headline: meta('og:title'), byline: meta('author') });
  expect(added).toContain(`published: '${meta('article:published_time')?.slice(0, 10)}'`);
  expect(readFileSync(join(dir, `sources/${source?.id}.txt`), 'utf8')).toBe(
    extractArticle(page).text,
  );
});

test('source:add from a saved page archives the page beside its text, and says where the text came from', () => {
  const { code, out } = run(pageFile);
  expect(code).toBe(0);
  const result = verifyCorpus(readCorpusFolder(dir));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const source = result.verified.corpus.sources.at(-1);
  const from = source?.extractedFrom;
  expect(readFileSync(join(dir, `sources/${source?.id}.html`), 'utf8')).toBe(page);
  // Without --captured the page is taken as saved today, and the command says so.
  expect(from?.captured).toBe(isoDate(new Date()));
  expect(out).toContain(
    `from the page saved on ${from?.captured} (today: give --captured YYYY-MM-DD if it was saved on another day),\narchived byte for byte as sources/${source?.id}.html (SHA-256 ${from?.sha256}).`,
  );
});

test('source:add from a text records no extraction, and says the text is archived as given', () => {
  const { code, out } = run(
    writeText('Headline\n\nPLACE - Words.\n'),
    '--publisher',
    'The Publisher',
    '--published',
    '2031-05-01',
  );
  expect(code).toBe(0);
  expect(out).toContain(
    'The text is archived as it was given, byte for byte: nothing extracted it.',
  );
  expect(out).not.toContain('extractedFrom');
  const result = verifyCorpus(readCorpusFolder(dir));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.verified.corpus.sources.at(-1)?.extractedFrom).toBeUndefined();
});

test('a hostile plain text is stored byte for byte, and verifies', () => {
  const hostile = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(
      `Payload <script>alert(1)</script> headline\r\n\r\nNOWHERE - A line with a bell \u0007 and a long run: ${'x'.repeat(20_000)}\r\n`,
    ),
  ]);
  const file = join(scratch, 'hostile.txt');
  writeFileSync(file, hostile);
  const { code, err } = run(
    file,
    '--publisher',
    'The <b>Hostile</b> Gazette',
    '--published',
    '2031-06-01',
  );
  expect(err).toBe('');
  expect(code).toBe(0);
  const result = verifyCorpus(readCorpusFolder(dir));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const source = result.verified.corpus.sources.at(-1);
  expect(source?.dateline).toBe('NOWHERE');
  expect(readFileSync(join(dir, `sources/${source?.id}.txt`)).equals(hostile)).toBe(true);
});

test.each([
  {
    name: 'a text that does not say its publisher or date',
    args: () => [writeText('Headline\n\nPLACE - Words.\n')],
    message: /does not say its publisher: give --publisher[\s\S]*publication date/,
  },
  {
    name: 'an id that is not a slug (a path out of the folder)',
    args: () => [pageFile, '--id', '../../outside'],
    message: /the id "\.\.\/\.\.\/outside" is not a slug/,
  },
  {
    name: 'an id longer than the limit',
    args: () => [pageFile, '--id', `courier-${'harbour-'.repeat(10)}vote`],
    message: new RegExp(`is not a slug of at most ${maxIdLength} characters`),
  },
  {
    name: 'a saved page with no markup in it',
    args: () => [writeText('Only words, no page around them.\n', 'page.html')],
    message: /^page\.html holds no HTML markup: save the page itself/,
  },
  {
    name: 'a file that is not there',
    args: () => [join(scratch, 'missing.html')],
    message: /^There is no file .*missing\.html\. Nothing was written\.\n$/,
  },
  {
    name: 'a source already in the corpus',
    args: () => [pageFile, '--id', 'courier-2031-05-13-harbour-vote'],
    message: /exists already/,
  },
  {
    name: 'an address that is not http or https',
    args: () => [pageFile, '--url', 'javascript:alert(1)'],
    message: /must be an absolute http:\/\/ or https:\/\/ address/,
  },
  {
    name: 'a file that is not UTF-8',
    args: () => [writeText(Buffer.from([0x48, 0xff, 0xfe, 0x0a]))],
    message: /is not valid UTF-8/,
  },
  {
    name: 'a file too large to be an article',
    args: () => [writeText(Buffer.alloc(maxSourceBytes + 1, 0x61))],
    message: new RegExp(`at most ${maxSourceBytes} bytes`),
  },
  {
    name: 'a file that is neither text nor a page',
    args: () => [writeText('%PDF-1.7', 'report.pdf')],
    message: /neither a \.txt text nor a saved \.html page/,
  },
  {
    name: 'a capture day for a text, which records none',
    args: () => [
      writeText('Headline\n\nPLACE - Words.\n'),
      '--publisher',
      'The Publisher',
      '--published',
      '2031-05-01',
      '--captured',
      '2031-05-02',
    ],
    message:
      /^--captured is the day a saved web page was saved; input\.txt is a text, archived as it is given, and records none\. Nothing was written\.\n$/,
  },
  {
    name: 'a capture day that is not a real day',
    args: () => [pageFile, '--captured', '2031-02-30'],
    message: /extractedFrom\.captured: must be a real day as YYYY-MM-DD; found "2031-02-30"/,
  },
])('source:add refuses $name, says why, and writes nothing', ({ args, message }) => {
  const before = snapshot();
  const { code, err } = run(...args());
  expect(code).toBe(1);
  expect(err).toMatch(message);
  expect(err).toMatch(/[Nn]othing was written/);
  // In words, never a stack trace.
  expect(err).not.toMatch(/\n\s+at /);
  expect(snapshot()).toEqual(before);
});

test('source:add given a corpus folder that is not there says so in one line', () => {
  const output = bufferedOutput();
  const missing = join(scratch, 'no-such-folder');
  expect(sourceAdd([pageFile, '--data', missing], output)).toBe(1);
  expect(output.stderr()).toBe(
    `There is no corpus folder ${missing}: give --data the folder that holds sources.yaml. Nothing was written.\n`,
  );
});

function writeText(content: string | Buffer, name = 'input.txt'): string {
  const file = join(scratch, name);
  writeFileSync(file, content);
  return file;
}
