import { deferredPart } from '../ui/deferred-part.ts';
import { viewBar } from './view-bar-part.ts';
import * as words from './filter-panel-part.words.ts';

/**
 * The search box and the Filters button: on the first screen, but what is done with them
 * before their code has run is kept (see `deferred-part.ts` and `filter-panel.tsx`), so their
 * code is not part of the first view of `/`. It loads when a pointer, a finger or the focus
 * comes to them, and with a link to `/` pointed at (the route's loader); rendered afresh (a
 * filtered link), before the page renders, so that the panel never comes in after the rest.
 */
export const filterPanel = deferredPart(
  () => {
    // A filter changed shows the view bar: its code comes along, not after the change.
    void viewBar.preload().catch(() => {});
    return import('./filter-panel.tsx').then((module) => module.FilterPanel);
  },
  { failure: words.failure, whenNear: false },
);
