import { memo } from 'react';
import { claimPath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import type { ClaimView, RelationView } from '../corpus/corpus-index.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { Highlight } from '../search/highlight.tsx';
import { QuoteFigure } from './quote-figure.tsx';
import { RelationLinks } from './relation-links.tsx';
import { formatStatedAt } from '../corpus/stated-at.ts';
import * as words from './claim-card.words.ts';

/** Props of {@link ClaimCard}. */
export type ClaimCardProps = {
  view: ClaimView;
  relations: RelationView[];
  /** Shows the party badge, for places where the column does not already say it. */
  showParty?: boolean;
  /** Marks the card as the claim the page is about. */
  current?: boolean;
  /** Level of the summary heading, to fit the page's outline. */
  headingLevel?: 3 | 4;
};

/**
 * One claim: who said it, our neutral summary (a link to the claim's permalink), the source's
 * exact words set apart as a quotation, direct or reported, when and where, and its relations.
 */
export const ClaimCard = memo(function ClaimCard({
  view,
  relations,
  showParty = false,
  current = false,
  headingLevel = 3,
}: ClaimCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { claim, speaker } = view;
  const headingId = `claim-${claim.id}`;
  const corrected = claim.corrections?.at(-1)?.date;
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-4 shadow-sm break-inside-avoid dark:bg-stone-900 ${
        current
          ? 'border-sky-600 ring-2 ring-sky-600 dark:border-sky-400 dark:ring-sky-400'
          : 'border-stone-200 dark:border-stone-700'
      }`}
    >
      <p className="flex flex-wrap items-center gap-x-2 text-sm">
        {showParty && <PartyBadge party={view.party} />}
        <span className="font-semibold">
          <Highlight text={speaker.name} />
        </span>
        {(speaker.role ?? speaker.affiliation) && (
          <span className="text-stone-600 dark:text-stone-400">
            <Highlight text={speaker.role ?? speaker.affiliation ?? ''} />
          </span>
        )}
      </p>
      <Heading id={headingId} className="mt-2 text-base leading-snug font-medium">
        {current ? (
          claim.summary
        ) : (
          <AppLink
            href={claimPath(claim.id)}
            className="underline decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600"
          >
            <Highlight text={claim.summary} />
          </AppLink>
        )}
      </Heading>
      {current && (
        <p className="mt-1 text-xs font-semibold text-sky-800 dark:text-sky-300">
          {words.thisClaim}
        </p>
      )}
      {corrected && (
        // Said on every card of it: the claim page gives the date and the reason of each.
        <p className="mt-1 text-xs font-semibold text-amber-800 dark:text-amber-300">
          {words.corrected(formatStatedAt(corrected))}
        </p>
      )}
      <QuoteFigure view={view} size="card" />
      {relations.length > 0 && (
        <div className="mt-3">
          <RelationLinks relations={relations} />
        </div>
      )}
    </article>
  );
});
