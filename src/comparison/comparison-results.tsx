import { memo, useCallback, useEffect, useMemo } from 'react';
import { ClaimGrid } from '../claims/claim-grid.tsx';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { permalinkTo } from '../lib/app-paths.ts';
import { useSiteOrigin } from '../lib/site-origin.ts';
import { HighlightContext } from '../search/highlight-context.ts';
import type { ComparisonSearch } from './comparison-search.ts';
import { describeFilters } from './describe-filters.ts';
import type { Comparison } from './filter-claims.ts';
import { scrollToResults } from './page-numbers.ts';
import { Pager } from './pager.tsx';
import { markUrlApplied } from './url-pending.ts';
import * as words from './comparison-results.words.ts';

/** Props of {@link ComparisonResults}. */
export type ComparisonResultsProps = {
  index: MetaIndex;
  comparison: Comparison;
  /** True while the next results load (these stay on screen meanwhile). */
  busy: boolean;
  hrefOf: (search: ComparisonSearch) => string;
  /** The address of these results, for the printed page. */
  printedPath: string;
};

/**
 * What a printed page says of itself, then the pagers and the table of full cards. Memoized, as are the table and its cards, so that a
 * filter change re-renders only what changed: the busy mark at once, then the cards new to the
 * results. Its code loads on first use (see `comparison-results-part.ts`).
 */
export const ComparisonResults = memo(function ComparisonResults({
  index,
  comparison,
  busy,
  hrefOf,
  printedPath,
}: ComparisonResultsProps) {
  const { search } = comparison;
  const origin = useSiteOrigin();
  // The view the address asks for is on screen (see url-pending.ts).
  useEffect(markUrlApplied, []);
  const pageHref = useCallback((page: number) => hrefOf({ ...search, page }), [hrefOf, search]);
  // One set while the matched words are the same: a new one would re-render every card's
  // highlighted text, memoized or not, on a filter change that leaves the words alone.
  const terms = comparison.highlight.join('\n');
  const highlight = useMemo(() => new Set(terms ? terms.split('\n') : []), [terms]);
  return (
    <>
      <p className="hidden text-sm print:block">
        {words.printed(
          describeFilters(search, index),
          comparison,
          permalinkTo(printedPath, origin),
        )}
      </p>
      <div id="results" aria-busy={busy} className="mt-4 scroll-mt-4">
        {comparison.rows.length === 0 ? (
          <p className="mt-2 text-stone-700 dark:text-stone-300">{words.noMatch}</p>
        ) : (
          <>
            <Pager comparison={comparison} hrefOf={pageHref} label={words.pagesTop} />
            {/* The words the search matched, marked on the cards. */}
            <HighlightContext value={highlight}>
              <ClaimGrid grid={comparison} pageHref={pageHref} onPageLink={scrollToResults} />
            </HighlightContext>
            <Pager comparison={comparison} hrefOf={pageHref} label={words.pages} />
          </>
        )}
      </div>
    </>
  );
});
