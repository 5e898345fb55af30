import type { ClaimRef } from '../corpus/corpus-index.ts';
import type { Party } from '../corpus/schema.ts';
import { relationWords } from '../claims/relation-phrase.ts';
import type { RelationEdge, RelationGraph } from './relation-graph.ts';

/** A claim drawn on the map: a box in its party's column. */
export type MapNode = {
  ref: ClaimRef;
  /** Its column, 0 first. */
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Its short form, wrapped to the box. */
  lines: string[];
};

/** A relation drawn on the map: a curve from one box to the other, and where its label sits. */
export type MapEdge = { edge: RelationEdge; path: string; labelX: number; labelY: number };

/** A laid-out relation map, in SVG user units. */
export type MapLayout = {
  width: number;
  height: number;
  columns: { party: Party; x: number }[];
  nodes: MapNode[];
  edges: MapEdge[];
};

const nodeWidth = 232;
/** Between two columns: room for the curves and their labels. */
const columnGap = 128;
const rowGap = 18;
const headerHeight = 36;
const lineHeight = 16;
const padding = 10;
/** Characters per line of a box's text, for 13 px type in {@link nodeWidth}. */
const lineLength = 30;
/** How far a curve between two claims of one column bulges out to the side. */
const loopReach = 56;

/** Words wrapped to lines of at most `length` characters (a longer word has a line of its own). */
export function wrapWords(text: string, length: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && Array.from(`${line} ${word}`).length > length) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays out who disputes whom: a column per party with claims at either end of a relation (in
 * the dossier's order, as the comparison's columns are), each claim a box in its column in
 * the order first met, each relation a curve between two boxes: across, from the side that
 * faces the other column; within one column, bulging out to its right.
 */
export function layoutRelationMap({ parties, edges }: RelationGraph): MapLayout {
  const byParty = new Map<string, ClaimRef[]>();
  const placed = new Set<string>();
  for (const { from, to } of edges) {
    for (const ref of [from, to]) {
      if (placed.has(ref.claim.id)) continue;
      placed.add(ref.claim.id);
      const column = byParty.get(ref.party.id) ?? [];
      column.push(ref);
      byParty.set(ref.party.id, column);
    }
  }
  const shown = parties.filter((party) => byParty.has(party.id));
  const columns = shown.map((party, c) => ({ party, x: c * (nodeWidth + columnGap) }));
  const nodes = new Map<string, MapNode>();
  let height = headerHeight;
  for (const [column, { party, x }] of columns.entries()) {
    let y = headerHeight;
    for (const ref of byParty.get(party.id) ?? []) {
      const lines = wrapWords(ref.claim.short ?? ref.claim.summary, lineLength);
      // The short form, then the speaker's name on a line of its own.
      const boxHeight = padding * 2 + (lines.length + 1) * lineHeight;
      nodes.set(ref.claim.id, { ref, column, x, y, width: nodeWidth, height: boxHeight, lines });
      y += boxHeight + rowGap;
    }
    height = Math.max(height, y);
  }
  const width = Math.max(0, columns.length * (nodeWidth + columnGap) - columnGap) + loopReach;
  // Relations that skip a column run under the boxes, each in a lane of its own.
  let lanes = 0;
  const drawn = edges.flatMap((edge) => {
    const from = nodes.get(edge.from.claim.id);
    const to = nodes.get(edge.to.claim.id);
    if (!from || !to) return [];
    if (Math.abs(from.column - to.column) <= 1) return [curve(edge, from, to)];
    return [underneath(edge, from, to, height + laneGap * ++lanes, lanes)];
  });
  return {
    width,
    height: height + (lanes > 0 ? laneGap * (lanes + 1) : 0),
    columns,
    nodes: [...nodes.values()],
    edges: separateLabels(drawn),
  };
}

const laneGap = 18;

/**
 * A relation between columns that are not neighbours: out of its box into the gap beside
 * it, down to its lane under every box, along, and up the gap beside the other box, so it
 * never crosses a box between them.
 */
function underneath(
  edge: RelationEdge,
  from: MapNode,
  to: MapNode,
  laneY: number,
  lane: number,
): MapEdge {
  const rightward = to.column > from.column;
  const startX = rightward ? from.x + from.width : from.x;
  const endX = rightward ? to.x : to.x + to.width;
  // Each lane's risers a little further into the gap, so that two never overlap.
  const step = Math.min(12 * lane, columnGap / 2 - 8);
  const outX = rightward ? startX + 16 + step : startX - 16 - step;
  const inX = rightward ? endX - 16 - step : endX + 16 + step;
  const fromY = from.y + from.height / 2;
  const toY = to.y + to.height / 2;
  return {
    edge,
    path: `M ${startX} ${fromY} L ${outX} ${fromY} L ${outX} ${laneY} L ${inX} ${laneY} L ${inX} ${toY} L ${endX} ${toY}`,
    labelX: (outX + inX) / 2,
    labelY: laneY,
  };
}

/** A label's size, roughly, for 12 px bold type. */
const labelHeight = 14;
const labelCharWidth = 7;

/**
 * Moves labels that would overlap one already placed down (then up) by a line until they
 * overlap none: two relations between the same two columns would otherwise print their
 * labels over each other.
 */
function separateLabels(edges: MapEdge[]): MapEdge[] {
  const placed: { x: number; y: number; half: number }[] = [];
  const overlaps = (x: number, y: number, half: number) =>
    placed.some(
      (other) => Math.abs(other.x - x) < other.half + half && Math.abs(other.y - y) < labelHeight,
    );
  return edges.map((edge) => {
    const half = (relationWords(edge.edge.relation.type, 'outgoing').length * labelCharWidth) / 2;
    let labelY = edge.labelY;
    for (let shift = 1; overlaps(edge.labelX, labelY, half) && shift < 20; shift++) {
      labelY = edge.labelY + (shift % 2 === 1 ? 1 : -1) * Math.ceil(shift / 2) * labelHeight;
    }
    placed.push({ x: edge.labelX, y: labelY, half });
    return { ...edge, labelY };
  });
}

/** The curve of one relation, and the middle of it for its label. */
function curve(edge: RelationEdge, from: MapNode, to: MapNode): MapEdge {
  const fromY = from.y + from.height / 2;
  const toY = to.y + to.height / 2;
  if (from.x === to.x) {
    const x = from.x + from.width;
    const reach = x + loopReach;
    return {
      edge,
      path: `M ${x} ${fromY} C ${reach} ${fromY}, ${reach} ${toY}, ${x} ${toY}`,
      // A cubic's middle: (p0 + 3 p1 + 3 p2 + p3) / 8.
      labelX: x + (loopReach * 3) / 4,
      labelY: (fromY + toY) / 2,
    };
  }
  const rightward = to.x > from.x;
  const startX = rightward ? from.x + from.width : from.x;
  const endX = rightward ? to.x : to.x + to.width;
  const bend = (endX - startX) / 2;
  return {
    edge,
    path: `M ${startX} ${fromY} C ${startX + bend} ${fromY}, ${endX - bend} ${toY}, ${endX} ${toY}`,
    labelX: (startX + endX) / 2,
    labelY: (fromY + toY) / 2,
  };
}
