/**
 * Where the timeline draws things, in pixels: a lane per party, one under the other, under a
 * shared axis of days. A claim is a bar from the start of its first possible day to the end of
 * its last (a day, an interval, a whole month given alone), never narrower than a touch
 * target's width; bars that would touch go on the next row of their lane. Bins are columns,
 * as tall as their counts. A long empty stretch (see `axisBreaks`) is drawn as a narrow break
 * of the axis, and the days either side share the width.
 */
import type { Timeline } from '../corpus/schema.ts';
import type { DayNumber } from '../corpus/stated-at.ts';
import {
  axisBreaks,
  dayTicks,
  daysIn,
  heldDays,
  type Bin,
  type DayRange,
} from './timeline-view.ts';
import { extent } from '../lib/extent.ts';

export const laneHeading = 26;
export const rowHeight = 30;
export const markHeight = 24;
export const laneGap = 14;
export const axisHeight = 30;
/** The narrowest a claim's bar is drawn: wide enough to point at and touch. */
export const minMarkWidth = 24;
/** The narrowest bar that shows its claim's words. */
export const labelledMarkWidth = 90;
/** The width of a break of the axis: room for its words ("27 days"). */
export const breakWidth = 80;
const markGap = 4;
const binLaneHeight = 72;

/** An empty stretch of days drawn as a break of the axis, at `x`, `width` wide. */
export type AxisBreak = DayRange & { x: number; width: number };

/** The horizontal scale: day numbers (a day's start) to pixels across the drawing. */
export type DayScale = { x(day: DayNumber): number; width: number; breaks: AxisBreak[] };

/**
 * A scale putting a range of days across a width: each break (in order, inside the range)
 * `breakWidth` wide, every other day the same share of the rest. Days outside the range go on
 * at that share, so that a bar reaching past an edge is cut there.
 */
export function dayScale(
  range: DayRange,
  width: number,
  breaks: readonly DayRange[] = [],
): DayScale {
  const broken = breaks.reduce((sum, days) => sum + daysIn(days), 0);
  const gap = Math.min(breakWidth, width / (2 * breaks.length || 1));
  const perDay = (width - gap * breaks.length) / Math.max(1, daysIn(range) - broken);
  // The scale bends at each break's edges: pairs of (day, x), in order.
  const knots: [number, number][] = [[range.from, 0]];
  const placed: AxisBreak[] = [];
  for (const days of breaks) {
    const [day, x] = knots.at(-1) ?? [range.from, 0];
    const start = x + (days.from - day) * perDay;
    placed.push({ ...days, x: start, width: gap });
    knots.push([days.from, start], [days.to + 1, start + gap]);
  }
  const [lastDay, lastX] = knots.at(-1) ?? [range.from, 0];
  knots.push([lastDay + (width - lastX) / perDay, width]);
  return {
    x: (day) => {
      const k = knots.findIndex(([knot], i) => i > 0 && knot > day);
      const [d0, x0] = knots[k === -1 ? knots.length - 2 : k - 1] ?? [range.from, 0];
      const [d1, x1] = knots[k === -1 ? knots.length - 1 : k] ?? [range.to + 1, width];
      return x0 + (day - d0) * (d1 > d0 ? (x1 - x0) / (d1 - d0) : 0);
    },
    width,
    breaks: placed,
  };
}

/** A lane of the drawing: its party's index, top and height. */
export type Lane = { party: number; y: number; height: number };

/** A claim's bar: its place on the timeline, position and size. */
export type Mark = { place: number; party: number; x: number; y: number; width: number };

/** The days marked on the axis, each with its position. */
export type Tick = { day: DayNumber; x: number };

export type ClaimsLayout = {
  lanes: Lane[];
  marks: Mark[];
  ticks: Tick[];
  breaks: AxisBreak[];
  width: number;
  height: number;
};

/** Lays claims out, party lane by party lane; `partyOf` gives a place's party index. */
export function layoutClaims(
  timeline: Timeline,
  places: readonly number[],
  partyOf: (place: number) => number,
  parties: number,
  range: DayRange,
  width: number,
): ClaimsLayout {
  const scale = dayScale(range, width, axisBreaks(range, heldDays(timeline, places)));
  const rowsOfLane = Array.from({ length: parties }, (): number[] => []);
  const placed: { place: number; party: number; x: number; width: number; row: number }[] = [];
  for (const place of places) {
    const party = partyOf(place);
    const rowEnds = rowsOfLane[party];
    if (!rowEnds) continue;
    const start = Math.max(0, scale.x(timeline.first[place] ?? range.from));
    const end = Math.min(width, scale.x((timeline.last[place] ?? range.to) + 1));
    const markWidth = Math.max(minMarkWidth, end - start);
    const x = Math.min(start, width - markWidth);
    let row = rowEnds.findIndex((rowEnd) => rowEnd + markGap <= x);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = x + markWidth;
    placed.push({ place, party, x, width: markWidth, row });
  }
  const lanes = stackLanes(rowsOfLane.map((rows) => rows.length * rowHeight || rowHeight));
  const marks = placed.map(({ place, party, x, width: markWidth, row }) => ({
    place,
    party,
    x,
    width: markWidth,
    y: (lanes[party]?.y ?? 0) + laneHeading + row * rowHeight,
  }));
  return {
    lanes,
    marks,
    ticks: ticksOf(range, scale),
    breaks: scale.breaks,
    width,
    ...heightOf(lanes),
  };
}

/** A bin's column in a lane: its party, and how tall each part of it is drawn. */
export type BinColumn = {
  bin: Bin;
  party: number;
  x: number;
  width: number;
  /** The base of the column, and the heights of its two parts. */
  base: number;
  withinHeight: number;
  acrossHeight: number;
};

export type BinsLayout = {
  lanes: Lane[];
  columns: BinColumn[];
  ticks: Tick[];
  breaks: AxisBreak[];
  width: number;
  height: number;
  /** The largest count of a column: the full height of a lane. */
  peak: number;
};

/** Lays bins out: in each party's lane, a column per bin with claims, as tall as its count. */
export function layoutBins(
  bins: readonly Bin[],
  parties: number,
  range: DayRange,
  width: number,
): BinsLayout {
  const held = bins.filter((bin) => bin.within.some((n, p) => n + (bin.across[p] ?? 0) > 0));
  const scale = dayScale(range, width, axisBreaks(range, held));
  const lanes = stackLanes(Array.from({ length: parties }, () => binLaneHeight));
  const peak = Math.max(
    1,
    extent(bins.flatMap((bin) => bin.within.map((n, p) => n + (bin.across[p] ?? 0))))?.max ?? 0,
  );
  const perCount = (binLaneHeight - 4) / peak;
  const columns: BinColumn[] = [];
  for (const bin of bins) {
    const x = scale.x(bin.from);
    const binWidth = Math.max(2, scale.x(bin.to + 1) - x - 2);
    lanes.forEach((lane, party) => {
      const within = bin.within[party] ?? 0;
      const across = bin.across[party] ?? 0;
      if (within + across === 0) return;
      columns.push({
        bin,
        party,
        x,
        width: binWidth,
        base: lane.y + laneHeading + binLaneHeight,
        // Never thinner than 2 px, so that a single claim is seen.
        withinHeight: within > 0 ? Math.max(2, within * perCount) : 0,
        acrossHeight: across > 0 ? Math.max(2, across * perCount) : 0,
      });
    });
  }
  const ticks = ticksOf(range, scale);
  return { lanes, columns, ticks, breaks: scale.breaks, width, peak, ...heightOf(lanes) };
}

function stackLanes(heights: number[]): Lane[] {
  let y = axisHeight;
  return heights.map((height, party) => {
    const lane = { party, y, height: laneHeading + height };
    y += lane.height + laneGap;
    return lane;
  });
}

function heightOf(lanes: Lane[]): { height: number } {
  const last = lanes.at(-1);
  return { height: last ? last.y + last.height : axisHeight };
}

/** The room a tick's label takes, right of its line. */
const tickLabelWidth = 56;

/**
 * The axis's ticks: within each run of days between breaks, a few by the run's width, each with
 * room for its label before the next tick, break or the drawing's right edge.
 */
function ticksOf(range: DayRange, scale: DayScale): Tick[] {
  const runs: DayRange[] = [];
  let from = range.from;
  for (const days of scale.breaks) {
    if (days.from > from) runs.push({ from, to: days.from - 1 });
    from = days.to + 1;
  }
  if (from <= range.to) runs.push({ from, to: range.to });
  const ticks: Tick[] = [];
  for (const run of runs) {
    const last = run.to === range.to ? run.to + 1 : run.to;
    const end = scale.breaks.find((days) => days.from > run.to)?.x ?? scale.width;
    const runWidth = scale.x(run.to + 1) - scale.x(run.from);
    for (const day of dayTicks(run, Math.max(1, Math.floor(runWidth / 110)))) {
      const x = scale.x(day);
      const previous = ticks.at(-1);
      if (day > last || x + tickLabelWidth > end) continue;
      if (previous && x - previous.x < tickLabelWidth) continue;
      ticks.push({ day, x });
    }
  }
  return ticks;
}
