import type { RelationView } from '../corpus/corpus-index.ts';
import type { RelationType } from '../corpus/schema.ts';

/** The page's words for each relation type (why two differ from the data's: docs/architecture.md). */
const phrases: Record<RelationType, { outgoing: string; incoming: string }> = {
  disputes: { outgoing: 'Disputes', incoming: 'Disputed by' },
  supports: { outgoing: 'Backs', incoming: 'Backed by' },
  qualifies: { outgoing: 'Qualifies', incoming: 'Qualified by' },
  elaborates: { outgoing: 'Adds detail to', incoming: 'Detailed by' },
};

/** A relation in plain words from one claim's side: "Disputed by Ri Yong Ho", "Backs Donald Trump". */
export function relationPhrase({ relation, direction, other }: RelationView): string {
  return `${phrases[relation.type][direction]} ${other.speaker.name}`;
}
