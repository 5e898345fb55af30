import { createElement } from 'react';
import { deferredPart } from '../ui/deferred-part.ts';
import { LoadingSkeleton } from '../ui/loading-skeleton.tsx';
import * as words from './comparison-results-part.words.ts';

/**
 * The full cards under the overview and the filters: below the first screen, and made of
 * links that work before their code has run, so their code is not part of the first view of
 * `/`. It loads on first use: scrolled near, pointed at or focused, or given other filters (see
 * `deferred-part.ts`), and with a link to `/` pointed at (the route's loader).
 */
export const comparisonResults = deferredPart(
  () => import('./comparison-results.tsx').then((module) => module.ComparisonResults),
  {
    failure: words.failure,
    fallback: createElement(LoadingSkeleton),
    keep: true,
  },
);
