import { comparePartialDates, toPartialDate } from '../dates/partialDate.ts';
import type { Story, TimelineEvent } from '../story/schema.ts';

/** A story with its slug, as listings and merged timelines take them. */
export interface StoryOf {
  readonly slug: string;
  readonly story: Story;
}

/** One explainer's report of an event. */
export interface EventReport {
  readonly slug: string;
  readonly storyTitle: string;
  readonly event: TimelineEvent;
}

/**
 * One event of a merged timeline: the report shown (the one the others name with `sameAs`, else the
 * first) and every explainer that reports it, the shown one first.
 */
export interface MergedEvent {
  readonly shown: EventReport;
  readonly reports: readonly EventReport[];
}

const keyOf = (slug: string, eventId: string): string => `${slug}#${eventId}`;

/**
 * Every event of the stories in date order (precision kept: "March 2025" sorts before 3 March, as
 * comparePartialDates orders them), each event that stories declare the same (`sameAs`, followed from
 * story to story) shown once. A `sameAs` to a story not among these leaves the event on its own.
 */
export function mergedTimeline(stories: readonly StoryOf[]): MergedEvent[] {
  const reports = new Map<string, EventReport>();
  /** An event's former ids, each to its current key: a sameAs written before a rename still finds it. */
  const renamed = new Map<string, string>();
  for (const { slug, story } of stories)
    for (const event of story.timeline) {
      reports.set(keyOf(slug, event.id), { slug, storyTitle: story.title, event });
      for (const old of event.formerIds ?? []) renamed.set(keyOf(slug, old), keyOf(slug, event.id));
    }
  // Each report's group is named by the report its sameAs chain ends at (the event the others point to).
  const rootOf = (key: string, seen = new Set<string>()): string => {
    const report = reports.get(key);
    const same = report?.event.sameAs;
    if (!same || seen.has(key)) return key;
    const named = keyOf(same.story, same.event);
    const target = reports.has(named) ? named : (renamed.get(named) ?? named);
    if (!reports.has(target)) return key;
    seen.add(key);
    return rootOf(target, seen);
  };
  const groups = new Map<string, EventReport[]>();
  for (const key of reports.keys()) {
    const root = rootOf(key);
    const group = groups.get(root) ?? [];
    group.push(reports.get(key) as EventReport);
    groups.set(root, group);
  }
  const merged = [...groups.entries()].map(([root, group]): MergedEvent => {
    const shown = reports.get(root) as EventReport;
    return { shown, reports: [shown, ...group.filter((report) => report !== shown)] };
  });
  const dateOf = (m: MergedEvent) => toPartialDate(m.shown.event.date);
  // Expected events after what happened, as on an explainer's own timeline.
  const expected = (m: MergedEvent): number => (m.shown.event.status === 'expected' ? 1 : 0);
  return merged.sort((a, b) => expected(a) - expected(b) || comparePartialDates(dateOf(a), dateOf(b)));
}
