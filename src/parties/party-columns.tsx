import { ClaimCard } from '../claims/claim-card.tsx';
import type { PartyClaims } from '../corpus/claims-by-party.ts';
import { PartyBadge } from './party-badge.tsx';
import { partyStyle } from './party-style.ts';

/** Props of {@link PartyColumns}. */
export type PartyColumnsProps = { groups: PartyClaims[] };

/** Each party's claims in a column of its own; columns stack on narrow screens. */
export function PartyColumns({ groups }: PartyColumnsProps) {
  return (
    <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-4">
      {groups.map(({ party, claims }) => (
        <section
          key={party.id}
          aria-labelledby={`party-${party.id}`}
          className={`min-w-0 border-t-4 pt-3 ${partyStyle(party.id).rule}`}
        >
          <h2 id={`party-${party.id}`} className="flex items-center gap-2 text-lg font-semibold">
            <PartyBadge party={party} />
            <span>{party.name}</span>
          </h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            {claims.length === 1 ? '1 claim' : `${claims.length} claims`}
          </p>
          {claims.length === 0 ? (
            <p className="mt-4 text-sm text-stone-600 italic dark:text-stone-400">
              No statement in the sources.
            </p>
          ) : (
            <ul className="mt-4 space-y-4">
              {claims.map((view) => (
                <li key={view.claim.id}>
                  <ClaimCard view={view} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
