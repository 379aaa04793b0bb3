import { parsePublicationDate } from '../dates/publicationDate.ts';
import { dateTimeFormat } from '../text/intl.ts';

/** A moment for `<time>`: its instant, and its day and time in words, in UTC. */
export interface DisplayTime {
  readonly datetime: string;
  readonly text: string;
}

/**
 * When a version was committed or a change made ("5 March 2025, 20:00 UTC"): in UTC, as the site
 * dates everything, so the page reads the same wherever it is built; two versions of one day differ
 * by their time. A value that is not a date and time is shown as written.
 */
export function versionTime(value: string, locale = 'en-GB'): DisplayTime {
  const parsed = parsePublicationDate(value);
  if (!parsed.ok || parsed.value.kind !== 'instant') return { datetime: value, text: value };
  const moment = new Date(parsed.value.instant.epochMilliseconds);
  const day = dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const time = dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  return { datetime: parsed.value.instant.toString(), text: `${day.format(moment)}, ${time.format(moment)} UTC` };
}
