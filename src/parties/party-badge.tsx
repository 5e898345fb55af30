import type { Party } from '../corpus/schema.ts';
import { partyStyle } from './party-style.ts';

/** Props of {@link PartyBadge}. */
export type PartyBadgeProps = { party: Party };

/** The party's short label in its accent colour: the label, not the colour, names the party. */
export function PartyBadge({ party }: PartyBadgeProps) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold tracking-wide uppercase ring-1 ring-inset ${partyStyle(party).badge}`}
    >
      {party.label}
    </span>
  );
}
