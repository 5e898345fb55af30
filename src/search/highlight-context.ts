import { createContext } from 'react';

/**
 * The terms the current search matched (as the index holds them: folded, one spelling): the
 * cards under it mark the words that are these terms. None outside a search.
 */
export const HighlightContext = createContext<ReadonlySet<string>>(new Set());
