import { calloutText } from '../present/quotes.ts';
import { SITE_NAME } from '../present/site.ts';
import type { ActorSummary, ShareTarget } from '../share/shareTargets.ts';
import type { Story } from '../story/schema.ts';
import type { ArticleImageFormat } from './formats.ts';

/** One event as a card lists it. */
export interface CardEvent {
  /** The date in words, at the precision known ("3 – 4 March 2025", "2022"). */
  readonly date: string;
  readonly title: string;
  readonly expected: boolean;
}

/** One actor as a card shows them: initials in a circle (dashed for an unnamed source), name and role. */
export interface CardActor {
  readonly name: string;
  readonly role: string;
  readonly initials: string;
  readonly unnamed: boolean;
}

/** Everything a preview card shows, and nothing else: the cache key is made from it. */
export type PreviewCardContent =
  | {
      readonly kind: 'story';
      readonly siteName: string;
      readonly title: string;
      readonly dek: string;
      /** One of the article images of the JSON-LD; without it, the 1.91:1 link preview. */
      readonly format?: ArticleImageFormat;
    }
  | {
      readonly kind: 'section';
      readonly siteName: string;
      readonly heading: string;
      readonly description: string;
      readonly storyTitle: string;
    }
  | {
      readonly kind: 'quote';
      readonly siteName: string;
      readonly text: string;
      readonly speakerName: string;
      readonly speakerRole: string;
      readonly storyTitle: string;
    }
  | {
      readonly kind: 'timeline';
      readonly siteName: string;
      /** Every event in the page's order; the card lists as many of the first as fit. */
      readonly events: readonly CardEvent[];
      readonly storyTitle: string;
    }
  | ({
      readonly kind: 'event';
      readonly siteName: string;
      readonly detail?: string;
      readonly storyTitle: string;
    } & CardEvent)
  | {
      readonly kind: 'whos-who';
      readonly siteName: string;
      /** Every actor in the page's order; the card lists as many of the first as fit. */
      readonly actors: readonly CardActor[];
      readonly storyTitle: string;
    }
  | ({
      readonly kind: 'actor';
      readonly siteName: string;
      /** "Person", "Country", …: the kicker of the card. */
      readonly kindLabel: string;
      /** One quote in their own words, as its callout shows it. */
      readonly quote?: string;
      readonly storyTitle: string;
      /** The kicker's first words; "Who’s who" (an actor of one story) when not given. */
      readonly section?: string;
    } & CardActor);

/** The card of a whole story: its title and standfirst, as a link preview or in one of the article image formats. */
export function storyPreview(story: Pick<Story, 'title' | 'dek'>, format?: ArticleImageFormat): PreviewCardContent {
  return {
    kind: 'story',
    siteName: SITE_NAME,
    title: story.title,
    dek: story.dek,
    ...(format === undefined ? {} : { format }),
  };
}

const cardEvent = ({ date, title, expected }: CardEvent): CardEvent => ({ date, title, expected });
const cardActor = ({ name, role, initials, actorKind }: ActorSummary): CardActor => ({
  name,
  role,
  initials,
  unnamed: actorKind === 'unnamed-source',
});

/** The card of one share target of a story. */
export function sharePreview(story: Pick<Story, 'title'>, target: ShareTarget): PreviewCardContent {
  const common = { siteName: SITE_NAME, storyTitle: story.title } as const;
  switch (target.kind) {
    case 'section':
      return { kind: 'section', ...common, heading: target.heading, description: target.description };
    case 'quote':
      return {
        kind: 'quote',
        ...common,
        // As the callout on the page shows it: the comma that hands over to "he said" is dropped.
        text: calloutText(target.text),
        speakerName: target.speakerName,
        speakerRole: target.speakerRole,
      };
    case 'timeline':
      return { kind: 'timeline', ...common, events: target.events.map(cardEvent) };
    case 'event':
      return {
        kind: 'event',
        ...common,
        ...cardEvent(target),
        ...(target.detail === undefined ? {} : { detail: target.detail }),
      };
    case 'whos-who':
      return { kind: 'whos-who', ...common, actors: target.actors.map(cardActor) };
    case 'actor':
      return {
        kind: 'actor',
        ...common,
        ...cardActor(target),
        kindLabel: target.kindLabel,
        ...(target.quote === undefined ? {} : { quote: target.quote.text }),
      };
  }
}
