import fc from 'fast-check';
import { expect, test } from 'vitest';
import { collectionSearch } from '../../src/collections/collection-search.ts';
import { relationGraph, relationMatrix } from '../../src/relations/relation-graph.ts';
import {
  labelWidth,
  layoutRelationMap,
  wrapWords,
  type Box,
} from '../../src/relations/relation-map-layout.ts';
import { compare } from '../support/data-files.ts';
import { dossier, dossierDataFiles } from '../support/dossier.ts';

const files = dossierDataFiles();
const { parties, topics } = dossier.corpus;

/** The graph of a topic's page or a party's, from the app's own comparison of it. */
async function graphOf(kind: 'topic' | 'party', id: string) {
  return relationGraph(await compare(files, collectionSearch(kind, id)), parties);
}

const pages = [
  ...topics.map((topic) => ['topic', topic.id] as const),
  ...parties.map((party) => ['party', party.id] as const),
];

test.each(pages)('the %s %s: every relation touching its claims, once', async (kind, id) => {
  const graph = await graphOf(kind, id);
  const claims = dossier.claims.filter((view) =>
    kind === 'topic' ? view.topic.id === id : view.party.id === id,
  );
  const expected = new Set(
    claims.flatMap((view) =>
      (dossier.relationsByClaim.get(view.claim.id) ?? []).map(
        ({ relation }) => `${relation.from} ${relation.to} ${relation.type}`,
      ),
    ),
  );
  const keys = graph.edges.map(
    ({ relation }) => `${relation.from} ${relation.to} ${relation.type}`,
  );
  expect(keys.toSorted()).toEqual([...expected].toSorted());
  for (const { relation, from, to } of graph.edges) {
    expect([from.claim.id, to.claim.id]).toEqual([relation.from, relation.to]);
  }
  // The matrix counts each relation once, from its first claim's party to its second's.
  const matrix = relationMatrix(graph);
  for (const [f, from] of parties.entries()) {
    for (const [t, to] of parties.entries()) {
      const between = graph.edges.filter(
        (edge) => edge.from.party.id === from.id && edge.to.party.id === to.id,
      );
      expect(matrix[f]?.[t]?.total).toBe(between.length);
      expect(matrix[f]?.[t]?.disputes).toBe(
        between.filter((edge) => edge.relation.type === 'disputes').length,
      );
    }
  }
});

/** The points a path's commands go through, in order. */
function points(path: string): [number, number][] {
  const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
  return out;
}

test.each(pages)('the map of the %s %s: boxes apart, curves from box to box', async (kind, id) => {
  const layout = layoutRelationMap(await graphOf(kind, id));
  // Boxes never overlap, and all lie within the picture.
  for (const [i, a] of layout.nodes.entries()) {
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    for (const b of layout.nodes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(apart, `${a.ref.claim.id} / ${b.ref.claim.id}`).toBe(true);
    }
  }
  const boxOf = new Map(layout.nodes.map((node) => [node.ref.claim.id, node]));
  const bottom = Math.max(...layout.nodes.map((node) => node.y + node.height));
  for (const { edge, path } of layout.edges) {
    const from = boxOf.get(edge.from.claim.id);
    const to = boxOf.get(edge.to.claim.id);
    if (!from || !to) throw new Error('a curve without its boxes');
    const route = points(path);
    const [start] = route;
    const end = route.at(-1);
    // It leaves from a side of its first claim's box, at its middle, and ends at the other's.
    expect([from.x, from.x + from.width]).toContain(start?.[0]);
    expect(start?.[1]).toBe(from.y + from.height / 2);
    expect([to.x, to.x + to.width]).toContain(end?.[0]);
    expect(end?.[1]).toBe(to.y + to.height / 2);
    // Between columns that are not neighbours, it runs under every box.
    if (Math.abs(from.column - to.column) > 1) {
      expect(Math.max(...route.map(([, y]) => y))).toBeGreaterThan(bottom);
    }
  }
  // No label overlaps another, or a box; each lies within the picture.
  const apart = (a: Box, b: Box) =>
    a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
  for (const [i, a] of layout.edges.entries()) {
    const box = a.label.box;
    expect(box.x).toBeGreaterThanOrEqual(layout.left);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    expect(box.width).toBe(labelWidth(a.label.words));
    for (const b of layout.edges.slice(i + 1)) {
      expect(apart(box, b.label.box), `${a.edge.relation.from} / ${b.edge.relation.from}`).toBe(
        true,
      );
    }
    for (const node of layout.nodes) {
      expect(apart(box, node), `${a.edge.relation.from} / ${node.ref.claim.id}`).toBe(true);
    }
  }
});

test('wrapping keeps every word, in order, within the line length unless one word is longer', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[a-zé’-]{1,40}$/), { maxLength: 30 }),
      fc.integer({ min: 8, max: 40 }),
      (words, length) => {
        const lines = wrapWords(words.join(' '), length);
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const line of lines) {
          if (line.includes(' ')) expect(Array.from(line).length).toBeLessThanOrEqual(length);
        }
      },
    ),
  );
});
