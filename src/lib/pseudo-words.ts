import { createElement, Fragment, isValidElement, type ReactNode } from 'react';

/** What opens and closes each of the interface's words in a `pseudo` build. */
export const pseudoOpen = '⟦';
export const pseudoClose = '⟧';

/**
 * The words of a `*.words.ts` file with every text wrapped in `⟦ ⟧`: a string, what a
 * function returns (a string, or React content), and so on down nested objects and lists. A
 * build in the `pseudo` interface language (scripts/site/interface-words.ts) uses it, so that a
 * test can tell the interface's words from the dossier's: whatever a page shows outside the
 * marks must be the dossier's.
 */
export function pseudoWords<T>(words: T): T {
  return wrap(words) as T;
}

function wrap(value: unknown): unknown {
  if (typeof value === 'string') return `${pseudoOpen}${value}${pseudoClose}`;
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const made = (value as (...a: unknown[]) => unknown)(...args);
      // Content made of several parts is wrapped whole, as one message.
      return Array.isArray(made)
        ? createElement(Fragment, null, pseudoOpen, ...(made as ReactNode[]), pseudoClose)
        : wrap(made);
    };
  }
  if (isValidElement(value)) return createElement(Fragment, null, pseudoOpen, value, pseudoClose);
  if (Array.isArray(value)) return value.map(wrap);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, wrap(each)]));
  }
  return value;
}
