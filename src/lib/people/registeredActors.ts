import { Temporal } from 'temporal-polyfill';
import { bounds, toPartialDate } from '../dates/partialDate.ts';
import { parsePublicationDate, publicationDay } from '../dates/publicationDate.ts';
import { formKey, type StoryProblem } from '../story/crossCheck.ts';
import { didYouMean } from '../text/didYouMean.ts';

import type { People, Person } from './person.ts';

/** Where the registry's files are, as messages name them. */
export const PEOPLE_FOLDER = 'content/people';
export const personFile = (id: string): string => `${PEOPLE_FOLDER}/${id}.yaml`;

/** The role `person` held on `day`: the last listed whose dates cover it (a role without dates covers every day). */
export function roleOn(person: Person, day: Temporal.PlainDate): string | undefined {
  const covering = person.roles.filter((role) => {
    const starts =
      role.from === undefined || Temporal.PlainDate.compare(bounds(toPartialDate(role.from)).start, day) <= 0;
    const lasts = role.to === undefined || Temporal.PlainDate.compare(bounds(toPartialDate(role.to)).end, day) >= 0;
    return starts && lasts;
  });
  return covering.at(-1)?.role;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The registered person whose name or alias is `form`, if any. */
function registeredNamed(people: People, form: string): [string, Person] | undefined {
  const key = formKey(form);
  for (const entry of people)
    if ([entry[1].name, ...entry[1].aliases].some((registered) => formKey(registered) === key)) return entry;
  return undefined;
}

/**
 * A story's frontmatter with its registered actors written out in full. In a story, an actor with an
 * `id` and no `name` is a person or body of the registry (content/people/<id>.yaml): it takes the
 * registry's name, kind and aliases (plus any aliases the story adds), and the role it held on the
 * story's date unless the story gives one. An actor with a name is the story's own; it may not take a
 * registered id, nor a registered person's name or alias (that person would be two people on the site).
 * Everything else is left for the story schema to judge, so its messages stay the same.
 */
export function withRegisteredActors(
  frontmatter: unknown,
  people: People,
): { data: unknown; problems: StoryProblem[] } {
  const story = record(frontmatter);
  if (!story || !Array.isArray(story['actors'])) return { data: frontmatter, problems: [] };
  const problems: StoryProblem[] = [];
  const published = typeof story['published'] === 'string' ? parsePublicationDate(story['published']) : undefined;
  const day = published?.ok ? publicationDay(published.value) : undefined;
  const actors = story['actors'].map((written: unknown, i) => {
    const actor = record(written);
    if (!actor || typeof actor['id'] !== 'string') return written;
    const id = actor['id'];
    const person = people.get(id);
    if (actor['name'] === undefined) {
      if (!person) {
        problems.push({
          path: ['actors', i, 'id'],
          message: `"${id}" is not a registered person or body (${PEOPLE_FOLDER}/), and the actor has no name.${didYouMean(id, [...people.keys()])}`,
          fix: `use a registered id, add ${personFile(id)}, or give this actor its own name, kind and role`,
        });
        return written;
      }
      if (actor['kind'] !== undefined)
        problems.push({
          path: ['actors', i, 'kind'],
          message: `comes from the registry for "${id}" (${personFile(id)}: ${person.kind})`,
          fix: 'remove it here',
        });
      let role = actor['role'];
      if (role === undefined && day !== undefined) {
        role = roleOn(person, day);
        if (role === undefined)
          problems.push({
            path: ['actors', i, 'id'],
            message: `"${id}" has no role in ${personFile(id)} on ${day.toString()}, the story's date`,
            fix: `write the role it had in this story (role: …), or add the role with its dates to ${personFile(id)}`,
          });
      }
      const own = strings(actor['aliases']);
      const aliases = [...person.aliases, ...own.filter((alias) => !person.aliases.includes(alias))];
      return { ...actor, name: person.name, kind: person.kind, aliases, ...(role === undefined ? {} : { role }) };
    }
    if (person) {
      problems.push({
        path: ['actors', i, 'id'],
        message: `"${id}" is a registered ${person.kind} (${person.name}, ${personFile(id)}), so this actor would be two on the site`,
        fix: `to mean ${person.name}, remove name and kind here (keep the role, and only aliases the registry lacks); for someone else, choose another id`,
      });
      return written;
    }
    const forms: [(string | number)[], unknown][] = [
      [['actors', i, 'name'], actor['name']],
      ...strings(actor['aliases']).map((alias, j): [(string | number)[], unknown] => [
        ['actors', i, 'aliases', j],
        alias,
      ]),
    ];
    for (const [path, form] of forms) {
      if (typeof form !== 'string') continue;
      const named = registeredNamed(people, form);
      if (!named) continue;
      const [registeredId, registered] = named;
      problems.push({
        path,
        message: `"${form}" names the registered ${registered.kind} "${registeredId}" (${registered.name}, ${personFile(registeredId)}). Did you mean "id: ${registeredId}"?`,
        fix: `write "- id: ${registeredId}" with this story's role and no name or kind; a different ${registered.kind} needs a name of its own`,
      });
      break;
    }
    return written;
  });
  return { data: { ...story, actors }, problems };
}
