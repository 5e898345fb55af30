import type { ClaimView } from '../corpus/corpus-index.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { speakerAcrossEventsHref } from '../lib/site-home.ts';
import { QuoteFigure } from './quote-figure.tsx';
import { whenWhereFrom } from './when-where-from.ts';
import * as words from './claim-heading.words.ts';

/** Props of {@link ClaimHeading}. */
export type ClaimHeadingProps = { view: ClaimView };

/**
 * The top of a claim's page: who made it (party, speaker, role) on which question, our summary
 * as the page's heading, kept apart from the source's exact words that follow it, and where
 * its date and venue come from.
 */
export function ClaimHeading({ view }: ClaimHeadingProps) {
  const { claim, speaker, party, topic } = view;
  const from = whenWhereFrom(view);
  return (
    <>
      <p className="mt-4 flex flex-wrap items-center gap-2 text-sm">
        <PartyBadge party={party} />
        {speakerAcrossEventsHref(speaker.id) ? (
          // On a site of several dossiers: everything they said, in every event.
          <a
            href={speakerAcrossEventsHref(speaker.id)}
            className="font-semibold text-sky-800 underline dark:text-sky-300"
          >
            {speaker.name}
          </a>
        ) : (
          <span className="font-semibold">{speaker.name}</span>
        )}
        {(speaker.role ?? speaker.affiliation) && (
          <span className="text-stone-600 dark:text-stone-400">
            {speaker.role ?? speaker.affiliation}
          </span>
        )}
        <span className="text-stone-600 dark:text-stone-400">· {topic.title}</span>
      </p>
      <h1
        id="claim-heading"
        className="mt-2 max-w-4xl text-2xl font-bold tracking-tight sm:text-3xl"
      >
        {claim.summary}
      </h1>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{words.summaryNote}</p>
      <QuoteFigure view={view} size="page" />
      {from && <p className="mt-2 max-w-4xl text-sm text-stone-600 dark:text-stone-400">{from}</p>}
    </>
  );
}
