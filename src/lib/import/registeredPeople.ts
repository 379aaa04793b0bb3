import { Temporal } from 'temporal-polyfill';
import type { People } from '../people/person.ts';
import { roleOn } from '../people/registeredActors.ts';
import { formKey } from '../story/crossCheck.ts';
import { PLACEHOLDER_ROLE } from './actors.ts';
import type { Proposal } from './importArticle.ts';
import type { ProposedActor } from './proposal.ts';

/**
 * The proposal with the people and bodies the site has registered (content/people) named by their
 * registered ids: an actor whose name or alias is a registered person's becomes that person (two
 * actors that are the same person become one), and the quotes and events follow. The registry's
 * name and forms then serve the story; the report's role is kept, and where the report gives none the
 * registry's role on the publication day stands. An actor the registry does not know that happens to
 * take a registered id is given another, so the draft never claims someone it does not mean.
 */
export function withRegisteredPeople(proposal: Proposal, people: People, published: string): Proposal {
  if (people.size === 0) return proposal;
  const byForm = new Map<string, string>();
  for (const [id, person] of people) for (const form of [person.name, ...person.aliases]) byForm.set(formKey(form), id);
  const day = Temporal.PlainDate.from(published);
  const renamed = new Map<string, string>();
  const actors = new Map<string, ProposedActor>();
  const taken = new Set(people.keys());
  for (const actor of proposal.actors) {
    const registeredId = [actor.name, ...actor.aliases].map((form) => byForm.get(formKey(form))).find(Boolean);
    if (registeredId === undefined) {
      let id = actor.id;
      for (let n = 2; taken.has(id); n++) id = `${actor.id}-${n}`;
      taken.add(id);
      renamed.set(actor.id, id);
      actors.set(id, { ...actor, id });
      continue;
    }
    renamed.set(actor.id, registeredId);
    const person = people.get(registeredId);
    if (!person) continue;
    const known = new Set([person.name, ...person.aliases].map(formKey));
    const earlier = actors.get(registeredId);
    const aliases = [
      ...(earlier?.aliases ?? []),
      ...[actor.name, ...actor.aliases].filter((f) => !known.has(formKey(f))),
    ];
    // Where the report gives no role, the registry's for the day stands in (when it has one).
    const placeholder = actor.role === PLACEHOLDER_ROLE[actor.kind];
    const registryRole = roleOn(person, day);
    const role = earlier?.role ?? (placeholder && registryRole !== undefined ? registryRole : actor.role);
    const review = [
      earlier?.review,
      placeholder && registryRole !== undefined ? undefined : actor.review,
      `Matched to the registered ${person.kind} "${registeredId}" (${person.name}): check it is them.`,
    ].filter((r, i, all): r is string => r !== undefined && all.indexOf(r) === i);
    actors.set(registeredId, {
      id: registeredId,
      name: person.name,
      aliases: [...new Set(aliases)],
      kind: person.kind,
      role,
      review: review.join(' '),
      registered: true,
    });
  }
  const idOf = (id: string): string => renamed.get(id) ?? id;
  return {
    ...proposal,
    actors: [...actors.values()],
    quotes: proposal.quotes.map((q) => ({
      ...q,
      ...(q.speaker === undefined ? {} : { speaker: idOf(q.speaker) }),
      ...(q.quotedBy === undefined ? {} : { quotedBy: idOf(q.quotedBy) }),
    })),
    timeline: proposal.timeline.map((e) => ({ ...e, actors: [...new Set(e.actors.map(idOf))] })),
  };
}
