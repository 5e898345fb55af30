import { memo } from 'react';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { OverviewClaim } from '../corpus/schema.ts';
import { GlanceWho } from '../claims/glance-who.tsx';
import { relationTone } from '../claims/relation-tone.ts';
import { relationWords } from '../claims/relation-phrase.ts';
import { claimPath, partyPagePath, topicPagePath } from '../lib/app-paths.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { PartyColumnHeader } from '../parties/party-column-header.tsx';
import { AppLink } from '../ui/app-link.tsx';

/** Props of {@link PositionsOverview}. */
export type PositionsOverviewProps = {
  index: MetaIndex;
  /** The comparison filtered to one topic and party: where a cell's other claims are. */
  cellHref: (topicId: string, partyId: string) => string;
};

/**
 * Every party's position on every topic on one screen: a row per topic, a column per party,
 * each cell the party's claims in a line each (the short form, the speaker, whether the
 * source quotes or reports them, and whom they dispute or back across the row), each a link
 * to the claim. An ARIA table, as the detailed grid is: a grid when wide, stacked on a phone.
 * Memoized: it depends on the index alone, not on the filters, so a filter change (at 10,000
 * claims, some 3,000 elements here) leaves it alone.
 */
export const PositionsOverview = memo(function PositionsOverview({
  index,
  cellHref,
}: PositionsOverviewProps) {
  const { parties, topics, overview, counts } = index.meta;
  // The question's column, then one as wide as the next per party, however many there are.
  const gridClass =
    'md:grid md:grid-flow-col md:grid-cols-[12rem] md:auto-cols-[minmax(0,1fr)] md:gap-x-3';
  return (
    // Skipped while far off screen (index.css).
    <section aria-labelledby="overview-heading" className="overview">
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h2 id="overview-heading" className="text-lg font-semibold sm:text-xl">
          Positions at a glance
        </h2>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          Each line: our summary, then who took that position, with their own words in quotation
          marks or the name of the publisher whose report it is.
        </p>
        {/* On a phone the column headers are hidden: the party pages are linked here instead. */}
        <nav aria-label="Each party's page" className="text-sm md:hidden">
          All of:{' '}
          {parties.map((party, p) => (
            <span key={party.id}>
              {p > 0 && ' · '}
              <AppLink href={partyPagePath(party.id)} className="underline underline-offset-2">
                {party.label}
              </AppLink>
            </span>
          ))}
        </nav>
      </div>
      <div role="table" aria-labelledby="overview-heading" className="mt-2 text-sm">
        <div role="rowgroup" className="sr-only md:not-sr-only">
          <div role="row" className={gridClass}>
            <div role="columnheader" className="pb-1 font-semibold">
              Question
            </div>
            {parties.map((party) => (
              <PartyColumnHeader key={party.id} party={party} href={partyPagePath(party.id)} />
            ))}
          </div>
        </div>
        <div role="rowgroup">
          {topics.map((topic, t) => (
            <div
              key={topic.id}
              role="row"
              className={`${gridClass} border-t border-stone-200 py-2 dark:border-stone-800`}
            >
              <div role="rowheader" className="pb-1 font-semibold wrap-anywhere md:pr-2">
                <AppLink
                  href={topicPagePath(topic.id)}
                  className="underline-offset-2 hover:underline"
                >
                  {topic.question}
                </AppLink>
              </div>
              {parties.map((party, p) => {
                const shown = overview[t]?.[p] ?? [];
                const more = (counts[t]?.[p] ?? 0) - shown.length;
                return (
                  <div key={party.id} role="cell" className="flex min-w-0 gap-2 py-0.5 md:block">
                    <span aria-hidden="true" className="w-20 shrink-0 whitespace-nowrap md:hidden">
                      <PartyBadge party={party} />
                    </span>
                    {shown.length === 0 ? (
                      <p className="text-stone-600 italic dark:text-stone-400">No statement</p>
                    ) : (
                      <ul className="min-w-0 flex-1 space-y-1 wrap-anywhere">
                        {shown.map((claim) => (
                          <OverviewLine key={claim.id} claim={claim} index={index} />
                        ))}
                        {more > 0 && (
                          <li>
                            <AppLink
                              href={cellHref(topic.id, party.id)}
                              className="text-stone-700 underline dark:text-stone-300"
                            >
                              {more} more from {party.name}
                            </AppLink>
                          </li>
                        )}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </section>
  );
});

/**
 * One claim in a cell: its short form (ours) as a link, then its speaker with their own words
 * in quotation marks, or the publisher whose report it is (`glance.ts`), and its relations.
 */
function OverviewLine({ claim, index }: { claim: OverviewClaim; index: MetaIndex }) {
  const { speakers } = index.meta;
  const speaker = speakers[claim.speaker];
  return (
    <li className="leading-snug">
      <AppLink
        href={claimPath(claim.id)}
        className="font-medium text-stone-950 underline-offset-2 hover:underline dark:text-stone-50"
      >
        {claim.short}
      </AppLink>{' '}
      <span className="text-stone-700 dark:text-stone-300">
        — <GlanceWho name={speaker?.name ?? ''} words={claim} />
      </span>
      {claim.relations.map((relation) => (
        <span
          key={relation.to}
          className={`ml-1 inline-block rounded border px-1 text-xs ${relationTone[relation.type]}`}
        >
          {relationWords(relation.type, 'outgoing').toLowerCase()}{' '}
          {speakers[relation.speaker]?.name}
        </span>
      ))}
    </li>
  );
}
