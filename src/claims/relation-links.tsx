import { claimPath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import type { RelationView } from '../corpus/corpus-index.ts';
import type { RelationType } from '../corpus/schema.ts';
import { relationLabel } from './relation-phrase.ts';

/** Colours of each relation type, repeating what its words say. */
export const relationTone: Record<RelationType, string> = {
  disputes:
    'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
  supports:
    'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  qualifies:
    'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100',
  elaborates:
    'border-stone-300 bg-stone-50 text-stone-800 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100',
};

/** Props of {@link RelationLinks}. */
export type RelationLinksProps = { relations: RelationView[]; withNotes?: boolean };

/**
 * Relation badges in plain words ("Disputed by Ri Yong Ho: It could be difficult to meet
 * again"), each a link to the other claim, named by its short form: two relations with one
 * speaker read apart, on a touch screen too. The words carry the relation; colour only
 * repeats it.
 */
export function RelationLinks({ relations, withNotes = false }: RelationLinksProps) {
  if (relations.length === 0) return null;
  return (
    <ul className={withNotes ? 'space-y-3' : 'space-y-1.5'}>
      {relations.map((view) => (
        <RelationItem
          key={`${view.relation.from}→${view.relation.to}`}
          view={view}
          withNotes={withNotes}
        />
      ))}
    </ul>
  );
}

function RelationItem({ view, withNotes }: { view: RelationView; withNotes: boolean }) {
  const { phrase, claim } = relationLabel(view);
  return (
    <li>
      <AppLink
        href={claimPath(view.other.claim.id)}
        title={view.other.claim.summary}
        className={`inline-block rounded-md border px-2 py-1 text-xs underline-offset-2 hover:underline ${relationTone[view.relation.type]}`}
      >
        <span className="font-semibold">{phrase}:</span> {claim}
      </AppLink>
      {withNotes && (
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          {view.relation.note}{' '}
          <span className="text-stone-600 dark:text-stone-400">
            ({view.other.party.name}. {view.other.claim.summary})
          </span>
        </p>
      )}
    </li>
  );
}
