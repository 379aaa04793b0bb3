import { utcDate } from '../dates/partialDate.ts';
import { parsePublicationDate } from '../dates/publicationDate.ts';
import type { DisplayDate } from './timeline.ts';
import { dateTimeFormat } from '../text/intl.ts';

/**
 * A published/updated value for `<time>`: the day in words ("5 March 2025"), the day of an instant
 * taken in UTC, so the page reads the same wherever it is built. The datetime keeps the full instant.
 */
export function displayPublicationDate(value: string, locale = 'en-GB'): DisplayDate {
  const parsed = parsePublicationDate(value);
  if (!parsed.ok) throw new Error(parsed.message);
  const d = parsed.value;
  const format = dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (d.kind === 'day') {
    return {
      datetime: d.date.toString(),
      text: format.format(utcDate(d.date)),
    };
  }
  return { datetime: d.instant.toString(), text: format.format(new Date(d.instant.epochMilliseconds)) };
}

/** Milliseconds since the epoch of a publication date, for sorting (a bare day counts from 00:00 UTC). */
export function publicationTime(value: string): number {
  const parsed = parsePublicationDate(value);
  if (!parsed.ok) throw new Error(parsed.message);
  const d = parsed.value;
  return d.kind === 'day' ? utcDate(d.date).getTime() : d.instant.epochMilliseconds;
}

/** Items newest first by their published date; ties keep their order. */
export function newestFirst<T>(items: readonly T[], published: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, time: publicationTime(published(item)) }))
    .sort((a, b) => b.time - a.time)
    .map(({ item }) => item);
}
