import { useSyncExternalStore } from 'react';
import { isoDate } from './iso-date.ts';

const noChange = () => () => {};

/**
 * Today as `YYYY-MM-DD` in the browser; undefined while prerendering and hydrating, so a page
 * built on one day and read on another never shows the build's day as the reader's.
 */
export function useToday(): string | undefined {
  return useSyncExternalStore(
    noChange,
    () => isoDate(new Date()),
    () => undefined,
  );
}
