import type { ClaimView } from '../../src/corpus/corpus-index.ts';
import { reportLeadIn } from '../../src/corpus/report-lead-in.ts';
import { foldForSearch } from '../../src/lib/search-text.ts';
import { oneSpelling } from '../../src/search/search-terms.ts';

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

/** The words of a text, folded, in one spelling. */
const wordsIn = (text: string) =>
  (foldForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(oneSpelling);

/**
 * Whether a plain reading says a search for `q` finds a claim: every word of it is a word of
 * the claim's card; the last, of three letters or more, may be the start of one.
 */
export function cardHasWords(view: ClaimView, q: string): boolean {
  const terms = wordsIn(q);
  const words = new Set(cardFields(view).flatMap(wordsIn));
  return terms.every((term, i) =>
    i === terms.length - 1 && term.length >= 3
      ? [...words].some((word) => word.startsWith(term))
      : words.has(term),
  );
}
