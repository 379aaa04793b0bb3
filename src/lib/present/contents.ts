import type { Story } from '../story/schema.ts';

export interface ContentsEntry {
  /** The fragment the link goes to, without "#". */
  readonly id: string;
  readonly label: string;
}

/**
 * The story's sections in order, its sources (which close the story), then the reference parts of
 * the page that the story has content for.
 */
export function contentsEntries(
  story: Pick<Story, 'sections' | 'timeline' | 'notes'> & Partial<Pick<Story, 'changes'>>,
): ContentsEntry[] {
  return [
    ...story.sections.map((s) => ({ id: s.id, label: s.heading })),
    { id: 'sources', label: 'Sources' },
    ...(story.timeline.length > 0 ? [{ id: 'timeline', label: 'Timeline' }] : []),
    { id: 'whos-who', label: 'Who’s who' },
    ...(story.notes.length > 0 ? [{ id: 'notes', label: 'Notes' }] : []),
    ...((story.changes?.length ?? 0) > 0 ? [{ id: 'changes', label: 'Changes' }] : []),
  ];
}
