import { createElement } from 'react';
import { deferredPart } from '../ui/deferred-part.ts';
import { LoadingSkeleton } from '../ui/loading-skeleton.tsx';
import * as words from './positions-overview-part.words.ts';

/**
 * The positions overview that opens `/`: on the first screen, but made of links and
 * disclosures that work before their code has run, so its code is not part of the first view
 * of `/` (the prerendered table is hydrated once a pointer, a finger or the focus comes to
 * it). Rendered afresh (a filtered link, a page opened from another), it loads at once.
 */
export const positionsOverview = deferredPart(
  () => import('./positions-overview.tsx').then((module) => module.PositionsOverview),
  {
    failure: words.failure,
    fallback: createElement(LoadingSkeleton),
    keep: true,
    whenNear: false,
  },
);
