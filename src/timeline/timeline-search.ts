/**
 * The timeline's state as it lives in the URL: `/timeline?from=2019-02-28&to=2019-03-01
 * &relations=shown`. The days the timeline opens on (see `openingRange`) and hidden relations
 * are the defaults, left out so links stay short. A day that is not a real day, or a range
 * outside the claims' period, is dropped: the link still opens, on the opening days.
 */
import { formatIsoDay } from '../corpus/stated-at.ts';
import { clampedRange, parseIsoDay, type DayRange } from './timeline-view.ts';

/** What the timeline shows: a range of days, and whether the relations are drawn. */
export type TimelineSearch = { range: DayRange; relations: boolean };

/** The whole period of the claims, and the days the timeline opens on, within it. */
export type TimelinePeriod = { whole: DayRange; opening: DayRange };

/** Reads the timeline's state from a query string, within the whole period. */
export function parseTimelineSearch(
  search: string,
  { whole, opening }: TimelinePeriod,
): TimelineSearch {
  const params = new URLSearchParams(search);
  const from = parseIsoDay(params.get('from')) ?? opening.from;
  const to = parseIsoDay(params.get('to')) ?? opening.to;
  const range = (from <= to && clampedRange({ from, to }, whole)) || opening;
  return { range, relations: params.get('relations') === 'shown' };
}

/** The query string of a timeline state, `?…` or empty for the defaults. */
export function serializeTimelineSearch(
  { range, relations }: TimelineSearch,
  { opening }: TimelinePeriod,
) {
  const params = new URLSearchParams();
  if (range.from !== opening.from || range.to !== opening.to) {
    params.set('from', formatIsoDay(range.from));
    params.set('to', formatIsoDay(range.to));
  }
  if (relations) params.set('relations', 'shown');
  const text = params.toString();
  return text ? `?${text}` : '';
}
