import { speakerRole } from '../corpus/attribution.ts';
import { reportLeadIn } from '../corpus/report-lead-in.ts';
import type { ClaimView } from '../corpus/corpus-index.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';

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
  const words = claim.quote.textQuoteSelector.exact;
  const who = [speaker.name, speakerRole(speaker)].filter(Boolean).join(', ');
  const context = [claim.venue, claim.statedAt && formatStatedAt(claim.statedAt)]
    .filter(Boolean)
    .join(', ');
  const tail = context ? `, ${context}` : '';
  const [quoted, credit] =
    claim.speech === 'direct'
      ? [`“${words}”`, `— ${who} (direct quote)${tail}.`]
      : [
          `${reportLeadIn(source)} ${words}`,
          `— Reported speech: the source's account of ${who}, in its own words${tail}.`,
        ];
  return [
    quoted,
    credit,
    `Source: ${source.headline}, ${source.publisher}, ${formatStatedAt(source.published)}.`,
    permalink,
  ].join('\n');
}
