import type { RelationView } from '../corpus/corpus-index.ts';
import type { RelationType } from '../corpus/schema.ts';

/** The relations touching each exported claim, outgoing and incoming, whatever the other end. */
export type RelationsByClaim = ReadonlyMap<string, readonly RelationView[]>;

const passive: Record<RelationType, string> = {
  disputes: 'disputed by',
  supports: 'supported by',
  qualifies: 'qualified by',
  elaborates: 'elaborated by',
};

/** A relation in the data's words, from one claim's side: `disputes` or `disputed by`. */
export function relationWords({ relation, direction }: RelationView): string {
  return direction === 'outgoing' ? relation.type : passive[relation.type];
}
