/**
 * One claim of the timeline in words: its link's name, the tip beside its bar and its line in
 * the list under the drawing. Each shows our short form, then who, with their own words in
 * quotation marks or the publisher whose report it is (`src/corpus/glance.ts`).
 */
import type { RelationType, TimelineClaim } from '../corpus/schema.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { formatStatedAt } from '../corpus/stated-at.ts';
import { claimPeople } from './timeline-claim-words.ts';
import { GlanceWho } from '../claims/glance-who.tsx';
import { relationWords } from '../claims/relation-phrase.ts';
import { relationTone } from '../claims/relation-tone.ts';
import { claimPath } from '../lib/app-paths.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { AppLink } from '../ui/app-link.tsx';
import * as words from './timeline-claim.words.ts';

/** The timeline claim at a place, once its file has loaded. */
export type ClaimAt = (place: number) => TimelineClaim | undefined;

/** What a pointed-at or focused claim says: shown beside it (its link names the same). */
export function ClaimTip({
  index,
  claim,
  left,
  top,
}: {
  index: MetaIndex;
  claim: TimelineClaim;
  left: number;
  top: number;
}) {
  const { speaker, party, topic } = claimPeople(index, claim);
  return (
    <div
      aria-hidden="true"
      style={{ left, top }}
      className="pointer-events-none absolute z-10 w-72 rounded-md border border-stone-300 bg-white p-2 text-sm shadow-lg dark:border-stone-600 dark:bg-stone-950"
    >
      <p className="text-xs text-stone-700 dark:text-stone-300">{formatStatedAt(claim.statedAt)}</p>
      <p className="mt-1 font-semibold">{claim.short}</p>
      <p className="mt-1">
        {party && <PartyBadge party={party} />}{' '}
        <GlanceWho name={speaker?.name ?? ''} words={claim} />
      </p>
      {topic && <p className="mt-1 text-xs text-stone-700 dark:text-stone-300">{topic.question}</p>}
    </div>
  );
}

/** A claim in the list under the drawing, with the relations it starts. */
export function ClaimItem({
  index,
  claim,
  related,
}: {
  index: MetaIndex;
  claim: TimelineClaim;
  related: ClaimAt;
}) {
  const { speaker, party, topic } = claimPeople(index, claim);
  return (
    <li className="text-sm">
      <p>
        {party && <PartyBadge party={party} />}{' '}
        <AppLink href={claimPath(claim.id)} className="font-medium underline underline-offset-2">
          {claim.short}
        </AppLink>{' '}
        — <GlanceWho name={speaker?.name ?? ''} words={claim} />
        {topic && <span className="text-stone-700 dark:text-stone-300"> ({topic.title})</span>}
      </p>
      {claim.relations.length > 0 && (
        <ul className="mt-1 ml-4 space-y-0.5">
          {claim.relations.map((relation) => (
            <RelationItem
              key={`${relation.to}-${relation.type}`}
              index={index}
              type={relation.type}
              other={related(relation.to)}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function RelationItem({
  index,
  type,
  other,
}: {
  index: MetaIndex;
  type: RelationType;
  other: TimelineClaim | undefined;
}) {
  const speaker = other && index.meta.speakers[other.speaker];
  return (
    <li>
      <span
        className={`inline-block rounded border px-1.5 text-xs font-semibold ${relationTone[type]}`}
      >
        {relationWords(type, 'outgoing').toLowerCase()}
      </span>{' '}
      {other ? (
        <>
          <AppLink href={claimPath(other.id)} className="underline underline-offset-2">
            {other.short}
          </AppLink>{' '}
          — {speaker?.name} ({formatStatedAt(other.statedAt)})
        </>
      ) : (
        words.outsideTheseDays
      )}
    </li>
  );
}
