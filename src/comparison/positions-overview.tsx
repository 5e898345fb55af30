import { memo, Suspense, useState } from 'react';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import type { OverviewClaim } from '../corpus/schema.ts';
import { GlanceWho } from '../claims/glance-who.tsx';
import { relationTone } from '../claims/relation-tone.ts';
import { relationWords } from '../claims/relation-phrase.ts';
import { claimPath, partyPagePath, topicPagePath } from '../lib/app-paths.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { PartyColumnHeader } from '../parties/party-column-header.tsx';
import { AppLink } from '../ui/app-link.tsx';
import { lazyPage } from '../lib/lazy-page.ts';
import * as words from './positions-overview.words.tsx';

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
  const { parties, topics } = index.meta;
  // The question's column, then one as wide as the next per party, however many there are.
  const gridClass =
    'md:grid md:grid-flow-col md:grid-cols-[12rem] md:auto-cols-[minmax(0,1fr)] md:gap-x-3';
  return (
    // Skipped while far off screen (index.css).
    <section aria-labelledby="overview-heading" className="overview">
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h2 id="overview-heading" className="text-lg font-semibold sm:text-xl">
          {words.heading}
        </h2>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          {words.note((text) => (
            <span className="font-serif italic">{text}</span>
          ))}
        </p>
        {/* On a phone the column headers are hidden: the party pages are linked here instead. */}
        <nav aria-label={words.partyPages} className="text-sm md:hidden">
          {words.allOf}{' '}
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
              {words.question}
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
              {parties.map((party, p) => (
                <OverviewCell
                  key={party.id}
                  index={index}
                  topic={t}
                  party={p}
                  href={cellHref(topic.id, party.id)}
                />
              ))}
            </div>
          ))}
        </div>
      </div>
    </section>
  );
});

const cellRest = lazyPage(() =>
  import('./overview-cell-rest.tsx').then((module) => module.OverviewCellRest),
);

/**
 * One party's claims on one question: its lines (those carrying the disagreement first, as
 * compiled), "N more" that opens the rest in place (a link to them, before the script runs),
 * or, for a party silent on every lead question, its headline position in the first row.
 */
function OverviewCell({
  index,
  topic,
  party,
  href,
}: {
  index: MetaIndex;
  topic: number;
  party: number;
  href: string;
}) {
  const [open, setOpen] = useState(false);
  const { parties, topics, overview, counts, headlines } = index.meta;
  const partyRecord = parties[party];
  const shown = overview[topic]?.[party] ?? [];
  const more = (counts[topic]?.[party] ?? 0) - shown.length;
  const headline = topic === 0 ? headlines.find((each) => each.party === party) : undefined;
  const answered = headline && topics[headline.topic];
  return (
    <div role="cell" className="flex min-w-0 gap-2 py-0.5 md:block">
      <span aria-hidden="true" className="w-20 shrink-0 whitespace-nowrap md:hidden">
        {partyRecord && <PartyBadge party={partyRecord} />}
      </span>
      {shown.length === 0 ? (
        <div className="min-w-0 flex-1">
          <p className="text-stone-600 italic dark:text-stone-400">{words.noStatement}</p>
          {headline && answered && (
            <>
              <p className="mt-1 text-xs text-stone-700 dark:text-stone-300">
                {words.firstPosition(
                  <AppLink
                    href={topicPagePath(answered.id)}
                    className="underline underline-offset-2"
                  >
                    {answered.title}
                  </AppLink>,
                )}
              </p>
              <ul className="mt-0.5 wrap-anywhere">
                <OverviewLine claim={headline.claim} index={index} />
              </ul>
            </>
          )}
        </div>
      ) : (
        <ul className="min-w-0 flex-1 space-y-1 wrap-anywhere">
          {shown.map((claim) => (
            <OverviewLine key={claim.id} claim={claim} index={index} />
          ))}
          {open && (
            <Suspense fallback={<li role="status">{words.loading}</li>}>
              <cellRest.Component
                index={index}
                topic={topic}
                party={party}
                shown={shown.map((claim) => claim.id)}
                href={href}
              />
            </Suspense>
          )}
          {more > 0 && (
            <li>
              {open ? (
                <button
                  type="button"
                  onClick={() => setOpen(false)}
                  className="min-h-6 text-stone-700 underline dark:text-stone-300"
                >
                  {words.fewerFrom(partyRecord?.name ?? '')}
                </button>
              ) : (
                <AppLink
                  href={href}
                  onClick={(event) => {
                    // Opens in place; the link is for a reader without the script.
                    event.preventDefault();
                    setOpen(true);
                  }}
                  aria-expanded={false}
                  data-in-place=""
                  className="inline-block min-h-6 text-stone-700 underline dark:text-stone-300"
                >
                  {words.moreFrom(more, partyRecord?.name ?? '')}
                </AppLink>
              )}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

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
        // Which claim of that speaker it points at, on a tap or from the keyboard too.
        <details key={relation.to} className="ml-1 inline-block align-baseline">
          <summary
            className={`inline-block min-h-6 cursor-pointer list-none rounded border px-1 text-xs leading-6 ${relationTone[relation.type]}`}
          >
            {relationWords(relation.type, 'outgoing').toLowerCase()}{' '}
            {speakers[relation.speaker]?.name}
          </summary>
          <span className="block text-xs">
            →{' '}
            <AppLink href={claimPath(relation.to)} className="underline underline-offset-2">
              {relation.short}
            </AppLink>
          </span>
        </details>
      ))}
    </li>
  );
}
