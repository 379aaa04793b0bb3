import { capitaliseFirst } from '../present/quotes.ts';
import type { Story } from '../story/schema.ts';
import type { EventSummary, ShareTarget } from './shareTargets.ts';
import { fitTitle, shortenTo, TITLE_MAX } from './shareTitle.ts';

/** What a link preview of one share page says: its title, description and image text. */
export interface ShareCard {
  /** og:title and the page title: at most TITLE_MAX characters (the image shows the whole quote). */
  readonly title: string;
  readonly description: string;
  /** Alternative text of the preview image. */
  readonly imageAlt: string;
  /** The page's visible heading for people who land on it. */
  readonly heading: string;
  /** The words of the page's link on to the element in the explainer. */
  readonly linkText: string;
}

const fromStory = (story: Story): string => `From the explainer “${story.title}”.`;

/** When an event was, inside a sentence: "4 March 2025", "expected, week of 10 March 2025". */
const when = (event: EventSummary): string => (event.expected ? `expected, ${event.date}` : event.date);
/** The same, opening a title or a sentence: "Week of 3 March 2025", "Expected, week of 10 March 2025". */
const whenFirst = (event: EventSummary, locale: string): string => capitaliseFirst(when(event), locale);

/** Ends a phrase written without a full stop (an event title) with one. */
const sentence = (text: string): string => (/[.!?…]["'”’)]*$/u.test(text) ? text : `${text}.`);

/** A quotation in a title: as many of its first words as fit, so the title says who and starts to say what. */
function quoteTitle(speaker: string, text: string): string {
  const whole = `${speaker}: “${text}”`;
  if ([...whole].length <= TITLE_MAX) return whole;
  return `${speaker}: “${shortenTo(text, TITLE_MAX - [...`${speaker}: “”`].length)}”`;
}

/** The words of a preview for one share target of `story`. */
export function shareCard(story: Story, target: ShareTarget): ShareCard {
  switch (target.kind) {
    case 'section':
      return {
        title: fitTitle([`${target.heading} – ${story.title}`, target.heading]),
        description: target.description,
        imageAlt: `${target.heading}: a section of the explainer “${story.title}”`,
        heading: target.heading,
        linkText: 'Read this section',
      };
    case 'quote': {
      const who = [target.speakerName, target.speakerRole].filter(Boolean).join(', ');
      return {
        title: quoteTitle(target.speakerName, target.text),
        description: `${who}. ${target.setting}. ${fromStory(story)}`,
        imageAlt: `Quote by ${who}: “${target.text}”`,
        heading: `“${target.text}”`,
        linkText: 'Read this quote in context',
      };
    }
    case 'timeline': {
      const first = target.events[0];
      const last = target.events.at(-1);
      const span =
        first === undefined || last === undefined
          ? ''
          : first === last
            ? `One event: ${first.title} (${when(first)}). `
            : `${target.events.length} events, from ${first.title} (${when(first)}) to ${last.title} (${when(last)}). `;
      return {
        title: fitTitle([`Timeline – ${story.title}`, 'Timeline']),
        description: `${span}${fromStory(story)}`,
        imageAlt:
          first === undefined
            ? `The timeline of the explainer “${story.title}”`
            : `The timeline of the explainer “${story.title}”, beginning ${first.date}: ${first.title}`,
        heading: 'Timeline',
        linkText: 'See the timeline',
      };
    }
    case 'event':
      return {
        title: fitTitle([
          `${whenFirst(target, story.lang)}: ${target.title} – ${story.title}`,
          `${whenFirst(target, story.lang)}: ${target.title}`,
        ]),
        description: `${whenFirst(target, story.lang)}: ${sentence(target.detail ?? target.title)} From the timeline of the explainer “${story.title}”.`,
        imageAlt: `${whenFirst(target, story.lang)}: ${target.title}. An event in the timeline of the explainer “${story.title}”`,
        heading: target.title,
        linkText: 'See this event in the timeline',
      };
    case 'whos-who': {
      const NAMED = 6;
      const names = target.actors.slice(0, NAMED).map((a) => a.name);
      const others = target.actors.length - names.length;
      const list = others > 0 ? `${names.join(', ')} and ${others} more` : names.join(', ');
      return {
        title: fitTitle([`Who’s who – ${story.title}`, 'Who’s who']),
        description: `The people, countries and organisations in the explainer “${story.title}”: ${list}.`,
        imageAlt: `Who’s who in the explainer “${story.title}”: ${target.actors
          .slice(0, 2)
          .map((a) => `${a.name}, ${a.role}`)
          .join('; ')}`,
        heading: 'Who’s who',
        linkText: 'See who’s who',
      };
    }
    case 'actor': {
      const named = `${target.name}, ${target.role}`;
      return {
        // A person's role says who they are; a country's or organisation's is a sentence about the story.
        title: fitTitle(
          target.actorKind === 'person'
            ? [`${named} – ${story.title}`, `${target.name} – ${story.title}`, named, target.name]
            : [`${target.name} – ${story.title}`, target.name],
        ),
        description:
          target.quote === undefined
            ? `${sentence(target.role)} ${fromStory(story)}`
            : `${sentence(target.role)} Quoted in the explainer “${story.title}”: “${target.quote.text}”`,
        imageAlt: target.quote === undefined ? named : `${named}: “${target.quote.text}”`,
        heading: target.name,
        linkText: `See ${target.name} in who’s who`,
      };
    }
  }
}
