/**
 * The display order of the claims, shared by the compiler (which writes the claims in this
 * order, a fixed number per chunk file) and the browser (which works out from the counts alone
 * which chunk holds which claim). Topics come in their order; within a topic, claims go row by
 * row, one per party in party order, each party's claims in authored order, so any run of
 * positions shows every party's answers side by side:
 *
 *   topic 1: council[0] union[0] residents[0] council[1] union[1] … topic 2: …
 */

/** Where every claim sits, from the number of claims per topic and party. */
export type Layout = {
  /** Claims per topic and party: `counts[topic][party]`. */
  counts: readonly (readonly number[])[];
  /** Position of each topic's first claim, and the total as a last entry. */
  topicStart: readonly number[];
  /** Topic index of each position. */
  topicAt: Uint16Array;
  /** Party index of each position. */
  partyAt: Uint8Array;
  /** Number of claims. */
  total: number;
};

/** Lays the claims out from their counts per topic and party. */
export function makeLayout(counts: readonly (readonly number[])[]): Layout {
  const topicStart = [0];
  for (const row of counts) topicStart.push((topicStart.at(-1) ?? 0) + sum(row));
  const total = topicStart.at(-1) ?? 0;
  const topicAt = new Uint16Array(total);
  const partyAt = new Uint8Array(total);
  let position = 0;
  counts.forEach((row, topic) => {
    const rows = row.reduce((most, count) => Math.max(most, count), 0);
    for (let r = 0; r < rows; r++) {
      row.forEach((count, party) => {
        if (r >= count) return;
        topicAt[position] = topic;
        partyAt[position] = party;
        position++;
      });
    }
  });
  return { counts, topicStart, topicAt, partyAt, total };
}

/**
 * Puts items in display order: `cellOf` gives each item's topic and party index; items of the
 * same topic and party keep their order.
 */
export function inDisplayOrder<T>(
  items: readonly T[],
  topics: number,
  parties: number,
  cellOf: (item: T) => { topic: number; party: number },
): { ordered: T[]; counts: number[][] } {
  const cells = Array.from({ length: topics }, () =>
    Array.from({ length: parties }, (): T[] => []),
  );
  for (const item of items) {
    const { topic, party } = cellOf(item);
    cells[topic]?.[party]?.push(item);
  }
  const ordered: T[] = [];
  for (const row of cells) {
    const rows = row.reduce((most, cell) => Math.max(most, cell.length), 0);
    for (let r = 0; r < rows; r++) {
      for (const cell of row) {
        const item = cell[r];
        if (item !== undefined) ordered.push(item);
      }
    }
  }
  return { ordered, counts: cells.map((row) => row.map((cell) => cell.length)) };
}

/**
 * The positions of a topic's first `perParty` claims of each party: a prefix of the topic,
 * since rows come in order.
 */
export function topicPreview(layout: Layout, topic: number, perParty: number): number[] {
  const start = layout.topicStart[topic] ?? 0;
  const length = sum((layout.counts[topic] ?? []).map((count) => Math.min(count, perParty)));
  return Array.from({ length }, (_, i) => start + i);
}

/** The positions of one party's claims on one topic, in display order: a cell of the grid. */
export function cellPositions(layout: Layout, topic: number, party: number): number[] {
  const positions: number[] = [];
  const end = layout.topicStart[topic + 1] ?? layout.total;
  for (let position = layout.topicStart[topic] ?? end; position < end; position++) {
    if (layout.partyAt[position] === party) positions.push(position);
  }
  return positions;
}

/** The chunk files that hold some positions, each once, in order. */
export function chunksOf(positions: Iterable<number>, chunkSize: number): number[] {
  const chunks = new Set<number>();
  for (const position of positions) chunks.add(Math.floor(position / chunkSize));
  return [...chunks].sort((a, b) => a - b);
}

function sum(numbers: readonly number[]): number {
  return numbers.reduce((total, n) => total + n, 0);
}

/**
 * How many claims each `data/timeline/<n>.json` holds, in the timeline's order (earliest
 * first): what the claims of a range of days say comes in the few files that range falls in.
 */
export const timelineDetailSize = 100;
