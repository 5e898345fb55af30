/**
 * Whose words a claim's quote is, said the same way wherever the claim travels: cards and
 * claim pages, page titles and link previews, preview images, structured data, citations and
 * exports. Only direct speech is ever put in quotation marks under the speaker's name; a
 * reported claim's quote is the source's own words about the speaker, and is introduced as
 * such ("The Averne Courier reports: …"), never quoted as if the speaker had said it.
 */
import type { ClaimView } from './corpus-index.ts';
import { reportLeadIn } from './report-lead-in.ts';
import type { Speaker } from './schema.ts';
import * as words from './attribution.words.ts';

/** The role or, failing that, the affiliation the source gives the speaker. */
export function speakerRole(speaker: Speaker): string | undefined {
  return speaker.role ?? speaker.affiliation;
}

/** The speaker with their role: "Mara Quist (Mayor of Port Averne)". */
export function speakerWithRole(speaker: Speaker): string {
  const role = speakerRole(speaker);
  return role ? words.withRole(speaker.name, role) : speaker.name;
}

/** Whose words the quote holds: the speaker's for direct speech, the source's for reported. */
export function wordsOf({ claim, speaker, source }: ClaimView): string {
  return claim.speech === 'direct' ? speaker.name : source.publisher;
}

/** An opening and a closing quotation mark. */
export type QuotationMarks = readonly [open: string, close: string];

/**
 * The quote as a reader should see it in running text: in quotation marks (`marks`, the
 * interface language's by default) when it is the speaker's words, bare when it is the
 * source's. `quote` replaces the quote, for a shortened one.
 */
export function presentedWords(
  view: ClaimView,
  quote = view.claim.quote.textQuoteSelector.exact,
  marks?: QuotationMarks,
): string {
  if (view.claim.speech !== 'direct') return quote;
  return marks ? `${marks[0]}${quote}${marks[1]}` : words.quoted(quote);
}

/**
 * The quote in one line that says whose words it is:
 *
 *   Mara Quist (Mayor of Port Averne): “the count was clean”
 *   The Averne Courier (print edition) reports: Mr Fenn, however, said the union had only …
 *
 * `words` replaces the quote, for a shortened one.
 */
export function attributedQuote(view: ClaimView, shortened?: string): string {
  const quote = presentedWords(view, shortened);
  return view.claim.speech === 'direct'
    ? words.said(speakerWithRole(view.speaker), quote)
    : words.reported(reportLeadIn(view.source), quote);
}

/**
 * What the speech label means for this claim, in one sentence:
 *
 *   Direct quote: the words of Mara Quist (Mayor of Port Averne), as the source quotes them.
 *   Reported speech: the source's account of Mara Quist (Mayor of Port Averne), in its own
 *   words; only words inside its quotation marks are the speaker's.
 */
export function speechDescription({ claim, speaker }: ClaimView): string {
  const who = speakerWithRole(speaker);
  return claim.speech === 'direct' ? words.directDescription(who) : words.reportedDescription(who);
}
