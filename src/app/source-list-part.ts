import { deferredPart } from '../ui/deferred-part.ts';
import * as words from './source-list-part.words.ts';

/**
 * The footer's list of sources: at the foot of every page, and made of links that work before
 * their code has run, so its code loads on first use (see `deferred-part.ts`), not with a page.
 */
export const sourceList = deferredPart(
  () => import('./source-list.tsx').then((module) => module.SourceList),
  { failure: words.failure, keep: true },
);
