import { newestFirst } from '../present/dates.ts';
import type { StoryOf } from './mergedTimeline.ts';
import { topicPath } from './topics.ts';

/** A link to another page of the site, with its words. */
export interface PageLink {
  readonly href: string;
  readonly text: string;
}

/** What an explainer links to besides itself: the explainer it follows, those that follow it, its topics. */
export interface StoryRelations {
  readonly earlier: PageLink | undefined;
  /** Newest first. */
  readonly later: readonly PageLink[];
  readonly topics: readonly PageLink[];
}

const linkTo = ({ slug, story }: StoryOf): PageLink => ({ href: `/explainers/${slug}/`, text: story.title });

/**
 * The relations of the explainer `slug` among `stories` (those the site shows): `follows` names the
 * earlier one, and every story that names this one in its `follows` is a later one.
 */
export function storyRelations(slug: string, stories: readonly StoryOf[]): StoryRelations {
  const self = stories.find((s) => s.slug === slug);
  const follows = self?.story.follows;
  const earlier = follows === undefined ? undefined : stories.find((s) => s.slug === follows);
  const later = newestFirst(
    stories.filter((s) => s.story.follows === slug),
    (s) => s.story.published,
  );
  return {
    earlier: earlier && linkTo(earlier),
    later: later.map(linkTo),
    topics: (self?.story.tags ?? []).map((tag) => ({ href: topicPath(tag), text: tag })),
  };
}
