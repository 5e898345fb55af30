import { memo } from 'react';
import type { ClaimView, RelationView } from '../corpus/corpus-index.ts';
import type { Party, Topic } from '../corpus/schema.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { PartyColumnHeader } from '../parties/party-column-header.tsx';
import { partyStyle } from '../parties/party-style.ts';
import { AppLink } from '../ui/app-link.tsx';
import { ClaimCard } from './claim-card.tsx';
import * as words from './claim-grid.words.tsx';

/** One cell of a grid: a party's claims on a topic, as shown. */
export type GridCell = {
  party: Party;
  claims: ClaimView[];
  /** How many claims the party made on this topic before filtering; 0 means silence. */
  total: number;
  /** How many of them pass the filters, on every page. */
  matching: number;
  /**
   * When none of the cell's matching claims is on this page: the page of the nearest ones, or
   * `both` when they lie both before and after it.
   */
  elsewhere?: { before: number } | { after: number } | 'both';
};

/** One row of a grid: a topic, with a cell per shown party. */
export type GridRow = {
  topic: Topic;
  cells: GridCell[];
  /** The topic started on an earlier page. */
  continued: boolean;
  /** The topic goes on on the next page. */
  continues: boolean;
};

/** Claims by topic and party: what {@link ClaimGrid} shows. */
export type ClaimGridData = {
  /** The parties shown, one column each. */
  parties: Party[];
  rows: GridRow[];
  /** Relations touching the claims shown. */
  relationsByClaim: ReadonlyMap<string, RelationView[]>;
};

/** Props of {@link ClaimGrid}. */
export type ClaimGridProps = {
  grid: ClaimGridData;
  /** Claim to mark as the current one (on a claim's own page). */
  currentClaimId?: string;
  /** Heading level of each topic's question. */
  questionLevel?: 2 | 3;
  /** The address of another page of the comparison, for cells whose claims are there. */
  pageHref?: (page: number) => string;
  /** Called when the reader follows a link to another page. */
  onPageLink?: () => void;
  /** The questions are the page's own heading (a topic's page): only screen readers get them. */
  questionsShown?: boolean;
};

/** One array for every claim without relations. */
const noRelations: RelationView[] = [];

/**
 * A claim's relations, the same empty array for all that have none: a memoized card given a
 * new empty array on each filter change would render again for nothing.
 */
function relationsOf(grid: ClaimGridData, id: string): RelationView[] {
  const relations = grid.relationsByClaim.get(id);
  return relations && relations.length > 0 ? relations : noRelations;
}

/** Grid columns for 1 to 6 parties, written out so Tailwind finds them. */
const columnClasses: Record<number, string> = {
  1: 'md:grid-cols-1',
  2: 'md:grid-cols-2',
  3: 'md:grid-cols-3',
  4: 'md:grid-cols-4',
  5: 'md:grid-cols-5',
  6: 'md:grid-cols-6',
};

/**
 * Topics as rows, parties as columns, as an ARIA table: screen readers announce which question
 * and which party a cell answers. ARIA roles rather than <table> because the layout changes
 * with the screen (a grid when wide, stacked blocks on a phone, where each cell names its
 * party), and CSS display changes would strip a native table of its semantics.
 */
export const ClaimGrid = memo(function ClaimGrid({
  grid,
  currentClaimId,
  questionLevel = 2,
  pageHref,
  onPageLink,
  questionsShown = true,
}: ClaimGridProps) {
  const { parties, rows } = grid;
  const Question = questionLevel === 2 ? 'h2' : 'h3';
  // Classes, not an inline style: the content policy allows no inline styles.
  const gridClass = `md:grid ${columnClasses[parties.length] ?? 'md:grid-flow-col md:auto-cols-fr'} md:gap-x-4`;
  return (
    // Printed as a table of its own (index.css): a column per party, headers on every page.
    <div role="table" aria-label={words.gridLabel} className="claim-grid">
      <div
        role="rowgroup"
        className="sr-only md:not-sr-only md:sticky md:top-0 md:z-10 md:bg-stone-50 md:dark:bg-stone-950 print:static"
      >
        <div role="row" className={gridClass}>
          {parties.map((party) => (
            <PartyColumnHeader key={party.id} party={party} className="text-base" />
          ))}
        </div>
      </div>
      {rows.map(({ topic, cells, continued, continues }) => (
        <div
          key={topic.id}
          role="rowgroup"
          // A question no shown party answers takes no room on paper (index.css).
          data-unanswered={cells.every((cell) => cell.claims.length === 0) || undefined}
        >
          <div role="row">
            <div
              role="rowheader"
              id={`topic-${topic.id}`}
              aria-colspan={parties.length}
              className={questionsShown ? 'scroll-mt-16 pt-8 pb-3' : 'sr-only'}
            >
              <Question className="text-lg font-semibold sm:text-xl">
                {topic.question}
                {continued && (
                  <span className="font-normal text-stone-600 dark:text-stone-400">
                    {' '}
                    {words.continued}
                  </span>
                )}
              </Question>
              {topic.note && (
                <p className="mt-1 max-w-4xl text-sm text-stone-600 dark:text-stone-400">
                  {topic.note}
                </p>
              )}
              {continues && (
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                  {words.continuesNextPage}
                </p>
              )}
            </div>
          </div>
          <div role="row" className={gridClass}>
            {cells.map((cell) => (
              <div key={cell.party.id} role="cell" className="pb-4">
                <p
                  aria-hidden="true"
                  className={`mb-2 flex items-center gap-2 border-t-4 pt-2 text-sm font-semibold md:hidden ${partyStyle(cell.party).rule}`}
                >
                  <PartyBadge party={cell.party} />
                  {cell.party.name}
                </p>
                {cell.claims.length === 0 ? (
                  cell.elsewhere ? (
                    <Elsewhere where={cell.elsewhere} pageHref={pageHref} onPageLink={onPageLink} />
                  ) : (
                    <p className="rounded-lg border border-dashed border-stone-300 p-3 text-sm text-stone-600 italic dark:border-stone-700 dark:text-stone-400">
                      {cell.total === 0 ? words.noStatement : words.noneMatch(cell.total)}
                    </p>
                  )
                ) : (
                  <ul className="space-y-3">
                    {cell.claims.map((view) => (
                      <li key={view.claim.id}>
                        <ClaimCard
                          view={view}
                          relations={relationsOf(grid, view.claim.id)}
                          current={view.claim.id === currentClaimId}
                          headingLevel={questionLevel === 2 ? 3 : 4}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
});

/** Where a cell's claims are when none is on this page: a link to the page that has them. */
function Elsewhere({
  where,
  pageHref,
  onPageLink,
}: {
  where: NonNullable<GridCell['elsewhere']>;
  pageHref: ((page: number) => string) | undefined;
  onPageLink: (() => void) | undefined;
}) {
  const className = 'text-sm text-stone-600 dark:text-stone-400';
  if (where === 'both') return <p className={className}>{words.beforeAndAfter}</p>;
  const [on, page] =
    'before' in where ? [words.earlierOn, where.before] : [words.laterOn, where.after];
  return (
    <p className={className}>
      {on(
        pageHref ? (
          <AppLink href={pageHref(page)} onClick={onPageLink} className="underline">
            {words.page(page)}
          </AppLink>
        ) : (
          words.page(page)
        ),
      )}
    </p>
  );
}
