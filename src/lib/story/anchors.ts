import { RESERVED_SECTION_IDS } from './crossCheck.ts';
import type { Story } from './schema.ts';

/** The prefix of each kind of anchor on an explainer page: `#quote-<id>`, `#event-<id>`, … */
export const ANCHOR_PREFIX = {
  quote: 'quote-',
  event: 'event-',
  actor: 'actor-',
  note: 'note-',
} as const;

/**
 * Every id a story's explainer page has, so an in-page `#link` in the prose can be checked: the
 * page's own sections, the story's sections, and each quote, event, actor and note.
 */
export function pageAnchorIds(
  story: Pick<Story, 'sections' | 'quotes' | 'timeline' | 'actors' | 'notes'>,
): Set<string> {
  return new Set<string>([
    ...RESERVED_SECTION_IDS,
    ...story.sections.map((s) => s.id),
    ...story.quotes.map((q) => `${ANCHOR_PREFIX.quote}${q.id}`),
    ...story.timeline.map((e) => `${ANCHOR_PREFIX.event}${e.id}`),
    ...story.actors.map((a) => `${ANCHOR_PREFIX.actor}${a.id}`),
    ...story.notes.map((n) => `${ANCHOR_PREFIX.note}${n.id}`),
  ]);
}
