import { useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { WithCorpus } from '../corpus/with-corpus.tsx';
import {
  describeDropped,
  parseComparisonSearch,
  serializeComparisonSearch,
  type ComparisonSearch,
} from './comparison-search.ts';
import { ComparisonTable } from './comparison-table.tsx';
import { describeFilters } from './describe-filters.ts';
import { ExportButtons } from './export-buttons.tsx';
import { FilterPanel } from './filter-panel.tsx';
import { permalinkTo } from '../lib/permalink.ts';
import { useSiteOrigin } from '../lib/site-origin.ts';
import { buildComparison } from './filter-claims.ts';
import { knownIds } from './known-ids.ts';
import { DocumentTitle } from '../ui/document-title.tsx';

/** `/`: every topic's question, each party's answers side by side, filtered by the URL. */
export function ComparisonPage() {
  return <WithCorpus>{(index) => <ComparisonView index={index} />}</WithCorpus>;
}

function ComparisonView({ index }: { index: CorpusIndex }) {
  const searchString = useSearch();
  const [, navigate] = useLocation();
  const known = useMemo(() => knownIds(index), [index]);
  const { search, dropped } = useMemo(
    () => parseComparisonSearch(searchString, known),
    [searchString, known],
  );
  const comparison = useMemo(() => buildComparison(index, search), [index, search]);
  const origin = useSiteOrigin();
  const update = (next: ComparisonSearch, options?: { replace?: boolean }) =>
    navigate(`/${serializeComparisonSearch(next, known)}`, options);

  return (
    <>
      <DocumentTitle title="Hanoi summit 2019: who said what" />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
        Who said what after the summit collapsed
      </h1>
      <p className="mt-2 mb-5 max-w-3xl text-stone-700 dark:text-stone-300">
        The second Trump–Kim summit, in Hanoi on 27–28 February 2019, ended without a deal. Here is
        what the United States, North Korea and China said about it, and what independent analysts
        made of it, question by question, each claim tied to the exact words of the archived source.
      </p>
      <FilterPanel
        index={index}
        known={known}
        search={search}
        matching={comparison.matching}
        total={comparison.total}
        onChange={update}
        footer={
          <ExportButtons
            index={index}
            views={comparison.rows.flatMap((row) => row.cells.flatMap((cell) => cell.claims))}
          />
        }
      />
      <p className="hidden text-sm print:block">
        {describeFilters(search, index)}. Showing {comparison.matching} of {comparison.total}{' '}
        claims. Printed from {permalinkTo(serializeComparisonSearch(search, known), origin)}
      </p>
      {dropped.length > 0 && (
        <p
          role="note"
          className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
          Part of this link was ignored: {dropped.map(describeDropped).join('; ')}.
        </p>
      )}
      {comparison.rows.length === 0 ? (
        <p className="mt-6 text-stone-700 dark:text-stone-300">
          No claim matches these filters. Try fewer words, or reset the filters.
        </p>
      ) : (
        <div className="mt-4">
          <ComparisonTable comparison={comparison} index={index} />
        </div>
      )}
    </>
  );
}
