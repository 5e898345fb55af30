/**
 * What a line at a glance (`glance.ts`) is compiled from: the excerpt of a direct quote, or the
 * publisher of a reported one. Apart from `glance.ts` so that the first view of `/`, which only
 * shows what was compiled, does not carry the excerpt's code.
 */
import { quoteExcerpt } from './quote-excerpt.ts';
import type { GlanceWords } from './glance.ts';
import type { CompiledClaim } from './schema.ts';
import {
  inQuotationMarks,
  translationOwnerOf,
  translationWords,
  type TranslationView,
} from './translation.ts';

/** Longest excerpt of a quote a line at a glance shows, ellipses included, in code points. */
export const glanceExcerptMax = 48;

/**
 * Whose words back a claim at a glance, from the claim and its source's publisher; for a
 * direct quote in another language than the reader's, from `translation`, the one readers
 * get beside it (`claimTranslation`), when there is one.
 */
export function glanceWords(
  claim: Pick<CompiledClaim, 'speech' | 'quote' | 'short' | 'summary'>,
  publisher: string,
  translation?: TranslationView,
): GlanceWords {
  const { speech } = claim;
  const short = claim.short ?? claim.summary;
  if (speech === 'reported') return { speech, reportedBy: glancePublisher(publisher) };
  if (translation) {
    return {
      speech,
      excerpt: quoteExcerpt(translationWords(translation.translation), short, glanceExcerptMax),
      translatedBy: translationOwnerOf(translation),
      translationQuoted: inQuotationMarks(translation),
    };
  }
  return {
    speech,
    excerpt: quoteExcerpt(claim.quote.textQuoteSelector.exact, short, glanceExcerptMax),
  };
}

/**
 * A publisher's name in a line at a glance: without a closing qualifier in brackets ("The
 * Averne Courier (print edition)" → "The Averne Courier"), which the claim's page gives.
 */
export function glancePublisher(publisher: string): string {
  return publisher.replace(/\s*\([^()]*\)$/u, '') || publisher;
}
