import { createElement, lazy, type ComponentType } from 'react';

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
 * hydrated) never flashes the loading fallback in place of its content.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component, preload };
}
