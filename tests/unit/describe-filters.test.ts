import { expect, test } from 'vitest';
import { defaultSearch } from '../../src/comparison/comparison-search.ts';
import { describeFilters, describeMatchCount } from '../../src/comparison/describe-filters.ts';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';

const index = indexCorpus(makeCompiledCorpus());

test.each([
  { search: defaultSearch, words: 'No filters: every claim' },
  { search: { ...defaultSearch, party: ['dprk'] }, words: 'Parties: North Korea' },
  {
    search: { ...defaultSearch, topic: ['sanctions-relief-sought'], speech: 'direct' as const },
    words: 'Topics: Sanctions relief sought · Direct quotes only',
  },
  {
    search: { ...defaultSearch, speaker: ['ri-yong-ho', 'donald-trump'], q: 'relief' },
    words: 'Speakers: Ri Yong Ho, Donald Trump · Search: “relief”',
  },
])('the printed page names its filters: $words', ({ search, words }) => {
  expect(describeFilters(search, index)).toBe(words);
});

const total = index.claims.length;
const dprkClaims = index.claims.filter((view) => view.party.id === 'dprk').length;

test.each([
  { name: 'no filter', search: defaultSearch, matching: total, words: `All ${total} claims` },
  {
    name: 'a search every claim matches',
    search: { ...defaultSearch, q: 'summit' },
    matching: total,
    words: `${total} of ${total} claims match`,
  },
  {
    name: 'a filter every claim passes',
    search: { ...defaultSearch, speech: 'reported' as const },
    matching: total,
    words: `${total} of ${total} claims match`,
  },
  {
    name: 'a party',
    search: { ...defaultSearch, party: ['dprk'] },
    matching: dprkClaims,
    words: `${dprkClaims} of ${total} claims match`,
  },
  {
    name: 'a search nothing matches',
    search: { ...defaultSearch, q: 'zzzz' },
    matching: 0,
    words: `0 of ${total} claims match`,
  },
])('with $name, the count says how many claims match, or all', ({ search, matching, words }) => {
  expect(describeMatchCount(search, matching, total)).toBe(words);
});

test('a count in the thousands is written with a separator', () => {
  expect(describeMatchCount({ ...defaultSearch, q: 'x' }, 1234, 10_000)).toBe(
    '1,234 of 10,000 claims match',
  );
});
