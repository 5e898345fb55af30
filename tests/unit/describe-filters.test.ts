import { expect, test } from 'vitest';
import { defaultSearch } from '../../src/comparison/comparison-search.ts';
import { describeFilters } from '../../src/comparison/describe-filters.ts';
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
