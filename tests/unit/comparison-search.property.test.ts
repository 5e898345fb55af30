/**
 * Property-based tests of the URL state of the comparison (fast-check, fixed seed): whatever a
 * crafted or mangled link holds, parsing gives a valid state and never throws; and every valid
 * state survives serialize → parse unchanged.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  maxQueryLength,
  parseComparisonSearch,
  serializeComparisonSearch,
  type ComparisonSearch,
  type KnownIds,
} from '../../src/comparison/comparison-search.ts';

const known: KnownIds = {
  party: ['us', 'dprk', 'china', 'analysts'],
  topic: ['sanctions-relief-sought', 'yongbyon-offer', 'next-summit'],
  speaker: ['donald-trump', 'ri-yong-ho', 'choe-son-hui'],
};
const settings = { seed: 20_190_228, numRuns: 2_000 };

/** Text as a link may carry it: any code units, lone surrogates and controls included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.nat(0xffff).map((n) => String.fromCharCode(n)), maxLength: 300 }),
);
const param = fc.constantFrom('party', 'topic', 'speaker', 'speech', 'q', 'page', 'claim', '');
const value = fc.oneof(
  anyText,
  fc.constantFrom(
    ...known.party,
    ...known.topic,
    'direct',
    'reported',
    '0',
    '-1',
    '1e3',
    '99999999',
  ),
  fc
    .array(fc.constantFrom(...known.party, ...known.speaker, 'atlantis', ''), { maxLength: 6 })
    .map((ids) => ids.join(',')),
  fc.string({ minLength: 201, maxLength: 5_000 }),
);

/** A query string built from any mix of known and unknown params, encoded or not. */
const queryString = fc.oneof(
  anyText,
  fc.webQueryParameters(),
  fc
    .array(fc.tuple(param, value, fc.boolean()), { maxLength: 12 })
    .map((pairs) =>
      pairs.map(([name, text, encode]) => `${name}=${encode ? safeEncode(text) : text}`).join('&'),
    ),
);

function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // a lone surrogate cannot be percent-encoded; send it raw
  }
}

/** True when a state is what the app may hold: known ids only, in order, and valid values. */
function isValidState(search: ComparisonSearch): boolean {
  const inOrder = (ids: string[], all: readonly string[]) =>
    ids.every(
      (id, i) => all.includes(id) && (i === 0 || all.indexOf(ids[i - 1] ?? '') < all.indexOf(id)),
    ) && ids.length < all.length;
  return (
    [undefined, 'direct', 'reported'].includes(search.speech) &&
    inOrder(search.party, known.party) &&
    inOrder(search.topic, known.topic) &&
    inOrder(search.speaker, known.speaker) &&
    search.q === search.q.trim() &&
    Array.from(search.q).length <= maxQueryLength &&
    Number.isInteger(search.page) &&
    search.page >= 1
  );
}

test('any query string parses to a valid state, without throwing, that a link can hold', () => {
  fc.assert(
    fc.property(queryString, (query) => {
      const { search, dropped } = parseComparisonSearch(query, known);
      expect(isValidState(search)).toBe(true);
      // …and it can always be written back into a link.
      expect(parseComparisonSearch(serializeComparisonSearch(search, known), known).search).toEqual(
        search,
      );
      // What was dropped names a real parameter, and a reason.
      for (const item of dropped) {
        expect(['party', 'topic', 'speaker', 'speech', 'q', 'page']).toContain(item.param);
        expect(['unknown', 'malformed']).toContain(item.reason);
      }
    }),
    settings,
  );
}, 60_000); // many generated cases: seconds on a busy machine

/**
 * The search text a link keeps, written out independently of the module: trimmed, a lone
 * surrogate (which no URL can carry) replaced by U+FFFD, and none at all when too long.
 */
function writtenQuery(q: string): string {
  const written = q.trim().replace(/\p{Cs}/gu, '\uFFFD');
  return written.length > maxQueryLength ? '' : written;
}

/** Valid states: subsets of known ids, either speech, a trimmed query, any page. */
const validState = fc.record({
  party: fc.subarray([...known.party]),
  topic: fc.subarray([...known.topic]),
  speaker: fc.subarray([...known.speaker]),
  speech: fc.option(fc.constantFrom('direct' as const, 'reported' as const), { nil: undefined }),
  q: fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => text.trim()),
  page: fc.integer({ min: 1, max: 9_999_999 }),
});

test('serialize then parse gives back the same state, and serializing it again the same URL', () => {
  fc.assert(
    fc.property(validState, (state) => {
      const canonical = parseComparisonSearch(
        serializeComparisonSearch(state, known),
        known,
      ).search;
      const url = serializeComparisonSearch(canonical, known);
      const again = parseComparisonSearch(url, known);
      expect(again.dropped).toEqual([]);
      expect(again.search).toEqual(canonical);
      expect(serializeComparisonSearch(again.search, known)).toBe(url);
      // Canonical means: every id selected is the same as none, and nothing else changes.
      const all = (ids: string[], every: readonly string[]) =>
        ids.length === every.length ? [] : ids;
      expect(canonical).toEqual({
        ...state,
        party: all(state.party, known.party),
        topic: all(state.topic, known.topic),
        speaker: all(state.speaker, known.speaker),
        q: writtenQuery(state.q),
        ...(state.speech === undefined && { speech: undefined }),
      });
    }),
    settings,
  );
}, 60_000); // many generated cases: seconds on a busy machine

test('whatever is typed in the search box can be written into a link', () => {
  fc.assert(
    fc.property(anyText, (typed) => {
      const state: ComparisonSearch = {
        party: [],
        topic: [],
        speaker: [],
        q: typed.trim(),
        page: 1,
      };
      const url = serializeComparisonSearch(state, known);
      expect(parseComparisonSearch(url, known).dropped.filter((d) => d.param !== 'q')).toEqual([]);
    }),
    settings,
  );
}, 60_000); // many generated cases: seconds on a busy machine
