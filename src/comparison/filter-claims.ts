import type { ClaimGridData, GridCell, GridRow } from '../claims/claim-grid.tsx';
import type { ClaimView, RelationView } from '../corpus/corpus-index.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { Facets } from '../corpus/schema.ts';
import type { ClaimSearch } from '../search/claim-search.ts';
import { claimFilter, filterNeeds, keptPartiesAndTopics } from './claim-filter.ts';
import type { ComparisonSearch } from './comparison-search.ts';

/** One page of the comparison: rows, shown parties, counts and where the page sits. */
export type Comparison = ClaimGridData & {
  /** The filters it was built for (the page may differ: see `page`). */
  search: ComparisonSearch;
  /** Claims that pass every filter, on every page. */
  matching: number;
  /** Claims in the corpus. */
  total: number;
  /** The words the search text matched, as the index holds them: the cards mark them. */
  highlight: readonly string[];
  /** This page, 1 first, and how many there are. */
  page: number;
  pageCount: number;
  /** The 1-based numbers of the first and last matching claims on this page (0 and 0 if none). */
  first: number;
  last: number;
};

/** The claims passing the filters, by display position, with counts per topic and party. */
export type Matches = {
  /** Positions (see `layout.ts`) of the matching claims, in display order. */
  positions: number[];
  /**
   * Per `topic * parties + party`: how many match, and where the first and last are among the
   * matches (indices into `positions`, -1 when none).
   */
  cells: { count: number; first: number; last: number }[];
  /** Matching claims per topic index. */
  byTopic: number[];
  /** The terms the search text matched (none without one). */
  terms: readonly string[];
};

/**
 * Finds the claims passing every filter (see `claim-filter.ts`, which says which claims a
 * search keeps), with where each falls by topic and party.
 */
export function matchPositions(
  index: MetaIndex,
  search: ComparisonSearch,
  facets?: Facets,
  text?: ClaimSearch,
): Matches {
  const { meta, layout } = index;
  const filter = claimFilter(index, search, facets, text);
  const partyCount = meta.parties.length;
  const positions: number[] = [];
  const cells = Array.from({ length: meta.topics.length * partyCount }, () => ({
    count: 0,
    first: -1,
    last: -1,
  }));
  const byTopic = meta.topics.map(() => 0);
  meta.topics.forEach((_, t) => {
    // A topic turned away keeps none of its claims: they need not be looked at.
    if (!filter.keepsTopic[t]) return;
    const end = layout.topicStart[t + 1] ?? 0;
    for (let position = layout.topicStart[t] ?? 0; position < end; position++) {
      if (filter.fails(position) !== 0) continue;
      const party = layout.partyAt[position] ?? 0;
      const index = positions.push(position) - 1;
      byTopic[t] = (byTopic[t] ?? 0) + 1;
      const cell = cells[t * partyCount + party];
      if (cell) {
        cell.count++;
        if (cell.first === -1) cell.first = index;
        cell.last = index;
      }
    }
  });
  return { positions, cells, byTopic, terms: filter.terms };
}

/** The page of a comparison that a search asks for (the last one if it asks for more). */
export function pageOf(index: MetaIndex, matches: Matches, requested: number) {
  const size = index.meta.chunkSize;
  const pageCount = Math.max(1, Math.ceil(matches.positions.length / size));
  const page = Math.min(Math.max(1, requested), pageCount);
  const start = (page - 1) * size;
  return {
    page,
    pageCount,
    start,
    positions: matches.positions.slice(start, start + size),
  };
}

/**
 * Builds one page of the comparison: a row per shown topic (in topic order) with a matching
 * claim on this page, then, on the last page, with no text, speaker or speech filter or when
 * ticked, each topic without any matching claim; a cell per shown party. `viewAt` gives the claim at a
 * display position (from the loaded chunks).
 */
export function buildComparison(
  index: MetaIndex,
  search: ComparisonSearch,
  matches: Matches,
  requestedPage: number,
  viewAt: (position: number) => ClaimView | undefined,
  relationsOf: (id: string) => RelationView[] | undefined,
): Comparison {
  const { meta, layout } = index;
  const { page, pageCount, start, positions } = pageOf(index, matches, requestedPage);
  const end = start + positions.length;
  const isLast = page === pageCount;
  const narrowing = filterNeeds(search).facets;
  const partyCount = meta.parties.length;
  const { keepsParty, keepsTopic } = keptPartiesAndTopics(index, search);
  const shownParties = meta.parties
    .map((party, p) => ({ party, p }))
    .filter(({ p }) => keepsParty[p]);
  const onPage = new Map<number, ClaimView[]>();
  const relationsByClaim = new Map<string, RelationView[]>();
  for (const position of positions) {
    const view = viewAt(position);
    const t = layout.topicAt[position] ?? 0;
    const p = layout.partyAt[position] ?? 0;
    // Guards against a chunk out of step with the index: never show a claim in the wrong cell.
    if (!view || view.topic.id !== meta.topics[t]?.id || view.party.id !== meta.parties[p]?.id)
      continue;
    const key = t * partyCount + p;
    onPage.set(key, [...(onPage.get(key) ?? []), view]);
    relationsByClaim.set(view.claim.id, relationsOf(view.claim.id) ?? []);
  }
  const size = meta.chunkSize;
  const pageAt = (index: number) => Math.floor(index / size) + 1;
  const rows: GridRow[] = [];
  // Topics without a match, after those with one: a filtered view opens on what it names.
  const silent: GridRow[] = [];
  let before = 0;
  meta.topics.forEach((topic, t) => {
    if (!keepsTopic[t]) return;
    const matched = matches.byTopic[t] ?? 0;
    const shown =
      matched > 0
        ? before < end && before + matched > start
        : // A topic without a match shows, on the last page, when no filter but party and topic
          // narrows the claims, or when the reader ticked it: it says so, never vanishes.
          (!narrowing || search.topic.includes(topic.id)) && isLast;
    if (shown) {
      (matched > 0 ? rows : silent).push({
        topic,
        continued: matched > 0 && before < start,
        continues: before + matched > end,
        cells: shownParties.map(({ party, p }) => {
          const stats = matches.cells[t * partyCount + p];
          const claims = onPage.get(t * partyCount + p) ?? [];
          const matching = stats?.count ?? 0;
          const cell: GridCell = {
            party,
            claims,
            total: meta.counts[t]?.[p] ?? 0,
            matching,
          };
          if (claims.length === 0 && stats && matching > 0) {
            cell.elsewhere =
              stats.last < start
                ? { before: pageAt(stats.last) }
                : stats.first >= end
                  ? { after: pageAt(stats.first) }
                  : 'both';
          }
          return cell;
        }),
      });
    }
    before += matched;
  });
  return {
    search,
    parties: shownParties.map(({ party }) => party),
    rows: [...rows, ...silent],
    matching: matches.positions.length,
    total: meta.claimCount,
    highlight: matches.terms,
    page,
    pageCount,
    first: positions.length > 0 ? start + 1 : 0,
    last: end,
    relationsByClaim,
  };
}
