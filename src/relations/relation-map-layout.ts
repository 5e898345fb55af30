import type { ClaimRef } from '../corpus/corpus-index.ts';
import type { Party } from '../corpus/schema.ts';
import { relationWords } from '../claims/relation-phrase.ts';
import type { RelationEdge, RelationGraph } from './relation-graph.ts';
import { extent } from '../lib/extent.ts';

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

/** Where a relation's label is printed: the middle of its text, and the box it may take. */
export type MapLabel = { x: number; y: number; box: Box; words: string };

/** A relation drawn on the map: a curve from one box to the other, and its label. */
export type MapEdge = { edge: RelationEdge; path: string; label: MapLabel };

/** A rectangle, in SVG user units. */
export type Box = { x: number; y: number; width: number; height: number };

/** A laid-out relation map, in SVG user units: it spans `left` to `width` across. */
export type MapLayout = {
  left: number;
  width: number;
  height: number;
  columns: { party: Party; x: number }[];
  nodes: MapNode[];
  edges: MapEdge[];
};

const nodeWidth = 232;
/** Between two columns: room for the curves, and a label beside a curve that loops into it. */
const columnGap = 150;
const rowGap = 18;
const headerHeight = 36;
const lineHeight = 16;
const padding = 10;
/** Characters per line of a box's text, for 13 px type in {@link nodeWidth}. */
const lineLength = 28;
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
 * the dossier's order, as the comparison's columns are), each claim a box in its column, each
 * relation a curve between two boxes: across, from the side that faces the other column;
 * within one column, bulging out to its outer side (the first column's left). Boxes are
 * ordered so that curves run short (see {@link orderColumns}); each label sits on its curve
 * where it overlaps no box and no other label (see {@link placeLabels}).
 */
export function layoutRelationMap({ parties, edges }: RelationGraph): MapLayout {
  const byParty = orderColumns(edges);
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
  const lastColumn = columns.length - 1;
  // Relations that skip a column run under the boxes, each in a lane of its own.
  let lanes = 0;
  const drawn = edges.flatMap((edge) => {
    const from = nodes.get(edge.from.claim.id);
    const to = nodes.get(edge.to.claim.id);
    if (!from || !to) return [];
    if (from.column === to.column)
      return [loop(edge, from, to, from.column === 0 && lastColumn > 0)];
    if (Math.abs(from.column - to.column) === 1) return [curve(edge, from, to)];
    return [underneath(edge, from, to, height + laneGap * ++lanes, lanes)];
  });
  const placed = placeLabels(drawn, [...nodes.values()]);
  const boxes = [...placed.map(({ label }) => label.box), ...nodes.values()];
  const loops = drawn.filter((one) => one.loopSide !== undefined);
  // In one pass each (a map of a whole dossier has a box per claim related).
  const left = Math.min(
    0,
    extent(boxes.map((box) => box.x))?.min ?? 0,
    loops.some((one) => one.loopSide === 'left') ? -loopReach : 0,
  );
  const right = Math.max(
    0,
    extent(boxes.map((box) => box.x + box.width))?.max ?? 0,
    loops.some((one) => one.loopSide === 'right') ? lastColumnRight(columns) + loopReach : 0,
  );
  const bottom = Math.max(
    height + (lanes > 0 ? laneGap * (lanes + 1) : 0),
    extent(boxes.map((box) => box.y + box.height + rowGap))?.max ?? 0,
  );
  return { left, width: right, height: bottom, columns, nodes: [...nodes.values()], edges: placed };
}

function lastColumnRight(columns: { x: number }[]): number {
  return (columns.at(-1)?.x ?? 0) + nodeWidth;
}

/**
 * Each party's claims, in the order they are stacked in its column: first met, then moved
 * towards the claims they are related to (the mean row of their partners, a sweep each way),
 * so that curves run short and cross less. Deterministic: ties keep the first-met order.
 */
function orderColumns(edges: readonly RelationEdge[]): Map<string, ClaimRef[]> {
  const byParty = new Map<string, ClaimRef[]>();
  const placed = new Set<string>();
  const partners = new Map<string, string[]>();
  for (const { from, to } of edges) {
    partners.set(from.claim.id, [...(partners.get(from.claim.id) ?? []), to.claim.id]);
    partners.set(to.claim.id, [...(partners.get(to.claim.id) ?? []), from.claim.id]);
    for (const ref of [from, to]) {
      if (placed.has(ref.claim.id)) continue;
      placed.add(ref.claim.id);
      const column = byParty.get(ref.party.id) ?? [];
      column.push(ref);
      byParty.set(ref.party.id, column);
    }
  }
  const rowOf = new Map<string, number>();
  const remember = () => {
    for (const column of byParty.values()) {
      column.forEach((ref, row) => rowOf.set(ref.claim.id, row / Math.max(1, column.length - 1)));
    }
  };
  remember();
  for (let sweep = 0; sweep < 2; sweep++) {
    for (const [party, column] of byParty) {
      const mean = (ref: ClaimRef, row: number) => {
        const rows = (partners.get(ref.claim.id) ?? []).flatMap((id) => {
          const at = rowOf.get(id);
          return at === undefined ? [] : [at];
        });
        const own = row / Math.max(1, column.length - 1);
        return rows.length === 0 ? own : rows.reduce((a, b) => a + b, own) / (rows.length + 1);
      };
      const sorted = column
        .map((ref, row) => ({ ref, row, key: mean(ref, row) }))
        .toSorted((a, b) => a.key - b.key || a.row - b.row)
        .map(({ ref }) => ref);
      byParty.set(party, sorted);
      remember();
    }
  }
  return byParty;
}

const laneGap = 18;

/** A drawn relation before its label is placed: its path, and points along it. */
type Drawn = {
  edge: RelationEdge;
  path: string;
  along: [number, number][];
  loopSide?: 'left' | 'right';
};

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
): Drawn {
  const rightward = to.column > from.column;
  const startX = rightward ? from.x + from.width : from.x;
  const endX = rightward ? to.x : to.x + to.width;
  // Each lane's risers a little further into the gap, so that two never overlap.
  const step = Math.min(12 * lane, columnGap / 2 - 8);
  const outX = rightward ? startX + 16 + step : startX - 16 - step;
  const inX = rightward ? endX - 16 - step : endX + 16 + step;
  const fromY = from.y + from.height / 2;
  const toY = to.y + to.height / 2;
  const corners: [number, number][] = [
    [startX, fromY],
    [outX, fromY],
    [outX, laneY],
    [inX, laneY],
    [inX, toY],
    [endX, toY],
  ];
  return {
    edge,
    path: `M ${corners.map(([x, y]) => `${x} ${y}`).join(' L ')}`,
    // The label's place: on the lane, under every box, from its middle outwards.
    along: straight([outX, laneY], [inX, laneY]),
  };
}

/** Points along a straight line, every few units. */
function straight(a: [number, number], b: [number, number]): [number, number][] {
  const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 8));
  return Array.from({ length: n + 1 }, (_, i) => [
    a[0] + ((b[0] - a[0]) * i) / n,
    a[1] + ((b[1] - a[1]) * i) / n,
  ]);
}

/** Points along a cubic Bézier curve, from its start to its end. */
function bezier(
  p0: [number, number],
  p1: [number, number],
  p2: [number, number],
  p3: [number, number],
): [number, number][] {
  const n = 32;
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n;
    const u = 1 - t;
    const at = (k: 0 | 1) =>
      u * u * u * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k];
    return [at(0), at(1)];
  });
}

/** The curve of a relation between two claims of one column, bulging out to one side. */
function loop(edge: RelationEdge, from: MapNode, to: MapNode, leftward: boolean): Drawn {
  const fromY = from.y + from.height / 2;
  const toY = to.y + to.height / 2;
  const x = leftward ? from.x : from.x + from.width;
  const reach = leftward ? x - loopReach : x + loopReach;
  return {
    edge,
    path: `M ${x} ${fromY} C ${reach} ${fromY}, ${reach} ${toY}, ${x} ${toY}`,
    along: bezier([x, fromY], [reach, fromY], [reach, toY], [x, toY]),
    loopSide: leftward ? 'left' : 'right',
  };
}

/** The curve of one relation between neighbouring columns. */
function curve(edge: RelationEdge, from: MapNode, to: MapNode): Drawn {
  const fromY = from.y + from.height / 2;
  const toY = to.y + to.height / 2;
  const rightward = to.x > from.x;
  const startX = rightward ? from.x + from.width : from.x;
  const endX = rightward ? to.x : to.x + to.width;
  const bend = (endX - startX) / 2;
  const points: [[number, number], [number, number], [number, number], [number, number]] = [
    [startX, fromY],
    [startX + bend, fromY],
    [endX - bend, toY],
    [endX, toY],
  ];
  return {
    edge,
    path: `M ${startX} ${fromY} C ${startX + bend} ${fromY}, ${endX - bend} ${toY}, ${endX} ${toY}`,
    along: bezier(...points),
  };
}

/**
 * The room a label takes, for 12 px semibold type: generous, so that the widest of the
 * browser's sans-serif faces stays inside it (the end-to-end test measures the real text).
 */
const labelHeight = 16;
const labelCharWidth = 7.6;
const labelPadding = 4;
/** The least room kept between a label and a box or another label. */
const clearance = 3;

/** The width a label's words take. */
export function labelWidth(words: string): number {
  return Array.from(words).length * labelCharWidth + labelPadding * 2;
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + clearance &&
    b.x < a.x + a.width + clearance &&
    a.y < b.y + b.height + clearance &&
    b.y < a.y + a.height + clearance
  );
}

/**
 * Puts each relation's label on its curve, at the point nearest the curve's middle where it
 * overlaps no box and no label placed before it: centred on the point, or starting or ending
 * there. Where a curve has no such point (a crowded gap), the label moves a line at a time
 * above or below its middle until it fits.
 */
function placeLabels(drawn: Drawn[], nodes: readonly Box[]): MapEdge[] {
  const taken: Box[] = [...nodes];
  const free = (box: Box) =>
    box.x >= -loopReach * 3 && !taken.some((other) => overlaps(box, other));
  return drawn.map(({ edge, path, along }) => {
    const words = relationWords(edge.relation.type, 'outgoing').toLowerCase();
    const width = labelWidth(words);
    const at = (x: number, y: number, align: -1 | 0 | 1): MapLabel => {
      // align: 0 centred on the point, 1 starting just after it, -1 ending just before it.
      const left = align === 0 ? x - width / 2 : align === 1 ? x + 4 : x - 4 - width;
      const box = { x: left, y: y - labelHeight / 2, width, height: labelHeight };
      return { x: left + width / 2, y, box, words };
    };
    const middle = (along.length - 1) / 2;
    const byNearness = along
      .map((point, i) => ({ point, distance: Math.abs(i - middle) }))
      .toSorted((a, b) => a.distance - b.distance);
    const candidates = function* () {
      for (const align of [0, 1, -1] as const) {
        for (const { point } of byNearness) yield at(point[0], point[1], align);
      }
      const [mx, my] = along[Math.round(middle)] ?? [0, 0];
      for (let step = 1; step < 400; step++) {
        const dy = (step % 2 === 1 ? 1 : -1) * Math.ceil(step / 2) * (labelHeight / 2);
        for (const align of [0, 1, -1] as const) yield at(mx, my + dy, align);
      }
    };
    let label = at(along[0]?.[0] ?? 0, along[0]?.[1] ?? 0, 0);
    for (const candidate of candidates()) {
      if (free(candidate.box)) {
        label = candidate;
        break;
      }
    }
    taken.push(label.box);
    return { edge, path, label };
  });
}
