import { Temporal } from 'temporal-polyfill';
import { yearProblem, type ParseResult } from './partialDate.ts';

/**
 * When a story was published or updated: a calendar day ("2025-03-05") when the time is not known,
 * or an instant with its UTC offset ("2025-03-05T18:30:00+00:00"). A time without an offset is
 * refused, because readers in other time zones would be shown the wrong moment.
 */
export type PublicationDate =
  | { readonly kind: 'day'; readonly date: Temporal.PlainDate; readonly text: string }
  | { readonly kind: 'instant'; readonly instant: Temporal.Instant; readonly text: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const HAS_OFFSET = /([Zz]|[+-]\d{2}(:?\d{2})?)$/;

export const PUBLICATION_DATE_FORMS = '"2025-03-05" (day) or "2025-03-05T18:30:00+00:00" (time with offset)';

export function parsePublicationDate(input: string): ParseResult<PublicationDate> {
  const text = input.trim();
  let value: PublicationDate;
  if (DAY.test(text)) {
    try {
      value = { kind: 'day', date: Temporal.PlainDate.from(text, { overflow: 'reject' }), text };
    } catch {
      return { ok: false, message: `"${text}" is not a real calendar day` };
    }
  } else if (HAS_TIME.test(text)) {
    if (!HAS_OFFSET.test(text)) {
      return { ok: false, message: `"${text}" has a time but no UTC offset; add one, e.g. "${text}+00:00"` };
    }
    try {
      value = { kind: 'instant', instant: Temporal.Instant.from(text), text };
    } catch {
      return { ok: false, message: `"${text}" is not a real date and time` };
    }
  } else {
    return { ok: false, message: `"${text}" is not a date; write it as ${PUBLICATION_DATE_FORMS}` };
  }
  // The day shown is the UTC day, so "0001-01-01T00:30:00+01:00" falls in year 0 too.
  const early = yearProblem(text, publicationDay(value).year);
  return early === undefined ? { ok: true, value } : { ok: false, message: early };
}

/** The calendar day a publication date falls on, as the newsroom dates it (UTC for instants). */
export function publicationDay(d: PublicationDate): Temporal.PlainDate {
  return d.kind === 'day' ? d.date : d.instant.toZonedDateTimeISO('UTC').toPlainDate();
}

/**
 * Orders two publication dates. When either is only a day, they are compared by day: a bare day
 * carries no time, so "updated 2025-03-05" is not before "published 2025-03-05T18:30:00+00:00".
 */
export function comparePublicationDates(a: PublicationDate, b: PublicationDate): number {
  if (a.kind === 'day' || b.kind === 'day') return Temporal.PlainDate.compare(publicationDay(a), publicationDay(b));
  return Temporal.Instant.compare(a.instant, b.instant);
}
