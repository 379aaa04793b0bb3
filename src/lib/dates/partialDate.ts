import { Temporal } from 'temporal-polyfill';
import { dateTimeFormat } from '../text/intl.ts';

/**
 * A date known only as precisely as the reporting allows. A story must never show a day it does not
 * know, so each precision keeps its own shape instead of being padded out to a full date.
 */
export type PartialDate =
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'week'; readonly year: number; readonly week: number }
  | { readonly precision: 'day'; readonly date: Temporal.PlainDate }
  | { readonly precision: 'span'; readonly start: Temporal.PlainDate; readonly end: Temporal.PlainDate };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The forms an editor may write, shown in every error so the fix is obvious. */
export const PARTIAL_DATE_FORMS =
  '"2022" (year), "2025-03" (month), "2025-W11" (ISO week), "2025-03-05" (day) or "2025-03-03/2025-03-04" (span of days)';

/**
 * The earliest year a date may have. Four digits allow 0000, but there was no year 0 (the year before
 * AD 1 is 1 BC): a reader's calendar would show it as "1" and HTML's datetime refuses it. Years from
 * 0001 are shown as written, without leading zeros: "0050" is the year 50.
 */
export const FIRST_YEAR = 1;

/** The refusal for a year before FIRST_YEAR, or undefined for a year that may be shown. */
export function yearProblem(text: string, year: number): string | undefined {
  return year < FIRST_YEAR
    ? `"${text}" falls in year ${String(year).padStart(4, '0')}, and there was no year 0 (the year before AD 1 is 1 BC); years start at 0001`
    : undefined;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(text: string): ParseResult<Temporal.PlainDate> {
  if (!DAY.test(text)) return { ok: false, message: `"${text}" is not a date of the form YYYY-MM-DD` };
  try {
    // overflow 'reject' turns 2025-02-30 into an error instead of quietly moving it to 2 March.
    return { ok: true, value: Temporal.PlainDate.from(text, { overflow: 'reject' }) };
  } catch {
    return { ok: false, message: `"${text}" is not a real calendar day` };
  }
}

/** Monday of ISO week `week` of `year`. */
export function mondayOfIsoWeek(year: number, week: number): Temporal.PlainDate {
  // 4 January is always in ISO week 1.
  const jan4 = Temporal.PlainDate.from({ year, month: 1, day: 4 });
  return jan4.subtract({ days: jan4.dayOfWeek - 1 }).add({ weeks: week - 1 });
}

const parsed = new Map<string, ParseResult<PartialDate>>();

/**
 * A date as the stories write it ("2025", "2025-03", "2025-W10", "2025-03-05", spans), read once per
 * text: a page merging the timelines of a thousand stories reads the same few hundred dates many times.
 */
export function parsePartialDate(input: string): ParseResult<PartialDate> {
  let result = parsed.get(input);
  if (result === undefined) {
    result = readPartialDate(input);
    parsed.set(input, result);
  }
  return result;
}

function readPartialDate(input: string): ParseResult<PartialDate> {
  const text = input.trim();
  const fail = (why: string): ParseResult<PartialDate> => ({
    ok: false,
    message: `${why}; write it as ${PARTIAL_DATE_FORMS}`,
  });

  // Every form starts with its year, so a year before the first is refused once, here.
  const early = /^\d{4}(?:$|-)/.test(text) ? yearProblem(text, Number(text.slice(0, 4))) : undefined;
  if (early !== undefined) return fail(early);

  let m = YEAR.exec(text);
  if (m) return { ok: true, value: { precision: 'year', year: Number(m[1]) } };

  m = MONTH.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return fail(`"${text}" has no month ${m[2]}`);
    return { ok: true, value: { precision: 'month', year: Number(m[1]), month } };
  }

  m = WEEK.exec(text);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    const weeksInYear = Temporal.PlainDate.from({ year, month: 12, day: 28 }).weekOfYear ?? 52;
    if (week < 1 || week > weeksInYear) return fail(`"${text}": ${year} has ISO weeks 01 to ${weeksInYear}`);
    return { ok: true, value: { precision: 'week', year, week } };
  }

  if (text.includes('/')) {
    const [from = '', to = '', ...rest] = text.split('/');
    if (rest.length > 0) return fail(`"${text}" has more than one "/"`);
    const start = parseDay(from);
    if (!start.ok) return fail(`the start of span "${text}": ${start.message}`);
    const end = parseDay(to);
    if (!end.ok) return fail(`the end of span "${text}": ${end.message}`);
    if (Temporal.PlainDate.compare(start.value, end.value) >= 0) {
      return fail(`span "${text}" must end after it starts`);
    }
    return { ok: true, value: { precision: 'span', start: start.value, end: end.value } };
  }

  const day = parseDay(text);
  if (day.ok) return { ok: true, value: { precision: 'day', date: day.value } };
  return fail(DAY.test(text) ? day.message : `"${text}" is not a date`);
}

/** Parses a date the schema has already validated; throws if it was not. */
export function toPartialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const boundsOf = new WeakMap<PartialDate, { start: Temporal.PlainDate; end: Temporal.PlainDate }>();

/** First and last day the date may refer to, used for ordering and ranges (worked out once per date). */
export function bounds(d: PartialDate): { start: Temporal.PlainDate; end: Temporal.PlainDate } {
  let found = boundsOf.get(d);
  if (!found) {
    found = boundsFor(d);
    boundsOf.set(d, found);
  }
  return found;
}

function boundsFor(d: PartialDate): { start: Temporal.PlainDate; end: Temporal.PlainDate } {
  switch (d.precision) {
    case 'year':
      return {
        start: Temporal.PlainDate.from({ year: d.year, month: 1, day: 1 }),
        end: Temporal.PlainDate.from({ year: d.year, month: 12, day: 31 }),
      };
    case 'month': {
      const start = Temporal.PlainDate.from({ year: d.year, month: d.month, day: 1 });
      return { start, end: start.with({ day: start.daysInMonth }) };
    }
    case 'week': {
      const start = mondayOfIsoWeek(d.year, d.week);
      return { start, end: start.add({ days: 6 }) };
    }
    case 'day':
      return { start: d.date, end: d.date };
    case 'span':
      return { start: d.start, end: d.end };
  }
}

/**
 * Orders by first possible day, then by last: "2025-W10" (from Monday 3 March) sorts before
 * "2025-03-04", and "2025-03-03" before "2025-W10".
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ba = bounds(a);
  const bb = bounds(b);
  return Temporal.PlainDate.compare(ba.start, bb.start) || Temporal.PlainDate.compare(ba.end, bb.end);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The value of an HTML `datetime` attribute. HTML has no interval syntax, so a span is written as
 * the narrowest valid string that contains it (week, month or year), or, for a span across a new
 * year, its start year: the closest HTML allows.
 */
export function toDatetimeAttribute(d: PartialDate): string {
  switch (d.precision) {
    case 'year':
      return pad(d.year, 4);
    case 'month':
      return `${pad(d.year, 4)}-${pad(d.month)}`;
    case 'week':
      return `${pad(d.year, 4)}-W${pad(d.week)}`;
    case 'day':
      return d.date.toString();
    case 'span': {
      const { start, end } = d;
      if (start.yearOfWeek === end.yearOfWeek && start.weekOfYear === end.weekOfYear) {
        return `${pad(start.yearOfWeek ?? start.year, 4)}-W${pad(start.weekOfYear ?? 1)}`;
      }
      if (start.year === end.year && start.month === end.month) {
        return `${pad(start.year, 4)}-${pad(start.month)}`;
      }
      return pad(start.year, 4);
    }
  }
}

function dayFormat(locale: string, withWeekday = false): Intl.DateTimeFormat {
  return dateTimeFormat(locale, {
    ...(withWeekday ? { weekday: 'long' as const } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The JS Date of a calendar day at 00:00 UTC, for Intl. Not `Date.UTC(year, …)`: JS reads years 0-99
 * there as 1900-1999, so the year 50 would be shown as 1950.
 */
export function utcDate(p: Temporal.PlainDate): Date {
  return new Date(p.toZonedDateTime('UTC').epochMilliseconds);
}

/** Human wording at exactly the precision known: "2022", "March 2025", "week of 10 March 2025". */
export function formatPartialDate(d: PartialDate, locale = 'en-GB'): string {
  switch (d.precision) {
    case 'year':
      return String(d.year);
    case 'month':
      return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        utcDate(Temporal.PlainDate.from({ year: d.year, month: d.month, day: 1 })),
      );
    case 'week':
      return `week of ${dayFormat(locale).format(utcDate(mondayOfIsoWeek(d.year, d.week)))}`;
    case 'day':
      return dayFormat(locale).format(utcDate(d.date));
    case 'span':
      return dayFormat(locale).formatRange(utcDate(d.start), utcDate(d.end));
  }
}

/** Same as formatPartialDate but with the weekday for single days ("Wednesday, 5 March 2025" in en-GB). */
export function formatPartialDateLong(d: PartialDate, locale = 'en-GB'): string {
  return d.precision === 'day' ? dayFormat(locale, true).format(utcDate(d.date)) : formatPartialDate(d, locale);
}
