import type { ClaimGridData } from '../claims/claim-grid.tsx';
import { relationWords } from '../claims/relation-phrase.ts';
import type { ClaimRef } from '../corpus/corpus-index.ts';
import type { Party, Relation, RelationType } from '../corpus/schema.ts';
import * as words from './relation-graph.words.ts';

/** A relation between two claims, each end resolved: an edge of the relation map. */
export type RelationEdge = { relation: Relation; from: ClaimRef; to: ClaimRef };

/** The relations touching some claims, for the map, the matrix and their list. */
export type RelationGraph = {
  /** The parties, in the dossier's order: the map's columns, the matrix's rows and columns. */
  parties: Party[];
  /** Every relation with at least one end among the claims, once, in the claims' order. */
  edges: RelationEdge[];
};

/** The relation types, in the order the matrix and the key list them. */
export const relationTypes: readonly RelationType[] = [
  'disputes',
  'supports',
  'qualifies',
  'elaborates',
];

/**
 * The relations touching the claims of a grid (a topic's answers, a party's claims), each
 * once: a relation between two claims shown is seen from both, and listed the first time.
 */
export function relationGraph(grid: ClaimGridData, parties: Party[]): RelationGraph {
  const edges: RelationEdge[] = [];
  const seen = new Set<string>();
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      for (const view of cell.claims) {
        for (const related of grid.relationsByClaim.get(view.claim.id) ?? []) {
          const { relation } = related;
          const key = `${relation.from}\n${relation.to}\n${relation.type}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const [from, to] =
            related.direction === 'outgoing' ? [view, related.other] : [related.other, view];
          edges.push({ relation, from, to });
        }
      }
    }
  }
  return { parties, edges };
}

/** One cell of the party × party matrix: relations from one party's claims to another's. */
export type MatrixCell = Readonly<Record<RelationType, number>> & { total: number };

/**
 * How many relations of each type run from each party's claims (rows) to each party's
 * (columns): `matrix[from][to]`, parties in the graph's order.
 */
export function relationMatrix({ parties, edges }: RelationGraph): MatrixCell[][] {
  const at = new Map(parties.map((party, p) => [party.id, p]));
  const matrix = parties.map(() =>
    parties.map(() => ({ disputes: 0, supports: 0, qualifies: 0, elaborates: 0, total: 0 })),
  );
  for (const { relation, from, to } of edges) {
    const cell = matrix[at.get(from.party.id) ?? -1]?.[at.get(to.party.id) ?? -1];
    if (!cell) continue;
    cell[relation.type]++;
    cell.total++;
  }
  return matrix;
}

/**
 * A claim in words: its short form, then who. Never "<speaker>: <short form>", which would
 * read as the speaker's words; the short form is ours (`src/corpus/glance.ts`).
 */
export function claimWords(ref: ClaimRef): string {
  return words.claimLine(ref.claim.short ?? ref.claim.summary, ref.speaker.name, ref.party.name);
}

/** A relation in words, from its first claim: "… — Tobias Fenn (Union), disputes: … — Mara …". */
export function edgeWords({ relation, from, to }: RelationEdge): string {
  return words.edgeLine(
    claimWords(from),
    relationWords(relation.type, 'outgoing').toLowerCase(),
    claimWords(to),
  );
}
