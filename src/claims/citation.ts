import { speakerRole } from '../corpus/attribution.ts';
import { reportLeadIn } from '../corpus/report-lead-in.ts';
import type { ClaimView } from '../corpus/corpus-index.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import * as words from './citation.words.ts';

/**
 * The quote with its citation as plain text, for pasting into notes or an article. Direct
 * speech is the speaker's words in quotation marks; reported speech is the source's words,
 * introduced as the source's and never put in quotation marks:
 *
 *   “the count was clean”
 *   — Mara Quist, Mayor of Port Averne (direct quote), News conference at the town hall,
 *   11–12 May 2031.
 *   Source: <headline>, <publisher>, <date>.
 *   <permalink>
 *
 *   The Averne Courier (print edition) reports: Mr Fenn, however, said the union had only …
 *   — Reported speech: the source's account of Tobias Fenn, Union Secretary, in its own
 *   words, Rally at the docks, 11 May 2031.
 *   Source: …
 */
export function quoteWithCitation(view: ClaimView, permalink: string): string {
  const { claim, speaker, source } = view;
  const quote = claim.quote.textQuoteSelector.exact;
  const role = speakerRole(speaker);
  const who = role ? words.speakerWithRole(speaker.name, role) : speaker.name;
  const date = claim.statedAt && formatStatedAt(claim.statedAt);
  const context =
    claim.venue && date ? words.whenWhere(claim.venue, date) : claim.venue || date || undefined;
  const [quoted, credit] =
    claim.speech === 'direct'
      ? [
          words.quoted(quote),
          context ? words.directCreditWhenWhere(who, context) : words.directCredit(who),
        ]
      : [
          words.reported(reportLeadIn(source), quote),
          context ? words.reportedCreditWhenWhere(who, context) : words.reportedCredit(who),
        ];
  return [
    quoted,
    credit,
    words.source(source.headline, source.publisher, formatStatedAt(source.published)),
    permalink,
  ].join('\n');
}
