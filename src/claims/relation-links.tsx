import { claimPath } from '../lib/app-paths.ts';
import { AppLink } from '../ui/app-link.tsx';
import type { RelationView } from '../corpus/corpus-index.ts';
import { relationLabel } from './relation-phrase.ts';
import { relationTone } from './relation-tone.ts';
import * as words from './relation-links.words.ts';

/** Props of {@link RelationLinks}. */
export type RelationLinksProps = { relations: RelationView[]; withNotes?: boolean };

/**
 * Relation badges in plain words ("Disputed by Tobias Fenn · The count was rushed
 * again": never "<speaker>: <our short form>", which would read as their words), each a link to the other claim, named by its short form: two relations with one
 * speaker read apart, on a touch screen too. The words carry the relation; colour only
 * repeats it. Each relation's note shows under it (`withNotes`, on a claim's page) or, on a
 * card, all of them under one disclosure: one tab stop a card, not one a badge.
 */
export function RelationLinks({ relations, withNotes = false }: RelationLinksProps) {
  if (relations.length === 0) return null;
  return (
    <>
      <ul className={withNotes ? 'space-y-3' : 'space-y-1.5'}>
        {relations.map((view) => (
          <RelationItem key={relationKey(view)} view={view} withNotes={withNotes} />
        ))}
      </ul>
      {!withNotes && <RelationNotes relations={relations} />}
    </>
  );
}

function relationKey(view: RelationView): string {
  return `${view.relation.from}→${view.relation.to}`;
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
        <span className="font-semibold">{phrase}</span> · {claim}
      </AppLink>
      {withNotes && (
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          {view.relation.note}{' '}
          <span className="text-stone-600 dark:text-stone-400">
            {words.otherClaim(view.other.party.name, view.other.claim.summary)}
          </span>
        </p>
      )}
    </li>
  );
}

/**
 * A card's notes on demand: why each pair of claims relates, in our words, each under the
 * badge's own words so that it reads apart from the others. A disclosure works without
 * JavaScript; its summary is as tall as a badge, a target a finger can hit.
 */
function RelationNotes({ relations }: { relations: RelationView[] }) {
  return (
    <details className="mt-1 text-xs text-stone-700 dark:text-stone-300">
      <summary className="w-fit cursor-pointer py-1 text-stone-600 underline-offset-2 hover:underline dark:text-stone-400">
        {words.notes(relations.length)}
      </summary>
      <dl className="mt-1 space-y-1.5">
        {relations.map((view) => {
          const { phrase, claim } = relationLabel(view);
          return (
            <div key={relationKey(view)}>
              <dt className="font-semibold">
                {phrase} · {claim}
              </dt>
              <dd>{view.relation.note}</dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
