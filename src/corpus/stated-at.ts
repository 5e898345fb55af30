/**
 * Dates with the precision a source supports: a year (`2019`), a month (`2019-01`), a day
 * (`2019-03-01`), or an interval of two of those (`2019-02-28/2019-03-01`) when the source only
 * places a statement between two dates (a news conference held around midnight, say).
 * The notation is the ISO 8601 subset that EDTF level 0 also accepts.
 */

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar date at year, month or day precision. */
export type PartialDate = { year: number; month?: number; day?: number };

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined for anything else or an impossible day. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = partialDatePattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { year, month, day };
}

/** Parses a single partial date or an interval `start/end`; undefined if malformed or reversed. */
export function parseStatedAt(text: string): { start: PartialDate; end?: PartialDate } | undefined {
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const start = parsePartialDate(parts[0] ?? '');
  if (!start) return undefined;
  if (parts.length === 1) return { start };
  const end = parsePartialDate(parts[1] ?? '');
  if (!end || (parts[1] ?? '') <= (parts[0] ?? '')) return undefined;
  return { start, end };
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatPartialDate(date: PartialDate, withYear = true): string {
  const year = withYear ? ` ${date.year}` : '';
  if (date.month === undefined) return String(date.year);
  const month = monthNames[date.month - 1] ?? '';
  if (date.day === undefined) return `${month}${year}`;
  return `${date.day} ${month}${year}`;
}

/**
 * Formats a statedAt value for people: "1 March 2019", "January 2019",
 * "28 February – 1 March 2019". Returns the raw text if it does not parse.
 */
export function formatStatedAt(text: string): string {
  const parsed = parseStatedAt(text);
  if (!parsed) return text;
  const { start, end } = parsed;
  if (!end) return formatPartialDate(start);
  const sameYear = start.year === end.year && start.month !== undefined;
  return `${formatPartialDate(start, !sameYear)} – ${formatPartialDate(end)}`;
}
