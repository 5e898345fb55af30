/**
 * Dates with the precision a source supports: a year (`2019`), a month (`2019-01`), a day
 * (`2019-03-01`), a day with the time of day and its offset from UTC where the source gives
 * the time (`2019-02-28T23:00+07:00`: the offset says whose clock, so it is never guessed), or
 * an interval of two of those (`2019-02-28/2019-03-01`) when the source only places a
 * statement between two dates (a news conference held around midnight, say).
 * The notation is the ISO 8601 subset that EDTF level 0 also accepts.
 */
import { formatLocale } from './formats.words.ts';

const partialDatePattern =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** A time of day on the clock of a place: hour, minute, and that clock's offset from UTC. */
export type TimeOfDay = { hour: number; minute: number; offsetMinutes: number };

/** A calendar date at year, month or day precision, the last with a time of day or not. */
export type PartialDate = { year: number; month?: number; day?: number; time?: TimeOfDay };

/** Parses an offset `Z`, `+07:00` or `-05:30` into minutes; undefined past ±14:00. */
function parseOffset(text: string): number | undefined {
  if (text === 'Z') return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(4, 6));
  if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return undefined;
  return (text.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm±hh:mm` (or `…Z`); returns
 * undefined for anything else, an impossible day or time, or a time without its offset.
 */
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
  if (match[4] === undefined) return { year, month, day };
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const offsetMinutes = parseOffset(match[6] ?? '');
  if (hour > 23 || minute > 59 || offsetMinutes === undefined) return undefined;
  return { year, month, day, time: { hour, minute, offsetMinutes } };
}

/**
 * Parses a single partial date or an interval `start/end`; undefined if malformed, or if the
 * end does not begin after the start begins.
 */
export function parseStatedAt(text: string): { start: PartialDate; end?: PartialDate } | undefined {
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const start = parsePartialDate(parts[0] ?? '');
  if (!start) return undefined;
  if (parts.length === 1) return { start };
  const end = parsePartialDate(parts[1] ?? '');
  if (!end || earliestMinute(end) <= earliestMinute(start)) return undefined;
  return { start, end };
}

const minutesPerDay = 1440;

/** The first minute (UTC, since 1970) a partial date can mean. */
function earliestMinute(date: PartialDate): number {
  const first = daysOf(date).first * minutesPerDay;
  return date.time ? first + minuteOfDay(date.time) : first;
}

/** A time's minute of its day in UTC (before 0 or past a day when the offset crosses midnight). */
function minuteOfDay({ hour, minute, offsetMinutes }: TimeOfDay): number {
  return hour * 60 + minute - offsetMinutes;
}

/**
 * Where a statedAt value falls within its first day, for ordering a day's claims: the minute
 * (UTC) it starts at when the source gives the time of day, else undefined (a day's claims
 * without one come after those with one, as nothing says when in the day they were made).
 */
export function statedMinute(text: string): number | undefined {
  const start = parseStatedAt(text)?.start;
  return start?.time ? earliestMinute(start) : undefined;
}

/** A time of day as "23:00 UTC+7", "09:30 UTC−5:30", "12:00 UTC". */
function formatTime({ hour, minute, offsetMinutes }: TimeOfDay): string {
  const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  if (offsetMinutes === 0) return `${clock} UTC`;
  const size = Math.abs(offsetMinutes);
  const offset = `${Math.floor(size / 60)}${size % 60 ? `:${String(size % 60).padStart(2, '0')}` : ''}`;
  return `${clock} UTC${offsetMinutes < 0 ? '−' : '+'}${offset}`;
}

const monthsOf = new Map<string, string[]>();

/** The months' names in `locale`, January first (made once per locale: dates come by the thousand). */
function monthNames(locale: string): string[] {
  let months = monthsOf.get(locale);
  if (!months) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    months = Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2000, month, 1)));
    monthsOf.set(locale, months);
  }
  return months;
}

function formatPartialDate(date: PartialDate, months: string[], withYear = true): string {
  const year = withYear ? ` ${date.year}` : '';
  if (date.month === undefined) return String(date.year);
  const month = months[date.month - 1] ?? '';
  if (date.day === undefined) return `${month}${year}`;
  const time = date.time ? `, ${formatTime(date.time)}` : '';
  return `${date.day} ${month}${year}${time}`;
}

/**
 * Formats a statedAt value for people: "1 March 2019", "January 2019", "27–28 February 2019",
 * "28 February – 1 March 2019", "28 February 2019, 23:00 UTC+7". Returns the raw text if it
 * does not parse. Months are named in `locale`: by default the interface's; the compiler, which
 * runs outside a build's language, passes the dossier's.
 */
export function formatStatedAt(text: string, locale: string = formatLocale): string {
  const parsed = parseStatedAt(text);
  if (!parsed) return text;
  const months = monthNames(locale);
  const { start, end } = parsed;
  if (!end) return formatPartialDate(start, months);
  if (
    start.day !== undefined &&
    start.time === undefined &&
    end.time === undefined &&
    start.year === end.year &&
    start.month === end.month
  ) {
    return `${start.day}–${formatPartialDate(end, months)}`;
  }
  const sameYear = start.year === end.year && start.month !== undefined;
  return `${formatPartialDate(start, months, !sameYear)} – ${formatPartialDate(end, months)}`;
}

/** A day as a whole number: days since 1 January 1970 (UTC). */
export type DayNumber = number;

const msPerDay = 86_400_000;

/** The day number of a calendar date. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / msPerDay;
}

/** The UTC midnight that starts a day number. */
export function dayStart(day: DayNumber): Date {
  return new Date(day * msPerDay);
}

/** The first and last day a partial date can mean: a month means every day of it. */
function daysOf(date: PartialDate): { first: DayNumber; last: DayNumber } {
  const { year, month, day } = date;
  if (month === undefined) return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  if (day === undefined)
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 0) };
  return { first: dayNumber(year, month, day), last: dayNumber(year, month, day) };
}

/**
 * The days a statedAt value allows, first and last included: one day for a day, every day of
 * a month or year given only so, and from the start of an interval's first date to the end of
 * its last. Undefined when the value does not parse.
 */
export function statedDays(text: string): { first: DayNumber; last: DayNumber } | undefined {
  const parsed = parseStatedAt(text);
  if (!parsed) return undefined;
  const first = daysOf(parsed.start).first;
  return { first, last: daysOf(parsed.end ?? parsed.start).last };
}

/** A day number as `YYYY-MM-DD`. */
export function formatIsoDay(day: DayNumber): string {
  return dayStart(day).toISOString().slice(0, 10);
}

/** A run of days, first and last included. */
export type DayRange = { from: DayNumber; to: DayNumber };

/** A range of days in words: "1 March 2019", "28 February – 1 March 2019". */
export function rangeWords({ from, to }: DayRange): string {
  const first = formatIsoDay(from);
  return formatStatedAt(from === to ? first : `${first}/${formatIsoDay(to)}`);
}
