import type { ReactNode } from 'react';

// The words of the timeline page (timeline-page.tsx), in English; each other interface
// language's are in `timeline-page.words.<language>.tsx` beside this file. The page formats the
// numbers (passing them formatted, or its formatter `count`); a plural follows the plain count.

export const heading = 'When each party said what';
export const allPositions = '← All positions';
export const intro =
  "Each party's claims on a lane of its own, at the date the source gives: a day, two days when it only places a statement between them, a whole month when it names only the month. Every claim is a link to its page.";
export const loadFailed = 'The timeline could not be loaded';
export const noDates = 'No claim of this dossier has a date in its source.';
export const undated = (claims: number, count: string, comparison: (text: string) => ReactNode) => (
  <>
    No date is given in the sources for {count} {claims === 1 ? 'claim' : 'claims'}, on no lane
    here; the {comparison('comparison')} has every claim.
  </>
);
export const zoomIn = 'Zoom in';
export const zoomOut = 'Zoom out';
export const earlier = '← Earlier';
export const later = 'Later →';
export const wholePeriod = 'Whole period';
/** After the days shown: how many claims, how they are counted, how many are outside. */
export const shownCount = (
  claims: number,
  unit: 'day' | 'week' | undefined,
  outside: number,
  count: (n: number) => string,
) =>
  `· ${count(claims)} ${claims === 1 ? 'claim' : 'claims'}` +
  (unit === 'day' ? ', counted day by day' : unit === 'week' ? ', counted week by week' : '') +
  (outside > 0 ? ` · ${count(outside)} more outside these days` : '');
export const daysShown = 'Days shown';
export const needsScript =
  'Zooming needs JavaScript; the list under the picture names every claim shown.';
export const drawRelations = 'Draw relations';
export const claimsLoadFailed = 'The claims of these days could not be loaded';
export const claimsLabel = (range: string) => `Claims of ${range}, a lane per party`;
export const barsCaption =
  'A bar runs over every day a claim may have been made; point at or focus one for who said what.';
export const arrowsCaption = 'Arrows point from a claim to the claim it answers.';
/** A relation's link: its first claim, the relation (lower case), the claim it answers. */
export const relationLink = (from: string, relation: string, to: string) =>
  `${from} — ${relation} — ${to}`;
export const picture = (label: string) => `${label}: picture`;
export const listHeading = (range: string) => `The claims of ${range}, in words`;
export const binsLabel = (range: string, unit: 'day' | 'week') =>
  unit === 'day'
    ? `Claims of ${range}, day by day, a lane per party`
    : `Claims of ${range}, week by week, a lane per party`;
export const binsCaption = (unit: 'day' | 'week', peak: string, opens: boolean) =>
  (unit === 'day'
    ? `Each column counts a party's claims of one day, as high as the most in any column (${peak}); its paler top, those that may also have been made before or after. `
    : `Each column counts a party's claims of one week, as high as the most in any column (${peak}); its paler top, those that may also have been made before or after. `) +
  (opens ? 'Each column opens its days.' : '');
/** A column's link: its days, its party, its count ("12 claims, and 3 that may be…"). */
export const binLink = (
  range: string,
  party: string,
  within: number,
  across: number,
  count: (n: number) => string,
) =>
  `${range}, ${party}: ${count(within)} ${within === 1 ? 'claim' : 'claims'}` +
  (across === 0 ? '' : `, and ${count(across)} that may be of other days too`) +
  '. Open these days';
export const tableHeading = 'The same counts, in a table';
export const tableCaption = (range: string, unit: 'day' | 'week') =>
  unit === 'day'
    ? `Claims per day and party, ${range}; in brackets, claims that may also be of other days.`
    : `Claims per week and party, ${range}; in brackets, claims that may also be of other days.`;
export const dayColumn = 'Day';
export const weekColumn = 'Week';
/** A table cell's claims that may also be of other days, after its count. */
export const alsoOtherDays = (count: string) => ` (+${count})`;
/** A break of the axis, in words on it. */
export const axisBreak = (days: number, count: string) =>
  `⋯ ${count} ${days === 1 ? 'day' : 'days'} ⋯`;
export const laneEmpty = '· nothing in these days';
