/**
 * A claim that rests on several sources: one claim with an appearance in each, not a claim per
 * source. Each appearance is verified against its own source, compiled with its own selectors
 * and speech, carried by the data files of both sources, marked in each source's reader, and
 * exported (a CSV column, a Web Annotation target each, both sources in a JSON subset).
 */
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { browserDataFiles } from '../../scripts/corpus/browser-data-files.ts';
import { readCorpusFolder } from '../../scripts/corpus/corpus-files.ts';
import { verifyCorpus } from '../../scripts/corpus/verify-corpus.ts';
import { sliceCodePoints } from '../../src/corpus/anchoring.ts';
import { appearanceIn, appearancesOf } from '../../src/corpus/appearances.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import type { AuthoredAppearance } from '../../src/corpus/corpus-schema.ts';
import { claimSliceSchema } from '../../src/corpus/schema.ts';
import { claimsToCsv } from '../../src/exports/export-csv.ts';
import { corpusSubset } from '../../src/exports/export-json.ts';
import { claimToAnnotation } from '../../src/exports/export-web-annotation.ts';
import { claimJsonLd } from '../../src/sharing/claim-json-ld.ts';
import { segmentSource } from '../../src/sources/source-segments.ts';
import { makeCorpusFiles, makeRecords, makeSource, sha256 } from '../support/corpus-factory.ts';

/** A second archived text, which quotes the sample's direct claim again, in its own framing. */
const secondText =
  'Another paper\n\nAides said Mr Ri repeated: "Our stance will never be changed," to them.';
const appearance: AuthoredAppearance = {
  source: 'second',
  quote: 'Our stance will never be changed,',
  speech: 'direct',
};

/** The sample corpus with the second source, its direct claim appearing in it too. */
function filesWith(alsoIn: unknown, text = secondText) {
  const records = makeRecords();
  records.sources.push(
    makeSource({
      id: 'second',
      file: 'sources/second.txt',
      sha256: sha256(text),
      publisher: 'The Other Paper',
    }),
  );
  const [, ri] = records.claims;
  records.claims[1] = { ...(ri as object), alsoIn };
  return makeCorpusFiles(records, { texts: { 'sources/second.txt': text } });
}

function compiled(alsoIn: unknown = [appearance]) {
  const result = verifyCorpus(filesWith(alsoIn));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.verified.corpus;
}

test('each appearance is compiled against its own source, with its own selectors and speech', () => {
  const corpus = compiled();
  const claim = corpus.claims.find((one) => one.id === 'ri-partial-relief');
  expect(claim?.alsoIn).toHaveLength(1);
  const [other] = claim?.alsoIn ?? [];
  expect(other?.source).toBe('second');
  expect(other?.speech).toBe('direct');
  const { start, end } = other?.quote.textPositionSelector ?? { start: 0, end: 0 };
  expect(sliceCodePoints(secondText, start, end)).toBe(appearance.quote);
  expect(other?.quote.textQuoteSelector.exact).toBe(appearance.quote);
  // Its first appearance is the claim's own quote, unchanged.
  expect(claim && appearancesOf(claim).map((one) => one.source)).toEqual(['sample', 'second']);
  expect(claim && appearanceIn(claim, 'sample')?.quote).toEqual(claim?.quote);
});

test('a claim in one source compiles as before: it has no alsoIn at all', () => {
  const corpus = verifyCorpus(readCorpusFolder('data'));
  if (!corpus.ok) throw new Error('the dossier does not verify');
  for (const claim of corpus.verified.corpus.claims)
    expect('alsoIn' in claim, claim.id).toBe(false);
  expect(compiled().claims.filter((claim) => 'alsoIn' in claim)).toHaveLength(1);
});

const riClaim = 'claim "ri-partial-relief" (#2)';

test.each([
  {
    name: 'an appearance in a source the corpus lacks',
    alsoIn: [{ ...appearance, source: 'nowhere' }],
    field: 'alsoIn[0].source',
    message: /unknown source "nowhere"; known: sample, second/,
  },
  {
    name: 'an appearance in the claim’s own source',
    alsoIn: [{ ...appearance, source: 'sample' }],
    field: 'alsoIn[0].source',
    message: /already appears in source "sample"/,
  },
  {
    name: 'two appearances in one source',
    alsoIn: [appearance, appearance],
    field: 'alsoIn[1].source',
    message: /already appears in source "second"/,
  },
  {
    name: 'words the other source does not have',
    alsoIn: [{ ...appearance, quote: 'Our stance will change,' }],
    field: 'alsoIn[0].quote',
    message: /the quote is not in "sources\/second.txt" verbatim/,
  },
  {
    name: 'direct speech where the other source reports',
    alsoIn: [{ ...appearance, quote: 'Aides said Mr Ri repeated:' }],
    field: 'alsoIn[0].speech',
    message: /speech is "direct" but the quote is not entirely inside quotation marks/,
  },
  {
    name: 'an empty list of appearances',
    alsoIn: [],
    field: 'alsoIn',
    message: /must not be empty/,
  },
])('the verifier rejects $name, naming the appearance’s field', ({ alsoIn, field, message }) => {
  const result = verifyCorpus(filesWith(alsoIn));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const problem = result.problems.find((one) => message.test(one.message));
  expect(problem, JSON.stringify(result.problems)).toBeDefined();
  expect(problem).toMatchObject({ file: 'claims.yaml', record: riClaim, field });
  expect(problem?.line).toBeGreaterThan(0);
});

test('both sources’ data files carry the claim, and its own file carries both sources', () => {
  const files = browserDataFiles(compiled());
  const slice = (path: string) => claimSliceSchema.parse(JSON.parse(files.get(path) ?? '{}'));
  expect(slice('sources/second.json').claims.map((claim) => claim.id)).toEqual([
    'ri-partial-relief',
  ]);
  expect(slice('sources/sample.json').claims.map((claim) => claim.id)).toContain(
    'ri-partial-relief',
  );
  expect(
    slice('claims/ri-partial-relief.json')
      .sources.map((source) => source.id)
      .sort(),
  ).toEqual(['sample', 'second']);
});

test('the second source’s reader marks the claim at its words there', () => {
  const index = indexCorpus(compiled());
  const [paragraph] = segmentSource(secondText, index.claims, 'second').slice(1);
  const marked = paragraph?.segments.filter((segment) => segment.claims.length > 0);
  expect(marked?.map((segment) => segment.text)).toEqual([appearance.quote]);
  expect(marked?.[0]?.claims.map((view) => view.claim.id)).toEqual(['ri-partial-relief']);
});

test('the exports carry every appearance', () => {
  const corpus = compiled();
  const index = indexCorpus(corpus);
  const view = index.claimById.get('ri-partial-relief');
  if (!view) throw new Error('no claim');
  expect(view.alsoIn.map((one) => one.source.id)).toEqual(['second']);
  // Web Annotation: a target per source, the first first, each re-anchoring in its text.
  const texts = new Map([
    ['sources/sample.txt', undefined],
    ['sources/second.txt', secondText],
  ]);
  const annotation = claimToAnnotation(view, {
    permalinkOf: (id) => `https://x.example/claims/${id}`,
    sourceTextUrlOf: (source) => source.textPath,
    relationsByClaim: index.relationsByClaim,
    language: 'en',
  });
  const targets = [annotation.target].flat();
  expect(targets.map((target) => target.source)).toEqual([...texts.keys()]);
  const [, second] = targets;
  const [quote, position] = second?.selector ?? [];
  expect(sliceCodePoints(secondText, position?.start ?? 0, position?.end ?? 0)).toBe(quote?.exact);
  // A claim in one source keeps a single target.
  const single = index.claimById.get('trump-all-sanctions');
  if (!single) throw new Error('no claim');
  expect(Array.isArray(claimToAnnotation(single, { ...annotationLinks(index) }).target)).toBe(
    false,
  );
  // CSV: the further sources in their own column.
  const rows = parse(
    claimsToCsv(index.claims, {
      permalinkOf: (id) => id,
      relationsByClaim: index.relationsByClaim,
    }).slice(1),
    { columns: true },
  ) as Record<string, string>[];
  expect(rows.find((row) => row.id === 'ri-partial-relief')?.also_in).toBe(
    `second (direct): ${appearance.quote}`,
  );
  expect(rows.find((row) => row.id === 'trump-all-sanctions')?.also_in).toBe('');
  // JSON: a subset keeps every source its claims appear in.
  expect(corpusSubset(corpus, ['ri-partial-relief']).sources.map((s) => s.id)).toEqual([
    'sample',
    'second',
  ]);
});

function annotationLinks(index: ReturnType<typeof indexCorpus>) {
  return {
    permalinkOf: (id: string) => id,
    sourceTextUrlOf: () => 'x',
    relationsByClaim: index.relationsByClaim,
    language: 'en',
  };
}

test('the claim page’s structured data lists every appearance, its first first', () => {
  const index = indexCorpus(compiled());
  const view = index.claimById.get('ri-partial-relief');
  if (!view) throw new Error('no claim');
  const site = { origin: 'https://x.example', base: '/', name: 'X' };
  const data = claimJsonLd(view, site) as {
    appearance: { '@type': string; text: string; isPartOf: { headline: string } }[];
    firstAppearance: unknown;
  };
  expect(data.appearance.map((one) => one.isPartOf.headline)).toEqual(
    [view.source, ...view.alsoIn.map((one) => one.source)].map((source) => source.headline),
  );
  expect(data.appearance.map((one) => one['@type'])).toEqual(['Quotation', 'Quotation']);
  expect(data.appearance[1]?.text).toBe(appearance.quote);
  expect(data.firstAppearance).toEqual(data.appearance[0]);
  const single = index.claimById.get('trump-all-sanctions');
  if (!single) throw new Error('no claim');
  expect(Array.isArray((claimJsonLd(single, site) as { appearance: unknown }).appearance)).toBe(
    false,
  );
});
