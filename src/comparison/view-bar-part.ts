import { lazyPage } from '../lib/lazy-page.ts';

/**
 * The bar that opens a filtered view. The prerendered `/` is unfiltered, so the browser only
 * ever renders the bar afresh, and its code is not part of the first view of `/`. It comes
 * ahead of its first render: with the filters' code (a filter changed), with a link to a
 * filtered `/` pointed at (the route's loader), and before a filtered link is rendered.
 */
export const viewBar = lazyPage(() => import('./view-bar.tsx').then((module) => module.ViewBar));
