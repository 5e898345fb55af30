import type { Party } from '../corpus/schema.ts';
import { AppLink } from '../ui/app-link.tsx';
import { PartyBadge } from './party-badge.tsx';
import { partyStyle } from './party-style.ts';

/** Props of {@link PartyColumnHeader}. */
export type PartyColumnHeaderProps = {
  party: Party;
  /** Extra classes for the label, e.g. its text size. */
  className?: string;
  /** The party's page, when the name links to it. */
  href?: string;
};

/** A party's column header in a table of claims: its accent rule, badge and name. */
export function PartyColumnHeader({ party, className = '', href }: PartyColumnHeaderProps) {
  return (
    <div role="columnheader" className={`border-t-4 pt-2 pb-1 ${partyStyle(party).rule}`}>
      <span className={`flex items-center gap-2 font-semibold ${className}`}>
        <PartyBadge party={party} />
        {href ? (
          <AppLink href={href} className="underline-offset-2 hover:underline">
            {party.name}
          </AppLink>
        ) : (
          party.name
        )}
      </span>
    </div>
  );
}
