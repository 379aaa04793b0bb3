import type { Appearances } from '../people/appearances.ts';
import { personImagePath } from '../people/paths.ts';
import type { People } from '../people/person.ts';
import { actorInitials, KIND_LABELS } from '../present/actors.ts';
import { calloutText } from '../present/quotes.ts';
import { SITE_NAME } from '../present/site.ts';
import type { StoryOf } from '../topics/mergedTimeline.ts';
import { appearancesOf } from '../people/appearances.ts';
import type { PreviewCardContent } from './content.ts';

/** One person page's link preview: where the site serves it, and what it shows. */
export interface PersonCard {
  readonly path: string;
  readonly content: PreviewCardContent;
}

/**
 * The card of a person page, drawn like an actor's: initials, name, the role they hold now (else the
 * registry's description), their newest callout quote (else their newest quote), and how many
 * explainers they are in.
 */
export function personCard(id: string, person: NonNullable<ReturnType<People['get']>>, seen: Appearances): PersonCard {
  const quote = seen.quotes.find((q) => q.quote.callout) ?? seen.quotes[0];
  const count = seen.explainers.length;
  return {
    path: personImagePath(id),
    content: {
      kind: 'actor',
      siteName: SITE_NAME,
      section: 'People',
      kindLabel: KIND_LABELS[person.kind],
      name: person.name,
      role: person.roles.at(-1)?.role ?? person.description,
      initials: actorInitials({ id, name: person.name, aliases: person.aliases, kind: person.kind, role: '' }),
      unnamed: false,
      ...(quote ? { quote: calloutText(quote.quote.text) } : {}),
      storyTitle: count === 0 ? 'Not yet in an explainer' : `In ${count} ${count === 1 ? 'explainer' : 'explainers'}`,
    },
  };
}

/** Every registered person's card, from the explainers the site shows. */
export function personCards(people: People, stories: readonly StoryOf[]): PersonCard[] {
  return [...people].map(([id, person]) => personCard(id, person, appearancesOf(id, stories)));
}
