import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { facetsQueryOptions } from '../corpus/corpus-query.ts';
import { lazyPage } from '../lib/lazy-page.ts';
import { useHydrated } from '../lib/use-hydrated.ts';
import { searchIndexQueryOptions } from '../search/search-index-query.ts';
import { PageErrorBoundary } from '../ui/page-error-boundary.tsx';
import {
  activeFilterCount,
  defaultSearch,
  isDefaultSearch,
  maxQueryLength,
  type ComparisonSearch,
  type KnownIds,
} from './comparison-search.ts';
import { describeMatchCount } from './describe-filters.ts';
import * as words from './filter-panel.words.ts';

/** Props of {@link FilterPanel}. */
export type FilterPanelProps = {
  index: MetaIndex;
  known: KnownIds;
  search: ComparisonSearch;
  /** Claims that pass the filters (undefined while they are being counted), and in all. */
  matching: number | undefined;
  total: number;
  /** Applies new filters; `replace` keeps all but a search's first keystroke out of the history. */
  onChange: (next: ComparisonSearch, options?: { replace?: boolean }) => void;
  /** Shown under the filters, e.g. downloads of the filtered claims. */
  footer?: ReactNode;
};

// The party, topic, speaker and speech filters: loaded when the panel is first pointed at or
// focused (or the Filters button pressed), not with the page.
const filterOptions = lazyPage(() =>
  import('./filter-options.tsx').then((module) => module.FilterOptions),
);

const buttonClass =
  'rounded border border-stone-400 px-3 py-1 text-sm font-semibold hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-500 dark:hover:bg-stone-800';

/**
 * The search box, the match count and a reset, always in view; the party, topic, speaker and
 * speech filters one press away behind a Filters button that says how many are active. A part
 * of `/` whose code loads on first use (`filter-panel-part.ts`): the box and the button work
 * as the app starts (`data-early`), and what was typed before this code ran is searched for
 * as it mounts.
 */
export function FilterPanel({
  index,
  known,
  search,
  matching,
  total,
  onChange,
  footer,
}: FilterPanelProps) {
  // The box keeps what is typed (spaces included); the URL keeps the trimmed query. When the
  // URL changes from outside (back, reset), the box follows it.
  const [draft, setDraft] = useState(search.q);
  const [urlQuery, setUrlQuery] = useState(search.q);
  if (urlQuery !== search.q) {
    setUrlQuery(search.q);
    if (draft.trim() !== search.q) setDraft(search.q);
  }
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  // A search's first keystroke adds a history entry, its next ones replace it: Back returns to
  // the claims before the search, not to each letter typed.
  const typing = useRef(false);
  const optionsId = useId();
  const active = activeFilterCount(search);
  const client = useQueryClient();
  // What the reader heading for the panel will need, loaded on the way: the filters' code,
  // and the tables the search box and the speaker and speech filters read (the search index,
  // with its code, is the largest file of a large corpus). The time between pointing at the
  // box and the first key goes to loading them, rather than the first key waiting for all of it.
  const preload = () => {
    void client.prefetchQuery(facetsQueryOptions());
    void client.prefetchQuery(searchIndexQueryOptions());
    void filterOptions.preload().catch(() => {});
  };
  const form = useRef<HTMLFormElement>(null);
  const box = useRef<HTMLInputElement>(null);
  // Mounted by the reader's coming to the panel, after the pointer or the focus that brought
  // this code arrived: what they set off is loaded now. Text typed into the box meanwhile
  // (enabled as the app started) is the box's, not yet the state's: it is searched for now,
  // before the box is rendered again with the state's text.
  useLayoutEffect(() => {
    if (form.current?.matches(':hover, :focus-within')) preload();
    const typed = box.current?.value;
    if (typed === undefined || typed === draft) return;
    setDraft(typed);
    onChange({ ...search, q: typed.trim() });
    typing.current = true;
    // Once, as it mounts: later text comes through the box's own change events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    // The pointer and focus handlers only load ahead: nothing the reader does depends on them.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      ref={form}
      role="search"
      aria-label={words.filterClaims}
      onSubmit={(event) => event.preventDefault()}
      onPointerEnter={preload}
      onFocus={preload}
      className="rounded-lg border border-stone-200 bg-white p-4 print:hidden dark:border-stone-700 dark:bg-stone-900"
    >
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <div className="w-full min-w-0 sm:w-80">
          <label htmlFor="claim-search" className="block text-sm font-semibold">
            {words.searchLabel}
          </label>
          <input
            ref={box}
            id="claim-search"
            type="search"
            data-early=""
            value={draft}
            maxLength={maxQueryLength}
            disabled={!hydrated}
            onChange={(event) => {
              setDraft(event.target.value);
              onChange({ ...search, q: event.target.value.trim() }, { replace: typing.current });
              typing.current = true;
            }}
            onBlur={() => (typing.current = false)}
            className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-base dark:border-stone-500 dark:bg-stone-950"
          />
        </div>
        <button
          type="button"
          data-early=""
          disabled={!hydrated}
          aria-expanded={open}
          aria-controls={optionsId}
          onClick={() => setOpen(!open)}
          className={buttonClass}
        >
          {words.filters(active)}
          <span aria-hidden="true"> {open ? '▴' : '▾'}</span>
        </button>
      </div>
      {open && (
        <div id={optionsId} className="mt-4 border-t border-stone-200 pt-3 dark:border-stone-700">
          <PageErrorBoundary address="" title={words.filtersNotLoaded} headingLevel={2}>
            <Suspense fallback={<p className="text-sm">{words.loadingFilters}</p>}>
              <filterOptions.Component
                index={index}
                known={known}
                search={search}
                onChange={(next) => onChange(next)}
              />
            </Suspense>
          </PageErrorBoundary>
        </div>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <p role="status" className="text-sm font-semibold">
          {matching === undefined ? words.counting : describeMatchCount(search, matching, total)}
        </p>
        <button
          type="button"
          disabled={!hydrated || isDefaultSearch(search)}
          onClick={() => onChange(defaultSearch)}
          className={buttonClass}
        >
          {words.reset}
        </button>
      </div>
      {footer && (
        <div className="mt-3 border-t border-stone-200 pt-3 dark:border-stone-700">{footer}</div>
      )}
    </form>
  );
}
