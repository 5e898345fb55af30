import { useSyncExternalStore } from 'react';
import { homePath } from './app-paths.ts';

// The comparison the reader last had on screen, with its filters: where "All claims" on a
// claim's page and "All positions" on a topic's or party's page lead back to. For this visit
// only; a page opened on its own leads to the unfiltered comparison.

let lastSearch = '';
const listeners = new Set<() => void>();

/** Notes the search (`?party=…`, or empty) of the comparison on screen. */
export function rememberComparison(search: string): void {
  if (search === lastSearch) return;
  lastSearch = search;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const current = () => homePath(lastSearch);
const unfiltered = () => homePath();

/** The address of the comparison the reader came from (the unfiltered one when prerendered). */
export function useComparisonHref(): string {
  return useSyncExternalStore(subscribe, current, unfiltered);
}
