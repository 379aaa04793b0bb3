/**
 * What one version of a story holds that versions are compared on, read leniently from its
 * frontmatter as written: an old version was checked against the schema of its day, not today's, so
 * a field the schema has since renamed or tightened must not stop its history from being read.
 * Entries without an id are passed over; texts are trimmed, as the schema trims them.
 */

/** The lists whose entries have ids (and former ids) that links point at. */
export const ID_LISTS = ['sections', 'actors', 'quotes', 'timeline', 'notes'] as const;
export type IdList = (typeof ID_LISTS)[number];

/** An entry of one of the ID_LISTS: its id, its former ids and where it stands in its list. */
export interface ListEntry {
  readonly id: string;
  readonly formerIds: readonly string[];
  readonly index: number;
}

export interface QuoteEntry extends ListEntry {
  readonly text: string;
  readonly speaker: string;
}

export interface EventEntry extends ListEntry {
  readonly date: string;
  readonly title: string;
}

/** An update, correction or clarification as written in `changes`. */
export interface ChangeEntry {
  readonly at: string;
  readonly kind: string;
  readonly text: string;
  readonly concerns: readonly string[];
  readonly index: number;
}

export interface VersionContent {
  readonly draft: boolean;
  readonly lang: string;
  readonly title: string;
  readonly dek: string;
  readonly keyPoints: readonly string[];
  /** The prose (Markdown), as below the frontmatter. */
  readonly body: string;
  readonly entries: Readonly<Record<IdList, readonly ListEntry[]>>;
  readonly quotes: readonly QuoteEntry[];
  readonly timeline: readonly EventEntry[];
  readonly changes: readonly ChangeEntry[];
  /** Each actor's name where the version gives one (registered people are named by the registry). */
  readonly actorNames: ReadonlyMap<string, string>;
  /** The frontmatter as written, to tell which other fields changed. */
  readonly fields: Readonly<Record<string, unknown>>;
}

type Fields = Record<string, unknown>;

const record = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};

/** A text field: YAML reads an unquoted 2022 as a number, which the schema takes back as written. */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return '';
}

const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter(Boolean) : []);
const list = (value: unknown): Fields[] => (Array.isArray(value) ? value.map(record) : []);

function entriesOf(value: unknown): (ListEntry & { fields: Fields })[] {
  return list(value).flatMap((fields, index) => {
    const id = text(fields['id']);
    return id === '' ? [] : [{ id, formerIds: texts(fields['formerIds']), index, fields }];
  });
}

export function versionContent(frontmatter: unknown, body: string): VersionContent {
  const fields = record(frontmatter);
  const entries = Object.fromEntries(ID_LISTS.map((name) => [name, entriesOf(fields[name])])) as Record<
    IdList,
    (ListEntry & { fields: Fields })[]
  >;
  const strip = ({ id, formerIds, index }: ListEntry): ListEntry => ({ id, formerIds, index });
  return {
    draft: fields['draft'] === true,
    lang: text(fields['lang']) || 'en-GB',
    title: text(fields['title']),
    dek: text(fields['dek']),
    keyPoints: texts(fields['keyPoints']),
    body,
    entries: Object.fromEntries(ID_LISTS.map((name) => [name, entries[name].map(strip)])) as Record<
      IdList,
      ListEntry[]
    >,
    quotes: entries.quotes.map((entry) => ({
      ...strip(entry),
      text: text(entry.fields['text']),
      speaker: text(entry.fields['speaker']),
    })),
    timeline: entries.timeline.map((entry) => ({
      ...strip(entry),
      date: text(entry.fields['date']),
      title: text(entry.fields['title']),
    })),
    changes: list(fields['changes']).map((change, index) => ({
      at: text(change['at']),
      kind: text(change['kind']),
      text: text(change['text']),
      concerns: texts(change['concerns']),
      index,
    })),
    actorNames: new Map(
      entries.actors.flatMap((actor) => {
        const name = text(actor.fields['name']);
        return name === '' ? [] : [[actor.id, name] as const];
      }),
    ),
    fields,
  };
}
