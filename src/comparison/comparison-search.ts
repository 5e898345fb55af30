/**
 * The comparison's state as it lives in the URL: `/?party=council,union&topic=<id>&speaker=<id>
 * &speech=direct&q=text&page=2`. One parser reads it; defaults are left out when serializing so
 * links stay short; lists are comma-separated, deduplicated and put in corpus order, so the
 * same view always has the same URL. Bad values are dropped and reported, never fatal.
 */
import type { Speech } from '../corpus/schema.ts';
import * as words from './comparison-search.words.ts';

/** The longest free-text search kept from a URL. */
export const maxQueryLength = 200;

/** The comparison's filters. */
export type ComparisonSearch = {
  /** Parties to show; empty means all. */
  party: string[];
  /** Topics to show; empty means all. */
  topic: string[];
  /** Speakers to show; empty means all. */
  speaker: string[];
  /** Only direct or only reported speech; absent means both. */
  speech?: Speech;
  /** Free text matched against the fields a card shows. */
  q: string;
  /** Page of the results, 1 first. */
  page: number;
};

/** The filters of an unfiltered comparison. */
export const defaultSearch: ComparisonSearch = {
  party: [],
  topic: [],
  speaker: [],
  q: '',
  page: 1,
};

type ListParam = 'party' | 'topic' | 'speaker';
type Param = keyof ComparisonSearch;

/** Ids that exist in the corpus, in display order, per list parameter. */
export type KnownIds = Record<ListParam, readonly string[]>;

/** A value of the URL that was ignored, and why: an id the corpus lacks, or a bad value. */
export type DroppedValue =
  | { param: ListParam; value: string; reason: 'unknown' }
  | { param: Exclude<Param, ListParam>; value: string; reason: 'malformed' };

const listParams: ListParam[] = ['party', 'topic', 'speaker'];

const speeches: readonly string[] = ['direct', 'reported'] satisfies Speech[];
const pageNumber = /^[1-9][0-9]{0,6}$/;

/** A list param's ids: comma-separated, trimmed, empty ones left out. */
const idsOf = (value: string) =>
  value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

/** Parses a query string into filters, keeping every valid value and reporting the rest. */
export function parseComparisonSearch(
  search: string | URLSearchParams,
  known: KnownIds,
): { search: ComparisonSearch; dropped: DroppedValue[] } {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search;
  const dropped: DroppedValue[] = [];
  // Reported after the malformed values, which the notice names first.
  const unknownIds: DroppedValue[] = [];
  const parsed: ComparisonSearch = { ...defaultSearch };
  for (const param of listParams) {
    // A list given twice (`party=council&party=union`) counts as one list.
    const ids = idsOf(query.getAll(param).join(','));
    const unknown = ids.filter((id) => !known[param].includes(id));
    for (const value of new Set(unknown)) unknownIds.push({ param, value, reason: 'unknown' });
    parsed[param] = canonicalList(ids, known[param]);
  }
  // The other params take their first value; an empty one is as good as absent.
  const first = (param: Param) => query.get(param) || undefined;
  const malformed = (param: Exclude<Param, ListParam>, value: string) =>
    dropped.push({ param, value, reason: 'malformed' });
  const speech = first('speech');
  if (speech !== undefined) {
    if (speeches.includes(speech)) parsed.speech = speech as Speech;
    else malformed('speech', speech);
  }
  const q = first('q');
  if (q !== undefined) {
    if (q.length <= maxQueryLength) parsed.q = q.trim();
    else malformed('q', q);
  }
  const page = first('page');
  if (page !== undefined) {
    if (pageNumber.test(page)) parsed.page = Number(page);
    else malformed('page', page);
  }
  return { search: parsed, dropped: [...dropped, ...unknownIds] };
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The query string for a set of filters: `''` for the defaults, else `?…` in a fixed order. */
export function serializeComparisonSearch(search: ComparisonSearch, known: KnownIds): string {
  const parts: string[] = [];
  for (const param of listParams) {
    const ids = canonicalList(search[param], known[param]);
    if (ids.length > 0) parts.push(`${param}=${ids.map(encodeURIComponent).join(',')}`);
  }
  if (search.speech) parts.push(`speech=${search.speech}`);
  // A lone surrogate (half of an emoji, pasted) cannot be percent-encoded: it becomes U+FFFD,
  // as the browser's own URL parser would make it.
  const q = search.q.trim().replace(loneSurrogate, '\uFFFD');
  if (q) parts.push(`q=${encodeURIComponent(q).replace(/%20/g, '+')}`);
  if (search.page > 1) parts.push(`page=${search.page}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Known ids only, once each, in corpus order; every id selected is the same as none. */
function canonicalList(ids: readonly string[], known: readonly string[]): string[] {
  const chosen = known.filter((id) => ids.includes(id));
  return chosen.length === known.length ? [] : chosen;
}

/** True when no filter is set (whatever the page). */
export function isDefaultSearch(search: ComparisonSearch): boolean {
  return (
    search.party.length === 0 &&
    search.topic.length === 0 &&
    search.speaker.length === 0 &&
    search.speech === undefined &&
    search.q === ''
  );
}

/**
 * Adds or removes one id from a list filter, treating an empty list as "all selected".
 * The last selected id stays selected: an empty list already means "all".
 */
export function toggleId(
  selected: readonly string[],
  id: string,
  all: readonly string[],
): string[] {
  const current = selected.length === 0 ? [...all] : [...selected];
  const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
  return canonicalList(next.length > 0 ? next : current, all);
}

/** How many of the filters narrow the claims: the number on the Filters button. */
export function activeFilterCount(search: ComparisonSearch): number {
  return (
    [search.party, search.topic, search.speaker].filter((list) => list.length > 0).length +
    (search.speech === undefined ? 0 : 1)
  );
}

/** Human wording for a dropped value, for the quiet notice. */
export function describeDropped({ param, value, reason }: DroppedValue): string {
  const characters = Array.from(value);
  const shown = characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : value;
  if (reason === 'unknown') return words.noSuch(param, shown);
  if (param === 'q') return words.searchTooLong(maxQueryLength);
  if (param === 'page') return words.notAPage(shown);
  return words.notASpeech(shown);
}
