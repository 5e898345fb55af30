import type { ClaimView } from '../corpus/corpus-index.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';

/**
 * The quote with its citation as plain text, for pasting into notes or an article:
 *
 *   "…exact words…"
 *   — Ri Yong Ho, North Korean Foreign Minister (reported speech), news conference in Hanoi,
 *   28 February – 1 March 2019. Source: <headline>, <publisher>, <date>. <permalink>
 */
export function quoteWithCitation(view: ClaimView, permalink: string): string {
  const { claim, speaker, source } = view;
  const who = [speaker.name, speaker.role ?? speaker.affiliation].filter(Boolean).join(', ');
  const speech = claim.speech === 'direct' ? 'direct quote' : "reported speech, the source's words";
  const context = [claim.venue, claim.statedAt && formatStatedAt(claim.statedAt)]
    .filter(Boolean)
    .join(', ');
  return [
    `“${claim.quote.textQuoteSelector.exact}”`,
    `— ${who} (${speech})${context ? `, ${context}` : ''}.`,
    `Source: ${source.headline}, ${source.publisher}, ${formatStatedAt(source.published)}.`,
    permalink,
  ].join('\n');
}
