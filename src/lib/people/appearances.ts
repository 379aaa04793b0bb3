import { comparePartialDates, toPartialDate, type PartialDate } from '../dates/partialDate.ts';
import { parsePublicationDate, publicationDay } from '../dates/publicationDate.ts';
import type { Actor, Quote, Story } from '../story/schema.ts';
import { mergedTimeline, type MergedEvent, type StoryOf } from '../topics/mergedTimeline.ts';

/** One of a person's quotes, in the explainer that has it. */
export interface PersonQuote {
  readonly slug: string;
  readonly storyTitle: string;
  readonly quote: Quote;
  /** When it was said, when the story says; else undefined (it is then dated by its story). */
  readonly said: PartialDate | undefined;
}

/** One explainer a person appears in, with the role the story gives them. */
export interface PersonStory {
  readonly slug: string;
  readonly story: Story;
  readonly actor: Actor;
}

/** Everything the site's explainers hold of one registered person. */
export interface Appearances {
  /** Newest first. */
  readonly explainers: readonly PersonStory[];
  /** Newest first: by when it was said, else by the story's date. */
  readonly quotes: readonly PersonQuote[];
  /** In date order, an event two stories report shown once. */
  readonly events: readonly MergedEvent[];
}

const storyDays = new WeakMap<Story, PartialDate>();

/**
 * The day a story was published, as a partial date (for ordering with the dates of what was said); read
 * once per story, since sorting a thousand stories for each person would otherwise parse it thousands of times.
 */
const storyDay = (story: Story): PartialDate => {
  let day = storyDays.get(story);
  if (day === undefined) {
    const published = parsePublicationDate(story.published);
    day = published.ok
      ? { precision: 'day', date: publicationDay(published.value) }
      : toPartialDate(story.published.slice(0, 10));
    storyDays.set(story, day);
  }
  return day;
};

const newestStoryFirst = (a: StoryOf, b: StoryOf): number =>
  comparePartialDates(storyDay(b.story), storyDay(a.story)) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** What the explainers say of the registered person `id`: where they appear, their quotes, their events. */
export function appearancesOf(id: string, stories: readonly StoryOf[]): Appearances {
  const explainers = [...stories].sort(newestStoryFirst).flatMap((entry): PersonStory[] => {
    const actor = entry.story.actors.find((a) => a.id === id);
    return actor ? [{ ...entry, actor }] : [];
  });
  const quotes = explainers
    .flatMap(({ slug, story }) =>
      story.quotes
        .filter((quote) => quote.speaker === id)
        .map((quote) => ({
          slug,
          storyTitle: story.title,
          quote,
          said: quote.said.date === undefined ? undefined : toPartialDate(quote.said.date),
          day: quote.said.date === undefined ? storyDay(story) : toPartialDate(quote.said.date),
        })),
    )
    // A stable sort: quotes said on the same day keep their explainer's order (newest first) and the story's.
    .sort((a, b) => comparePartialDates(b.day, a.day))
    .map(({ day: _day, ...quote }) => quote);
  // Merged when asked for (the person page), not for the person's preview card, which shows no events.
  let events: readonly MergedEvent[] | undefined;
  return {
    explainers,
    quotes,
    get events() {
      events ??= mergedTimeline(explainers).filter((merged) =>
        merged.reports.some((report) => report.event.actors.includes(id)),
      );
      return events;
    },
  };
}

/** How often each actor id appears across the explainers: in how many, and how many quotes. */
export function appearanceCounts(stories: readonly StoryOf[]): Map<string, { explainers: number; quotes: number }> {
  const counts = new Map<string, { explainers: number; quotes: number }>();
  for (const { story } of stories)
    for (const actor of story.actors) {
      const count = counts.get(actor.id) ?? { explainers: 0, quotes: 0 };
      counts.set(actor.id, {
        explainers: count.explainers + 1,
        quotes: count.quotes + story.quotes.filter((quote) => quote.speaker === actor.id).length,
      });
    }
  return counts;
}
