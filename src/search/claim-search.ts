import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { CorpusFormatError } from '../corpus/corpus-format-error.ts';
import type { SearchIndex } from '../corpus/schema.ts';
import { indexTerms, isUnspaced, oneSpelling, queryTerms } from './search-terms.ts';
import * as words from './claim-search.words.ts';

/**
 * What a claim is searched by: its own words, every field its card shows. `source` is the
 * publisher whose words a reported quote is, as its card introduces it ("… reports:"); a
 * direct quote's card does not print it. A source's headline is searched by no claim: it is
 * on no card, and all the claims quoting the source share it, so each of its words (a
 * principal's name, "summit") would find them all. The build writes the index of these
 * (`search.json`); the browser loads it, and this module's code, with the first search.
 */
export const searchFields = [
  'quote',
  'summary',
  'short',
  'speaker',
  'role',
  'affiliation',
  'venue',
  'source',
] as const;

/** A claim as the index takes it: its display position, and its searched fields' text. */
export type SearchDocument = { id: number } & Partial<
  Record<(typeof searchFields)[number], string>
>;

/** The shortest last word of a query that is also searched as the start of a word. */
export const minPrefixLength = 3;

/**
 * How the index and a query are made into terms (see `search-terms.ts`): whole words, every
 * one required, the last one of three letters or more also as the start of a word (the reader
 * may still be typing it). A shorter last word stays whole: "Ri" and "Lu" are names, and as
 * starts of words they would find "right" and "lunch".
 */
const options: Options<SearchDocument> = {
  fields: [...searchFields],
  tokenize: indexTerms,
  processTerm: oneSpelling,
  searchOptions: {
    tokenize: queryTerms,
    processTerm: oneSpelling,
    combineWith: 'AND',
    // A lone Han, kana or Hangul character is searched as the start of a pair.
    prefix: (term, i, terms) =>
      i === terms.length - 1 && (term.length >= minPrefixLength || isUnspaced(term)),
  },
};

/** The search index of some claims, as `search.json` holds it (in its `index`). */
export function buildSearchIndex(documents: readonly SearchDocument[]): AsPlainObject {
  const search = new MiniSearch(options);
  search.addAll(documents);
  return search.toJSON();
}

/** What a search finds: the positions of the claims matching, and the words they matched by. */
export type SearchHits = { positions: ReadonlySet<number>; terms: readonly string[] };

/** A loaded search index. */
export type ClaimSearch = { find(query: string): SearchHits };

/** Loads the index a build wrote; throws a {@link CorpusFormatError} when it is not one. */
export function loadClaimSearch(index: SearchIndex['index'], path: string): ClaimSearch {
  let search: MiniSearch<SearchDocument>;
  try {
    // The schema checks the index's outline; MiniSearch checks the rest as it loads it.
    search = MiniSearch.loadJS(index as unknown as AsPlainObject, options);
  } catch (error) {
    throw new CorpusFormatError(words.malformed(path, String(error)), {
      cause: error,
    });
  }
  const found = new Map<string, SearchHits>();
  return {
    find(query) {
      const hit = found.get(query);
      if (hit) return hit;
      const results = search.search(query);
      const hits = {
        positions: new Set(results.map((result) => result.id as number)),
        terms: [...new Set(results.flatMap((result) => result.terms))],
      };
      // The last few searches, for the facet counts that ask again with the same words.
      if (found.size > 20) found.clear();
      found.set(query, hits);
      return hits;
    },
  };
}
