import { expect, test } from 'vitest';
import {
  defaultSearch,
  describeDropped,
  isDefaultSearch,
  maxQueryLength,
  parseComparisonSearch,
  serializeComparisonSearch,
  toggleId,
  type ComparisonSearch,
  type DroppedValue,
  type KnownIds,
} from '../../src/comparison/comparison-search.ts';

/** The ids of a four-party dossier, in corpus (display) order. */
const known: KnownIds = {
  party: ['us', 'dprk', 'china', 'analysts'],
  topic: ['sanctions-relief-sought', 'yongbyon-offer', 'next-summit'],
  speaker: ['donald-trump', 'ri-yong-ho', 'geng-shuang'],
};

function makeSearch(overrides: Partial<ComparisonSearch> = {}): ComparisonSearch {
  return { ...defaultSearch, ...overrides };
}

type Row = {
  name: string;
  input: string;
  search: ComparisonSearch;
  serialized: string;
  dropped?: DroppedValue[];
};

const longQuery = 'x'.repeat(maxQueryLength + 1);
const longestQuery = 'x'.repeat(maxQueryLength);

const rows: Row[] = [
  { name: 'an empty query', input: '', search: makeSearch(), serialized: '' },
  { name: 'a lone question mark', input: '?', search: makeSearch(), serialized: '' },
  {
    name: 'parties out of order',
    input: '?party=china,us',
    search: makeSearch({ party: ['us', 'china'] }),
    serialized: '?party=us,china',
  },
  {
    name: 'a query without its question mark',
    input: 'party=dprk',
    search: makeSearch({ party: ['dprk'] }),
    serialized: '?party=dprk',
  },
  {
    name: 'duplicate parties',
    input: '?party=us,china,us,china',
    search: makeSearch({ party: ['us', 'china'] }),
    serialized: '?party=us,china',
  },
  {
    name: 'every party listed',
    input: '?party=analysts,china,dprk,us',
    search: makeSearch(),
    serialized: '',
  },
  {
    name: 'every topic listed',
    input: '?topic=next-summit,yongbyon-offer,sanctions-relief-sought',
    search: makeSearch(),
    serialized: '',
  },
  {
    name: 'an unknown party beside a known one',
    input: '?party=us,mars',
    search: makeSearch({ party: ['us'] }),
    serialized: '?party=us',
    dropped: [{ param: 'party', value: 'mars', reason: 'unknown' }],
  },
  {
    name: 'an unknown party named twice',
    input: '?party=mars,mars',
    search: makeSearch(),
    serialized: '',
    dropped: [{ param: 'party', value: 'mars', reason: 'unknown' }],
  },
  {
    name: 'a party id in the wrong case',
    input: '?party=US',
    search: makeSearch(),
    serialized: '',
    dropped: [{ param: 'party', value: 'US', reason: 'unknown' }],
  },
  {
    name: 'unknown values in several lists',
    input: '?topic=weather&speaker=kim-jong-un,ri-yong-ho',
    search: makeSearch({ speaker: ['ri-yong-ho'] }),
    serialized: '?speaker=ri-yong-ho',
    dropped: [
      { param: 'topic', value: 'weather', reason: 'unknown' },
      { param: 'speaker', value: 'kim-jong-un', reason: 'unknown' },
    ],
  },
  {
    name: 'a speech kind that does not exist',
    input: '?speech=whisper',
    search: makeSearch(),
    serialized: '',
    dropped: [{ param: 'speech', value: 'whisper', reason: 'malformed' }],
  },
  {
    name: 'empty values, which mean the default',
    input: '?speech=&party=&q=',
    search: makeSearch(),
    serialized: '',
  },
  {
    name: 'a list given twice, which counts as one list',
    input: '?party=china&party=us',
    search: makeSearch({ party: ['us', 'china'] }),
    serialized: '?party=us,china',
  },
  {
    name: 'direct speech only',
    input: '?speech=direct',
    search: makeSearch({ speech: 'direct' }),
    serialized: '?speech=direct',
  },
  {
    name: 'reported speech only',
    input: '?speech=reported',
    search: makeSearch({ speech: 'reported' }),
    serialized: '?speech=reported',
  },
  {
    name: 'search text one character too long',
    input: `?q=${longQuery}&party=dprk`,
    search: makeSearch({ party: ['dprk'] }),
    serialized: '?party=dprk',
    dropped: [{ param: 'q', value: longQuery, reason: 'malformed' }],
  },
  {
    name: 'search text of the longest length kept',
    input: `?q=${longestQuery}`,
    search: makeSearch({ q: longestQuery }),
    serialized: `?q=${longestQuery}`,
  },
  {
    name: 'empty list items',
    input: '?party=us,,china,',
    search: makeSearch({ party: ['us', 'china'] }),
    serialized: '?party=us,china',
  },
  {
    name: 'list items padded with spaces',
    input: '?party=%20us%20,+china',
    search: makeSearch({ party: ['us', 'china'] }),
    serialized: '?party=us,china',
  },
  {
    name: 'empty parameters',
    input: '?party=&topic=&speaker=&q=',
    search: makeSearch(),
    serialized: '',
  },
  {
    name: 'unrelated tracking parameters',
    input: '?utm_source=newsletter&party=dprk&fbclid=abc',
    search: makeSearch({ party: ['dprk'] }),
    serialized: '?party=dprk',
  },
  {
    name: 'search text padded with spaces',
    input: '?q=%20%20Kim%20%20Jong+Un%20',
    search: makeSearch({ q: 'Kim  Jong Un' }),
    serialized: '?q=Kim++Jong+Un',
  },
  {
    name: 'search text of spaces only',
    input: '?q=+++',
    search: makeSearch(),
    serialized: '',
  },
  {
    name: 'every filter, in a shuffled order',
    input: '?q=relief&speech=reported&speaker=ri-yong-ho&topic=yongbyon-offer&party=dprk',
    search: makeSearch({
      party: ['dprk'],
      topic: ['yongbyon-offer'],
      speaker: ['ri-yong-ho'],
      speech: 'reported',
      q: 'relief',
    }),
    serialized: '?party=dprk&topic=yongbyon-offer&speaker=ri-yong-ho&speech=reported&q=relief',
  },
];

test.each(rows)(
  '$name parses and serializes canonically',
  ({ input, search, serialized, dropped }) => {
    const parsed = parseComparisonSearch(input, known);
    expect(parsed.search).toEqual(search);
    expect(parsed.dropped).toEqual(dropped ?? []);
    expect(serializeComparisonSearch(parsed.search, known)).toBe(serialized);
  },
);

test.each(rows)('$name gives a link that reads back the same', ({ input }) => {
  const once = serializeComparisonSearch(parseComparisonSearch(input, known).search, known);
  const again = parseComparisonSearch(once, known);
  expect(again.dropped).toEqual([]);
  expect(serializeComparisonSearch(again.search, known)).toBe(once);
});

test('a URLSearchParams object parses like its query string', () => {
  const params = new URLSearchParams({ party: 'china,us', speech: 'direct' });
  expect(parseComparisonSearch(params, known)).toEqual(
    parseComparisonSearch('?party=china,us&speech=direct', known),
  );
});

test.each([
  'Ri Yong Ho',
  'Pyongyang’s “demands”',
  'Ça négocie à Hanoï',
  'sanctions & relief',
  'a+b=c',
  '100% certain',
  '%20 is not a space',
  '#hashtag',
  'what? where/when;',
  'Summit 🤝 deal',
  'multiple   spaces inside',
])('the search text %j survives a trip through the URL', (q) => {
  const serialized = serializeComparisonSearch(makeSearch({ q }), known);
  const url = new URL(`https://example.org/${serialized}`);
  expect(url.hash).toBe('');
  expect([...url.searchParams.keys()]).toEqual(['q']);
  expect(parseComparisonSearch(url.search, known)).toEqual({
    search: makeSearch({ q }),
    dropped: [],
  });
});

test('spaces in the search text are written as plus signs', () => {
  expect(serializeComparisonSearch(makeSearch({ q: 'partial relief' }), known)).toBe(
    '?q=partial+relief',
  );
});

test('serializing keeps corpus order and drops ids the corpus does not know', () => {
  const search = makeSearch({ party: ['china', 'mars', 'us', 'china'] });
  expect(serializeComparisonSearch(search, known)).toBe('?party=us,china');
});

test.each([
  {
    name: 'deselecting from "all" keeps the others',
    selected: [],
    id: 'dprk',
    next: ['us', 'china', 'analysts'],
  },
  { name: 'selecting adds in corpus order', selected: ['china'], id: 'us', next: ['us', 'china'] },
  { name: 'deselecting removes the id', selected: ['us', 'china'], id: 'us', next: ['china'] },
  {
    name: 'selecting the last missing id means "all"',
    selected: ['us', 'dprk', 'analysts'],
    id: 'china',
    next: [],
  },
  { name: 'the last selected id stays selected', selected: ['dprk'], id: 'dprk', next: ['dprk'] },
  { name: 'an unknown id changes nothing', selected: ['dprk'], id: 'mars', next: ['dprk'] },
])('toggling: $name', ({ selected, id, next }) => {
  expect(toggleId(selected, id, known.party)).toEqual(next);
});

test('toggling the only id of a one-party corpus leaves it selected as "all"', () => {
  expect(toggleId([], 'us', ['us'])).toEqual([]);
});

test('toggling does not change the list it is given', () => {
  const selected = ['us', 'china'];
  toggleId(selected, 'dprk', known.party);
  expect(selected).toEqual(['us', 'china']);
});

test('the default search is the default', () => {
  expect(isDefaultSearch(defaultSearch)).toBe(true);
  expect(
    isDefaultSearch(parseComparisonSearch('?party=us,dprk,china,analysts', known).search),
  ).toBe(true);
});

test.each([
  { name: 'a party', search: makeSearch({ party: ['us'] }) },
  { name: 'a topic', search: makeSearch({ topic: ['next-summit'] }) },
  { name: 'a speaker', search: makeSearch({ speaker: ['ri-yong-ho'] }) },
  { name: 'a speech kind', search: makeSearch({ speech: 'reported' }) },
  { name: 'search text', search: makeSearch({ q: 'relief' }) },
])('a search narrowed by $name is not the default', ({ search }) => {
  expect(isDefaultSearch(search)).toBe(false);
});

test.each([
  {
    name: 'an unknown party',
    dropped: { param: 'party', value: 'mars', reason: 'unknown' },
    wording: 'no party “mars” in this dossier',
  },
  {
    name: 'an unknown topic',
    dropped: { param: 'topic', value: 'weather', reason: 'unknown' },
    wording: 'no topic “weather” in this dossier',
  },
  {
    name: 'a malformed speech kind',
    dropped: { param: 'speech', value: 'whisper', reason: 'malformed' },
    wording: '“whisper” is not a valid speech',
  },
  {
    name: 'search text that is too long',
    dropped: { param: 'q', value: longQuery, reason: 'malformed' },
    wording: `the search text was longer than ${maxQueryLength} characters`,
  },
  {
    name: 'a value over 40 characters',
    dropped: { param: 'speaker', value: 'k'.repeat(41), reason: 'unknown' },
    wording: `no speaker “${'k'.repeat(40)}…” in this dossier`,
  },
  {
    name: 'a value of 40 characters',
    dropped: { param: 'speaker', value: 'k'.repeat(40), reason: 'unknown' },
    wording: `no speaker “${'k'.repeat(40)}” in this dossier`,
  },
] satisfies { name: string; dropped: DroppedValue; wording: string }[])(
  '$name is described in plain words',
  ({ dropped, wording }) => {
    expect(describeDropped(dropped)).toBe(wording);
  },
);

test('every value dropped from a link gets its own description', () => {
  const { dropped } = parseComparisonSearch('?party=mars&speech=whisper', known);
  expect(dropped.map(describeDropped).sort()).toEqual([
    'no party “mars” in this dossier',
    '“whisper” is not a valid speech',
  ]);
});

test('shortening a long dropped value never cuts a character in half', () => {
  const wording = describeDropped({
    param: 'party',
    value: `${'x'.repeat(39)}🤝🤝`,
    reason: 'unknown',
  });
  expect(wording).not.toMatch(/\p{Cs}/u);
});
