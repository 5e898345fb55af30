import { relationWords } from '../claims/relation-phrase.ts';
import { relationTone } from '../claims/relation-tone.ts';
import type { ClaimRef } from '../corpus/corpus-index.ts';
import { claimPath } from '../lib/app-paths.ts';
import { routerBase } from '../lib/router-base.ts';
import { PartyBadge } from '../parties/party-badge.tsx';
import { AppLink } from '../ui/app-link.tsx';
import { ArrowMarkers, EdgeKey } from './edge-marks.tsx';
import { edgeStyle, useSvgLinkClick } from './edge-style.ts';
import {
  claimWords,
  edgeWords,
  relationMatrix,
  relationTypes,
  type RelationGraph,
} from './relation-graph.ts';
import { layoutRelationMap } from './relation-map-layout.ts';
import * as words from './relation-views.words.ts';

/**
 * Who disputes whom, as a picture: a column per party, each claim a box (a link to it), each
 * relation a curve from the claim that disputes, backs, qualifies or details to the claim it
 * answers, told apart by its line and its label (see the key), and a link to the relation on
 * the first claim's page. Each link is in the tab order, with its relation in words; the list
 * under the picture says the same.
 */
export function RelationMap({ graph, label }: { graph: RelationGraph; label: string }) {
  const layout = layoutRelationMap(graph);
  const onClick = useSvgLinkClick();
  if (layout.edges.length === 0) return null;
  const href = (path: string) => `${routerBase}${path}`;
  return (
    // Not printed: a picture wider than paper; the matrix and the list print the same.
    <figure className="mt-3 print:hidden">
      {/* Scrolls sideways on a narrow screen, from the keyboard too; positioned, so that text
          only screen readers get stays inside it rather than widening the page. */}
      <div
        role="region"
        aria-label={words.picture(label)}
        tabIndex={0}
        className="side-scroll relative overflow-x-auto rounded-lg border border-stone-200 p-3 dark:border-stone-700 dark:[--scroll-bg:var(--color-stone-900)]"
      >
        <svg
          role="group"
          aria-label={label}
          viewBox={`${layout.left - 4} 0 ${layout.width - layout.left + 8} ${layout.height}`}
          width={layout.width - layout.left + 8}
          height={layout.height}
          className="block max-w-none text-[13px]"
        >
          <ArrowMarkers />
          {layout.columns.map(({ party, x }) => (
            <text key={party.id} x={x} y={20} className="fill-current font-semibold">
              {party.name}
            </text>
          ))}
          {layout.nodes.map((node) => (
            <a
              key={node.ref.claim.id}
              href={href(claimPath(node.ref.claim.id))}
              onClick={onClick(claimPath(node.ref.claim.id))}
              aria-label={claimWords(node.ref)}
              className="group outline-none"
            >
              <rect
                x={node.x}
                y={node.y}
                width={node.width}
                height={node.height}
                rx={6}
                className="fill-stone-50 stroke-stone-300 group-hover:stroke-sky-600 group-focus-visible:stroke-sky-600 group-focus-visible:stroke-[3] dark:fill-stone-950 dark:stroke-stone-600"
              />
              <text x={node.x + 10} y={node.y + 24} data-label="claim" className="fill-current">
                {node.lines.map((line, i) => (
                  // A space after each line, so that its words do not run into the next line's
                  // for screen readers and text search.
                  <tspan key={i} x={node.x + 10} dy={i === 0 ? 0 : 16}>
                    {line}{' '}
                  </tspan>
                ))}
                <tspan x={node.x + 10} dy={16} className="fill-stone-600 dark:fill-stone-400">
                  — {node.ref.speaker.name}
                </tspan>
              </text>
            </a>
          ))}
          {layout.edges.map(({ edge, path }) => {
            const style = edgeStyle[edge.relation.type];
            return (
              <a
                key={`${edge.relation.from}→${edge.relation.to}→${edge.relation.type}`}
                href={href(`${claimPath(edge.relation.from)}#relations-heading`)}
                onClick={onClick(`${claimPath(edge.relation.from)}#relations-heading`)}
                aria-label={edgeWords(edge)}
                data-relation={edge.relation.type}
                className="group outline-none"
              >
                {/* A wide, invisible line under the drawn one: easier to point at and touch. */}
                <path d={path} className="fill-none stroke-transparent stroke-[14]" />
                <path
                  d={path}
                  strokeDasharray={style.dash}
                  markerEnd={`url(#arrow-${edge.relation.type})`}
                  className={`fill-none stroke-2 group-hover:stroke-[3.5] group-focus-visible:stroke-[4] ${style.stroke}`}
                />
              </a>
            );
          })}
          {/* The labels over every curve, so that none is crossed out by another's line; the
              links name their relations in words, and a click on a label reaches its curve. */}
          <g aria-hidden="true" className="pointer-events-none">
            {layout.edges.map(({ edge, label }) => (
              <text
                key={`${edge.relation.from}→${edge.relation.to}→${edge.relation.type}`}
                x={label.x}
                y={label.y + 4}
                textAnchor="middle"
                data-label="relation"
                className={`stroke-white stroke-[4] text-xs font-semibold [paint-order:stroke] dark:stroke-stone-900 ${edgeStyle[edge.relation.type].fill}`}
              >
                {label.words}
              </text>
            ))}
          </g>
        </svg>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
        <EdgeKey
          types={relationTypes.filter((type) =>
            graph.edges.some((edge) => edge.relation.type === type),
          )}
        />
        <span>{words.arrowsCaption}</span>
      </figcaption>
    </figure>
  );
}

/**
 * The same relations as a list: each in words, with links to both claims and to the relation,
 * and its note.
 */
export function RelationList({ graph }: { graph: RelationGraph }) {
  if (graph.edges.length === 0) return null;
  return (
    <ul className="mt-3 space-y-3">
      {graph.edges.map((edge) => {
        const { relation, from, to } = edge;
        return (
          <li key={`${relation.from}→${relation.to}→${relation.type}`} className="text-sm">
            <p>
              <ClaimLink claim={from} />{' '}
              <span
                className={`inline-block rounded border px-1.5 text-xs font-semibold ${relationTone[relation.type]}`}
              >
                {relationWords(relation.type, 'outgoing').toLowerCase()}
              </span>{' '}
              <ClaimLink claim={to} />
            </p>
            <p className="mt-0.5 text-stone-700 dark:text-stone-300">{relation.note}</p>
          </li>
        );
      })}
    </ul>
  );
}

function ClaimLink({ claim }: { claim: ClaimRef }) {
  return (
    <>
      <PartyBadge party={claim.party} />{' '}
      <AppLink
        href={claimPath(claim.claim.id)}
        className="font-medium underline underline-offset-2"
      >
        {claim.claim.short ?? claim.claim.summary}
      </AppLink>{' '}
      — {claim.speaker.name}
    </>
  );
}

/**
 * How many relations of each type run from each party's claims (rows) to each party's
 * (columns): a native table, each cell in words ("disputes: 2, backs: 1", or "none").
 */
export function RelationMatrix({ graph, caption }: { graph: RelationGraph; caption: string }) {
  const matrix = relationMatrix(graph);
  const { parties } = graph;
  return (
    // Positioned and focusable as the picture's scroller is (see RelationMap).
    <div role="region" aria-label={caption} tabIndex={0} className="relative mt-3 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-stone-700 dark:text-stone-300">{caption}</caption>
        <thead>
          <tr>
            <td className="p-2" />
            {parties.map((party) => (
              <th
                key={party.id}
                scope="col"
                className="border-b border-stone-300 p-2 text-left font-semibold dark:border-stone-600"
              >
                {words.toParty(party.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parties.map((party, f) => (
            <tr key={party.id}>
              <th
                scope="row"
                className="border-b border-stone-200 p-2 text-left font-semibold whitespace-nowrap dark:border-stone-700"
              >
                {party.name}
              </th>
              {parties.map((other, t) => {
                const cell = matrix[f]?.[t];
                const parts = relationTypes.flatMap((type) =>
                  cell && cell[type] > 0
                    ? [words.typeCount(relationWords(type, 'outgoing').toLowerCase(), cell[type])]
                    : [],
                );
                return (
                  <td
                    key={other.id}
                    className="border-b border-stone-200 p-2 align-top dark:border-stone-700"
                  >
                    {parts.length === 0 ? (
                      <span className="text-stone-600 dark:text-stone-400">{words.none}</span>
                    ) : (
                      words.typeCounts(parts)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
