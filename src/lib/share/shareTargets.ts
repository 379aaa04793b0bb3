import type { ArticleImageFormat } from '../preview/formats.ts';
import { actorInitials, groupActorsByKind, KIND_LABELS } from '../present/actors.ts';
import { calloutText } from '../present/quotes.ts';
import { displayPartialDate, splitTimeline } from '../present/timeline.ts';
import { anchorId, movedAnchors, TIMELINE_ID, WHOS_WHO_ID } from '../story/anchors.ts';
import type { Actor, Section, Story, TimelineEvent } from '../story/schema.ts';
import { normalise } from '../text/normalise.ts';
import { firstSentence, sectionOpenings } from './sectionOpenings.ts';

/** One event as a card lists it: its date in words (at the precision known) and its title. */
export interface EventSummary {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly expected: boolean;
}

/** One actor as who's who lists them. */
export interface ActorSummary {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly actorKind: Actor['kind'];
  /** The kind in words ("Person", "Country"). */
  readonly kindLabel: string;
  /** What the page's avatar shows: initials, an organisation's acronym, or "?" for an unnamed source. */
  readonly initials: string;
}

/**
 * A part of a story that has its own share URL and preview card: a section, a quote callout, the
 * timeline, one event, who's who, or one actor. `id` is the anchor id on the explainer page, so
 * `/share/<id>/` lands on `#<id>`.
 */
export type ShareTarget =
  | {
      readonly kind: 'section';
      readonly id: string;
      readonly heading: string;
      /** One sentence for the card: the section's `summary`, or its first sentence. */
      readonly description: string;
    }
  | {
      readonly kind: 'quote';
      readonly id: string;
      readonly quoteId: string;
      readonly text: string;
      readonly speakerName: string;
      readonly speakerRole: string;
      readonly setting: string;
    }
  | {
      readonly kind: 'timeline';
      readonly id: string;
      /** Every event, in the page's order: what happened by date, then what is expected. */
      readonly events: readonly EventSummary[];
    }
  | ({ readonly kind: 'event'; readonly eventId: string; readonly detail?: string } & EventSummary)
  | {
      readonly kind: 'whos-who';
      readonly id: string;
      /** Every actor, in the page's order: people, then countries and organisations, then unnamed sources. */
      readonly actors: readonly ActorSummary[];
    }
  | ({
      readonly kind: 'actor';
      readonly actorId: string;
      readonly affiliation?: string;
      /** One thing they said, in their own words: their first callout, else their first quote. */
      readonly quote?: { readonly id: string; readonly text: string };
    } & ActorSummary);

function eventSummary(event: TimelineEvent, locale: string): EventSummary {
  return {
    id: anchorId('event', event.id),
    date: displayPartialDate(event.date, locale).text,
    title: event.title,
    expected: event.status === 'expected',
  };
}

function actorSummary(actor: Actor, locale: string): ActorSummary {
  return {
    id: anchorId('actor', actor.id),
    name: actor.name,
    role: actor.role,
    actorKind: actor.kind,
    kindLabel: KIND_LABELS[actor.kind],
    initials: actorInitials(actor, locale),
  };
}

/**
 * Every share target of a story, in reading order: sections, quote callouts, the timeline and its
 * events (when the story has a timeline), who's who and its actors. `describe` gives a section's card
 * sentence; the ids never depend on it.
 */
function targetsOf(story: Story, describe: (section: Section) => string): ShareTarget[] {
  const actors = new Map(story.actors.map((a) => [a.id, a]));
  const sections: ShareTarget[] = story.sections.map((section) => ({
    kind: 'section',
    id: section.id,
    heading: section.heading,
    description: describe(section),
  }));
  const quotes: ShareTarget[] = story.quotes
    .filter((quote) => quote.callout)
    .map((quote) => {
      const speaker = actors.get(quote.speaker);
      return {
        kind: 'quote',
        id: anchorId('quote', quote.id),
        quoteId: quote.id,
        text: calloutText(quote.text),
        speakerName: speaker?.name ?? quote.speaker,
        speakerRole: speaker?.role ?? '',
        setting: quote.said.setting,
      };
    });
  // The timeline and who's who in the order the page shows them.
  const { happened, expected } = splitTimeline(story.timeline);
  const events = [...happened, ...expected];
  const timeline: ShareTarget[] =
    events.length === 0
      ? []
      : [
          { kind: 'timeline', id: TIMELINE_ID, events: events.map((e) => eventSummary(e, story.lang)) },
          ...events.map((event): ShareTarget => ({
            kind: 'event',
            eventId: event.id,
            ...eventSummary(event, story.lang),
            ...(event.detail === undefined ? {} : { detail: event.detail }),
          })),
        ];
  const cast = groupActorsByKind(story.actors).flatMap((group) => group.actors);
  const whosWho: ShareTarget[] =
    cast.length === 0
      ? []
      : [
          { kind: 'whos-who', id: WHOS_WHO_ID, actors: cast.map((actor) => actorSummary(actor, story.lang)) },
          ...cast.map((actor): ShareTarget => {
            const own = story.quotes.filter((q) => q.speaker === actor.id);
            const quote = own.find((q) => q.callout) ?? own[0];
            return {
              kind: 'actor',
              actorId: actor.id,
              ...actorSummary(actor, story.lang),
              ...(actor.affiliation === undefined ? {} : { affiliation: actor.affiliation }),
              ...(quote === undefined ? {} : { quote: { id: quote.id, text: calloutText(quote.text) } }),
            };
          }),
        ];
  return [...sections, ...quotes, ...timeline, ...whosWho];
}

/** Every shareable part of a story, in reading order, with the words its card and share page show. */
export function shareTargets(story: Story, body: string): ShareTarget[] {
  // Parsed only when a section has no summary of its own.
  let openings: Map<string, string> | undefined;
  return targetsOf(story, (section) => {
    if (section.summary !== undefined) return section.summary;
    openings ??= sectionOpenings(body);
    return firstSentence(openings.get(normalise(section.heading)) ?? story.dek, story.lang);
  });
}

/**
 * The anchor ids of a story's page that have a share page, in reading order: the same rule as
 * shareTargets, without reading the prose. A control that copies a link asks here (or sharePathFor)
 * whether an element has a share URL.
 */
export function shareableIds(story: Story): string[] {
  return targetsOf(story, () => '').map((target) => target.id);
}

/**
 * The share pages a story keeps for its parts' former ids: each former anchor id of a shareable part
 * (a section, quote callout, event or actor that lists `formerIds`), with the part's anchor id now. A
 * share link sent round before the rename still finds a page there, which sends people and crawlers
 * on to the part's current one.
 */
export function movedShareIds(story: Story): ReadonlyMap<string, string> {
  const shareable = new Set(shareableIds(story));
  return new Map([...movedAnchors(story)].filter(([, now]) => shareable.has(now)));
}

/** Site-relative URL of a story's explainer page. */
export const explainerPath = (slug: string): string => `/explainers/${slug}/`;
/** Site-relative URL of the share page for one target. */
export const sharePath = (slug: string, id: string): string => `/explainers/${slug}/share/${id}/`;

/** Each story's shareable ids, worked out once: every link control of a page asks for its own. */
const shareable = new WeakMap<Story, ReadonlySet<string>>();

/** The share page of the element with anchor id `id` on the story's page, or undefined when it has none. */
export function sharePathFor(slug: string, story: Story, id: string): string | undefined {
  let ids = shareable.get(story);
  if (ids === undefined) shareable.set(story, (ids = new Set(shareableIds(story))));
  return ids.has(id) ? sharePath(slug, id) : undefined;
}

/** Site-relative URL of a preview image: the story's own, or one target's. */
export const previewImagePath = (slug: string, id?: string): string =>
  id === undefined ? `/explainers/${slug}/preview.png` : `${sharePath(slug, id)}preview.png`;

/** Site-relative URL of one of an explainer's article images (JSON-LD `image`): `preview-16x9.png` and so on. */
export const articleImagePath = (slug: string, format: ArticleImageFormat): string =>
  `/explainers/${slug}/preview-${format}.png`;
