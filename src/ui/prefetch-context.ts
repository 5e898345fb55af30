import { createContext } from 'react';

/**
 * Starts loading what the page at a router path shows (its code and data), ahead of a click.
 * The app provides it from its route table (`src/app/routes.ts`); outside the app it does
 * nothing. It never throws: the page shows any failure when it opens.
 */
export type Prefetch = (path: string) => void;

export const PrefetchContext = createContext<Prefetch>(() => {});
