import { useSyncExternalStore } from 'react';

/** The public origin the site is deployed at, when set at build time (`SITE_ORIGIN`). */
export const configuredOrigin: string | undefined = import.meta.env.VITE_SITE_ORIGIN || undefined;

const neverChanges = () => () => {};

/** The origin permalinks are built on, read when it is needed (in an event handler). */
export function currentOrigin(): string {
  return configuredOrigin ?? window.location.origin;
}

/**
 * The origin permalinks are built on: the configured one; otherwise the page's own, which a
 * prerendered page does not know yet (`''`, so it shows a relative link until hydrated).
 */
export function useSiteOrigin(): string {
  return useSyncExternalStore(
    neverChanges,
    () => configuredOrigin ?? window.location.origin,
    () => configuredOrigin ?? '',
  );
}
