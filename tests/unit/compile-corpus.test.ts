/**
 * The compiler on its own: verified records in, the compiled corpus out, with no YAML, hashing
 * or checking (the verifier's tests cover those, through verifyCorpus).
 */
import { expect, test } from 'vitest';
import {
  compileClaim,
  colourParties,
  compileCorpus,
  compileSource,
  orderTopics,
  type LocatedClaim,
} from '../../scripts/corpus/compile-corpus.ts';
import { selectorsOf, spanAt } from '../../src/corpus/anchoring.ts';
import { compiledSchemaVersion } from '../../src/corpus/schema.ts';
import {
  makeClaim,
  makeDossier,
  makeParty,
  makeRelation,
  makeSource,
  makeSpeaker,
  makeTopic,
  sampleText,
} from '../support/corpus-factory.ts';

/** A claim of the sample text, located as the verifier locates it. */
function located(quote: string, overrides: Parameters<typeof makeClaim>[0] = {}): LocatedClaim {
  const start = sampleText.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the sample text`);
  const source = makeSource({ printArtifacts: [{ text: 'plu-tonium', reading: 'plutonium' }] });
  return {
    claim: makeClaim({ quote, ...overrides }),
    source,
    text: sampleText,
    span: { start, end: start + quote.length },
  };
}

test('a claim compiles to the selectors of its span, without the authoring-only fields', () => {
  const claim = located('wanted the sanctions lifted in their entirety', {
    quotePrefix: 'Mr Kim "',
  });
  const compiled = compileClaim(claim);
  expect(compiled.quote).toEqual(selectorsOf(sampleText, claim.span));
  expect(spanAt(sampleText, compiled.quote.textPositionSelector)).toEqual(claim.span);
  expect(compiled).not.toHaveProperty('quotePrefix');
  expect(compiled).not.toHaveProperty('quoteSuffix');
  expect(compiled).toMatchObject({ id: claim.claim.id, speech: claim.claim.speech });
});

test.each([
  ['includes', 'the offer included its plu-tonium facilities', ['plu-tonium']],
  ['does not include', 'Our stance will never be changed,', []],
])('a claim whose quote %s a print artifact carries %j', (_, quote, artifacts) => {
  const compiled = compileClaim(located(quote));
  expect(compiled.printArtifacts.map((artifact) => artifact.text)).toEqual(artifacts);
});

test('a source compiles to where its text is served and its length in code points', () => {
  const source = makeSource({ id: 'sample' });
  const compiled = compileSource({ source, text: sampleText }, 'en');
  expect(compiled).not.toHaveProperty('file');
  expect(compiled.textPath).toBe('sources/sample.txt');
  expect(compiled.length).toBe(Array.from(sampleText).length);
});

test.each([
  ['no language of its own: the dossier’s', {}, 'en-GB', 'ltr'],
  ['its own language', { language: 'ko' }, 'ko', 'ltr'],
  ['a right-to-left language, said', { language: 'ar', direction: 'rtl' as const }, 'ar', 'rtl'],
  ['a language in a right-to-left script', { language: 'az-Arab' }, 'az-Arab', 'rtl'],
])(
  'a source with %s compiles with its language and direction',
  (_, fields, language, direction) => {
    const compiled = compileSource({ source: makeSource(fields), text: sampleText }, 'en-GB');
    expect([compiled.language, compiled.direction]).toEqual([language, direction]);
  },
);

test('the corpus keeps the records in their order, the topics in theirs', () => {
  const topics = [makeTopic({ id: 'second', order: 2 }), makeTopic({ id: 'first', order: 1 })];
  const claims = [located('Our stance will never be changed,', { id: 'ri' })];
  const corpus = compileCorpus({
    dossier: makeDossier({ leadTopics: ['first'] }),
    parties: [makeParty()],
    speakers: [makeSpeaker()],
    topics,
    sources: [{ source: makeSource(), text: sampleText }],
    claims,
    relations: [makeRelation()],
  });
  expect(corpus.schemaVersion).toBe(compiledSchemaVersion);
  expect(corpus.dossier).toEqual(makeDossier({ leadTopics: ['first'] }));
  expect(corpus.topics.map((topic) => topic.id)).toEqual(['first', 'second']);
  expect(topics.map((topic) => topic.id)).toEqual(['second', 'first']); // not sorted in place
  expect(corpus.claims.map((claim) => claim.id)).toEqual(['ri']);
  expect(corpus.relations).toEqual([makeRelation()]);
});

test("the lead topics come first, in the dossier's order; the others follow in theirs", () => {
  const topics = [1, 2, 3, 4].map((order) => makeTopic({ id: `t${order}`, order }));
  expect(orderTopics(topics, ['t3', 't1']).map((topic) => topic.id)).toEqual([
    't3',
    't1',
    't2',
    't4',
  ]);
});

test('a party without an accent wears the next colour no party wears', () => {
  const parties = colourParties([
    makeParty({ id: 'a' }),
    makeParty({ id: 'b', colour: 'blue' }),
    makeParty({ id: 'c' }),
  ]);
  expect(parties.map((party) => party.colour)).toEqual(['red', 'blue', 'amber']);
  // More parties than colours: the palette comes round again, and every party has one.
  const many = colourParties(Array.from({ length: 9 }, (_, i) => makeParty({ id: `p${i}` })));
  expect(many.every((party) => party.colour !== undefined)).toBe(true);
});
