/**
 * What the timeline shows of a range of days: each claim in it, when there are few enough to
 * draw one by one (or the range is a single day, which cannot be split), else how many claims
 * each party has per day or per week. Pure: the page and the route's loader (which fetches
 * the detail files a view needs) work it out alike.
 */
import { utcDay, utcMonday, utcTicks } from 'd3-time';
import { timelineDetailSize, type Layout } from '../corpus/layout.ts';
import type { Timeline } from '../corpus/schema.ts';
import {
  dayNumber,
  dayStart,
  formatIsoDay,
  type DayNumber,
  type DayRange,
} from '../corpus/stated-at.ts';
import { extent } from '../lib/extent.ts';

export type { DayRange };

/** The most claims drawn one by one; a wider range with more is binned. */
export const maxClaimMarks = 150;

/** The longest range binned by day; a longer one is binned by week. */
export const maxDayBins = 62;

/** A bin of days, and how many claims of each party it holds. */
export type Bin = DayRange & {
  /** Per party: claims whose every possible day is in the bin. */
  within: number[];
  /**
   * Per party: claims that may have been made in the bin but also outside it (a month given
   * alone, an interval across the bin's edge).
   */
  across: number[];
};

/** A range of the timeline, as it is drawn. */
export type TimelineView =
  | {
      kind: 'claims';
      range: DayRange;
      /** The claims drawn, by place on the timeline, earliest first. */
      places: number[];
      /** The detail files that say what those claims say (`timeline/<n>.json`). */
      detailFiles: number[];
    }
  | { kind: 'bins'; range: DayRange; unit: 'day' | 'week'; bins: Bin[]; claimCount: number };

/** The days from the first claim's first to the last claim's last; undefined with no claims. */
export function extentOf(timeline: Timeline): DayRange | undefined {
  const from = extent(timeline.first)?.min;
  const to = extent(timeline.last)?.max;
  return from === undefined || to === undefined ? undefined : { from, to };
}

/** The longest a date may allow, in days, for its claim to set the days the timeline opens on. */
export const preciseDays = 7;

/**
 * The days the timeline opens on: those of the claims dated to within a week, so that a claim
 * given only by its month does not shrink every other to a sliver; the whole period when no
 * claim is dated so closely. Undefined with no claims.
 */
export function openingRange(timeline: Timeline): DayRange | undefined {
  let from = Infinity;
  let to = -Infinity;
  timeline.first.forEach((first, i) => {
    const last = timeline.last[i] ?? first;
    if (last - first + 1 > preciseDays) return;
    from = Math.min(from, first);
    to = Math.max(to, last);
  });
  return from <= to ? { from, to } : extentOf(timeline);
}

/** The number of days in a range. */
export function daysIn(range: DayRange): number {
  return range.to - range.from + 1;
}

/**
 * An empty stretch is broken out of the axis when it is longer than this share of the days
 * shown (and longer than a week): one outlier then no longer squeezes every other claim.
 */
export const breakShare = 0.2;

/**
 * The days a claim holds on the axis: all of them when it is dated to within a week, else only
 * its first and last, since a month given alone says nothing of the days in between (they may
 * then be broken out like any empty stretch, and its bar runs across the break).
 */
export function heldDays(timeline: Timeline, places: readonly number[]): DayRange[] {
  return places.flatMap((place) => {
    const from = timeline.first[place] ?? 0;
    const to = timeline.last[place] ?? from;
    return to - from + 1 <= preciseDays
      ? [{ from, to }]
      : [
          { from, to: from },
          { from: to, to },
        ];
  });
}

/**
 * The stretches of a range the axis breaks over, earliest first: runs of days no held range
 * touches, longer than `preciseDays` and than `breakShare` of the range (a claim dated within a
 * week is never broken, being held whole). None when nothing is held in the range.
 */
export function axisBreaks(range: DayRange, held: readonly DayRange[]): DayRange[] {
  const inside = held
    .map((days) => ({ from: Math.max(days.from, range.from), to: Math.min(days.to, range.to) }))
    .filter((days) => days.from <= days.to)
    .toSorted((a, b) => a.from - b.from);
  if (inside.length === 0) return [];
  const longest = Math.max(preciseDays, breakShare * daysIn(range));
  const breaks: DayRange[] = [];
  let next = range.from;
  for (const days of [...inside, { from: range.to + 1, to: range.to + 1 }]) {
    if (days.from - next > longest) breaks.push({ from: next, to: days.from - 1 });
    next = Math.max(next, days.to + 1);
  }
  return breaks;
}

/** The places of the claims that may have been made within a range, earliest first. */
export function placesIn(timeline: Timeline, range: DayRange): number[] {
  const places: number[] = [];
  const { first, last } = timeline;
  for (let i = 0; i < first.length && (first[i] ?? 0) <= range.to; i++) {
    if ((last[i] ?? 0) >= range.from) places.push(i);
  }
  return places;
}

/** What the timeline shows of a range: its claims one by one, or per party and bin. */
export function timelineView(
  timeline: Timeline,
  layout: Pick<Layout, 'partyAt'>,
  parties: number,
  range: DayRange,
): TimelineView {
  const places = placesIn(timeline, range);
  if (places.length <= maxClaimMarks || range.from === range.to) {
    const detailFiles = [...new Set(places.map((i) => Math.floor(i / timelineDetailSize)))];
    return { kind: 'claims', range, places, detailFiles };
  }
  const unit = daysIn(range) <= maxDayBins ? 'day' : 'week';
  const interval = unit === 'day' ? utcDay : utcMonday;
  const starts = interval
    .range(interval.floor(dayStart(range.from)), dayStart(range.to + 1))
    .map((date) => Math.max(range.from, toDay(date)));
  const bins: Bin[] = starts.map((from, b) => ({
    from,
    to: (starts[b + 1] ?? range.to + 1) - 1,
    within: Array.from({ length: parties }, () => 0),
    across: Array.from({ length: parties }, () => 0),
  }));
  for (const i of places) {
    const first = timeline.first[i] ?? 0;
    const last = timeline.last[i] ?? 0;
    const party = layout.partyAt[timeline.position[i] ?? 0] ?? 0;
    for (const bin of binsOverlapping(bins, first, last)) {
      const counts = first >= bin.from && last <= bin.to ? bin.within : bin.across;
      counts[party] = (counts[party] ?? 0) + 1;
    }
  }
  return { kind: 'bins', range, unit, bins, claimCount: places.length };
}

/** The bins a run of days touches (bins are in order and adjacent). */
function binsOverlapping(bins: Bin[], first: DayNumber, last: DayNumber): Bin[] {
  let lo = 0;
  let hi = bins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bins[mid]?.to ?? 0) < first) lo = mid + 1;
    else hi = mid;
  }
  const touched: Bin[] = [];
  for (let b = lo; b < bins.length && (bins[b]?.from ?? 0) <= last; b++) {
    const bin = bins[b];
    if (bin) touched.push(bin);
  }
  return touched;
}

/** A range made narrower or wider around its middle, kept inside the whole period. */
export function zoomed(range: DayRange, factor: number, whole: DayRange): DayRange {
  const days = Math.min(daysIn(whole), Math.max(1, Math.round(daysIn(range) * factor)));
  const middle = (range.from + range.to) / 2;
  return shiftedInto({ from: Math.round(middle - (days - 1) / 2), to: 0 }, days, whole);
}

/** A range moved by a share of its length (negative: earlier), kept inside the whole period. */
export function panned(range: DayRange, share: number, whole: DayRange): DayRange {
  const days = daysIn(range);
  const step = Math.sign(share) * Math.max(1, Math.round(days * Math.abs(share)));
  return shiftedInto({ from: range.from + step, to: 0 }, days, whole);
}

function shiftedInto(start: { from: DayNumber; to: DayNumber }, days: number, whole: DayRange) {
  const from = Math.min(Math.max(start.from, whole.from), whole.to - days + 1);
  return { from, to: from + days - 1 };
}

/** The same range, cut to the whole period; undefined if nothing of it is left. */
export function clampedRange(range: DayRange, whole: DayRange): DayRange | undefined {
  const from = Math.max(range.from, whole.from);
  const to = Math.min(range.to, whole.to);
  return from <= to ? { from, to } : undefined;
}

/** Days at which to mark the axis: whole days, a few per `count` asked for. */
export function dayTicks(range: DayRange, count: number): DayNumber[] {
  const ticks = utcTicks(dayStart(range.from), dayStart(range.to + 1), Math.max(1, count))
    .map(toDay)
    .filter((day) => Number.isInteger(day) && day >= range.from && day <= range.to + 1);
  return [...new Set(ticks)];
}

function toDay(date: Date): DayNumber {
  return dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day of the URL as a day number; undefined when it is not a real day. */
export function parseIsoDay(text: string | null): DayNumber | undefined {
  const match = text ? isoDay.exec(text) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const number = dayNumber(year, month, day);
  return formatIsoDay(number) === text ? number : undefined;
}
