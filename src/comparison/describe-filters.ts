import type { Lookups } from '../corpus/corpus-index.ts';
import { isDefaultSearch, type ComparisonSearch } from './comparison-search.ts';
import * as words from './describe-filters.words.ts';
import { formatLocale } from '../corpus/formats.words.ts';

/** The active filters in words, e.g. "Parties: Town council, Dockers' union · Search: “turnout”". */
export function describeFilters(search: ComparisonSearch, index: Lookups): string {
  const parts: string[] = [];
  if (search.party.length > 0) {
    parts.push(words.parties(search.party.map((id) => index.partyById.get(id)?.name ?? id)));
  }
  if (search.topic.length > 0) {
    parts.push(words.topics(search.topic.map((id) => index.topicById.get(id)?.title ?? id)));
  }
  if (search.speaker.length > 0) {
    parts.push(words.speakers(search.speaker.map((id) => index.speakerById.get(id)?.name ?? id)));
  }
  if (search.speech) parts.push(search.speech === 'direct' ? words.directOnly : words.reportedOnly);
  if (search.q) parts.push(words.search(search.q));
  return parts.length > 0 ? parts.join(' · ') : words.noFilters;
}

const count = new Intl.NumberFormat(formatLocale);

/**
 * How many claims the filters keep, in words. "All 34 claims" only while nothing narrows
 * them: a search or a filter that happens to keep every claim says so ("34 of 34 claims
 * match"), else the count would read as if the query had been ignored.
 */
export function describeMatchCount(
  search: ComparisonSearch,
  matching: number,
  total: number,
): string {
  return isDefaultSearch(search)
    ? words.allClaims(total, count.format)
    : words.claimsMatch(matching, total, count.format);
}
