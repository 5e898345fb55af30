import { deferredPart } from '../ui/deferred-part.ts';
import * as words from './export-buttons-part.words.ts';

/**
 * The download buttons under the filters: they only act when clicked, so their code loads on
 * first use (see `deferred-part.ts`), and a click that comes before it is clicked again once
 * it has run.
 */
export const exportButtons = deferredPart(
  () => import('./export-buttons.tsx').then((module) => module.ExportButtons),
  { failure: words.failure },
);
