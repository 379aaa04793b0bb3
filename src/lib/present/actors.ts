import type { Actor, Quote, Story, TimelineEvent } from '../story/schema.ts';
import { initials } from './text.ts';
import { sortTimeline } from './timeline.ts';

export type ActorKind = Actor['kind'];

/** The kind in words, as a reader would say it. */
export const KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  organisation: 'Organisation',
  country: 'Country',
  group: 'Group',
  'unnamed-source': 'Unnamed source',
};

export interface ActorGroup {
  readonly id: 'people' | 'bodies' | 'unnamed';
  readonly label: string;
  readonly actors: readonly Actor[];
}

const GROUPS: readonly { id: ActorGroup['id']; label: string; kinds: readonly ActorKind[] }[] = [
  { id: 'people', label: 'People', kinds: ['person'] },
  { id: 'bodies', label: 'Countries and organisations', kinds: ['country', 'organisation', 'group'] },
  { id: 'unnamed', label: 'Unnamed sources', kinds: ['unnamed-source'] },
];

/**
 * People first, then countries and organisations (and other groups), then unnamed sources; within a
 * group the order the editor gave. Empty groups are left out.
 */
export function groupActorsByKind(actors: readonly Actor[]): ActorGroup[] {
  return GROUPS.map(({ id, label, kinds }) => ({
    id,
    label,
    actors: actors.filter((a) => kinds.includes(a.kind)),
  })).filter((g) => g.actors.length > 0);
}

const ACRONYM = /^\p{Lu}{2,4}$/u;

/**
 * Initials for the avatar; an organisation known by an acronym alias ("NATO") shows that instead, and an
 * unnamed source a question mark.
 */
export function actorInitials(actor: Actor, locale = 'en-GB'): string {
  // Whose words these are is exactly what the reader is not told.
  if (actor.kind === 'unnamed-source') return '?';
  if (actor.kind !== 'person') {
    const acronym = actor.aliases.find((a) => ACRONYM.test(a));
    if (acronym !== undefined) return acronym;
  }
  return initials(actor.name, locale);
}

export interface ActorEntry {
  readonly actor: Actor;
  /** Quotes in the actor's own words. */
  readonly quotes: readonly Quote[];
  /** Quotes of someone else that this actor relayed. */
  readonly relayed: readonly Quote[];
  /** Events the actor took part in, in date order. */
  readonly events: readonly TimelineEvent[];
}

/** For each actor (in the story's order): their quotes, the quotes they relayed and their events. */
export function actorEntries(story: Pick<Story, 'actors' | 'quotes' | 'timeline'>): Map<string, ActorEntry> {
  const events = sortTimeline(story.timeline);
  const entries = new Map<string, ActorEntry>();
  for (const actor of story.actors) {
    entries.set(actor.id, {
      actor,
      quotes: story.quotes.filter((q) => q.speaker === actor.id),
      relayed: story.quotes.filter((q) => q.quotedBy === actor.id),
      events: events.filter((e) => e.actors.includes(actor.id)),
    });
  }
  return entries;
}

/** Looks an actor up by id; throws a message naming the id, for data the schema has already checked. */
export function actorById(actors: readonly Actor[], id: string): Actor {
  const actor = actors.find((a) => a.id === id);
  if (actor === undefined) {
    throw new Error(`No actor with id "${id}"; known actors: ${actors.map((a) => a.id).join(', ')}`);
  }
  return actor;
}
