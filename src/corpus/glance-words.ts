/**
 * What a line at a glance (`glance.ts`) is compiled from: the excerpt of a direct quote, or the
 * publisher of a reported one. Apart from `glance.ts` so that the first view of `/`, which only
 * shows what was compiled, does not carry the excerpt's code.
 */
import { quoteExcerpt } from './quote-excerpt.ts';
import type { CompiledClaim, Speech } from './schema.ts';

/** Longest excerpt of a quote a line at a glance shows, ellipses included, in code points. */
export const glanceExcerptMax = 48;

/** Whose words back a claim at a glance, from the claim and its source's publisher. */
export function glanceWords(
  claim: Pick<CompiledClaim, 'speech' | 'quote' | 'short' | 'summary'>,
  publisher: string,
): { speech: Speech; excerpt: string } | { speech: Speech; reportedBy: string } {
  const { speech } = claim;
  const short = claim.short ?? claim.summary;
  return speech === 'direct'
    ? {
        speech,
        excerpt: quoteExcerpt(claim.quote.textQuoteSelector.exact, short, glanceExcerptMax),
      }
    : { speech, reportedBy: glancePublisher(publisher) };
}

/**
 * A publisher's name in a line at a glance: without a closing qualifier in brackets ("The
 * Averne Courier (print edition)" → "The Averne Courier"), which the claim's page gives.
 */
export function glancePublisher(publisher: string): string {
  return publisher.replace(/\s*\([^()]*\)$/u, '') || publisher;
}
