import type { AnnotationReport, DateItem, QuotationItem } from './annotationReport.ts';
import type { Place } from './proseAnnotations.ts';

/** The width the report is laid out for: a terminal of 100 columns. */
export const REPORT_WIDTH = 100;
/** Where an item's text starts: two spaces, then its line:column in a column of its own. */
const INDENT = 12;

const where = (place: Place | undefined): string =>
  `  ${place === undefined ? '-' : `${place.line}:${place.column}`}`.padEnd(INDENT - 1) + ' ';

/** How much of a quotation's words a line shows. */
const QUOTE_ROOM = 40;

/** Text cut to `max` characters, with "…" where it was cut. */
function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** One line: the item's place, then its text, cut to the width. */
const line = (place: Place | undefined, text: string, width: number): string => cut(where(place) + text, width);

/** One item whose every word matters (a warning, a review mark): wrapped under itself, never cut. */
function wrapped(place: Place | undefined, text: string, width: number): string {
  const lines: string[] = [];
  let current = where(place);
  for (const word of text.split(' ')) {
    if (current.trim().length > 0 && current.length + word.length > width && !current.endsWith('  ')) {
      lines.push(current.trimEnd());
      current = ' '.repeat(INDENT);
    }
    current += `${word} `;
  }
  lines.push(current.trimEnd());
  return lines.join('\n');
}

function quotationText(quote: QuotationItem): string {
  const who =
    quote.unattributed !== undefined
      ? `nobody's words: ${quote.unattributed}`
      : [
          `${quote.speaker ?? '?'}${quote.quotedBy === undefined ? '' : `, quoted by ${quote.quotedBy}`}`,
          ...(quote.callout ? ['callout'] : []),
          ...(quote.place === undefined ? ['NOT IN THE PROSE'] : []),
          quote.setting ?? '',
        ].join('; ');
  // The opening words are enough to find a quotation; the line's end (the setting) is cut first.
  return `"${cut(quote.text, QUOTE_ROOM)}" — ${who}`;
}

/** A date line; the `<time datetime>` is named where it differs from the date and the line has room. */
function dateText(date: DateItem, room: number): string {
  const status = date.status === 'expected' ? ' expected' : '';
  const when = `${date.shown} [${date.date}]${status}`;
  const text =
    date.phrase === undefined
      ? `${date.event}: ${when}, no mention in the prose`
      : `"${date.phrase}" -> ${date.event}: ${when}`;
  const time = ` <time ${date.datetime}>`;
  return date.datetime === date.date || [...text].length + time.length > room ? text : text + time;
}

/** A group: its title with the count and what it shows, then its lines, or "none". */
function group(title: string, about: string, lines: readonly string[]): string[] {
  return [`${title} (${lines.length}): ${about}`, ...(lines.length === 0 ? ['  none'] : lines), ''];
}

const byPlace = <T extends { place?: Place | undefined }>(items: readonly T[]): T[] =>
  [...items].sort(
    (a, b) =>
      (a.place?.line ?? Infinity) - (b.place?.line ?? Infinity) || (a.place?.column ?? 0) - (b.place?.column ?? 0),
  );

/**
 * The report as text an editor reads in a terminal: one group per kind of annotation, one line per
 * item with the line:column in the story file, at most `width` columns (a warning or review mark
 * longer than that wraps under itself).
 */
export function formatAnnotationReport(report: AnnotationReport, width = REPORT_WIDTH): string {
  const state = report.draft === undefined ? '' : report.draft ? ' of a draft' : ' of a published story';
  // The file on a line of its own: a story's path alone may take most of the width.
  const out = [`Annotation report${state}:`, report.file, ''];
  if (report.unavailable !== undefined)
    out.push(`The prose's annotations cannot be listed: ${report.unavailable} (see the problems above).`, '');
  else {
    out.push(
      ...group(
        'Actor mentions',
        'the first of each actor in each section links to its card',
        report.mentions.map((m) => line(m.place, `"${m.words}" -> ${m.actor} (${m.form})`, width)),
      ),
      ...group(
        'Quotations',
        'whose words each marks',
        report.quotations.map((q) => line(q.place, quotationText(q), width)),
      ),
      ...group(
        'Date mentions',
        'the event each phrase links to, its date as the page shows it [as written]',
        byPlace(report.dates).map((d) => line(d.place, dateText(d, width - INDENT), width)),
      ),
      ...group(
        'Note terms',
        'the words each note is attached to',
        report.notes.map((n) =>
          line(
            n.place,
            n.place === undefined ? `${n.id}: "${n.term}" NOT IN THE PROSE` : `"${n.term}" -> ${n.id}`,
            width,
          ),
        ),
      ),
    );
  }
  out.push(
    ...group(
      'Warnings',
      'near misses to look at',
      report.warnings.map((w) => wrapped(w.place, w.message, width)),
    ),
    ...group(
      'Review marks',
      report.draft === false ? 'the check refuses them in a published story' : 'to settle before publishing',
      report.reviewMarks.map((r) => wrapped(r.place, `${r.field}  ${r.text}`, width)),
    ),
  );
  return out.join('\n').trimEnd();
}
