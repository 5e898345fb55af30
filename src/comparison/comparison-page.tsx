import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { Loaded, WithCorpus } from '../ui/with-corpus.tsx';
import { homePath, relationsPagePath, timelinePath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import { pageTitle, siteName } from '../corpus/site-name.ts';
import { DocumentTitle } from '../ui/document-title.tsx';
import { PageErrorBoundary } from '../ui/page-error-boundary.tsx';
import { markUrlApplied } from './url-pending.ts';
import { rememberComparison } from '../lib/last-comparison.ts';
import { cachedComparison, comparisonQueryOptions } from './comparison-query.ts';
import {
  defaultSearch,
  describeDropped,
  isDefaultSearch,
  parseComparisonSearch,
  serializeComparisonSearch,
  type ComparisonSearch,
} from './comparison-search.ts';
import { exportButtons } from './export-buttons-part.ts';
import { describeFilters, describeMatchCount } from './describe-filters.ts';
import { filterPanel } from './filter-panel-part.ts';
import { viewBar } from './view-bar-part.ts';
import { comparisonResults } from './comparison-results-part.ts';
import { knownIds } from './known-ids.ts';
import { positionsOverview } from './positions-overview-part.ts';
import * as words from './comparison-page.words.tsx';

/** A quiet notice about the link itself: what of it was ignored, or is not applied. */
const noticeStyle =
  'rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50';

/** `/`: every topic's question, each party's answers side by side, filtered by the URL. */
export function ComparisonPage() {
  return <WithCorpus>{(index) => <ComparisonView index={index} />}</WithCorpus>;
}

function ComparisonView({ index }: { index: MetaIndex }) {
  const searchString = useSearch();
  const [, navigate] = useLocation();
  const known = useMemo(() => knownIds(index.meta), [index]);
  const { search, dropped } = useMemo(
    () => parseComparisonSearch(searchString, known),
    [searchString, known],
  );
  const client = useQueryClient();
  // Built at once from the files the page came with, when it has them all; else loaded. While
  // a new page or filter loads, the last results stay on screen, marked busy.
  const result = useQuery({
    ...comparisonQueryOptions(search),
    initialData: () => cachedComparison(client, search),
    placeholderData: keepPreviousData,
  });
  // The view the address asks for is shown (or why it cannot be): the prerendered, unfiltered
  // comparison hidden meanwhile (see url-pending.ts) may give way. The results say so once
  // they are on screen (their code may still be loading); a failure says so here.
  // Where the other pages' "All claims" links lead back to: this view, as filtered.
  const canonicalSearch = serializeComparisonSearch(search, known);
  useEffect(() => rememberComparison(canonicalSearch), [canonicalSearch]);
  const failed = result.isError;
  useEffect(() => {
    if (failed) markUrlApplied();
  }, [failed]);
  const hrefOf = useCallback(
    (next: ComparisonSearch) => homePath(serializeComparisonSearch(next, known)),
    [known],
  );
  const cellHref = useCallback(
    (topic: string, party: string) => hrefOf({ ...defaultSearch, topic: [topic], party: [party] }),
    [hrefOf],
  );
  // A new filter starts again from the first page.
  const filter = useCallback(
    (next: ComparisonSearch, options?: { replace?: boolean }) =>
      navigate(hrefOf({ ...next, page: 1 }), options),
    [hrefOf, navigate],
  );
  const comparison = result.data;
  const matching = result.isPlaceholderData ? undefined : comparison?.matching;
  // The filter panel waits for its code with the props it was first given (see
  // deferred-part.ts): they change only when what they show does.
  const downloads = useMemo(
    () =>
      comparison && (
        <exportButtons.Part index={index} search={search} matching={comparison.matching} />
      ),
    [comparison, index, search],
  );
  const { dossier } = index.meta;
  const pageMissing = comparison && !result.isPlaceholderData && comparison.page !== search.page;
  // The filters in force (the page alone is not one), in words, and what they keep.
  const filtered = !isDefaultSearch({ ...search, page: 1 });
  const filters = describeFilters(search, index);
  const count =
    comparison && !result.isPlaceholderData
      ? describeMatchCount(search, comparison.matching, index.meta.claimCount)
      : undefined;

  return (
    <>
      <DocumentTitle
        title={
          filtered
            ? pageTitle(`${filters}${count ? ` · ${count}` : ''}`, siteName(dossier))
            : search.page > 1
              ? words.titleOnPage(siteName(dossier), search.page)
              : siteName(dossier)
        }
      />
      <p className="text-sm font-semibold text-stone-600 dark:text-stone-400">
        {/* On a phone, the place and dates only: the first screen is kept for the positions. */}
        <span className="hidden sm:inline">{dossier.event.name} · </span>
        {dossier.event.place} · {index.meta.eventDates}
      </p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{dossier.headline}</h1>
      <p
        className={`mt-2 mb-5 max-w-3xl text-stone-700 dark:text-stone-300 ${filtered ? 'hidden sm:block' : ''}`}
      >
        {dossier.intro}{' '}
        {words.tiedToSources(
          (text) => (
            <AppLink href={timelinePath()} className="underline underline-offset-2">
              {text}
            </AppLink>
          ),
          (text) => (
            <AppLink href={relationsPagePath()} className="underline underline-offset-2">
              {text}
            </AppLink>
          ),
        )}
      </p>
      {/* A filtered or searched address opens on what it names: its claims come first. */}
      {filtered && (
        <PageErrorBoundary address="" title={words.viewUndescribed} headingLevel={2}>
          <Suspense>
            <viewBar.Component filters={filters} count={count} path={hrefOf(search)} />
          </Suspense>
        </PageErrorBoundary>
      )}
      {/* Hidden, not taken away, while a filter is on, and with its style and layout kept
          (content-visibility: hidden, unlike display: none, keeps them): a filter toggled off
          shows it again without rebuilding, restyling or laying out its cells. */}
      <div className={filtered ? '[content-visibility:hidden]' : undefined}>
        <positionsOverview.Part index={index} cellHref={cellHref} />
      </div>
      <p className="url-note url-note-pending mt-3 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50">
        {words.applying}
      </p>
      <p className={`url-note url-note-unapplied mt-3 ${noticeStyle}`}>{words.notApplied}</p>
      {/* Its words only in the prerendered page: React renders nothing inside a noscript, so
          the app's code need not carry them. */}
      <noscript>
        {import.meta.env.SSR && <p className={`mt-3 ${noticeStyle}`}>{words.withoutScript}</p>}
      </noscript>
      <div className="url-view">
        <filterPanel.Part
          index={index}
          known={known}
          search={search}
          matching={matching}
          total={index.meta.claimCount}
          onChange={filter}
          footer={downloads}
        />
        {(dropped.length > 0 || pageMissing) && (
          <p role="note" className={`mt-3 ${noticeStyle}`}>
            {words.partIgnored([
              ...dropped.map(describeDropped),
              ...(pageMissing ? [words.noSuchPage(search.page, comparison.page)] : []),
            ])}
          </p>
        )}
        {/* Where "Skip to the results" leads: the results, or why they could not be shown. */}
        <div id="claims" tabIndex={-1} className="scroll-mt-4 outline-none">
          <Loaded result={result} failure={words.claimsNotLoaded} headingLevel={2}>
            {(comparison) => (
              <comparisonResults.Part
                index={index}
                comparison={comparison}
                busy={result.isPlaceholderData}
                hrefOf={hrefOf}
                printedPath={hrefOf(search)}
              />
            )}
          </Loaded>
        </div>
      </div>
    </>
  );
}
