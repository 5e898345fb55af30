import { expect, test } from 'vitest';
import { defaultSearch, type ComparisonSearch } from '../../src/comparison/comparison-search.ts';
import type { Comparison } from '../../src/comparison/filter-claims.ts';
import {
  makeClaim,
  makeParty,
  makeSpeaker,
  makeTopic,
  type CorpusRecords,
} from '../support/corpus-factory.ts';
import { compare, makeDataFiles } from '../support/data-files.ts';

/**
 * Three parties and three topics. The topic `next-summit` has no claim at all; China says
 * nothing on sanctions; the US says nothing on Yongbyon.
 */
function addFixtures(records: CorpusRecords) {
  {
    {
      records.parties.push(makeParty({ id: 'china', name: 'China', label: 'China' }));
      records.speakers.push(
        makeSpeaker({
          id: 'choe-son-hui',
          name: 'Choe Son Hui',
          role: 'Vice Foreign Minister',
          party: 'dprk',
        }),
        makeSpeaker({ id: 'geng-shuang', name: 'Gěng Shuǎng', role: 'Spokesman', party: 'china' }),
      );
      records.topics.push(
        makeTopic({
          id: 'yongbyon-offer',
          title: 'The Yongbyon offer',
          question: 'What did North Korea offer?',
          order: 2,
        }),
        makeTopic({
          id: 'next-summit',
          title: 'Another summit',
          question: 'Will the leaders meet again?',
          order: 3,
        }),
      );
      records.claims.push(
        makeClaim({
          id: 'ri-only-partial',
          speaker: 'ri-yong-ho',
          summary: 'The minister says the request was limited.',
          quote: 'North Korea had only asked for partial relief.',
        }),
        makeClaim({
          id: 'choe-plutonium',
          topic: 'yongbyon-offer',
          speaker: 'choe-son-hui',
          summary: 'The vice minister says the Yongbyon offer covered plutonium facilities.',
          quote: 'the offer included its plu-tonium facilities.',
        }),
        makeClaim({
          id: 'geng-no-deal',
          topic: 'yongbyon-offer',
          speaker: 'geng-shuang',
          summary: 'Beijing notes that the talks ended without agreement.',
          quote: 'Summit ends 🤝 without a deal',
        }),
      );
    }
  }
}

const files = makeDataFiles(addFixtures);
/** The same corpus in chunks of two claims: pages of two claims each. */
const smallPages = makeDataFiles(addFixtures, 2);

function makeSearch(overrides: Partial<ComparisonSearch> = {}): ComparisonSearch {
  return { ...defaultSearch, ...overrides };
}

/** The ids of the claims shown, row by row and cell by cell. */
function shownIds(comparison: Comparison): string[] {
  return comparison.rows.flatMap((row) =>
    row.cells.flatMap((cell) => cell.claims.map((view) => view.claim.id)),
  );
}

function cellOf(comparison: Comparison, topic: string, party: string) {
  const row = comparison.rows.find((candidate) => candidate.topic.id === topic);
  return row?.cells.find((cell) => cell.party.id === party);
}

test('the unfiltered comparison shows every claim in topic order, party by party', async () => {
  const comparison = await compare(files, defaultSearch);
  expect(comparison.parties.map((party) => party.id)).toEqual(['us', 'dprk', 'china']);
  expect(comparison.rows.map((row) => row.topic.id)).toEqual([
    'sanctions-relief-sought',
    'yongbyon-offer',
    'next-summit',
  ]);
  expect(shownIds(comparison)).toEqual([
    'trump-all-sanctions',
    'ri-partial-relief',
    'ri-only-partial',
    'choe-plutonium',
    'geng-no-deal',
  ]);
  expect(comparison).toMatchObject({ matching: 5, total: 5 });
});

test.each([
  {
    name: 'one party',
    search: { party: ['dprk'] },
    ids: ['ri-partial-relief', 'ri-only-partial', 'choe-plutonium'],
  },
  {
    name: 'one topic',
    search: { topic: ['yongbyon-offer'] },
    ids: ['choe-plutonium', 'geng-no-deal'],
  },
  {
    name: 'one speaker',
    search: { speaker: ['ri-yong-ho'] },
    ids: ['ri-partial-relief', 'ri-only-partial'],
  },
  { name: 'direct speech', search: { speech: 'direct' }, ids: ['ri-partial-relief'] },
  {
    name: 'reported speech',
    search: { speech: 'reported' },
    ids: ['trump-all-sanctions', 'ri-only-partial', 'choe-plutonium', 'geng-no-deal'],
  },
  {
    name: 'a party and a topic',
    search: { party: ['dprk'], topic: ['yongbyon-offer'] },
    ids: ['choe-plutonium'],
  },
  {
    name: 'a party and reported speech',
    search: { party: ['dprk'], speech: 'reported' },
    ids: ['ri-only-partial', 'choe-plutonium'],
  },
  {
    name: 'a speaker and direct speech',
    search: { speaker: ['ri-yong-ho'], speech: 'direct' },
    ids: ['ri-partial-relief'],
  },
  {
    name: 'a speaker of another party',
    search: { party: ['us'], speaker: ['ri-yong-ho'] },
    ids: [],
  },
  {
    name: 'a topic and search text',
    search: { topic: ['yongbyon-offer'], q: 'says' },
    ids: ['choe-plutonium'],
  },
] satisfies { name: string; search: Partial<ComparisonSearch>; ids: string[] }[])(
  'filtering by $name shows only claims that pass every filter',
  async ({ search, ids }) => {
    const comparison = await compare(files, makeSearch(search));
    expect(shownIds(comparison)).toEqual(ids);
    expect(comparison.matching).toBe(ids.length);
    expect(comparison.total).toBe(5);
  },
);

test.each([
  { name: 'a word of the quote only', q: 'entirety', ids: ['trump-all-sanctions'] },
  { name: 'a word of the summary only', q: 'Beijing', ids: ['geng-no-deal'] },
  { name: 'the speaker name only', q: 'Son Hui', ids: ['choe-plutonium'] },
  { name: 'upper case', q: 'STANCE', ids: ['ri-partial-relief'] },
  { name: 'an accented query on plain text', q: 'plütoníum', ids: ['choe-plutonium'] },
  { name: 'a plain query on an accented name', q: 'geng shuang', ids: ['geng-no-deal'] },
  { name: 'curly quotes on straight ones', q: 'Kim “wanted', ids: ['trump-all-sanctions'] },
  { name: 'a word two claims share', q: 'partial', ids: ['ri-partial-relief', 'ri-only-partial'] },
  { name: 'one shared and one unshared word', q: 'partial stance', ids: ['ri-partial-relief'] },
  { name: 'terms that all occur, in any order', q: 'facilities offer', ids: ['choe-plutonium'] },
  { name: 'terms spread over quote and name', q: 'included hui', ids: ['choe-plutonium'] },
  { name: 'one term that occurs nowhere', q: 'stance missiles', ids: [] },
])('search text matching $name finds $ids', async ({ q, ids }) => {
  expect(shownIds(await compare(files, makeSearch({ q })))).toEqual(ids);
});

test('search text of spaces only filters nothing', async () => {
  expect(await compare(files, makeSearch({ q: '   ' }))).toMatchObject({ matching: 5, total: 5 });
});

test('the counts give the claims matching out of all claims', async () => {
  const comparison = await compare(files, makeSearch({ party: ['dprk'], q: 'relief' }));
  expect(comparison).toMatchObject({ matching: 2, total: 5 });
});

test('a party that said nothing on a topic has a cell with total 0', async () => {
  const comparison = await compare(files, defaultSearch);
  expect(cellOf(comparison, 'sanctions-relief-sought', 'china')).toMatchObject({
    claims: [],
    total: 0,
  });
  expect(cellOf(comparison, 'next-summit', 'us')).toMatchObject({ claims: [], total: 0 });
});

test('a cell whose claims are all filtered out keeps its total', async () => {
  const comparison = await compare(files, makeSearch({ speech: 'direct' }));
  expect(cellOf(comparison, 'sanctions-relief-sought', 'us')).toMatchObject({
    claims: [],
    total: 1,
  });
  expect(cellOf(comparison, 'sanctions-relief-sought', 'dprk')).toMatchObject({ total: 2 });
  expect(cellOf(comparison, 'sanctions-relief-sought', 'dprk')?.claims).toHaveLength(1);
});

test('filtering by party shows only that party’s column, and keeps every topic row', async () => {
  const comparison = await compare(files, makeSearch({ party: ['us'] }));
  expect(comparison.parties.map((party) => party.id)).toEqual(['us']);
  expect(comparison.rows.map((row) => row.topic.id)).toEqual([
    'sanctions-relief-sought',
    'yongbyon-offer',
    'next-summit',
  ]);
  expect(comparison.rows.map((row) => row.cells.map((cell) => cell.party.id))).toEqual([
    ['us'],
    ['us'],
    ['us'],
  ]);
});

test('filtering by topic shows only those rows, even one without claims', async () => {
  const comparison = await compare(
    files,
    makeSearch({ topic: ['next-summit', 'sanctions-relief-sought'] }),
  );
  expect(comparison.rows.map((row) => row.topic.id)).toEqual([
    'sanctions-relief-sought',
    'next-summit',
  ]);
});

test.each([
  { name: 'search text', search: { q: 'plutonium' }, topics: ['yongbyon-offer'] },
  { name: 'a speaker', search: { speaker: ['donald-trump'] }, topics: ['sanctions-relief-sought'] },
  { name: 'speech kind', search: { speech: 'direct' }, topics: ['sanctions-relief-sought'] },
  { name: 'text that matches nothing', search: { q: 'missiles' }, topics: [] },
] satisfies { name: string; search: Partial<ComparisonSearch>; topics: string[] }[])(
  'narrowing by $name hides the rows without a match',
  async ({ search, topics }) => {
    const comparison = await compare(files, makeSearch(search));
    expect(comparison.rows.map((row) => row.topic.id)).toEqual(topics);
  },
);

test('the unfiltered layout goes row by row, each party in turn, so any page compares', async () => {
  // sanctions: us[trump], dprk[ri-partial, ri-only] → positions: trump, ri-partial, ri-only
  const first = await compare(smallPages, { page: 1 });
  expect(first).toMatchObject({ page: 1, pageCount: 3, first: 1, last: 2, matching: 5 });
  expect(shownIds(first)).toEqual(['trump-all-sanctions', 'ri-partial-relief']);
  expect(first.rows.map((row) => [row.topic.id, row.continued, row.continues])).toEqual([
    ['sanctions-relief-sought', false, true],
  ]);
});

test('a topic that goes on from the previous page says so, and so do its emptied cells', async () => {
  const second = await compare(smallPages, { page: 2 });
  expect(shownIds(second)).toEqual(['ri-only-partial', 'choe-plutonium']);
  const sanctions = second.rows[0];
  expect(sanctions).toMatchObject({ continued: true, continues: false });
  expect(cellOf(second, 'sanctions-relief-sought', 'us')).toMatchObject({
    claims: [],
    matching: 1,
    elsewhere: { before: 1 },
  });
  expect(cellOf(second, 'yongbyon-offer', 'china')).toMatchObject({
    claims: [],
    elsewhere: { after: 3 },
  });
});

test('a topic without any claim is shown where it falls, on the last page', async () => {
  const last = await compare(smallPages, { page: 3 });
  expect(shownIds(last)).toEqual(['geng-no-deal']);
  expect(last.rows.map((row) => row.topic.id)).toEqual(['yongbyon-offer', 'next-summit']);
});

test('a page past the end gives the last page, which says which it is', async () => {
  const beyond = await compare(smallPages, { page: 99 });
  expect(beyond).toMatchObject({ page: 3, pageCount: 3 });
});

test('filters page over the matching claims only', async () => {
  const dprk = await compare(smallPages, { party: ['dprk'], page: 2 });
  expect(dprk).toMatchObject({ matching: 3, pageCount: 2, first: 3, last: 3 });
  expect(shownIds(dprk)).toEqual(['choe-plutonium']);
});

test('no match gives one empty page', async () => {
  const none = await compare(smallPages, { q: 'missiles' });
  expect(none).toMatchObject({ matching: 0, page: 1, pageCount: 1, first: 0, last: 0, rows: [] });
});
