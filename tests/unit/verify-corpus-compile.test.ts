import { expect, test } from 'vitest';
import { compiledFiles, serializeCorpus } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus, type VerifiedCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { sliceCodePoints } from '../../src/corpus/anchoring.ts';
import {
  makeClaim,
  makeCorpusFiles,
  makeRecords,
  makeSource,
  makeTopic,
  sampleText,
  sha256,
} from '../support/corpus-factory.ts';
import { compiledSchemaVersion } from '../../src/corpus/schema.ts';

function verified(files = makeCorpusFiles()): VerifiedCorpus {
  const result = verifyCorpus(files);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.verified;
}

test('a valid corpus compiles', () => {
  const { corpus } = verified();
  expect(corpus.schemaVersion).toBe(compiledSchemaVersion);
  expect(corpus.claims.map((claim) => claim.id)).toEqual([
    'trump-all-sanctions',
    'ri-partial-relief',
  ]);
});

test('position selectors count code points, not UTF-16 units, after an emoji', () => {
  const { corpus } = verified();
  const claim = corpus.claims[0];
  const { exact } = claim?.quote.textQuoteSelector ?? { exact: '' };
  const { start, end } = claim?.quote.textPositionSelector ?? { start: -1, end: -1 };
  const utf16Start = sampleText.indexOf(exact);
  // The emoji before the quote is one code point but two UTF-16 units.
  expect(start).toBe(utf16Start - 1);
  expect(end - start).toBe(Array.from(exact).length);
  expect(sliceCodePoints(sampleText, start, end)).toBe(exact);
});

test('quote selectors carry 32 code points of context each side, without splitting a surrogate pair', () => {
  const text = `${'x'.repeat(20)}🤝${'y'.repeat(11)}"Our stance will never be changed," he said and then he left the hall.`;
  const records = makeRecords();
  records.sources[0] = makeSource({ sha256: sha256(text) });
  records.claims = [records.claims[1]];
  records.relations = [];
  const { corpus } = verified(makeCorpusFiles(records, { texts: { 'sources/sample.txt': text } }));
  const selector = corpus.claims[0]?.quote.textQuoteSelector;
  expect(selector?.prefix).toBe(`${'x'.repeat(19)}🤝${'y'.repeat(11)}"`);
  expect(Array.from(selector?.prefix ?? '')).toHaveLength(32);
  expect(selector?.suffix).toBe('" he said and then he left the h');
  expect(Array.from(selector?.suffix ?? '')).toHaveLength(32);
});

test('quoteSuffix picks one of two occurrences', () => {
  const text = `${sampleText}\n\nAgain: "Our stance will never be changed," he insisted.`;
  const records = makeRecords();
  records.sources[0] = makeSource({ sha256: sha256(text) });
  records.claims[1] = { ...(records.claims[1] as object), quoteSuffix: '" he insisted' };
  const { corpus } = verified(makeCorpusFiles(records, { texts: { 'sources/sample.txt': text } }));
  const { start, end } = corpus.claims[1]?.quote.textPositionSelector ?? { start: 0, end: 0 };
  expect(start).toBeGreaterThan(Array.from(sampleText).length);
  expect(sliceCodePoints(text, start, end)).toBe('Our stance will never be changed,');
});

test('a claim whose quote holds a print artifact carries it', () => {
  const records = makeRecords();
  records.claims.push(
    makeClaim({
      id: 'choe-offer',
      quote: 'the offer included its plu-tonium facilities.',
      summary: 'Choe says the offer included plutonium facilities.',
    }),
  );
  const { corpus } = verified(makeCorpusFiles(records));
  const byId = new Map(corpus.claims.map((claim) => [claim.id, claim]));
  expect(byId.get('choe-offer')?.printArtifacts).toEqual([
    { text: 'plu-tonium', reading: 'plutonium' },
  ]);
  expect(byId.get('trump-all-sanctions')?.printArtifacts).toEqual([]);
});

test('topics are compiled in display order, whatever their order in the file', () => {
  const records = makeRecords();
  records.topics = [
    makeTopic({ id: 'later', title: 'Later', question: 'Later?', order: 5 }),
    makeTopic({ order: 2 }),
  ];
  const { corpus } = verified(makeCorpusFiles(records));
  expect(corpus.topics.map((topic) => topic.id)).toEqual(['sanctions-relief-sought', 'later']);
});

test('compiling the same corpus twice gives byte-identical output', () => {
  const first = compiledFiles(verified());
  const second = compiledFiles(verified());
  expect([...second.keys()]).toEqual([...first.keys()]);
  for (const [path, content] of first) expect(second.get(path)).toEqual(content);
  expect(serializeCorpus(verified().corpus)).toBe(serializeCorpus(verified().corpus));
});

test('the compiled output carries each source text byte for byte at the path the JSON names', () => {
  const output = verified();
  const files = compiledFiles(output);
  const source = output.corpus.sources[0];
  expect(source?.textPath).toBe('sources/sample.txt');
  expect(files.get('sources/sample.txt')).toEqual(new TextEncoder().encode(sampleText));
  expect(source?.length).toBe(Array.from(sampleText).length);
  expect(source).not.toHaveProperty('file');
});
