import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};
const inBrowser = () => true;
const inPrerender = () => false;

/**
 * False in the prerendered HTML and while React hydrates it, true once the app's script runs
 * the page: a control that needs the script is disabled until then, and stays disabled
 * without JavaScript, rather than being offered and doing nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(neverChanges, inBrowser, inPrerender);
}
