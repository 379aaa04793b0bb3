import { slug } from 'github-slugger';
import type { StoryOf } from './mergedTimeline.ts';

/** A topic: one of the stories' tags, with its URL part and the explainers tagged with it. */
export interface Topic {
  /** The URL part: /topics/<slug>/. */
  readonly slug: string;
  /** The tag as the newest story that has it writes it. */
  readonly name: string;
  readonly stories: readonly StoryOf[];
}

/** The URL part of a tag: "Russia-Ukraine war" -> "russia-ukraine-war"; tags that differ only in case are one topic. */
export const topicSlug = (tag: string): string => slug(tag);

export const topicPath = (tag: string): string => `/topics/${topicSlug(tag)}/`;

/** Every topic of the stories (given newest first), most explainers first, then by name. */
export function topicsOf(stories: readonly StoryOf[]): Topic[] {
  const topics = new Map<string, { name: string; stories: StoryOf[] }>();
  for (const entry of stories)
    for (const tag of new Set(entry.story.tags.map(topicSlug))) {
      const name = entry.story.tags.find((t) => topicSlug(t) === tag) ?? tag;
      const topic = topics.get(tag) ?? { name, stories: [] };
      topic.stories.push(entry);
      topics.set(tag, topic);
    }
  return [...topics.entries()]
    .filter(([tagSlug]) => tagSlug.length > 0)
    .map(([tagSlug, topic]) => ({ slug: tagSlug, ...topic }))
    .sort((a, b) => b.stories.length - a.stories.length || a.name.localeCompare(b.name, 'en'));
}
