import { expect, test } from 'vitest';
import { chunksOf, inDisplayOrder, makeLayout, topicPreview } from '../../src/corpus/layout.ts';

// Two topics, three parties: topic 0 has 2, 0 and 1 claims; topic 1 has 1, 3 and 0.
const counts = [
  [2, 0, 1],
  [1, 3, 0],
];

test('positions go topic by topic, then row by row with one claim per party in turn', () => {
  const layout = makeLayout(counts);
  expect(layout.total).toBe(7);
  expect(layout.topicStart).toEqual([0, 3, 7]);
  expect([...layout.topicAt]).toEqual([0, 0, 0, 1, 1, 1, 1]);
  // topic 0: row 0 = party 0, party 2; row 1 = party 0. topic 1: party 0, 1; then 1; then 1.
  expect([...layout.partyAt]).toEqual([0, 2, 0, 0, 1, 1, 1]);
});

test('the compiler orders items by the same layout, keeping authored order within a cell', () => {
  const items = [
    { id: 'a', topic: 1, party: 1 },
    { id: 'b', topic: 0, party: 0 },
    { id: 'c', topic: 1, party: 0 },
    { id: 'd', topic: 0, party: 2 },
    { id: 'e', topic: 1, party: 1 },
    { id: 'f', topic: 0, party: 0 },
    { id: 'g', topic: 1, party: 1 },
  ];
  const { ordered, counts: found } = inDisplayOrder(items, 2, 3, (item) => item);
  expect(found).toEqual(counts);
  expect(ordered.map((item) => item.id)).toEqual(['b', 'd', 'f', 'c', 'a', 'e', 'g']);
  const layout = makeLayout(found);
  ordered.forEach((item, position) => {
    expect([layout.topicAt[position], layout.partyAt[position]]).toEqual([item.topic, item.party]);
  });
});

test('a topic preview is a prefix of the topic: the first claims of every party', () => {
  const layout = makeLayout(counts);
  expect(topicPreview(layout, 1, 1)).toEqual([3, 4]);
  expect(topicPreview(layout, 1, 2)).toEqual([3, 4, 5]);
  expect(topicPreview(layout, 0, 9)).toEqual([0, 1, 2]);
});

test('positions map to the chunks holding them, each once and in order', () => {
  expect(chunksOf([7, 0, 1, 9, 4], 3)).toEqual([0, 1, 2, 3]);
  expect(chunksOf([], 3)).toEqual([]);
});

test('an empty corpus has an empty layout', () => {
  expect(makeLayout([[0, 0]])).toMatchObject({ total: 0, topicStart: [0, 0] });
});
