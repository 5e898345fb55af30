import { expect, test } from 'vitest';
import { indexCorpus, type RelationView } from '../../src/corpus/corpus-index.ts';
import type { CompiledCorpus } from '../../src/corpus/corpus-schema.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';
import { makeClaim, makeRelation, makeSpeaker } from '../support/corpus-factory.ts';

/**
 * The sample corpus plus a third claim: Ri disputes Trump (the sample relation), and Trump's
 * claim is elaborated on by Choe's, so Trump's claim has one incoming and one outgoing relation.
 */
function makeCorpus(): CompiledCorpus {
  return makeCompiledCorpus((records) => {
    records.speakers.push(
      makeSpeaker({ id: 'choe-son-hui', name: 'Choe Son Hui', role: undefined, party: 'dprk' }),
    );
    records.claims.push(
      makeClaim({
        id: 'choe-plutonium',
        speaker: 'choe-son-hui',
        summary: 'Choe Son Hui says the offer covered plutonium facilities.',
        quote: 'the offer included its plu-tonium facilities.',
      }),
    );
    records.relations.push(
      makeRelation({
        from: 'trump-all-sanctions',
        to: 'choe-plutonium',
        type: 'elaborates',
        note: 'Trump describes what the offer left out.',
      }),
    );
  });
}

const index = indexCorpus(makeCorpus());

/** A relation list as [direction, type, other claim] triples, easy to compare. */
function summary(views: RelationView[] | undefined) {
  return (views ?? []).map((view) => [view.direction, view.relation.type, view.other.claim.id]);
}

test('every claim is resolved, in corpus order', () => {
  expect(index.claims.map((view) => view.claim.id)).toEqual([
    'trump-all-sanctions',
    'ri-partial-relief',
    'choe-plutonium',
  ]);
});

test('a claim resolves its speaker, party, topic and source', () => {
  const view = index.claimById.get('ri-partial-relief');
  expect(view?.speaker.name).toBe('Ri Yong Ho');
  expect(view?.party.name).toBe('North Korea');
  expect(view?.topic.title).toBe('Sanctions relief sought');
  expect(view?.source.headline).toBe('Summit ends without a deal');
});

test('the party of a claim follows from its speaker', () => {
  expect(index.claimById.get('choe-plutonium')?.party.id).toBe('dprk');
  expect(index.claimById.get('trump-all-sanctions')?.party.id).toBe('us');
});

test('records are found by id', () => {
  expect(index.partyById.get('dprk')?.label).toBe('DPRK');
  expect(index.speakerById.get('donald-trump')?.role).toBe('US President');
  expect(index.topicById.get('sanctions-relief-sought')?.order).toBe(1);
  expect(index.sourceById.get('sample')?.publisher).toBe('The Sample Times');
});

test('unknown ids find nothing', () => {
  expect(index.claimById.get('no-such-claim')).toBeUndefined();
  expect(index.partyById.get('china')).toBeUndefined();
});

test('a relation is listed on both of its claims, pointing opposite ways', () => {
  expect(summary(index.relationsByClaim.get('ri-partial-relief'))).toEqual([
    ['outgoing', 'disputes', 'trump-all-sanctions'],
  ]);
  expect(summary(index.relationsByClaim.get('choe-plutonium'))).toEqual([
    ['incoming', 'elaborates', 'trump-all-sanctions'],
  ]);
});

test('a claim lists its outgoing relations before its incoming ones', () => {
  // The sample relation (Ri → Trump) comes first in the file; Trump's outgoing one comes second.
  expect(summary(index.relationsByClaim.get('trump-all-sanctions'))).toEqual([
    ['outgoing', 'elaborates', 'choe-plutonium'],
    ['incoming', 'disputes', 'ri-partial-relief'],
  ]);
});

test('a claim without relations has none listed', () => {
  const corpus = makeCompiledCorpus((records) => {
    records.relations = [];
  });
  expect(indexCorpus(corpus).relationsByClaim.get('ri-partial-relief') ?? []).toEqual([]);
});

test('a claim whose speaker does not resolve is left out, with its relations', () => {
  const corpus = makeCorpus();
  const broken: CompiledCorpus = {
    ...corpus,
    claims: corpus.claims.map((claim) =>
      claim.id === 'ri-partial-relief' ? { ...claim, speaker: 'nobody' } : claim,
    ),
  };
  const partial = indexCorpus(broken);
  expect(partial.claims.map((view) => view.claim.id)).toEqual([
    'trump-all-sanctions',
    'choe-plutonium',
  ]);
  expect(partial.claimById.has('ri-partial-relief')).toBe(false);
  expect(summary(partial.relationsByClaim.get('trump-all-sanctions'))).toEqual([
    ['outgoing', 'elaborates', 'choe-plutonium'],
  ]);
});
