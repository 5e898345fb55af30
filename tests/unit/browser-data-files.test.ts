import { loadClaimSearch } from '../../src/search/claim-search.ts';
import { expect, test } from 'vitest';
import { browserDataFiles } from '../../scripts/corpus/browser-data-files.ts';
import { makeLayout } from '../../src/corpus/layout.ts';
import {
  claimSliceSchema,
  corpusMetaSchema,
  facetsSchema,
  overviewClaimsPerCell,
  searchIndexSchema,
  type ClaimSlice,
} from '../../src/corpus/schema.ts';
import { makeCompiledCorpus } from '../support/compiled-corpus.ts';
import { makeClaim, makeRelation, makeTopic } from '../support/corpus-factory.ts';

const corpus = makeCompiledCorpus((records) => {
  records.claims.push(
    makeClaim({
      id: 'ri-only-partial',
      speaker: 'ri-yong-ho',
      summary: 'The minister says the request was limited.',
      quote: 'North Korea had only asked for partial relief.',
    }),
  );
  records.relations.push(
    makeRelation({ from: 'ri-only-partial', to: 'trump-all-sanctions', type: 'disputes' }),
  );
});
const files = browserDataFiles(corpus, 2);
const json = (path: string) => JSON.parse(files.get(path) ?? 'null') as unknown;

test('every file parses with the schema the browser uses', () => {
  expect(corpusMetaSchema.safeParse(json('index.json')).success).toBe(true);
  expect(facetsSchema.safeParse(json('facets.json')).success).toBe(true);
  expect(searchIndexSchema.safeParse(json('search.json')).success).toBe(true);
  const slices = [...files.keys()].filter((path) =>
    /^(chunks|claims|sources)\/.*\.json$/.test(path),
  );
  // A chunk, a file per claim and one per source: never none to check.
  expect(slices.filter((path) => path.startsWith('claims/')).length).toBeGreaterThan(0);
  expect(slices.filter((path) => path.startsWith('chunks/')).length).toBeGreaterThan(0);
  for (const path of slices) {
    expect(claimSliceSchema.safeParse(json(path)).success, path).toBe(true);
  }
});

test('the chunks hold every claim once, in the order the index layout gives', () => {
  const meta = corpusMetaSchema.parse(json('index.json'));
  const layout = makeLayout(meta.counts);
  const chunks = [...files.keys()].filter((path) => path.startsWith('chunks/')).sort();
  expect(chunks).toEqual(['chunks/0.json', 'chunks/1.json']);
  const ordered = chunks.flatMap((path) => (json(path) as ClaimSlice).claims);
  expect(ordered.map((claim) => claim.id).sort()).toEqual(
    corpus.claims.map((claim) => claim.id).sort(),
  );
  ordered.forEach((claim, position) => {
    expect(claim.topic).toBe(meta.topics[layout.topicAt[position] ?? -1]?.id);
    const speaker = meta.speakers.find((s) => s.id === claim.speaker);
    expect(speaker?.party).toBe(meta.parties[layout.partyAt[position] ?? -1]?.id);
  });
  expect(meta).toMatchObject({ chunkSize: 2, claimCount: 3, relationCount: 2, sourceCount: 1 });
});

test('a slice names the claims at the other end of its relations, and carries their sources', () => {
  const slice = json('claims/trump-all-sanctions.json') as ClaimSlice;
  expect(slice.claims.map((claim) => claim.id)).toEqual(['trump-all-sanctions']);
  expect(slice.relations).toHaveLength(2);
  expect(slice.related.map((stub) => stub.id).sort()).toEqual([
    'ri-only-partial',
    'ri-partial-relief',
  ]);
  expect(slice.sources.map((source) => source.id)).toEqual(['sample']);
});

test('a source file lists every claim quoting it; the tables follow display order', () => {
  const slice = json('sources/sample.json') as ClaimSlice;
  expect(slice.claims).toHaveLength(3);
  const facets = facetsSchema.parse(json('facets.json'));
  const search = searchIndexSchema.parse(json('search.json'));
  expect(facets.speaker).toHaveLength(3);
  expect(facets.speech).toMatch(/^[dr]{3}$/);
  // The search index knows each claim by its display position.
  expect(search.index.documentCount).toBe(3);
  const found = loadClaimSearch(search.index, 'search.json');
  const positions = slice.claims.map((claim) => [
    ...found.find(claim.quote.textQuoteSelector.exact).positions,
  ]);
  for (const [i, hits] of positions.entries()) expect(hits).toContain(i);
});

test('the same corpus gives the same bytes', () => {
  expect([...browserDataFiles(corpus, 2)]).toEqual([...files]);
});

/** Claims of a corpus in a disputes or qualifies relation: a capped cell shows them first. */
const disagreeing = (relations: typeof corpus.relations) =>
  new Set(
    relations
      .filter((relation) => relation.type === 'disputes' || relation.type === 'qualifies')
      .flatMap((relation) => [relation.from, relation.to]),
  );

test('the overview holds each party’s claims on each topic, those disagreeing first, then in the chunks’ order', () => {
  const against = disagreeing(corpus.relations);
  const meta = corpusMetaSchema.parse(json('index.json'));
  const ordered = [...files.keys()]
    .filter((path) => path.startsWith('chunks/'))
    .sort()
    .flatMap((path) => (json(path) as ClaimSlice).claims);
  const partyOf = (speaker: string) => meta.speakers.find((one) => one.id === speaker)?.party;
  expect(meta.overview).toHaveLength(meta.topics.length);
  meta.topics.forEach((topic, t) => {
    expect(meta.overview[t]).toHaveLength(meta.parties.length);
    meta.parties.forEach((party, p) => {
      const claims = ordered.filter(
        (claim) => claim.topic === topic.id && partyOf(claim.speaker) === party.id,
      );
      expect(meta.overview[t]?.[p]?.map((claim) => claim.id)).toEqual(
        [
          ...claims.filter((claim) => against.has(claim.id)),
          ...claims.filter((claim) => !against.has(claim.id)),
        ]
          .slice(0, overviewClaimsPerCell)
          .map((claim) => claim.id),
      );
      for (const shown of meta.overview[t]?.[p] ?? []) {
        const claim = corpus.claims.find((one) => one.id === shown.id);
        expect(shown.short).toBe(claim?.short ?? claim?.summary);
        expect(meta.speakers[shown.speaker]?.id).toBe(claim?.speaker);
        expect(shown.speech).toBe(claim?.speech);
      }
    });
  });
  const cells = meta.overview.flat(2);
  expect(cells.length).toBeGreaterThan(0);
  // Ri's dispute of Trump crosses the row: it is on Ri's line, naming Trump's claim.
  const trump = corpus.claims.find((claim) => claim.id === 'trump-all-sanctions');
  expect(cells.find((claim) => claim.id === 'ri-only-partial')?.relations).toEqual([
    {
      type: 'disputes',
      to: 'trump-all-sanctions',
      short: trump?.short ?? trump?.summary,
      speaker: meta.speakers.findIndex((one) => one.id === 'donald-trump'),
    },
  ]);
});

test('the overview shows a few claims of a long cell, and only relations across parties', () => {
  const many = overviewClaimsPerCell + 2;
  const big = makeCompiledCorpus((records) => {
    for (let i = 0; i < many; i++) {
      records.claims.push(
        makeClaim({
          id: `trump-more-${i}`,
          summary: `Trump says thing ${i}.`,
          short: `Thing ${i}`,
        }),
      );
    }
    // Within one party: not a mark across the row.
    records.relations.push(
      makeRelation({ from: 'trump-all-sanctions', to: 'trump-more-1', type: 'elaborates' }),
    );
    // A later claim disputed across the row: it carries the disagreement, so it is shown.
    records.claims.push(
      makeClaim({
        id: 'ri-disputes-more',
        speaker: 'ri-yong-ho',
        summary: 'The minister says thing three was not so.',
        quote: 'Ms Choe said the offer included its plu-tonium facilities.',
      }),
    );
    records.relations.push(
      makeRelation({ from: 'ri-disputes-more', to: `trump-more-${many - 1}`, type: 'disputes' }),
    );
  });
  const meta = corpusMetaSchema.parse(JSON.parse(browserDataFiles(big).get('index.json') ?? ''));
  const t = meta.topics.findIndex((topic) => topic.id === 'sanctions-relief-sought');
  const p = meta.parties.findIndex((party) => party.id === 'us');
  expect(meta.overview[t]?.[p]).toHaveLength(overviewClaimsPerCell);
  expect(meta.counts[t]?.[p]).toBe(many + 1);
  expect(meta.overview[t]?.[p]?.map((claim) => claim.id)).toContain(`trump-more-${many - 1}`);
  const first = meta.overview[t]?.[p]?.find((claim) => claim.id === 'trump-all-sanctions');
  expect(first?.relations).toEqual([]);
});

test('a party silent on every lead question is shown by its headline position: its first claim', () => {
  const meta = corpusMetaSchema.parse(json('index.json'));
  const lead = corpus.dossier.leadTopics.length;
  expect(lead).toBeGreaterThan(0);
  const ordered = [...files.keys()]
    .filter((path) => path.startsWith('chunks/'))
    .sort()
    .flatMap((path) => (json(path) as ClaimSlice).claims);
  const partyOf = (speaker: string) => meta.speakers.find((one) => one.id === speaker)?.party;
  const expected = meta.parties.flatMap((party, p) => {
    const claims = ordered.filter((claim) => partyOf(claim.speaker) === party.id);
    const leadIds = new Set(meta.topics.slice(0, lead).map((topic) => topic.id));
    if (claims.length === 0 || claims.some((claim) => leadIds.has(claim.topic))) return [];
    const [first] = claims;
    return first
      ? [
          {
            party: p,
            topic: meta.topics.findIndex((topic) => topic.id === first.topic),
            id: first.id,
          },
        ]
      : [];
  });
  expect(meta.headlines.map(({ party, topic, claim }) => ({ party, topic, id: claim.id }))).toEqual(
    expected,
  );
});

test('every party with a claim on a lead question has no headline line', () => {
  // North Korea speaks only to a second question, after the lead one.
  const quiet = makeCompiledCorpus((records) => {
    records.topics.push(
      makeTopic({ id: 'sequencing', title: 'Sequencing', question: 'What comes first?', order: 2 }),
    );
    records.claims = records.claims.map((claim) =>
      claim && typeof claim === 'object' && 'speaker' in claim && claim.speaker === 'ri-yong-ho'
        ? { ...claim, topic: 'sequencing' }
        : claim,
    );
  });
  const meta = corpusMetaSchema.parse(JSON.parse(browserDataFiles(quiet).get('index.json') ?? ''));
  const speaking = new Set(
    quiet.claims
      .filter((claim) => claim.topic === quiet.dossier.leadTopics[0])
      .map((claim) => quiet.speakers.find((one) => one.id === claim.speaker)?.party),
  );
  const silentWithClaims = meta.parties.filter(
    (party) =>
      !speaking.has(party.id) &&
      quiet.claims.some(
        (claim) => quiet.speakers.find((one) => one.id === claim.speaker)?.party === party.id,
      ),
  );
  expect(
    silentWithClaims.length,
    'the fixture should have a party silent on the lead question',
  ).toBeGreaterThan(0);
  expect(meta.headlines.map(({ party }) => meta.parties[party]?.id)).toEqual(
    silentWithClaims.map((party) => party.id),
  );
});
