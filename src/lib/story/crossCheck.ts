import { didYouMean } from '../text/didYouMean.ts';
import { normalise } from '../text/normalise.ts';
import { isPageOwnId, RESERVED_PREFIXES, RESERVED_SECTION_IDS } from './anchors.ts';
import type { Story } from './schema.ts';

export interface StoryProblem {
  readonly path: (string | number)[];
  readonly message: string;
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

function unknownActor(actorIds: readonly string[], wanted: string, path: StoryProblem['path']): StoryProblem {
  return {
    path,
    message:
      `"${wanted}" is not the id of any actor.${didYouMean(wanted, actorIds)} ` +
      `Use one of: ${actorIds.join(', ')}; or add an actor with id "${wanted}" under actors`,
  };
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
  const actorIds = story.actors.map((a) => a.id);
  const isActor = new Set(actorIds);

  story.quotes.forEach((quote, i) => {
    if (!isActor.has(quote.speaker)) problems.push(unknownActor(actorIds, quote.speaker, ['quotes', i, 'speaker']));
    if (quote.quotedBy !== undefined && !isActor.has(quote.quotedBy)) {
      problems.push(unknownActor(actorIds, quote.quotedBy, ['quotes', i, 'quotedBy']));
    }
  });

  story.timeline.forEach((event, i) => {
    event.actors.forEach((actor, j) => {
      if (!isActor.has(actor)) problems.push(unknownActor(actorIds, actor, ['timeline', i, 'actors', j]));
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

  problems.push(...sharedForms(story));
  return problems;
}

/**
 * How the prose matcher would see a name, alias or note term. Case is ignored too: a form opening a
 * sentence is capitalised, and "The Council" and "the council" name the same thing to a reader.
 */
const formKey = (form: string): string => normalise(form).toLowerCase();

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
