import { dossierKey } from '../corpus/dossier-key.ts';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ClaimView, RelationView } from '../corpus/corpus-index.ts';
import {
  cachedPositions,
  composedQuery,
  madeOfFileQueries,
  type Composed,
  type FileQuery,
} from '../corpus/composed-query.ts';
import { facetsQueryOptions, metaQueryOptions } from '../corpus/corpus-query.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { Facets } from '../corpus/schema.ts';
import type { ClaimSearch } from '../search/claim-search.ts';
import { searchIndexQueryOptions } from '../search/search-index-query.ts';
import type { ComparisonSearch } from './comparison-search.ts';
import { filterNeeds } from './claim-filter.ts';
import {
  buildComparison,
  matchPositions,
  pageOf,
  type Comparison,
  type Matches,
} from './filter-claims.ts';

/** The index and those of the on-demand tables asked for, from the cache; else what to load. */
export function cachedTables(
  client: QueryClient,
  needs: { facets: boolean; text: boolean },
):
  | { index: MetaIndex; facets: Facets | undefined; text: ClaimSearch | undefined }
  | { missing: FileQuery[] } {
  const meta = metaQueryOptions();
  const facets = facetsQueryOptions();
  const text = searchIndexQueryOptions();
  const index = client.getQueryData(meta.queryKey);
  const facetData = needs.facets ? client.getQueryData(facets.queryKey) : undefined;
  const textData = needs.text ? client.getQueryData(text.queryKey) : undefined;
  const missing: FileQuery[] = [
    ...(index ? [] : [(c: QueryClient) => c.ensureQueryData(meta)]),
    ...(needs.facets && !facetData ? [(c: QueryClient) => c.ensureQueryData(facets)] : []),
    ...(needs.text && !textData ? [(c: QueryClient) => c.ensureQueryData(text)] : []),
  ];
  if (!index || missing.length > 0) return { missing };
  return { index, facets: facetData, text: textData };
}

/** The claims matching a search, by position, from the cached index and tables it needs. */
function cachedMatches(
  client: QueryClient,
  search: ComparisonSearch,
): { index: MetaIndex; matches: Matches } | { missing: FileQuery[] } {
  const tables = cachedTables(client, filterNeeds(search));
  if ('missing' in tables) return tables;
  const { index, facets, text } = tables;
  return { index, matches: matchPositions(index, search, facets, text) };
}

/** One page of the comparison for a search, composed from the cached files (see below). */
function comparisonComposed(search: ComparisonSearch) {
  return composedQuery((client): Composed<Comparison> => {
    const found = cachedMatches(client, search);
    if ('missing' in found) return found;
    const { index, matches } = found;
    const { positions } = pageOf(index, matches, search.page);
    const { missing, viewAt, relationsOf } = cachedPositions(client, index, positions);
    if (missing.length > 0) return { missing };
    return { data: buildComparison(index, search, matches, search.page, viewAt, relationsOf) };
  });
}

/** One page of the comparison for a search: the page `/` shows. */
export function comparisonQueryOptions(search: ComparisonSearch) {
  return queryOptions({
    queryKey: [dossierKey, 'comparison', search],
    ...madeOfFileQueries,
    queryFn: comparisonComposed(search).queryFn,
    staleTime: Infinity,
  });
}

/** The comparison for a search, if every file it needs is already cached (else undefined). */
export function cachedComparison(client: QueryClient, search: ComparisonSearch) {
  return comparisonComposed(search).fromCache(client);
}

/**
 * Every claim matching a search, on every page, and every relation touching each (to claims
 * that match or not): what the export buttons save. Loads every chunk the matches fall in.
 */
export async function loadAllMatching(
  client: QueryClient,
  search: ComparisonSearch,
): Promise<{ views: ClaimView[]; relationsByClaim: Map<string, RelationView[]> }> {
  const all = composedQuery((client) => {
    const found = cachedMatches(client, search);
    if ('missing' in found) return found;
    const { positions } = found.matches;
    const { missing, viewAt, relationsOf } = cachedPositions(client, found.index, positions);
    if (missing.length > 0) return { missing };
    const views = positions.flatMap((position) => viewAt(position) ?? []);
    return {
      data: {
        views,
        relationsByClaim: new Map(
          views.map((view) => [view.claim.id, relationsOf(view.claim.id) ?? []]),
        ),
      },
    };
  });
  return all.queryFn({ client });
}
