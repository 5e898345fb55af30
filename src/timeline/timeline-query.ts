import type { QueryClient } from '@tanstack/react-query';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { metaQueryOptions, parsedFileQueryOptions } from '../corpus/corpus-query.ts';
import type { Timeline } from '../corpus/schema.ts';
import { parseTimelineSearch, type TimelinePeriod } from './timeline-search.ts';
import {
  extentOf,
  openingRange,
  timelineView,
  type DayRange,
  type TimelineView,
} from './timeline-view.ts';
import { timelineDetailFile, timelineFile } from '../corpus/data-paths.ts';

// The timeline's files, asked for by its page alone (a prerendered timeline carries those of
// its first view; `seedDataFile` puts them in the cache under the same keys).

/** Every dated claim's place and days, for the timeline's lanes. */
export const timelineQueryOptions = () => parsedFileQueryOptions('timeline', timelineFile);

/** The `n`th file of what the timeline's claims say, in the timeline's order. */
export const timelineDetailQueryOptions = (n: number) =>
  parsedFileQueryOptions('timelineDetail', timelineDetailFile(n));

/**
 * Loads what the timeline at a query string shows: the lanes' file and, when its claims are
 * drawn one by one, the files that say what they say. The route's loader (see `routes.ts`).
 */
export async function loadTimeline(client: QueryClient, search: string): Promise<void> {
  const [index, timeline] = await Promise.all([
    client.fetchQuery(metaQueryOptions()),
    client.fetchQuery(timelineQueryOptions()),
  ]);
  const period = timelinePeriod(timeline);
  if (!period) return;
  const view = timelineViewOf(index, timeline, parseTimelineSearch(search, period).range);
  if (view.kind === 'claims') {
    await Promise.all(
      view.detailFiles.map((n) => client.fetchQuery(timelineDetailQueryOptions(n))),
    );
  }
}

/** What the timeline shows of a range of days, for the corpus's parties. */
export function timelineViewOf(
  index: MetaIndex,
  timeline: Timeline,
  range: DayRange,
): TimelineView {
  return timelineView(timeline, index.layout, index.meta.parties.length, range);
}

/** The claims' whole period and the days the timeline opens on; undefined with no dated claim. */
export function timelinePeriod(timeline: Timeline): TimelinePeriod | undefined {
  const whole = extentOf(timeline);
  const opening = openingRange(timeline);
  return whole && opening ? { whole, opening } : undefined;
}
