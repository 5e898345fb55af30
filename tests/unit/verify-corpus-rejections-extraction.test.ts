/**
 * A source extracted from a saved page keeps the page and says how its text came from it; the
 * verifier checks the page is there as recorded and that re-running the extraction on it gives
 * the archived text again. The page is a real one (tests/fixtures/real-pages), added as
 * `source:add` adds it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { compiledFiles, versionedFiles } from '../../scripts/corpus/corpus-files.ts';
import type { CorpusProblem } from '../../scripts/corpus/problem.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import type { Source } from '../../src/corpus/corpus-schema.ts';
import {
  makeCorpusFiles,
  makeExtractedSource,
  makeRecords,
  sha256,
} from '../support/corpus-factory.ts';

const pageFile = 'tests/fixtures/real-pages/guardian-1.html';
const page = readFileSync(pageFile);
const extracted = makeExtractedSource('guardian-1.html', page);
const text = new TextDecoder().decode(extracted.texts[extracted.source.file]);
const label = 'source "saved-page" (#2)';

/** The installed package's own version, read as a person would check it. */
const installed = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
    .version;

/** The corpus with the extracted source, its record and files changed as a case needs. */
function withExtracted(
  change: (source: Source, texts: Record<string, Uint8Array | string>) => Source,
) {
  return () => {
    const texts: Record<string, Uint8Array | string> = { ...extracted.texts };
    const source = change(structuredClone(extracted.source), texts);
    const records = makeRecords();
    records.sources.push(source);
    return makeCorpusFiles(records, { texts });
  };
}

/** The record's `extractedFrom`, which every source of these cases has. */
function from(source: Source) {
  if (!source.extractedFrom) throw new Error('no extractedFrom');
  return source.extractedFrom;
}

/** An edited archived text, its record's SHA-256 kept in step so only the extraction differs. */
function editText(source: Source, texts: Record<string, Uint8Array | string>, edited: string) {
  texts[source.file] = edited;
  return { ...source, sha256: sha256(edited) };
}

/** A word put in at the start of the archived text's second paragraph. */
const secondParagraph = text.indexOf('\n\n') + 2;
const editedText = `${text.slice(0, secondParagraph)}Edited ${text.slice(secondParagraph)}`;
const editedLine = text.slice(0, secondParagraph).split('\n').length;

type RejectionCase = {
  name: string;
  files: () => Map<string, Uint8Array>;
  expected: Partial<Omit<CorpusProblem, 'message' | 'detail'>> & {
    message: RegExp;
    detail?: RegExp;
  };
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const pagePath = from(extracted.source).page;

const cases: RejectionCase[] = [
  {
    name: 'a saved page that is missing',
    files: withExtracted((source) => ({
      ...source,
      extractedFrom: { ...from(source), page: 'sources/elsewhere.html' },
    })),
    expected: {
      record: label,
      field: 'extractedFrom.page',
      message: /^saved page "sources\/elsewhere\.html" does not exist$/,
    },
  },
  {
    name: 'a saved page changed by one byte',
    files: withExtracted((source, texts) => {
      const changed = Uint8Array.from(page);
      changed[changed.length - 2] = 0x20;
      texts[pagePath] = changed;
      return source;
    }),
    expected: {
      record: label,
      field: 'extractedFrom.sha256',
      message: new RegExp(
        `^SHA-256 of "${escape(pagePath)}" is [0-9a-f]{64}, not the recorded ${from(extracted.source).sha256}: the saved page has changed$`,
      ),
    },
  },
  {
    name: 'an archived text that the page does not give again (its own SHA-256 updated)',
    files: withExtracted((source, texts) => editText(source, texts, editedText)),
    expected: {
      record: label,
      field: 'extractedFrom.page',
      message: new RegExp(
        `^re-running the extraction on "${escape(pagePath)}" does not give the archived text "${escape(extracted.source.file)}"$`,
      ),
      detail: new RegExp(
        `^first difference at line ${editedLine}, column 1:\n  archived:  "Edited `,
      ),
    },
  },
  {
    name: 'an archived text the page does not give again, extracted by another version',
    files: withExtracted((source, texts) => {
      const edited = editText(source, texts, editedText);
      const recorded = from(source);
      return {
        ...edited,
        extractedFrom: { ...recorded, extractor: { ...recorded.extractor, version: '0.0.1' } },
      };
    }),
    expected: {
      record: label,
      field: 'extractedFrom.extractor',
      message: new RegExp(
        `^"${escape(extracted.source.file)}" cannot be re-checked here: the extraction installed gives another text from "${escape(pagePath)}"; it was extracted by @mozilla/readability 0\\.0\\.1 on linkedom ${escape(installed('linkedom'))}, text rules 1, and this machine has @mozilla/readability ${escape(installed('@mozilla/readability'))} on linkedom`,
      ),
      detail:
        /Install the recorded versions to re-check it \(npm ci installs those of the lock file\)/,
    },
  },
  {
    name: 'a saved page with no markup in it',
    files: withExtracted((source, texts) => {
      const notAPage = 'Only words, no markup.\n';
      texts[pagePath] = notAPage;
      return { ...source, extractedFrom: { ...from(source), sha256: sha256(notAPage) } };
    }),
    expected: {
      record: label,
      field: 'extractedFrom.page',
      message: new RegExp(
        `^re-running the extraction on "${escape(pagePath)}" fails: ${escape(pagePath)} holds no HTML markup`,
      ),
    },
  },
  {
    name: 'a capture day that is not a real day',
    files: withExtracted((source) => ({
      ...source,
      extractedFrom: { ...from(source), captured: '2019-02-30' },
    })),
    expected: {
      record: label,
      field: 'extractedFrom.captured',
      message: /must be a real day as YYYY-MM-DD; found "2019-02-30"/,
    },
  },
  {
    name: 'a capture day of a month only',
    files: withExtracted((source) => ({
      ...source,
      extractedFrom: { ...from(source), captured: '2019-03' },
    })),
    expected: { field: 'extractedFrom.captured', message: /must be a real day as YYYY-MM-DD/ },
  },
  {
    name: 'a saved page that is not an .html file in sources/',
    files: withExtracted((source) => ({
      ...source,
      extractedFrom: { ...from(source), page: '../page.html' },
    })),
    expected: { field: 'extractedFrom.page', message: /must be sources\/<name>\.html/ },
  },
  {
    name: 'an extractor version that is not exact',
    files: withExtracted((source) => ({
      ...source,
      extractedFrom: {
        ...from(source),
        extractor: { ...from(source).extractor, version: '^0.6' },
      },
    })),
    expected: {
      field: 'extractedFrom.extractor.version',
      message: /must be an exact version, e.g\. 0\.6\.0/,
    },
  },
  {
    name: 'an extraction without the day its page was saved',
    files: withExtracted((source) => {
      const { captured: _, ...rest } = from(source);
      return { ...source, extractedFrom: rest as ReturnType<typeof from> };
    }),
    expected: { field: 'extractedFrom.captured', message: /^missing required field$/ },
  },
];

test.each(cases)('the verifier rejects $name', ({ files, expected }) => {
  const result = verifyCorpus(files());
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const { message, detail, ...where } = expected;
  const problem = result.problems.find((p) => message.test(p.message));
  expect(
    problem,
    `no problem matching ${message}; got ${JSON.stringify(result.problems)}`,
  ).toBeDefined();
  expect(problem).toMatchObject({ file: 'sources.yaml', ...where });
  if (detail) expect(problem?.detail).toMatch(detail);
});

test('a source added from a saved page records the page, its hash, the day and the extractor', () => {
  expect(extracted.source.extractedFrom).toEqual({
    page: 'sources/saved-page.html',
    sha256: sha256OfBytes(page),
    captured: '2019-03-03',
    extractor: {
      name: '@mozilla/readability',
      version: installed('@mozilla/readability'),
      dom: `linkedom ${installed('linkedom')}`,
      rules: 1,
    },
  });
});

test('the verifier re-runs the extraction and accepts the archived text it gives again', () => {
  const result = withExtracted((source) => source)();
  const verdict = verifyCorpus(result);
  if (!verdict.ok) throw new Error(JSON.stringify(verdict.problems));
  const compiled = verdict.verified.corpus.sources.find((one) => one.id === 'saved-page');
  expect(compiled?.extractedFrom).toEqual({
    pagePath: 'sources/saved-page.html.txt',
    sha256: from(extracted.source).sha256,
    captured: '2019-03-03',
    extractor: from(extracted.source).extractor,
  });
});

test('another version installed that gives the same text is no problem: the text is re-checked', () => {
  const files = withExtracted((source) => ({
    ...source,
    extractedFrom: {
      ...from(source),
      extractor: { ...from(source).extractor, version: '0.0.1', dom: 'linkedom 0.0.1' },
    },
  }))();
  expect(verifyCorpus(files).ok).toBe(true);
});

test('the build publishes the saved page as plain text at a stable address, and only there', () => {
  const verdict = verifyCorpus(withExtracted((source) => source)());
  if (!verdict.ok) throw new Error(JSON.stringify(verdict.problems));
  const compiled = compiledFiles(verdict.verified);
  const same = (content: Uint8Array | string | undefined) =>
    content !== undefined && typeof content !== 'string' && Buffer.from(content).equals(page);
  expect(same(compiled.get('sources/saved-page.html.txt'))).toBe(true);
  const published = versionedFiles(compiled);
  expect(same(published.files.get('sources/saved-page.html.txt'))).toBe(true);
  expect([...published.files.keys()].filter((path) => path.endsWith('.html.txt'))).toEqual([
    'sources/saved-page.html.txt',
  ]);
  expect([...published.files.keys()].some((path) => path.endsWith('.html'))).toBe(false);
});

test('a text archived as given records no extraction, and compiles without one', () => {
  const verdict = verifyCorpus(makeCorpusFiles(makeRecords()));
  if (!verdict.ok) throw new Error(JSON.stringify(verdict.problems));
  for (const source of verdict.verified.corpus.sources) {
    expect(source.extractedFrom).toBeUndefined();
  }
});

/** SHA-256 of bytes as they are (the factory's `sha256` hashes a text's UTF-8). */
function sha256OfBytes(bytes: Uint8Array) {
  return createHash('sha256').update(bytes).digest('hex');
}
