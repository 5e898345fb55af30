/**
 * Where the timeline draws things, in pixels: a lane per party, one under the other, under a
 * shared axis of days. A claim is a bar from the start of its first possible day to the end of
 * its last (a day, an interval, a whole month given alone), never narrower than a touch
 * target's width; bars that would touch go on the next row of their lane. Bins are columns,
 * as tall as their counts.
 */
import type { Timeline } from '../corpus/schema.ts';
import type { DayNumber } from '../corpus/stated-at.ts';
import { dayTicks, daysIn, type Bin, type DayRange } from './timeline-view.ts';

export const laneHeading = 26;
export const rowHeight = 30;
export const markHeight = 24;
export const laneGap = 14;
export const axisHeight = 30;
/** The narrowest a claim's bar is drawn: wide enough to point at and touch. */
export const minMarkWidth = 24;
const markGap = 4;
const binLaneHeight = 72;

/** The horizontal scale: day numbers to pixels across the drawing. */
export type DayScale = { x(day: DayNumber): number; width: number };

/** A scale putting a range of days across a width, each day the same share of it. */
export function dayScale(range: DayRange, width: number): DayScale {
  const perDay = width / daysIn(range);
  return { x: (day) => (day - range.from) * perDay, width };
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
  const scale = dayScale(range, width);
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
  return { lanes, marks, ticks: ticksOf(range, scale), width, ...heightOf(lanes) };
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
  const scale = dayScale(range, width);
  const lanes = stackLanes(Array.from({ length: parties }, () => binLaneHeight));
  const peak = Math.max(
    1,
    ...bins.flatMap((bin) => bin.within.map((n, p) => n + (bin.across[p] ?? 0))),
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
  return { lanes, columns, ticks: ticksOf(range, scale), width, peak, ...heightOf(lanes) };
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

/** The axis's ticks, each with room for its label before the drawing's right edge. */
function ticksOf(range: DayRange, scale: DayScale): Tick[] {
  return dayTicks(range, Math.max(2, Math.floor(scale.width / 110)))
    .map((day) => ({ day, x: scale.x(day) }))
    .filter((tick) => tick.x <= scale.width - 56);
}
