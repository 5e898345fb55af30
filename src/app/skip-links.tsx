import { useLocation } from 'wouter';
import { routePatterns } from '../lib/app-paths.ts';
import * as words from './skip-links.words.ts';

/** Where a skip link leads: the id of an element of the page, and what the link says. */
type SkipTarget = { id: string; label: string };

/** Every page's content (the shell's `<main>`). */
const contentTarget: SkipTarget = { id: 'main', label: words.toContent };

/**
 * On the comparison, its search box (`filter-panel.tsx`) and its results (the part of
 * `comparison-page.tsx` that shows them, or why they could not be shown), past the overview's
 * table of links: the two places a reader comes back to. Both are always on the page.
 */
const comparisonTargets: SkipTarget[] = [
  { id: 'claim-search', label: words.toSearch },
  { id: 'claims', label: words.toResults },
];

/**
 * The first tab stops of every page: to its content, and on the comparison to its search box
 * and results. Each is hidden until focused, then shown where the first one shows.
 */
export function SkipLinks() {
  const [path] = useLocation();
  const targets = [contentTarget, ...(path === routePatterns.home ? comparisonTargets : [])];
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
