import { QueryClient } from '@tanstack/react-query';
import { expect, test } from 'vitest';
import {
  activeFilterCount,
  defaultSearch,
  type ComparisonSearch,
} from '../../src/comparison/comparison-search.ts';
import { facetCountsQueryOptions } from '../../src/comparison/facet-counts.ts';
import { compare, readDataFrom } from '../support/data-files.ts';
import { dossier, dossierDataFiles } from '../support/dossier.ts';

const files = dossierDataFiles();
const { parties, topics, speakers } = dossier.corpus;
const [firstTopic] = topics;
const [firstSpeaker] = speakers;
if (!firstTopic || !firstSpeaker) throw new Error('the dossier has no topic or no speaker');

async function countsOf(search: ComparisonSearch) {
  readDataFrom(files);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return client.fetchQuery(facetCountsQueryOptions(search));
}

const searches: [string, Partial<ComparisonSearch>][] = [
  ['no filter', {}],
  ['one party', { party: ['dprk'] }],
  ['a topic and a speech', { topic: [firstTopic.id], speech: 'reported' }],
  ['a search text', { q: 'sanctions' }],
  ['a speaker and a party', { speaker: [firstSpeaker.id], party: ['us', 'analysts'] }],
  [
    'every filter at once',
    { party: ['us', 'dprk'], topic: [firstTopic.id], speaker: [firstSpeaker.id], speech: 'direct' },
  ],
];

// Each count is what ticking only that value would match, the other filters kept: the app's
// own comparison of that search is the oracle.
test.each(searches)(
  'the facet counts with %s are what "only this" would match',
  async (_, change) => {
    const search = { ...defaultSearch, ...change };
    const counts = await countsOf(search);
    const matching = async (only: Partial<ComparisonSearch>) =>
      (await compare(files, { ...search, ...only })).matching;
    for (const party of parties)
      expect(counts.party.get(party.id), party.id).toBe(await matching({ party: [party.id] }));
    for (const topic of topics)
      expect(counts.topic.get(topic.id), topic.id).toBe(await matching({ topic: [topic.id] }));
    for (const speaker of speakers)
      expect(counts.speaker.get(speaker.id), speaker.id).toBe(
        await matching({ speaker: [speaker.id] }),
      );
    expect(counts.speech.direct).toBe(await matching({ speech: 'direct' }));
    expect(counts.speech.reported).toBe(await matching({ speech: 'reported' }));
  },
);

test('the Filters button counts each kind of filter that narrows the claims once', () => {
  expect(activeFilterCount(defaultSearch)).toBe(0);
  expect(activeFilterCount({ ...defaultSearch, q: 'sanctions', page: 3 })).toBe(0);
  expect(
    activeFilterCount({
      ...defaultSearch,
      party: ['us', 'dprk'],
      topic: [firstTopic.id],
      speaker: [firstSpeaker.id],
      speech: 'direct',
    }),
  ).toBe(4);
});
