import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useSearch } from 'wouter';
import { relationWords } from '../claims/relation-phrase.ts';
import type { MetaIndex } from '../corpus/corpus-meta.ts';
import { timelineDetailSize } from '../corpus/layout.ts';
import type { Party, Timeline, TimelineClaim, TimelineDetail } from '../corpus/schema.ts';
import { dayStart, formatStatedAt, rangeWords, type DayNumber } from '../corpus/stated-at.ts';
import { claimPath, homePath, timelinePath } from '../lib/app-paths.ts';
import { useComparisonHref } from '../lib/last-comparison.ts';
import { routerBase } from '../lib/router-base.ts';
import { useHydrated } from '../lib/use-hydrated.ts';
import { partyMarkStyle } from '../parties/party-style.ts';
import { ArrowMarkers, EdgeKey } from '../relations/edge-marks.tsx';
import { edgeStyle, useSvgLinkClick } from '../relations/edge-style.ts';
import { relationTypes } from '../relations/relation-graph.ts';
import { AppLink } from '../ui/app-link.tsx';
import { pageTitle, siteName } from '../corpus/site-name.ts';
import { DocumentTitle } from '../ui/document-title.tsx';
import { ErrorPanel } from '../ui/error-panel.tsx';
import { LoadingSkeleton } from '../ui/loading-skeleton.tsx';
import { Loaded, WithCorpus } from '../ui/with-corpus.tsx';
import {
  axisHeight,
  labelledMarkWidth,
  laneHeading,
  layoutBins,
  layoutClaims,
  markHeight,
  type AxisBreak,
  type BinsLayout,
  type Lane,
  type Tick,
} from './timeline-layout.ts';
import {
  timelineDetailQueryOptions,
  timelinePeriod,
  timelineQueryOptions,
  timelineViewOf,
} from './timeline-query.ts';
import {
  parseTimelineSearch,
  serializeTimelineSearch,
  type TimelinePeriod,
  type TimelineSearch,
} from './timeline-search.ts';
import { ClaimItem, ClaimTip, type ClaimAt } from './timeline-claim.tsx';
import { claimWords } from './timeline-claim-words.ts';
import { panned, zoomed, type Bin, type DayRange, type TimelineView } from './timeline-view.ts';
import * as words from './timeline-page.words.tsx';
import { formatLocale } from '../corpus/formats.words.ts';

const count = new Intl.NumberFormat(formatLocale);
const tickDay = new Intl.DateTimeFormat(formatLocale, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const linkClass = 'font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300';
const sectionHeading = 'mt-8 text-lg font-semibold sm:text-xl';
/** The drawing's width before the page can measure its column (the prerender's). */
const defaultWidth = 960;
/** The narrowest drawing: a phone scrolls it sideways rather than crushing the days. */
const minWidth = 560;

/** `/timeline`: when each party said what, a lane per party, binned when there are many. */
export function TimelinePage() {
  return <WithCorpus>{(index) => <TimelineArticle index={index} />}</WithCorpus>;
}

function TimelineArticle({ index }: { index: MetaIndex }) {
  const result = useQuery(timelineQueryOptions());
  const backHref = useComparisonHref();
  return (
    <article aria-labelledby="timeline-heading">
      <DocumentTitle title={pageTitle(words.heading, siteName(index.meta.dossier))} />
      <p className="print:hidden">
        <AppLink href={backHref} className={`text-sm ${linkClass}`}>
          {words.allPositions}
        </AppLink>
      </p>
      <h1 id="timeline-heading" className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">
        {words.heading}
      </h1>
      <p className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">{words.intro}</p>
      <Loaded result={result} failure={words.loadFailed} headingLevel={2}>
        {(timeline) => <TimelineBody index={index} timeline={timeline} />}
      </Loaded>
    </article>
  );
}

function TimelineBody({ index, timeline }: { index: MetaIndex; timeline: Timeline }) {
  const period = useMemo(() => timelinePeriod(timeline), [timeline]);
  const search = useSearch();
  const state = period && parseTimelineSearch(search, period);
  const { from, to } = state?.range ?? { from: 0, to: 0 };
  const view = useMemo(
    () => timelineViewOf(index, timeline, { from, to }),
    [index, timeline, from, to],
  );
  if (!period || !state) {
    return <p className="mt-4">{words.noDates}</p>;
  }
  const undated = timeline.undated;
  return (
    <>
      <TimelineControls state={state} period={period} view={view} timeline={timeline} />
      {view.kind === 'claims' ? (
        <ClaimsPart index={index} timeline={timeline} view={view} state={state} />
      ) : (
        <BinsPart index={index} view={view} state={state} period={period} />
      )}
      {undated > 0 && (
        <p className="mt-6 max-w-3xl text-sm text-stone-700 dark:text-stone-300">
          {words.undated(undated, count.format(undated), (text) => (
            <AppLink href={homePath()} className={linkClass}>
              {text}
            </AppLink>
          ))}
        </p>
      )}
    </>
  );
}

/** Zoom and move along the days, as links (Back undoes them); each needs the app's script. */
function TimelineControls({
  state,
  period,
  view,
  timeline,
}: {
  state: TimelineSearch;
  period: TimelinePeriod;
  view: TimelineView;
  timeline: Timeline;
}) {
  const hydrated = useHydrated();
  const { range } = state;
  const { whole } = period;
  const to = (next: DayRange) => serializeTimelineSearch({ ...state, range: next }, period);
  const at = (next: DayRange) =>
    next.from === range.from && next.to === range.to ? undefined : timelinePath(to(next));
  const isWhole = range.from === whole.from && range.to === whole.to;
  const links: { label: string; href: string | undefined }[] = [
    { label: words.zoomIn, href: at(zoomed(range, 0.5, whole)) },
    { label: words.zoomOut, href: at(zoomed(range, 2, whole)) },
    { label: words.earlier, href: at(panned(range, -0.5, whole)) },
    { label: words.later, href: at(panned(range, 0.5, whole)) },
    { label: words.wholePeriod, href: isWhole ? undefined : timelinePath(to(whole)) },
  ];
  const claims = view.kind === 'claims' ? view.places.length : view.claimCount;
  const outside = timeline.first.length - claims;
  return (
    <div className="mt-5 flex flex-wrap items-center justify-between gap-3">
      <p aria-live="polite" className="font-semibold">
        {rangeWords(range)}
        <span className="font-normal text-stone-700 dark:text-stone-300">
          {' '}
          {words.shownCount(
            claims,
            view.kind === 'bins' ? view.unit : undefined,
            outside,
            count.format,
          )}
        </span>
      </p>
      <nav
        aria-label={words.daysShown}
        className="flex flex-wrap items-center gap-2 text-sm print:hidden"
      >
        {links.map(({ label, href }) =>
          hydrated && href ? (
            <AppLink
              key={label}
              href={href}
              className="rounded border border-stone-300 bg-white px-2.5 py-1 font-semibold hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800"
            >
              {label}
            </AppLink>
          ) : (
            // A link that leads nowhere now: named, and said to be unavailable.
            <span
              key={label}
              role="link"
              aria-disabled="true"
              className="rounded border border-stone-200 px-2.5 py-1 text-stone-500 dark:border-stone-700 dark:text-stone-400"
            >
              {label}
            </span>
          ),
        )}
        {view.kind === 'claims' && (
          <RelationsToggle state={state} period={period} enabled={hydrated} />
        )}
      </nav>
      {/* Said only without the script, so that nothing moves when it runs. */}
      <noscript>
        <p className="w-full text-sm text-stone-700 dark:text-stone-300">{words.needsScript}</p>
      </noscript>
    </div>
  );
}

function RelationsToggle({
  state,
  period,
  enabled,
}: {
  state: TimelineSearch;
  period: TimelinePeriod;
  enabled: boolean;
}) {
  const next = timelinePath(
    serializeTimelineSearch({ ...state, relations: !state.relations }, period),
  );
  const [, navigate] = useLocation();
  return (
    <label className="ml-2 inline-flex items-center gap-2">
      <input
        type="checkbox"
        checked={state.relations}
        disabled={!enabled}
        onChange={() => navigate(next, { replace: true })}
        className="size-4"
      />
      {words.drawRelations}
    </label>
  );
}

/** The drawn claims: the picture, then the same claims in words. */
function ClaimsPart({
  index,
  timeline,
  view,
  state,
}: {
  index: MetaIndex;
  timeline: Timeline;
  view: Extract<TimelineView, { kind: 'claims' }>;
  state: TimelineSearch;
}) {
  const details = useQueries({
    queries: view.detailFiles.map((n) => timelineDetailQueryOptions(n)),
  });
  const failed = details.find((result) => result.isError);
  if (failed) {
    return (
      <ErrorPanel
        title={words.claimsLoadFailed}
        error={failed.error}
        onRetry={() => details.forEach((result) => result.isError && void result.refetch())}
        retrying={details.some((result) => result.isFetching)}
        headingLevel={2}
      />
    );
  }
  if (details.some((result) => !result.data)) return <LoadingSkeleton />;
  const files = new Map(
    view.detailFiles.map((n, i) => [n, details[i]?.data as TimelineDetail | undefined]),
  );
  const claimAt = (place: number) =>
    files.get(Math.floor(place / timelineDetailSize))?.claims[place % timelineDetailSize];
  return (
    <ClaimsDrawing
      index={index}
      timeline={timeline}
      view={view}
      claimAt={claimAt}
      relations={state.relations}
    />
  );
}

function ClaimsDrawing({
  index,
  timeline,
  view,
  claimAt,
  relations,
}: {
  index: MetaIndex;
  timeline: Timeline;
  view: Extract<TimelineView, { kind: 'claims' }>;
  claimAt: ClaimAt;
  relations: boolean;
}) {
  const [frame, width] = useDrawingWidth();
  const { parties } = index.meta;
  const partyOf = (place: number) => index.layout.partyAt[timeline.position[place] ?? 0] ?? 0;
  const layout = layoutClaims(timeline, view.places, partyOf, parties.length, view.range, width);
  const markOf = new Map(layout.marks.map((mark) => [mark.place, mark]));
  const [active, setActive] = useState<number | undefined>();
  const onClick = useSvgLinkClick();
  const edges = relations
    ? layout.marks.flatMap((mark) =>
        (claimAt(mark.place)?.relations ?? []).flatMap((relation) => {
          const other = markOf.get(relation.to);
          return other ? [{ from: mark, to: other, type: relation.type }] : [];
        }),
      )
    : [];
  const activeMark = active === undefined ? undefined : markOf.get(active);
  const activeClaim = active === undefined ? undefined : claimAt(active);
  const label = words.claimsLabel(rangeWords(view.range));
  return (
    <>
      <Drawing
        frame={frame}
        label={label}
        size={layout}
        overlay={
          activeMark &&
          activeClaim && (
            <ClaimTip
              index={index}
              claim={activeClaim}
              left={Math.max(0, Math.min(activeMark.x, layout.width - 288))}
              top={activeMark.y + markHeight + 6}
            />
          )
        }
        caption={
          <>
            <span>{words.barsCaption}</span>
            {relations && (
              <>
                <EdgeKey
                  types={relationTypes.filter((type) => edges.some((e) => e.type === type))}
                />
                <span>{words.arrowsCaption}</span>
              </>
            )}
          </>
        }
      >
        {relations && <ArrowMarkers />}
        <Axis ticks={layout.ticks} height={layout.height} />
        <AxisBreaks breaks={layout.breaks} height={layout.height} />
        <LaneHeadings
          lanes={layout.lanes}
          parties={parties}
          width={layout.width}
          empty={(party) => !layout.marks.some((mark) => mark.party === party)}
        />
        {layout.marks.map((mark) => {
          const claim = claimAt(mark.place);
          if (!claim) return null;
          const path = claimPath(claim.id);
          const clip = `clip-${mark.place}`;
          return (
            <a
              key={claim.id}
              href={`${routerBase}${path}`}
              onClick={onClick(path)}
              aria-label={claimWords(index, claim)}
              onMouseEnter={() => setActive(mark.place)}
              onMouseLeave={() => setActive(undefined)}
              onFocus={() => setActive(mark.place)}
              onBlur={() => setActive(undefined)}
              className="group outline-none"
            >
              <clipPath id={clip}>
                <rect x={mark.x} y={mark.y} width={mark.width} height={markHeight} />
              </clipPath>
              <rect
                x={mark.x}
                y={mark.y}
                width={mark.width}
                height={markHeight}
                rx={4}
                className={`${partyMarkStyle(parties[mark.party])} group-hover:stroke-[3] group-focus-visible:stroke-sky-600 group-focus-visible:stroke-[4]`}
              />
            </a>
          );
        })}
        {edges.map(({ from, to, type }) => {
          const fromClaim = claimAt(from.place);
          const toClaim = claimAt(to.place);
          if (!fromClaim || !toClaim) return null;
          const path = `${claimPath(fromClaim.id)}#relations-heading`;
          const d = curve(from, to, claimAt, [from.place, to.place]);
          const style = edgeStyle[type];
          return (
            <a
              key={`${from.place}-${to.place}-${type}`}
              href={`${routerBase}${path}`}
              onClick={onClick(path)}
              aria-label={words.relationLink(
                claimWords(index, fromClaim),
                relationWords(type, 'outgoing').toLowerCase(),
                claimWords(index, toClaim),
              )}
              className="group outline-none"
            >
              <path d={d} className="fill-none stroke-transparent stroke-[12]" />
              <path
                d={d}
                strokeDasharray={style.dash}
                markerEnd={`url(#arrow-${type})`}
                className={`fill-none stroke-2 group-hover:stroke-[3.5] group-focus-visible:stroke-[4] ${style.stroke}`}
              />
            </a>
          );
        })}
        {/* The bars' words over every curve, so that a relation never crosses them out; each
            bar's link names its claim, and a click on its words reaches the bar. */}
        <g aria-hidden="true" className="pointer-events-none">
          {layout.marks.map((mark) => {
            const claim = claimAt(mark.place);
            if (!claim || mark.width < labelledMarkWidth) return null;
            return (
              <text
                key={claim.id}
                x={mark.x + 6}
                y={mark.y + 16}
                clipPath={`url(#clip-${mark.place})`}
                data-label="bar"
                className="fill-current stroke-white/70 stroke-[3] text-xs [paint-order:stroke] dark:stroke-stone-900/70"
              >
                {claim.short}
              </text>
            );
          })}
        </g>
      </Drawing>
      <ClaimsList index={index} places={view.places} claimAt={claimAt} range={view.range} />
    </>
  );
}

/** Where a relation meets a bar: just after its words, where they fit, else near its end. */
function anchorX(mark: { x: number; width: number }, letters: number): number {
  return (
    mark.x +
    Math.min(mark.width - 8, mark.width >= labelledMarkWidth ? 14 + letters * 6.6 : mark.width / 2)
  );
}

/**
 * A drawing of the timeline: a figure whose picture scrolls sideways in a focusable region on a
 * narrow screen (and scales to the paper in print), an overlay placed over the picture (a
 * claim's tip), and a caption.
 */
function Drawing({
  frame,
  label,
  size,
  overlay,
  caption,
  children,
}: {
  frame: (element: HTMLDivElement | null) => () => void;
  label: string;
  size: { width: number; height: number };
  overlay?: ReactNode;
  caption: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="mt-3">
      <div
        ref={frame}
        role="region"
        aria-label={words.picture(label)}
        tabIndex={0}
        className="side-scroll relative overflow-x-auto rounded-lg border border-stone-200 p-3 print:overflow-visible print:border-0 print:bg-none print:p-0 dark:border-stone-700 dark:[--scroll-bg:var(--color-stone-900)]"
      >
        {/* As wide as the drawing: the overlay is placed over it. */}
        <div className="relative w-max print:w-full">
          <svg
            role="group"
            aria-label={label}
            viewBox={`0 0 ${size.width} ${size.height}`}
            width={size.width}
            height={size.height}
            className="block max-w-none overflow-visible text-[13px] print:h-auto print:w-full"
          >
            {children}
          </svg>
          {overlay}
        </div>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
        {caption}
      </figcaption>
    </figure>
  );
}

/** A curve from one bar to another, bowed upwards so that it clears the bars between. */
function curve(
  from: { x: number; y: number; width: number },
  to: { x: number; y: number; width: number },
  claimAt: ClaimAt,
  places: [number, number],
): string {
  const [x1, y1] = [anchorX(from, claimAt(places[0])?.short.length ?? 0), from.y + markHeight / 2];
  const [x2, y2] = [anchorX(to, claimAt(places[1])?.short.length ?? 0), to.y + markHeight / 2];
  const lift = 18 + Math.abs(x2 - x1) / 6;
  return `M ${x1} ${y1} C ${x1} ${y1 - lift}, ${x2} ${y2 - lift}, ${x2} ${y2}`;
}

/** The drawn claims in words, date by date, with the relations each starts. */
function ClaimsList({
  index,
  places,
  claimAt,
  range,
}: {
  index: MetaIndex;
  places: readonly number[];
  claimAt: ClaimAt;
  range: DayRange;
}) {
  const byDate = new Map<string, TimelineClaim[]>();
  for (const place of places) {
    const claim = claimAt(place);
    if (!claim) continue;
    const group = byDate.get(claim.statedAt);
    if (group) group.push(claim);
    else byDate.set(claim.statedAt, [claim]);
  }
  return (
    <section aria-labelledby="timeline-list-heading">
      <h2 id="timeline-list-heading" className={sectionHeading}>
        {words.listHeading(rangeWords(range))}
      </h2>
      {[...byDate].map(([statedAt, claims]) => (
        <section key={statedAt} aria-label={formatStatedAt(statedAt)} className="mt-4">
          <h3 className="font-semibold">
            {/* HTML's datetime attribute has no intervals; only single dates get <time>. */}
            {statedAt.includes('/') ? (
              formatStatedAt(statedAt)
            ) : (
              <time dateTime={statedAt}>{formatStatedAt(statedAt)}</time>
            )}
          </h3>
          <ul className="mt-1 space-y-2">
            {claims.map((claim) => (
              <ClaimItem key={claim.id} index={index} claim={claim} related={claimAt} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** The binned claims: a column per bin in each lane, then the counts as a table. */
function BinsPart({
  index,
  view,
  state,
  period,
}: {
  index: MetaIndex;
  view: Extract<TimelineView, { kind: 'bins' }>;
  state: TimelineSearch;
  period: TimelinePeriod;
}) {
  const [frame, width] = useDrawingWidth();
  const hydrated = useHydrated();
  const { parties } = index.meta;
  const layout = layoutBins(view.bins, parties.length, view.range, width);
  const zoomTo = (bin: Bin) =>
    timelinePath(
      serializeTimelineSearch({ ...state, range: { from: bin.from, to: bin.to } }, period),
    );
  const label = words.binsLabel(rangeWords(view.range), view.unit);
  return (
    <>
      <Drawing
        frame={frame}
        label={label}
        size={layout}
        caption={<>{words.binsCaption(view.unit, count.format(layout.peak), hydrated)}</>}
      >
        <BinsDrawing layout={layout} parties={parties} zoomTo={hydrated ? zoomTo : undefined} />
      </Drawing>
      <BinsTable view={view} parties={parties} zoomTo={hydrated ? zoomTo : undefined} />
    </>
  );
}

function BinsDrawing({
  layout,
  parties,
  zoomTo,
}: {
  layout: BinsLayout;
  parties: readonly Party[];
  zoomTo: ((bin: Bin) => string) | undefined;
}) {
  const onClick = useSvgLinkClick();
  return (
    <>
      <Axis ticks={layout.ticks} height={layout.height} />
      <AxisBreaks breaks={layout.breaks} height={layout.height} />
      <LaneHeadings
        lanes={layout.lanes}
        parties={parties}
        width={layout.width}
        empty={(party) => !layout.columns.some((column) => column.party === party)}
      />
      {layout.columns.map(({ bin, party, x, width, base, withinHeight, acrossHeight }) => {
        const within = bin.within[party] ?? 0;
        const across = bin.across[party] ?? 0;
        const style = partyMarkStyle(parties[party]);
        const bars = (
          <>
            <rect
              x={x}
              y={base - withinHeight}
              width={width}
              height={withinHeight}
              className={style}
            />
            <rect
              x={x}
              y={base - withinHeight - acrossHeight}
              width={width}
              height={acrossHeight}
              className={`${style} opacity-40`}
            />
          </>
        );
        const key = `${bin.from}-${party}`;
        if (!zoomTo) return <g key={key}>{bars}</g>;
        const path = zoomTo(bin);
        return (
          <a
            key={key}
            href={`${routerBase}${path}`}
            onClick={onClick(path)}
            aria-label={words.binLink(
              rangeWords(bin),
              parties[party]?.name ?? '',
              within,
              across,
              count.format,
            )}
            className="group outline-none"
          >
            <rect
              x={x}
              y={base - 72}
              width={width}
              height={72}
              className="fill-transparent group-hover:fill-sky-500/10 group-focus-visible:stroke-sky-600 group-focus-visible:stroke-[3]"
            />
            {bars}
          </a>
        );
      })}
    </>
  );
}

/** The bins as a table: a row per bin with claims, a column per party. */
function BinsTable({
  view,
  parties,
  zoomTo,
}: {
  view: Extract<TimelineView, { kind: 'bins' }>;
  parties: readonly Party[];
  zoomTo: ((bin: Bin) => string) | undefined;
}) {
  const rows = view.bins.filter((bin) => bin.within.some((n, p) => n + (bin.across[p] ?? 0) > 0));
  const caption = words.tableCaption(rangeWords(view.range), view.unit);
  return (
    <section aria-labelledby="timeline-list-heading">
      <h2 id="timeline-list-heading" className={sectionHeading}>
        {words.tableHeading}
      </h2>
      <div
        role="region"
        aria-label={caption}
        tabIndex={0}
        className="relative mt-2 overflow-x-auto"
      >
        <table className="min-w-full border-collapse text-sm">
          <caption className="mb-2 text-left text-stone-700 dark:text-stone-300">{caption}</caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="border-b border-stone-300 p-2 text-left dark:border-stone-600"
              >
                {view.unit === 'day' ? words.dayColumn : words.weekColumn}
              </th>
              {parties.map((party) => (
                <th
                  key={party.id}
                  scope="col"
                  className="border-b border-stone-300 p-2 text-right dark:border-stone-600"
                >
                  {party.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((bin) => (
              <tr key={bin.from}>
                <th
                  scope="row"
                  className="border-b border-stone-200 p-2 text-left font-normal whitespace-nowrap dark:border-stone-700"
                >
                  {zoomTo ? (
                    <AppLink href={zoomTo(bin)} className="underline underline-offset-2">
                      {rangeWords(bin)}
                    </AppLink>
                  ) : (
                    rangeWords(bin)
                  )}
                </th>
                {parties.map((party, p) => (
                  <td
                    key={party.id}
                    className="border-b border-stone-200 p-2 text-right tabular-nums dark:border-stone-700"
                  >
                    {count.format(bin.within[p] ?? 0)}
                    {(bin.across[p] ?? 0) > 0 &&
                      words.alsoOtherDays(count.format(bin.across[p] ?? 0))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The axis: a line and label at each tick, over the lanes. */
function Axis({ ticks, height }: { ticks: Tick[]; height: number }) {
  return (
    <g aria-hidden="true" className="text-stone-600 dark:text-stone-400">
      {ticks.map(({ day, x }, i) => (
        <g key={day}>
          <line
            x1={x}
            y1={axisHeight - 6}
            x2={x}
            y2={height}
            className="stroke-stone-200 dark:stroke-stone-700"
          />
          <text x={x + 3} y={axisHeight - 12} className="fill-current text-xs">
            {tickWords(day, i === 0)}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * Each break of the axis: a zig-zag down its middle, and how many days it leaves out, in words on
 * the axis. Under the lanes' names and the bars, so that it crosses out none of their words.
 */
function AxisBreaks({ breaks, height }: { breaks: AxisBreak[]; height: number }) {
  return breaks.map(({ from, to, x, width }) => {
    const middle = x + width / 2;
    const top = axisHeight - 6;
    const zigzag = Array.from(
      { length: Math.floor((height - top) / 8) },
      (_, i) => `L ${middle + (i % 2 === 0 ? 3 : -3)} ${top + (i + 1) * 8}`,
    ).join(' ');
    const days = to - from + 1;
    return (
      <g key={from} data-axis-break={days} aria-hidden="true">
        <path
          d={`M ${middle} ${top} ${zigzag}`}
          className="fill-none stroke-stone-400 stroke-[1.5] dark:stroke-stone-500"
        />
        <text
          x={middle}
          y={axisHeight - 12}
          textAnchor="middle"
          className="fill-stone-600 text-xs dark:fill-stone-400"
        >
          {words.axisBreak(days, count.format(days))}
        </text>
      </g>
    );
  });
}

function tickWords(day: DayNumber, first: boolean): string {
  const date = dayStart(day);
  const shown = tickDay.format(date);
  return first || (date.getUTCMonth() === 0 && date.getUTCDate() === 1)
    ? `${shown} ${date.getUTCFullYear()}`
    : shown;
}

/** Each lane's party name, over a faint band. */
function LaneHeadings({
  lanes,
  parties,
  width,
  empty,
}: {
  lanes: Lane[];
  parties: readonly Party[];
  width: number;
  /** Whether a lane (by party index) has nothing in these days. */
  empty: (party: number) => boolean;
}) {
  return lanes.map((lane) => (
    <g key={lane.party}>
      <rect
        x={0}
        y={lane.y}
        width={width}
        height={lane.height}
        className="fill-stone-50 dark:fill-stone-950"
        opacity={0.6}
      />
      <text x={4} y={lane.y + laneHeading - 8} className="fill-current font-semibold">
        {parties[lane.party]?.name}
        {empty(lane.party) && (
          <tspan className="fill-stone-600 font-normal dark:fill-stone-400">
            {' '}
            {words.laneEmpty}
          </tspan>
        )}
      </text>
    </g>
  ));
}

/** The width the drawing has (its frame's, less padding), measured once the page runs. */
function useDrawingWidth(): [(element: HTMLDivElement | null) => () => void, number] {
  const [width, setWidth] = useState(defaultWidth);
  const frame = useCallback((element: HTMLDivElement | null) => {
    const observer = new ResizeObserver(() => {
      if (!element) return;
      const style = getComputedStyle(element);
      const inner =
        element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setWidth(Math.max(minWidth, Math.floor(inner)));
    });
    if (element) observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [frame, width];
}
