import type { Story } from './schema.ts';

/**
 * The anchor-id contract of an explainer page: the ids the page itself uses, and the prefix of each
 * kind of anchor the story's frontmatter names (`#quote-<id>`, `#event-<id>`, …). A section or a
 * heading of the prose may not take one of these, or the page would have an id twice.
 */
export const ANCHOR_PREFIX = {
  quote: 'quote-',
  event: 'event-',
  actor: 'actor-',
  note: 'note-',
} as const;

/** The kinds of entry the page gives an anchor with a prefix. */
export type AnchorKind = keyof typeof ANCHOR_PREFIX;

/** The page's anchor id for a quote, event, actor or note of the story: `anchorId('event', 'x')` is `event-x`. */
export const anchorId = (kind: AnchorKind, id: string): string => `${ANCHOR_PREFIX[kind]}${id}`;

type Anchored = { readonly id: string; readonly formerIds?: readonly string[] | undefined };

/** A section's anchor is its id itself; every other entry's has its kind's prefix. */
const anchorOf = (kind: AnchorKind | 'section', id: string): string => (kind === 'section' ? id : anchorId(kind, id));

/**
 * The anchor ids an entry had before (its `formerIds`, made as its id is made): the page keeps each
 * at the entry's new place, so `#<former>` links already shared still land on it.
 */
export function formerAnchorIds(kind: AnchorKind | 'section', entry: Pick<Anchored, 'formerIds'>): string[] {
  return (entry.formerIds ?? []).map((id) => anchorOf(kind, id));
}

/** Each former anchor id of the story's page, with the current anchor id it now leads to, in the story's order. */
export function movedAnchors(
  story: Pick<Story, 'sections' | 'quotes' | 'timeline' | 'actors' | 'notes'>,
): ReadonlyMap<string, string> {
  const moved = (kind: AnchorKind | 'section', entries: readonly Anchored[]): [string, string][] =>
    entries.flatMap((entry) =>
      formerAnchorIds(kind, entry).map((old): [string, string] => [old, anchorOf(kind, entry.id)]),
    );
  return new Map([
    ...moved('section', story.sections),
    ...moved('quote', story.quotes),
    ...moved('event', story.timeline),
    ...moved('actor', story.actors),
    ...moved('note', story.notes),
  ]);
}

/** Ids of the page's own parts; each also has `<id>-heading` for its heading. */
export const RESERVED_SECTION_IDS = [
  'top',
  'main',
  'at-a-glance',
  'contents',
  'story',
  'timeline',
  'whos-who',
  'notes',
  'changes',
  'sources',
] as const;

/** The ids of the page's timeline and who's who sections. */
export const TIMELINE_ID = 'timeline' satisfies (typeof RESERVED_SECTION_IDS)[number];
export const WHOS_WHO_ID = 'whos-who' satisfies (typeof RESERVED_SECTION_IDS)[number];

/** The page's anchor for the story's n-th change (1 for the first listed): `#change-1`. */
export const changeAnchorId = (n: number): string => `change-${n}`;

/** Ids the page makes from the story's ids: anchors, the callouts and mentions that point at them, changes. */
export const RESERVED_PREFIXES = [...Object.values(ANCHOR_PREFIX), 'callout-', 'mention-', 'change-'] as const;

/** Other ids of the page's own: the heading of each part, and the timeline's expected events. */
const OTHER_PAGE_IDS = new Set<string>([...RESERVED_SECTION_IDS.map((id) => `${id}-heading`), 'timeline-expected']);

/** Whether the page itself uses `id`, or may, for an anchor of the story. */
export function isPageOwnId(id: string): boolean {
  return (
    (RESERVED_SECTION_IDS as readonly string[]).includes(id) ||
    OTHER_PAGE_IDS.has(id) ||
    RESERVED_PREFIXES.some((prefix) => id.startsWith(prefix))
  );
}

/**
 * Every id a story's explainer page has, so an in-page `#link` in the prose can be checked: the
 * page's own sections, the story's sections, each quote, event, actor and note, and the former
 * anchors each of them keeps.
 */
export function pageAnchorIds(
  story: Pick<Story, 'sections' | 'quotes' | 'timeline' | 'actors' | 'notes'> & Partial<Pick<Story, 'changes'>>,
): Set<string> {
  return new Set<string>([
    ...RESERVED_SECTION_IDS,
    ...story.sections.map((s) => s.id),
    ...story.quotes.map((q) => anchorId('quote', q.id)),
    ...story.timeline.map((e) => anchorId('event', e.id)),
    ...story.actors.map((a) => anchorId('actor', a.id)),
    ...story.notes.map((n) => anchorId('note', n.id)),
    ...movedAnchors(story).keys(),
    ...(story.changes ?? []).map((_, i) => changeAnchorId(i + 1)),
  ]);
}

/**
 * The page's anchor of the entry with `id` in the story (a section, quote, event, actor or note), as a
 * change's `concerns` names it; undefined for an id the story lacks.
 */
export function anchorOfEntry(
  story: Pick<Story, 'sections' | 'quotes' | 'timeline' | 'actors' | 'notes'>,
  id: string,
): string | undefined {
  if (story.sections.some((s) => s.id === id)) return id;
  if (story.quotes.some((q) => q.id === id)) return anchorId('quote', id);
  if (story.timeline.some((e) => e.id === id)) return anchorId('event', id);
  if (story.actors.some((a) => a.id === id)) return anchorId('actor', id);
  if (story.notes.some((n) => n.id === id)) return anchorId('note', id);
  return undefined;
}
