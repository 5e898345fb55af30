import { useSyncExternalStore } from 'react';
import { useLocation } from 'wouter';
import { routePatterns } from '../lib/app-paths.ts';

/** Where a skip link leads: the id of an element of the page, and what the link says. */
type SkipTarget = { id: string; label: string };

/** Every page's content (the shell's `<main>`). */
const contentTarget: SkipTarget = { id: 'main', label: 'Skip to content' };

/**
 * On the comparison, its search box (`filter-panel.tsx`) and its results
 * (`comparison-results.tsx`), past the overview's table of links: the two places a reader
 * comes back to. Focus goes to the box itself, since it can take focus.
 */
const comparisonTargets: SkipTarget[] = [
  { id: 'claim-search', label: 'Skip to the search' },
  { id: 'results', label: 'Skip to the results' },
];

/** Calls `onChange` when the page's elements change: results may give way to an error. */
function subscribeToPage(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** Which of the comparison's targets are on the page now, as one string React can compare. */
function targetsOnPage(): string {
  return comparisonTargets
    .filter(({ id }) => document.getElementById(id))
    .map(({ id }) => id)
    .join(' ');
}

/** The prerendered comparison has them all: it shows every claim, with the search box. */
function targetsPrerendered(): string {
  return comparisonTargets.map(({ id }) => id).join(' ');
}

/**
 * The first tab stops of every page: to its content, and on the comparison to its search box
 * and results while they are there (not when their data failed to load, say). Each is hidden
 * until focused, then shown where the first one shows.
 */
export function SkipLinks() {
  const [path] = useLocation();
  const present = useSyncExternalStore(subscribeToPage, targetsOnPage, targetsPrerendered);
  const targets = [
    contentTarget,
    ...(path === routePatterns.home
      ? comparisonTargets.filter(({ id }) => present.split(' ').includes(id))
      : []),
  ];
  return targets.map(({ id, label }) => (
    <a
      key={id}
      href={`#${id}`}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
    >
      {label}
    </a>
  ));
}
