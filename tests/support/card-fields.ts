import type { ClaimView } from '../../src/corpus/corpus-index.ts';
import { reportLeadIn } from '../../src/corpus/report-lead-in.ts';

/**
 * A claim's own words, as its card prints them, read plainly from the dossier (not from the
 * search index): the quote, our summary and short form, the speaker's name, role and
 * affiliation, the venue, and the lead-in naming the publisher whose words a reported quote
 * is. Not its source's headline: no card prints it, and every claim of the source shares it.
 */
export function cardFields(view: ClaimView): string[] {
  const { claim, speaker, source } = view;
  return [
    claim.quote.textQuoteSelector.exact,
    claim.summary,
    claim.short ?? '',
    speaker.name,
    speaker.role ?? '',
    speaker.affiliation ?? '',
    claim.venue ?? '',
    claim.speech === 'reported' ? reportLeadIn(source) : '',
  ];
}
