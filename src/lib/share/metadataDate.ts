import { parsePublicationDate } from '../dates/publicationDate.ts';

/** The UTC offset at the end of a date-time as the editor wrote it: `Z`, `+01`, `+0100` or `+01:00`. */
const OFFSET = /(?:[Zz]|([+-])(\d{2}):?(\d{2})?)$/u;

/**
 * A story's `published` or `updated` value as machine-read metadata carries it (JSON-LD
 * `datePublished`, `article:published_time`). A date and time is written out in full, ISO 8601
 * extended format, in the offset the editor gave: "2025-03-05T19:30+0100" becomes
 * "2025-03-05T19:30:00+01:00" and "…Z" becomes "…+00:00", which every consumer reads the same way. A
 * day stays a day ("2025-03-05", a schema.org `Date`): the story gives no time, so none is invented
 * (docs/architecture.md, "Site URL and metadata").
 */
export function metadataDate(value: string): string {
  const parsed = parsePublicationDate(value);
  if (!parsed.ok) throw new Error(parsed.message);
  const date = parsed.value;
  if (date.kind === 'day') return date.date.toString();
  const [, sign = '+', hours = '00', minutes = '00'] = OFFSET.exec(date.text) ?? [];
  return date.instant.toString({ timeZone: `${sign}${hours}:${minutes}` });
}
