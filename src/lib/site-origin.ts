import { useSyncExternalStore } from 'react';

/** The public origin the site is deployed at, when set at build time (`SITE_ORIGIN`). */
export const configuredOrigin: string | undefined = import.meta.env.VITE_SITE_ORIGIN || undefined;

const neverChanges = () => () => {};

/** The origin permalinks are built on, read when it is needed (in an event handler). */
export function currentOrigin(): string {
  return configuredOrigin ?? window.location.origin;
}

/**
 * The origin permalinks are built on: the configured one; otherwise the page's own. A
 * prerendered page cannot know where it will be served, so it is written with the origin of
 * its head tags (a permalink and a citation printed or read without JavaScript are absolute),
 * and takes the page's own once hydrated.
 */
export function useSiteOrigin(): string {
  return useSyncExternalStore(
    neverChanges,
    () => configuredOrigin ?? window.location.origin,
    () => configuredOrigin ?? (import.meta.env.VITE_PRERENDER_ORIGIN || ''),
  );
}
