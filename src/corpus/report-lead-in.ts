import type { CompiledSource } from './schema.ts';
import * as words from './report-lead-in.words.ts';

/**
 * How a reported claim's words are introduced, as the source's and not the speaker's: "The
 * Averne Courier (print edition) reports:". Its own module so that cards, in the first page's
 * script, do not carry the rest of `attribution.ts`, which only exports and previews use.
 */
export function reportLeadIn(source: Pick<CompiledSource, 'publisher'>): string {
  return words.reports(source.publisher);
}
