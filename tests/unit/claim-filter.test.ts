import { QueryClient } from '@tanstack/react-query';
import { expect, test } from 'vitest';
import { loadAllMatching } from '../../src/comparison/comparison-query.ts';
import { defaultSearch, type ComparisonSearch } from '../../src/comparison/comparison-search.ts';
import { facetCountsQueryOptions } from '../../src/comparison/facet-counts.ts';
import type { ClaimView } from '../../src/corpus/corpus-index.ts';
import { readDataFrom } from '../support/data-files.ts';
import { dossier, dossierDataFiles } from '../support/dossier.ts';

const files = dossierDataFiles();
const { parties, topics, speakers } = dossier.corpus;
const [firstParty, secondParty] = parties;
const [firstTopic, secondTopic] = topics;
const [firstSpeaker] = speakers;
if (!firstParty || !secondParty || !firstTopic || !secondTopic || !firstSpeaker) {
  throw new Error('the dossier needs two parties, two topics and a speaker');
}
/** A word of the dossier's first claim's summary, so a text search keeps at least one claim. */
const word = (dossier.claims[0]?.claim.summary.match(/\p{L}{5,}/u) ?? [''])[0];

/** What a claim is, for each facet: the values the facet counts count it under. */
const facetsOf = (view: ClaimView) => ({
  party: view.party.id,
  topic: view.topic.id,
  speaker: view.speaker.id,
  speech: view.claim.speech,
});

/** The whole comparison and the facet counts of a search, through the app's own queries. */
async function keptAndCounted(search: ComparisonSearch) {
  readDataFrom(files);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const [{ views }, counts] = await Promise.all([
    loadAllMatching(client, search),
    client.fetchQuery(facetCountsQueryOptions(search)),
  ]);
  return { kept: views, counts };
}

const filters: [string, Partial<ComparisonSearch>][] = [
  ['no filter', {}],
  ['two parties', { party: [firstParty.id, secondParty.id] }],
  ['a topic and a party', { topic: [secondTopic.id], party: [secondParty.id] }],
  ['a speaker', { speaker: [firstSpeaker.id] }],
  ['reported speech', { speech: 'reported' }],
  ['a word of the dossier', { q: word }],
  [
    'every filter at once',
    {
      party: [firstSpeaker.party, secondParty.id],
      topic: [firstTopic.id, secondTopic.id],
      speaker: [firstSpeaker.id],
      speech: 'direct',
    },
  ],
];

// A value the search keeps counts what the comparison lists with it: the list and the counts
// come from one rule, so the card count and the number beside the ticked box never differ.
test.each(filters)(
  'with %s, each kept value counts the claims the comparison keeps with it',
  async (_, change) => {
    const search = { ...defaultSearch, ...change };
    const { kept, counts } = await keptAndCounted(search);
    const keptWith = (facet: keyof ReturnType<typeof facetsOf>, id: string) =>
      kept.filter((view) => facetsOf(view)[facet] === id).length;
    const ticked = (chosen: readonly string[], id: string) =>
      chosen.length === 0 || chosen.includes(id);
    for (const { id } of parties.filter(({ id }) => ticked(search.party, id)))
      expect(counts.party.get(id), id).toBe(keptWith('party', id));
    for (const { id } of topics.filter(({ id }) => ticked(search.topic, id)))
      expect(counts.topic.get(id), id).toBe(keptWith('topic', id));
    for (const { id } of speakers.filter(({ id }) => ticked(search.speaker, id)))
      expect(counts.speaker.get(id), id).toBe(keptWith('speaker', id));
    for (const speech of ['direct', 'reported'] as const)
      if (search.speech === undefined || search.speech === speech)
        expect(counts.speech[speech], speech).toBe(keptWith('speech', speech));
  },
  30_000,
);

// Without a text, which claims a filter keeps can be read off the dossier's claims alone.
test.each(filters.filter(([, change]) => change.q === undefined))(
  'with %s, the comparison keeps the dossier claims every filter allows',
  async (_, change) => {
    const search = { ...defaultSearch, ...change };
    const allows = (chosen: readonly string[] | undefined, id: string) =>
      chosen === undefined || chosen.length === 0 || chosen.includes(id);
    const expected = dossier.claims.filter((view) => {
      const facets = facetsOf(view);
      return (
        allows(search.party, facets.party) &&
        allows(search.topic, facets.topic) &&
        allows(search.speaker, facets.speaker) &&
        allows(search.speech && [search.speech], facets.speech)
      );
    });
    const { kept } = await keptAndCounted(search);
    expect(kept.map((view) => view.claim.id).sort()).toEqual(
      expected.map((view) => view.claim.id).sort(),
    );
    expect(kept.length).toBeGreaterThan(0);
  },
  30_000,
);
