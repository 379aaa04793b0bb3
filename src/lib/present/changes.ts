import { Temporal } from 'temporal-polyfill';
import { parsePublicationDate } from '../dates/publicationDate.ts';
import { anchorOfEntry, changeAnchorId } from '../story/anchors.ts';
import { firstWords } from './text.ts';
import type { Change, Story } from '../story/schema.ts';

/** How each kind of change is named on the page. */
export const CHANGE_LABELS: Readonly<Record<Change['kind'], string>> = {
  update: 'Updated',
  correction: 'Correction',
  clarification: 'Clarification',
};

/** One change as the page shows it: its anchor, its time in words and for `<time>`, and links to what it concerns. */
export interface ShownChange {
  readonly change: Change;
  /** `change-<n>`, n counting from 1 in the order the story lists them. */
  readonly anchor: string;
  readonly datetime: string;
  /** "6 March 2025, 09:00 GMT": in the offset the editor wrote, named, so no reader mistakes the hour. */
  readonly when: string;
  /** The anchors of what it concerns, with their words ("Waltz: “We have…”"). */
  readonly concerns: readonly { anchor: string; label: string }[];
}

/** A change's time in words, in the offset it was written with. */
export function changeTime(at: string, locale = 'en-GB'): { datetime: string; when: string } {
  const parsed = parsePublicationDate(at);
  if (!parsed.ok || parsed.value.kind !== 'instant') return { datetime: at, when: at };
  const offset = /([+-]\d{2}:?\d{2}|[Zz])$/u.exec(at)?.[1] ?? '+00:00';
  const zone = /^[Zz]$/u.test(offset)
    ? 'UTC'
    : offset.includes(':')
      ? offset
      : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const zoned = parsed.value.instant.toZonedDateTimeISO(zone);
  const when = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
    timeZoneName: 'short',
  }).format(new Date(parsed.value.instant.epochMilliseconds));
  return { datetime: zoned.toString({ timeZoneName: 'never', smallestUnit: 'second' }), when };
}

/** The words of an entry a change concerns: a section's heading, a quote's first words, an event's title, a name. */
function labelOf(story: Story, id: string): string {
  const section = story.sections.find((s) => s.id === id);
  if (section) return section.heading;
  const quote = story.quotes.find((q) => q.id === id);
  // As who's who shows a quote: its first words (present/text.ts).
  if (quote) return `“${firstWords(quote.text, 8, story.lang)}”`;
  const event = story.timeline.find((e) => e.id === id);
  if (event) return event.title;
  const actor = story.actors.find((a) => a.id === id);
  if (actor) return actor.name;
  return story.notes.find((n) => n.id === id)?.term ?? id;
}

/** Every change of the story, in the order it lists them, as the page shows them. */
export function shownChanges(story: Story, locale = story.lang): ShownChange[] {
  return story.changes.map((change, i) => ({
    change,
    anchor: changeAnchorId(i + 1),
    ...changeTime(change.at, locale),
    concerns: change.concerns.flatMap((id) => {
      const anchor = anchorOfEntry(story, id);
      return anchor === undefined ? [] : [{ anchor, label: labelOf(story, id) }];
    }),
  }));
}

/** The latest change (by its time), shown under the headline. */
export function latestChange(story: Story, locale = story.lang): ShownChange | undefined {
  const shown = shownChanges(story, locale);
  const instant = (c: ShownChange): Temporal.Instant => {
    const parsed = parsePublicationDate(c.change.at);
    return parsed.ok && parsed.value.kind === 'instant'
      ? parsed.value.instant
      : Temporal.Instant.fromEpochMilliseconds(0);
  };
  return shown.reduce<ShownChange | undefined>(
    (latest, c) => (latest === undefined || Temporal.Instant.compare(instant(c), instant(latest)) >= 0 ? c : latest),
    undefined,
  );
}

/** The corrections and clarifications about one entry (by id), for a note beside it. */
export function changesAbout(story: Story, id: string, locale = story.lang): ShownChange[] {
  return shownChanges(story, locale).filter((c) => c.change.kind !== 'update' && c.change.concerns.includes(id));
}

/** The corrections and clarifications of the story by the id each concerns (updates are not shown beside anything). */
export function correctionsById(story: Story, locale = story.lang): ReadonlyMap<string, ShownChange[]> {
  const byId = new Map<string, ShownChange[]>();
  for (const shown of shownChanges(story, locale))
    if (shown.change.kind !== 'update')
      for (const id of shown.change.concerns) byId.set(id, [...(byId.get(id) ?? []), shown]);
  return byId;
}
