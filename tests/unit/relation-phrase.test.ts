import { expect, test } from 'vitest';
import { relationLabel, relationPhrase } from '../../src/claims/relation-phrase.ts';
import { indexCorpus, type RelationView } from '../../src/corpus/corpus-index.ts';
import type { RelationType } from '../../src/corpus/schema.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';
import { makeRelation } from '../support/corpus-factory.ts';

const index = indexCorpus(makeCompiledCorpus());
const ri = index.claimById.get('ri-partial-relief');
if (!ri) throw new Error('fixture claim missing');

test.each([
  { type: 'disputes', direction: 'outgoing', phrase: 'Disputes Ri Yong Ho' },
  { type: 'disputes', direction: 'incoming', phrase: 'Disputed by Ri Yong Ho' },
  { type: 'supports', direction: 'outgoing', phrase: 'Backs Ri Yong Ho' },
  { type: 'supports', direction: 'incoming', phrase: 'Backed by Ri Yong Ho' },
  { type: 'qualifies', direction: 'outgoing', phrase: 'Qualifies Ri Yong Ho' },
  { type: 'qualifies', direction: 'incoming', phrase: 'Qualified by Ri Yong Ho' },
  { type: 'elaborates', direction: 'outgoing', phrase: 'Adds detail to Ri Yong Ho' },
  { type: 'elaborates', direction: 'incoming', phrase: 'Detailed by Ri Yong Ho' },
] satisfies { type: RelationType; direction: RelationView['direction']; phrase: string }[])(
  'a $direction $type relation reads "$phrase"',
  ({ type, direction, phrase }) => {
    expect(relationPhrase({ relation: makeRelation({ type }), direction, other: ri })).toBe(phrase);
  },
);

test('a badge names the other claim by its short form, or by its summary when it has none', () => {
  const [view] = index.relationsByClaim.get('trump-all-sanctions') ?? [];
  if (!view) throw new Error('fixture relation missing');
  const { claim } = view.other;
  expect(relationLabel(view)).toEqual({
    phrase: 'Disputed by Ri Yong Ho',
    claim: claim.short ?? claim.summary,
  });
  const withShort = { ...view, other: { ...view.other, claim: { ...claim, short: 'Only some' } } };
  expect(relationLabel(withShort).claim).toBe('Only some');
  const { short: _, ...withoutShort } = claim;
  expect(relationLabel({ ...view, other: { ...view.other, claim: withoutShort } }).claim).toBe(
    claim.summary,
  );
});

test('each claim of a relation reads it from its own side, naming the other speaker', () => {
  const phrases = (id: string) =>
    (index.relationsByClaim.get(id) ?? []).map((view) => relationPhrase(view));
  expect(phrases('ri-partial-relief')).toEqual(['Disputes Donald Trump']);
  expect(phrases('trump-all-sanctions')).toEqual(['Disputed by Ri Yong Ho']);
});
