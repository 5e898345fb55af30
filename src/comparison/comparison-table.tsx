/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role --
   The explicit table roles are deliberate: on narrow screens the table is laid out with
   display: block, which makes browsers drop the implicit roles. */
import { ClaimCard } from '../claims/claim-card.tsx';
import type { CorpusIndex } from '../corpus/corpus-index.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { partyStyle } from '../parties/party-style.ts';
import type { Comparison } from './filter-claims.ts';

/** Props of {@link ComparisonTable}. */
export type ComparisonTableProps = {
  comparison: Comparison;
  index: CorpusIndex;
  /** Claim to mark as the current one (on a claim's own page). */
  currentClaimId?: string;
  /** Heading level of each topic's question. */
  questionLevel?: 2 | 3;
};

/**
 * Topics as rows, parties as columns: a real table, so screen readers announce which question
 * and which party a cell answers. On narrow screens the same table is laid out as stacked
 * blocks (explicit ARIA roles keep the table semantics) and each cell names its party.
 */
export function ComparisonTable({
  comparison,
  index,
  currentClaimId,
  questionLevel = 2,
}: ComparisonTableProps) {
  const { parties, rows } = comparison;
  const Question = questionLevel === 2 ? 'h2' : 'h3';
  return (
    <table role="table" className="block w-full border-collapse md:table md:table-fixed">
      <caption className="sr-only">Claims by topic (rows) and party (columns)</caption>
      <thead role="rowgroup" className="sr-only md:not-sr-only md:table-header-group">
        <tr role="row">
          {parties.map((party) => (
            <th
              key={party.id}
              role="columnheader"
              scope="col"
              className={`border-t-4 px-2 pt-2 pb-3 text-left align-bottom ${partyStyle(party.id).rule}`}
            >
              <span className="flex items-center gap-2 text-base font-semibold">
                <PartyBadge party={party} />
                {party.name}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      {rows.map(({ topic, cells }) => (
        <tbody key={topic.id} role="rowgroup" className="block md:table-row-group">
          <tr role="row" className="block md:table-row">
            <th
              role="rowheader"
              scope="rowgroup"
              colSpan={parties.length}
              className="block px-2 pt-8 pb-3 text-left md:table-cell"
            >
              <Question className="text-lg font-semibold sm:text-xl">{topic.question}</Question>
              {topic.note && (
                <p className="mt-1 max-w-4xl text-sm font-normal text-stone-600 dark:text-stone-400">
                  {topic.note}
                </p>
              )}
            </th>
          </tr>
          <tr role="row" className="block md:table-row">
            {cells.map((cell) => (
              <td
                key={cell.party.id}
                role="cell"
                className="block px-2 pb-4 align-top md:table-cell"
              >
                <p
                  aria-hidden="true"
                  className={`mb-2 flex items-center gap-2 border-t-4 pt-2 text-sm font-semibold md:hidden ${partyStyle(cell.party.id).rule}`}
                >
                  <PartyBadge party={cell.party} />
                  {cell.party.name}
                </p>
                {cell.claims.length === 0 ? (
                  <p className="rounded-lg border border-dashed border-stone-300 p-3 text-sm text-stone-600 italic dark:border-stone-700 dark:text-stone-400">
                    {cell.total === 0
                      ? 'No statement in the sources.'
                      : `No claim matches the filters (${cell.total} on this topic).`}
                  </p>
                ) : (
                  <ul className="space-y-3">
                    {cell.claims.map((view) => (
                      <li key={view.claim.id}>
                        <ClaimCard
                          view={view}
                          relations={index.relationsByClaim.get(view.claim.id) ?? []}
                          current={view.claim.id === currentClaimId}
                          headingLevel={questionLevel === 2 ? 3 : 4}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      ))}
    </table>
  );
}
