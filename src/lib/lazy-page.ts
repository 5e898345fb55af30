import { createElement, lazy, type ComponentType } from 'react';
import { buildReplaced, DataOutdated, outdatedMessage, stallLimitMs } from '../corpus/data-file.ts';
import * as words from './lazy-page.words.ts';

/** A page whose code loads on demand, and can be loaded ahead of its first render. */
export type LazyPage<P extends object> = {
  /** Renders the page: at once when its code is loaded, else through React.lazy (suspends). */
  Component: ComponentType<P>;
  /** Loads the page's code; after this, rendering it never suspends. */
  preload: () => Promise<unknown>;
};

/**
 * Wraps a dynamically imported page. Unlike a bare React.lazy, a page preloaded before the
 * first render renders synchronously, so a prerendered page that is rendered afresh (not
 * hydrated) never flashes the loading fallback in place of its content. Code that fails to
 * load throws to the nearest error boundary, as {@link DataOutdated} when a new build has
 * replaced this one on the server (its files are gone). A later preload that succeeds (a
 * pointer on a link to the page, where the browser fetches the module afresh) makes the page
 * render again; a Reload always does.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      async (error: unknown) => {
        // Asked for afresh on the next preload (a pointer on a link, a reload); the failed render
        // stays failed meanwhile rather than trying again in a loop.
        loading = undefined;
        const replaced = await buildReplaced(AbortSignal.timeout(stallLimitMs)).catch(() => false);
        if (replaced) throw new DataOutdated(outdatedMessage);
        throw new Error(words.codeFailed(String(error)), {
          cause: error,
        });
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component, preload };
}
