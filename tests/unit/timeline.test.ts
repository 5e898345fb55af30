import fc from 'fast-check';
import { expect, test } from 'vitest';
import { browserDataFiles } from '../../scripts/corpus/browser-data-files.ts';
import { makeLayout, timelineDetailSize } from '../../src/corpus/layout.ts';
import {
  corpusMetaSchema,
  dataFormatVersion,
  timelineDetailSchema,
  timelineSchema,
  type Timeline,
  type TimelineClaim,
} from '../../src/corpus/schema.ts';
import { statedDays } from '../../src/corpus/stated-at.ts';
import {
  breakWidth,
  dayScale,
  labelledMarkWidth,
  layoutBins,
  layoutClaims,
  markHeight,
  minMarkWidth,
} from '../../src/timeline/timeline-layout.ts';
import {
  parseTimelineSearch,
  serializeTimelineSearch,
} from '../../src/timeline/timeline-search.ts';
import {
  axisBreaks,
  breakShare,
  daysIn,
  extentOf,
  heldDays,
  maxClaimMarks,
  maxDayBins,
  openingRange,
  preciseDays,
  panned,
  parseIsoDay,
  placesIn,
  timelineView,
  zoomed,
  type DayRange,
} from '../../src/timeline/timeline-view.ts';
import { dossier, dossierDataFiles } from '../support/dossier.ts';

const files = dossierDataFiles();
const json = (path: string) => JSON.parse(files.get(path) ?? 'null') as unknown;
const timeline = timelineSchema.parse(json('timeline.json'));
const meta = corpusMetaSchema.parse(json('index.json'));
const layout = makeLayout(meta.counts);
const detailPaths = [...files.keys()].filter((path) => path.startsWith('timeline/')).sort();
const details: TimelineClaim[] = detailPaths.flatMap(
  (path) => timelineDetailSchema.parse(json(path)).claims,
);
const dated = dossier.claims.filter((view) => view.claim.statedAt !== undefined);

test('the timeline holds every dated claim once, earliest first, with its days', () => {
  expect(dated.length).toBeGreaterThan(0);
  expect(details.map((claim) => claim.id).toSorted()).toEqual(
    dated.map((view) => view.claim.id).toSorted(),
  );
  expect(timeline.undated).toBe(dossier.claims.length - dated.length);
  expect(detailPaths).toHaveLength(Math.ceil(dated.length / timelineDetailSize));
  details.forEach((claim, place) => {
    const view = dossier.claimById.get(claim.id);
    expect(claim.statedAt).toBe(view?.claim.statedAt);
    expect({ first: timeline.first[place], last: timeline.last[place] }).toEqual(
      statedDays(claim.statedAt),
    );
    // Its display position holds the same party's claim.
    expect(meta.parties[layout.partyAt[timeline.position[place] ?? -1] ?? -1]?.id).toBe(
      view?.party.id,
    );
    expect(meta.speakers[claim.speaker]?.id).toBe(view?.speaker.id);
    expect(claim.short).toBe(view?.claim.short ?? view?.claim.summary);
    if (place > 0)
      expect(timeline.first[place - 1]).toBeLessThanOrEqual(timeline.first[place] ?? 0);
  });
});

test('a claim’s relations to dated claims point at their places on the timeline', () => {
  const placeOf = new Map(details.map((claim, place) => [claim.id, place]));
  let checked = 0;
  for (const claim of details) {
    const expected = (dossier.relationsByClaim.get(claim.id) ?? [])
      .filter(({ direction, other }) => direction === 'outgoing' && placeOf.has(other.claim.id))
      .map(({ relation, other }) => ({ type: relation.type, to: placeOf.get(other.claim.id) }));
    expect(claim.relations).toEqual(expected);
    checked += expected.length;
  }
  expect(checked).toBeGreaterThan(0);
});

test('a month given alone spans the month; an interval spans both its dates', () => {
  expect(statedDays('2019-01')).toEqual({
    first: Date.UTC(2019, 0, 1) / 864e5,
    last: Date.UTC(2019, 0, 31) / 864e5,
  });
  expect(statedDays('2019-02-28/2019-03-01')).toEqual({
    first: Date.UTC(2019, 1, 28) / 864e5,
    last: Date.UTC(2019, 2, 1) / 864e5,
  });
  expect(statedDays('2020-02')?.last).toBe(Date.UTC(2020, 1, 29) / 864e5);
  expect(statedDays('2019')).toEqual({
    first: Date.UTC(2019, 0, 1) / 864e5,
    last: Date.UTC(2019, 11, 31) / 864e5,
  });
});

test('the whole period of the dossier draws each dated claim, as a bar in its party’s lane', () => {
  const whole = extentOf(timeline);
  if (!whole) throw new Error('no dated claim');
  const view = timelineView(timeline, layout, meta.parties.length, whole);
  expect(view.kind).toBe(dated.length <= maxClaimMarks ? 'claims' : 'bins');
  if (view.kind !== 'claims') return;
  expect(view.places).toHaveLength(dated.length);
  const partyOf = (place: number) => layout.partyAt[timeline.position[place] ?? 0] ?? 0;
  for (const width of [560, 960, 1400]) {
    const drawn = layoutClaims(timeline, view.places, partyOf, meta.parties.length, whole, width);
    expect(drawn.marks).toHaveLength(dated.length);
    for (const mark of drawn.marks) {
      const lane = drawn.lanes[mark.party];
      // Inside its lane and the drawing, never narrower than a touch target.
      expect(mark.y).toBeGreaterThanOrEqual(lane?.y ?? Infinity);
      expect(mark.y + markHeight).toBeLessThanOrEqual((lane?.y ?? 0) + (lane?.height ?? 0));
      expect(mark.width).toBeGreaterThanOrEqual(minMarkWidth);
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x + mark.width).toBeLessThanOrEqual(width + 1e-9);
    }
    // No two bars overlap.
    for (const [i, a] of drawn.marks.entries()) {
      for (const b of drawn.marks.slice(i + 1)) {
        const apart = a.y !== b.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
        expect(apart, `${details[a.place]?.id} and ${details[b.place]?.id}`).toBe(true);
      }
    }
  }
});

/**
 * A synthetic timeline as the compiler writes it: `n` claims over `days` days from 1 January
 * 2019, parties in turn; every seventh placed between two days, every fiftieth given only as
 * its month; earliest first.
 */
function synthetic(
  n: number,
  days: number,
  parties: number,
): { timeline: Timeline; partyAt: Uint8Array } {
  const start = Date.UTC(2019, 0, 1) / 864e5;
  const entries = Array.from({ length: n }, (_, i) => {
    const day = start + Math.floor((i * days) / n);
    if (i % 50 === 0) {
      const date = new Date(day * 864e5);
      const month = statedDays(date.toISOString().slice(0, 7));
      return { position: i, first: month?.first ?? day, last: month?.last ?? day };
    }
    return { position: i, first: day, last: i % 7 === 0 ? day + 1 : day };
  }).sort((a, b) => a.first - b.first || a.position - b.position);
  const partyAt = Uint8Array.from({ length: n }, (_, i) => i % parties);
  return {
    timeline: {
      format: dataFormatVersion,
      position: entries.map((entry) => entry.position),
      first: entries.map((entry) => entry.first),
      last: entries.map((entry) => entry.last),
      undated: 0,
    },
    partyAt,
  };
}

test('10,000 claims are binned by week over half a year, by day over a month, and drawn one by one on a day', () => {
  const { timeline: big, partyAt } = synthetic(10_000, 181, 4);
  const whole = extentOf(big);
  if (!whole) throw new Error('empty');
  const weeks = timelineView(big, { partyAt }, 4, whole);
  expect(weeks).toMatchObject({ kind: 'bins', unit: 'week', claimCount: 10_000 });
  const month = { from: whole.from, to: whole.from + 30 };
  const days = timelineView(big, { partyAt }, 4, month);
  expect(days).toMatchObject({ kind: 'bins', unit: 'day' });
  if (days.kind === 'bins') expect(days.bins).toHaveLength(31);
  const day = timelineView(big, { partyAt }, 4, { from: whole.from + 40, to: whole.from + 40 });
  expect(day.kind).toBe('claims');
  if (day.kind === 'claims') {
    // Its detail files are few: the claims of a day lie together in the timeline's order.
    expect(day.detailFiles.length).toBeLessThanOrEqual(
      Math.ceil(day.places.length / timelineDetailSize) + 2,
    );
  }
  for (const view of [weeks, days]) {
    if (view.kind !== 'bins') continue;
    // Every claim is counted in each bin it may belong to: wholly in one, or across several.
    const places = placesIn(big, view.range);
    for (let p = 0; p < 4; p++) {
      const within = view.bins.reduce((sum, bin) => sum + (bin.within[p] ?? 0), 0);
      const mine = places.filter((i) => partyAt[big.position[i] ?? 0] === p);
      const whollyInOne = mine.filter((i) =>
        view.bins.some((bin) => (big.first[i] ?? 0) >= bin.from && (big.last[i] ?? 0) <= bin.to),
      );
      expect(within).toBe(whollyInOne.length);
    }
    const drawn = layoutBins(view.bins, 4, view.range, 960);
    for (const column of drawn.columns) {
      expect(column.x).toBeGreaterThanOrEqual(0);
      expect(column.x + column.width).toBeLessThanOrEqual(960);
    }
  }
  expect(maxDayBins).toBeGreaterThanOrEqual(31);
});

const days = (stated: string): DayRange => {
  const held = statedDays(stated);
  if (!held) throw new Error(`not a date: ${stated}`);
  return { from: held.first, to: held.last };
};

test('the axis breaks over each long empty stretch, and over none when claims are evenly spread', () => {
  const january = days('2019-01');
  const summit = days('2019-02-28/2019-03-01');
  const whole = { from: january.from, to: summit.to };
  const spread = synthetic(200, 181, 4).timeline;
  const spreadWhole = extentOf(spread);
  if (!spreadWhole) throw new Error('empty');
  const everyTenth = Array.from({ length: 10 }, (_, i) => ({
    from: whole.from + 10 * i,
    to: whole.from + 10 * i,
  }));
  const cases: { name: string; range: DayRange; held: DayRange[]; breaks: DayRange[] }[] = [
    {
      // A month given alone holds its ends: the days between them and the summit break.
      name: 'a month, then two busy days weeks later',
      range: whole,
      held: [
        { from: january.from, to: january.from },
        { from: january.to, to: january.to },
        summit,
      ],
      breaks: [
        { from: january.from + 1, to: january.to - 1 },
        { from: january.to + 1, to: summit.from - 1 },
      ],
    },
    {
      name: 'empty days before the only claims',
      range: { from: january.to + 1, to: summit.to },
      held: [summit],
      breaks: [{ from: january.to + 1, to: summit.from - 1 }],
    },
    {
      name: 'a claim every ten days',
      range: { from: whole.from, to: whole.from + 99 },
      held: everyTenth,
      breaks: [],
    },
    {
      name: 'claims every day, some given only by their month',
      range: spreadWhole,
      held: heldDays(spread, placesIn(spread, spreadWhole)),
      breaks: [],
    },
    { name: 'nothing held', range: whole, held: [], breaks: [] },
  ];
  for (const { name, range, held, breaks } of cases) {
    expect(axisBreaks(range, held), name).toEqual(breaks);
  }
});

test('a break is an empty stretch longer than a week and than its share of the days, and every such stretch is broken', () => {
  fc.assert(
    fc.property(
      range,
      fc.array(fc.tuple(fc.integer({ min: -20, max: 420 }), fc.integer({ min: 0, max: 40 }))),
      (shown, spans) => {
        const held = spans.map(([start, length]) => ({
          from: shown.from + start,
          to: shown.from + start + length,
        }));
        const breaks = axisBreaks(shown, held);
        const isHeld = (day: number) => held.some((h) => h.from <= day && day <= h.to);
        const anyHeld = Array.from({ length: daysIn(shown) }, (_, i) => shown.from + i).some(
          isHeld,
        );
        // Walk the days one by one: each maximal empty run is broken exactly when it is long.
        const runs: DayRange[] = [];
        for (let day = shown.from; day <= shown.to; day++) {
          if (isHeld(day)) continue;
          const last = runs.at(-1);
          if (last && last.to === day - 1) last.to = day;
          else runs.push({ from: day, to: day });
        }
        const long = (run: DayRange) =>
          daysIn(run) > Math.max(preciseDays, breakShare * daysIn(shown));
        expect(breaks).toEqual(anyHeld ? runs.filter(long) : []);
      },
    ),
  );
});

test('on a broken axis x grows with the day from edge to edge, each break the same narrow width', () => {
  const january = days('2019-01');
  const summit = days('2019-02-28/2019-03-01');
  const whole = { from: january.from, to: summit.to };
  const breaks = [{ from: january.to + 1, to: summit.from - 1 }];
  for (const width of [560, 1200]) {
    for (const broken of [[], breaks]) {
      const scale = dayScale(whole, width, broken);
      expect(scale.x(whole.from)).toBe(0);
      expect(scale.x(whole.to + 1)).toBeCloseTo(width, 6);
      const kept = daysIn(whole) - broken.reduce((sum, b) => sum + daysIn(b), 0);
      const perDay = (width - broken.length * breakWidth) / kept;
      for (let day = whole.from; day <= whole.to; day++) {
        const inBreak = broken.some((b) => b.from <= day && day <= b.to);
        const step = scale.x(day + 1) - scale.x(day);
        expect(step).toBeGreaterThan(0);
        if (!inBreak) expect(step).toBeCloseTo(perDay, 6);
      }
      expect(scale.breaks.map(({ from, to, width: w }) => ({ from, to, width: w }))).toEqual(
        broken.map((b) => ({ ...b, width: breakWidth })),
      );
      for (const b of scale.breaks) expect(b.x).toBeCloseTo(scale.x(b.from), 6);
    }
  }
});

test('over the dossier’s whole period at a wide screen’s width, every closely dated claim is wide enough for its words', () => {
  const whole = extentOf(timeline);
  const opening = openingRange(timeline);
  if (!whole || !opening) throw new Error('no dated claim');
  // The whole period is longer than the days the closely dated claims lie in: an outlier.
  expect(daysIn(whole)).toBeGreaterThan(daysIn(opening));
  const partyOf = (place: number) => layout.partyAt[timeline.position[place] ?? 0] ?? 0;
  const places = placesIn(timeline, whole);
  const drawn = layoutClaims(timeline, places, partyOf, meta.parties.length, whole, 1200);
  expect(drawn.breaks.length).toBeGreaterThan(0);
  const close = new Set(
    placesIn(timeline, opening).filter((p) => (timeline.first[p] ?? 0) >= opening.from),
  );
  expect(close.size).toBeGreaterThan(0);
  for (const mark of drawn.marks.filter((m) => close.has(m.place))) {
    expect(mark.width, details[mark.place]?.id).toBeGreaterThanOrEqual(labelledMarkWidth);
  }
  // No tick is drawn within a break.
  for (const tick of drawn.ticks) {
    expect(drawn.breaks.some((b) => tick.day >= b.from && tick.day <= b.to)).toBe(false);
  }
});

const range = fc
  .tuple(fc.integer({ min: 17_000, max: 18_000 }), fc.integer({ min: 0, max: 400 }))
  .map(([from, length]): DayRange => ({ from, to: from + length }));

test('zooming and panning stay inside the whole period, and zooming in never shows more days', () => {
  fc.assert(
    fc.property(range, range, fc.constantFrom(0.5, 2), fc.constantFrom(-0.5, 0.5), (r, w, f, s) => {
      const whole = { from: Math.min(r.from, w.from), to: Math.max(r.to, w.to) };
      for (const next of [zoomed(r, f, whole), panned(r, s, whole)]) {
        expect(next.from).toBeGreaterThanOrEqual(whole.from);
        expect(next.to).toBeLessThanOrEqual(whole.to);
        expect(next.from).toBeLessThanOrEqual(next.to);
      }
      expect(daysIn(panned(r, s, whole))).toBe(daysIn(r));
      if (f < 1) expect(daysIn(zoomed(r, f, whole))).toBeLessThanOrEqual(daysIn(r));
      else
        expect(daysIn(zoomed(r, f, whole))).toBeGreaterThanOrEqual(
          Math.min(daysIn(r), daysIn(whole)),
        );
    }),
  );
});

test('the URL keeps a range of real days inside the period, and leaves the defaults out', () => {
  const day = (text: string) => parseIsoDay(text) ?? Number.NaN;
  const whole = { from: day('2019-01-01'), to: day('2019-03-01') };
  const opening = { from: day('2019-02-28'), to: whole.to };
  const period = { whole, opening };
  expect(serializeTimelineSearch({ range: opening, relations: false }, period)).toBe('');
  const search = serializeTimelineSearch({ range: whole, relations: true }, period);
  expect(search).toBe('?from=2019-01-01&to=2019-03-01&relations=shown');
  expect(parseTimelineSearch(search, period)).toEqual({ range: whole, relations: true });
  // No range, or one that is not of real days in order within the period: the opening days.
  for (const bad of [
    '',
    '?from=2019-02-30',
    '?from=2019-03-05&to=2019-02-01',
    '?from=2018-01-01&to=2018-02-01',
    '?from=x',
  ]) {
    expect(parseTimelineSearch(bad, period).range, bad).toEqual(opening);
  }
  // A range reaching past the period is cut to it.
  expect(parseTimelineSearch('?from=2018-12-01&to=2019-01-10', period).range).toEqual({
    from: whole.from,
    to: day('2019-01-10'),
  });
});

test('the timeline opens on the days of the claims dated to within a week', () => {
  const opening = openingRange(timeline);
  const close = dated.flatMap((view) => {
    const days = statedDays(view.claim.statedAt ?? '');
    return days && days.last - days.first + 1 <= preciseDays ? [days] : [];
  });
  expect(close.length).toBeGreaterThan(0);
  expect(opening).toEqual({
    from: Math.min(...close.map((days) => days.first)),
    to: Math.max(...close.map((days) => days.last)),
  });
});

test('the files are the same bytes for the same corpus', () => {
  const again = browserDataFiles(JSON.parse(files.get('corpus.json') ?? '{}'));
  for (const path of ['timeline.json', ...detailPaths])
    expect(again.get(path), path).toBe(files.get(path));
});

test("a timeline past the call stack's limit still has its extent and its weeks (300,000 claims)", () => {
  const { timeline: huge, partyAt } = synthetic(300_000, 365, 4);
  // The size is one a spread cannot take here: Math.min(...first) throws.
  expect(() => Math.min(...huge.first)).toThrow(RangeError);
  const whole = extentOf(huge);
  expect(whole).toEqual({
    from: huge.first.reduce((a, b) => Math.min(a, b)),
    to: huge.last.reduce((a, b) => Math.max(a, b)),
  });
  if (!whole) throw new Error('empty');
  expect(timelineView(huge, { partyAt }, 4, whole)).toMatchObject({
    kind: 'bins',
    claimCount: huge.first.length,
  });
}, 60_000); // generous: hundreds of thousands of values on a busy machine
