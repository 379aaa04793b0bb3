import { didYouMean } from '../text/didYouMean.ts';
import { normalise } from '../text/normalise.ts';
import { isPageOwnId, RESERVED_PREFIXES, RESERVED_SECTION_IDS } from './anchors.ts';
import type { Story } from './schema.ts';
import { comparePublicationDates, parsePublicationDate } from '../dates/publicationDate.ts';

export interface StoryProblem {
  readonly path: (string | number)[];
  readonly message: string;
  /** What to do about it, when the message does not already say. */
  readonly fix?: string;
}

function duplicates<T extends { id: string }>(items: readonly T[], list: string): StoryProblem[] {
  const seen = new Map<string, number>();
  const problems: StoryProblem[] = [];
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      problems.push({
        path: [list, index, 'id'],
        message: `"${item.id}" is already the id of ${list}[${first}]; ids must be unique within ${list}, so choose another`,
      });
  });
  return problems;
}

/**
 * How the prose matcher would see a name, alias or note term. Case is ignored too: a form opening a
 * sentence is capitalised, and "The Council" and "the council" name the same thing to a reader.
 */
export const formKey = (form: string): string => normalise(form).toLowerCase();

function unknownActor(
  story: Story,
  wanted: string,
  path: StoryProblem['path'],
  list?: readonly string[],
): StoryProblem {
  const field = actorReferenceField(path);
  const named = field && nameInsteadOfId(story.actors, wanted, field, list);
  if (named) return { path, message: named };
  const actorIds = story.actors.map((a) => a.id);
  return {
    path,
    message:
      `"${wanted}" is not the id of any actor.${didYouMean(wanted, actorIds)} ` +
      `Use one of: ${actorIds.join(', ')}; or add an actor with id "${wanted}" under actors`,
  };
}

/** What of an actor is needed to tell which one a name stands for. */
export interface ActorForms {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** The field that names an actor by id at `path`: a quote's speaker or quotedBy, an event's actors. */
export function actorReferenceField(path: readonly PropertyKey[]): 'speaker' | 'quotedBy' | 'actors' | undefined {
  if (path.length === 3 && path[0] === 'quotes' && (path[2] === 'speaker' || path[2] === 'quotedBy')) return path[2];
  if (path.length === 4 && path[0] === 'timeline' && path[2] === 'actors' && typeof path[3] === 'number')
    return 'actors';
  return undefined;
}

/** "Grace Okafor" -> "grace-okafor": the id an editor might make of a name. */
const slugOf = (form: string): string =>
  formKey(form)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The actor whose name or alias `written` is (compared as the prose matcher compares them), or whose slug it is. */
function actorNamed(
  actors: readonly ActorForms[],
  written: string,
): { actor: ActorForms; form: string; kind: 'name' | 'alias' | 'slug' } | undefined {
  const key = formKey(written);
  for (const actor of actors) {
    if (formKey(actor.name) === key) return { actor, form: actor.name, kind: 'name' };
    const alias = actor.aliases.find((form) => formKey(form) === key);
    if (alias !== undefined) return { actor, form: alias, kind: 'alias' };
  }
  for (const actor of actors)
    for (const form of [actor.name, ...actor.aliases])
      if (slugOf(form) === written) return { actor, form, kind: 'slug' };
  return undefined;
}

/**
 * What to say of an actor written by its name or an alias where its id belongs ("Mike Waltz" for
 * waltz), or undefined when `written` names no actor. `list` is the whole list of a timeline event's
 * actors, shown as it should read.
 */
export function nameInsteadOfId(
  actors: readonly ActorForms[],
  written: string,
  field: 'speaker' | 'quotedBy' | 'actors',
  list: readonly string[] = [written],
): string | undefined {
  const named = actorNamed(actors, written);
  if (!named) return undefined;
  const what =
    named.kind === 'name'
      ? `"${written}" is a name, not an id`
      : named.kind === 'alias'
        ? `"${written}" is an alias of ${named.actor.name}, not an id`
        : `"${written}" is not the id of any actor, but it spells the name "${named.form}"`;
  const ids = new Set(actors.map((actor) => actor.id));
  const asIds = list.map((item) => (ids.has(item) ? item : (actorNamed(actors, item)?.actor.id ?? item)));
  return `${what}: write ${field === 'actors' ? `actors: [${asIds.join(', ')}]` : `${field}: ${named.actor.id}`}`;
}

/** Checks that span fields: unique ids, references between lists, ids that would collide on the page. */
export function crossCheckStory(story: Story): StoryProblem[] {
  const problems: StoryProblem[] = [
    ...duplicates(story.sections, 'sections'),
    ...duplicates(story.actors, 'actors'),
    ...duplicates(story.quotes, 'quotes'),
    ...duplicates(story.timeline, 'timeline'),
    ...duplicates(story.notes, 'notes'),
  ];
  const isActor = new Set(story.actors.map((a) => a.id));

  story.quotes.forEach((quote, i) => {
    if (!isActor.has(quote.speaker)) problems.push(unknownActor(story, quote.speaker, ['quotes', i, 'speaker']));
    if (quote.quotedBy !== undefined && !isActor.has(quote.quotedBy)) {
      problems.push(unknownActor(story, quote.quotedBy, ['quotes', i, 'quotedBy']));
    }
  });

  story.timeline.forEach((event, i) => {
    event.actors.forEach((actor, j) => {
      if (!isActor.has(actor)) problems.push(unknownActor(story, actor, ['timeline', i, 'actors', j], event.actors));
    });
  });

  const headings = new Map<string, number>();
  story.sections.forEach((section, i) => {
    if (isPageOwnId(section.id)) {
      problems.push({
        path: ['sections', i, 'id'],
        message: `"${section.id}" is used by the page itself (${RESERVED_SECTION_IDS.join(', ')}, each with -heading, and ids starting ${RESERVED_PREFIXES.join(', ')}); choose another`,
      });
    }
    const first = headings.get(section.heading);
    if (first !== undefined) {
      problems.push({
        path: ['sections', i, 'heading'],
        message: `"${section.heading}" is already the heading of sections[${first}]; each section needs its own heading`,
      });
    } else headings.set(section.heading, i);
  });

  problems.push(...sharedForms(story), ...formerIdProblems(story), ...changeProblems(story));
  return problems;
}

type WithFormerIds = { id: string; formerIds?: readonly string[] | undefined };
const LISTS = ['sections', 'actors', 'quotes', 'timeline', 'notes'] as const;

/**
 * A former id keeps old links working, so it must name nothing else: not an entry of the same list
 * (now or as another entry's former id), for a section not one of the page's own ids, and for a note
 * not a note's popover.
 */
function formerIdProblems(story: Story): StoryProblem[] {
  const problems: StoryProblem[] = [];
  for (const list of LISTS) {
    const entries: readonly WithFormerIds[] = story[list];
    const current = new Map(entries.map((entry, i) => [entry.id, i]));
    const former = new Map<string, number>();
    entries.forEach((entry, i) => {
      (entry.formerIds ?? []).forEach((old, j) => {
        const path = [list, i, 'formerIds', j];
        const now = current.get(old);
        const before = former.get(old);
        if (now !== undefined)
          problems.push({
            path,
            message: `"${old}" is the id of ${list}[${now}]${now === i ? ' itself' : ''}, so it cannot also be a former id`,
            fix:
              now === i
                ? 'remove it from formerIds'
                : `choose which entry "${old}" names: a link to it can lead to one only`,
          });
        else if (before !== undefined)
          problems.push({
            path,
            message: `"${old}" is already a former id of ${list}[${before}]; an old link can lead to one entry only`,
            fix: 'keep it on the entry old links should reach',
          });
        else if (list === 'sections' && isPageOwnId(old))
          problems.push({ path, message: `"${old}" is used by the page itself`, fix: 'remove it from formerIds' });
        // Its anchor, note-popover-…, would be the id of another note's popover; no note had such an id.
        else if (list === 'notes' && old.startsWith('popover-'))
          problems.push({
            path,
            message: `"${old}" starts with "popover-", which no note's id may, so it was never a note's id`,
            fix: 'remove it from formerIds',
          });
        else former.set(old, i);
      });
    });
  }
  return problems;
}

/** Each change concerns ids the story has, and comes no earlier than the story itself. */
function changeProblems(story: Story): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const ids = new Set(LISTS.flatMap((list) => (story[list] as readonly WithFormerIds[]).map((entry) => entry.id)));
  const published = parsePublicationDate(story.published);
  story.changes.forEach((change, i) => {
    change.concerns.forEach((id, j) => {
      if (!ids.has(id))
        problems.push({
          path: ['changes', i, 'concerns', j],
          message: `"${id}" is not the id of a section, quote, event, actor or note of this story.${didYouMean(id, [...ids])}`,
          fix: 'use the id of what the change concerns, as written in its id field',
        });
    });
    const at = parsePublicationDate(change.at);
    if (published.ok && at.ok && comparePublicationDates(at.value, published.value) < 0)
      problems.push({
        path: ['changes', i, 'at'],
        message: `is before the story was published (${story.published})`,
        fix: 'check the date and time of the change',
      });
  });
  return problems;
}

/**
 * A name or alias that two actors share, or a note term that is an actor's name or alias: a mention of
 * it could only ever be linked to one of them (the first actor listed, or the note), silently.
 */
function sharedForms(story: Story): StoryProblem[] {
  const problems: StoryProblem[] = [];
  /** Each form's first owner, as the field that holds it: `actors[1].aliases[0] ("United States", id us)`. */
  const owners = new Map<string, { actor: number; where: string }>();
  const named = (i: number): string => `("${story.actors[i]?.name ?? ''}", id ${story.actors[i]?.id ?? ''})`;
  story.actors.forEach((actor, i) => {
    const forms: [StoryProblem['path'], string, string][] = [
      [['actors', i, 'name'], 'name', actor.name],
      ...actor.aliases.map((alias, j): [StoryProblem['path'], string, string] => [
        ['actors', i, 'aliases', j],
        `aliases[${j}]`,
        alias,
      ]),
    ];
    for (const [path, field, form] of forms) {
      const key = formKey(form);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, { actor: i, where: `actors[${i}].${field} ${named(i)}` });
      // One actor may list a form twice ("A source" as name, "a source" as alias): it still names one actor.
      else if (owner.actor !== i) {
        problems.push({
          path,
          message:
            `"${form}" names two actors: ${owner.where} and actors[${i}] ${named(i)}, ` +
            'so a mention could only be linked to one of them; keep it on one actor and give the other a form of its own (a full name, a title)',
        });
      }
    }
  });
  story.notes.forEach((note, i) => {
    const owner = owners.get(formKey(note.term));
    if (owner === undefined) return;
    problems.push({
      path: ['notes', i, 'term'],
      message:
        `the term "${note.term}" of note "${note.id}" is also ${owner.where}, so the note would take that actor's link; ` +
        'make the term a longer phrase of the prose, or attach the note to another word',
    });
  });
  return problems;
}
