import { comparePartialDates, formatPartialDate, toDatetimeAttribute, toPartialDate } from '../dates/partialDate.ts';
import type { TimelineEvent } from '../story/schema.ts';

/** Events in date order; events on the same date keep the editor's order (the sort is stable). */
export function sortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event) => ({ event, date: toPartialDate(event.date) }))
    .sort((a, b) => comparePartialDates(a.date, b.date))
    .map(({ event }) => event);
}

/** What happened and what is expected, each in date order. */
export function splitTimeline(events: readonly TimelineEvent[]): {
  happened: TimelineEvent[];
  expected: TimelineEvent[];
} {
  const sorted = sortTimeline(events);
  return {
    happened: sorted.filter((e) => e.status !== 'expected'),
    expected: sorted.filter((e) => e.status === 'expected'),
  };
}

export interface DisplayDate {
  /** Value for `<time datetime>`. */
  readonly datetime: string;
  /** The date in words, at exactly the precision known. */
  readonly text: string;
}

/** A partial date (as the frontmatter writes it) ready for a `<time>` element. */
export function displayPartialDate(date: string, locale = 'en-GB'): DisplayDate {
  const parsed = toPartialDate(date);
  return { datetime: toDatetimeAttribute(parsed), text: formatPartialDate(parsed, locale) };
}
