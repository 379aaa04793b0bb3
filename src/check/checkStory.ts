import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { annotateDateMentions } from '../plugins/rehypeDateMentions.ts';
import { annotateNotes } from '../plugins/rehypeNotes.ts';
import { annotateQuotes } from '../plugins/rehypeQuotes.ts';
import { sectionProblems } from '../plugins/rehypeStorySections.ts';
import { parseProse, proseToHast } from '../lib/story/storyMarkdown.ts';
import { mdxSyntaxProblem } from '../lib/story/mdxMessages.ts';
import { pageAnchorIds } from '../lib/story/anchors.ts';
import { reviewMarks } from '../lib/story/reviewMarks.ts';
import { actorReferenceField, nameInsteadOfId, type ActorForms } from '../lib/story/crossCheck.ts';
import { headingProblems } from '../lib/story/headingIds.ts';
import type { Problem } from '../lib/story/problem.ts';
import {
  decodedCharacterProblems,
  MAX_PROSE_CHARACTERS,
  proseSafetyProblems,
  tooDeep,
  type ProseContext,
} from '../lib/story/proseSafety.ts';
import { storyObjectSchema, storySchema, type Story } from '../lib/story/schema.ts';
import { unsafeCharacters } from '../lib/story/textSafety.ts';
import { describeIssue, fieldName } from './issueMessages.ts';
import { peopleFolderOf, readPeopleFolder } from './peopleFolder.ts';
import type { People } from '../lib/people/person.ts';
import { withRegisteredActors } from '../lib/people/registeredActors.ts';
import { closestMatch, didYouMean } from '../lib/text/didYouMean.ts';
import { readFrontmatter } from './frontmatter.ts';
import { knownKeysAt } from './knownKeys.ts';
import { imageFileProblem } from './storyImages.ts';
import { decodeStory } from './storySource.ts';
import { isStorySlug } from './storyFolders.ts';

export { fieldName } from './issueMessages.ts';

/** A problem with the place in the file where the editor can fix it. */
export interface LocatedProblem extends Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** What the build and the dev server say of a story the check refuses: a count, then the check's own lines. */
export function problemReport(display: string, problems: readonly LocatedProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `${display}: ${count} (npm run check):\n${problems.map(formatLocated).join('\n')}`;
}

/** `file:line:column  field  message  (fix: …)`, one line per problem. */
export function formatLocated(problem: LocatedProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problemLine(problem)}`;
}

/** A draft's review mark, in the same form with "warning" before the field. */
export function formatWarning(warning: LocatedProblem): string {
  return `${warning.file}:${warning.line}:${warning.column}  warning  ${problemLine(warning)}`;
}

const problemLine = (problem: LocatedProblem): string =>
  `${problem.field}  ${problem.message}${problem.fix === undefined ? '' : `  (fix: ${problem.fix})`}`;

/** `quotes[3].speaker` -> `['quotes', 3, 'speaker']`. */
function pathOf(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/** What a story is checked against besides itself: the site's other stories and the files beside it. */
export interface StoryContext {
  /** Slugs of every story of the site, for links to other explainers. */
  readonly slugs: ReadonlySet<string>;
  /** The story's folder, where its images must be. */
  readonly folder: string;
  /** The registry of people and bodies stories refer to by id (content/people). */
  readonly people: People;
}

/** The context of a story file read from disk: its folder, and the story folders beside it. */
export function contextOf(storyFile: string): StoryContext {
  const folder = path.dirname(path.resolve(storyFile));
  let siblings: string[] = [];
  try {
    siblings = readdirSync(path.dirname(folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isStorySlug(entry.name))
      .map((entry) => entry.name);
  } catch {
    // A story given on its own, outside a folder of stories: only links to itself can be checked.
  }
  const people = readPeopleFolder(peopleFolderOf(path.dirname(folder))).people;
  return { slugs: new Set([...siblings, path.basename(folder)]), folder, people };
}

/** sha256 of a story file's bytes: the key under which the build remembers that it passed the check. */
export function storyHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The problems of a story file on disk, read as bytes so that an encoding problem is named rather
 * than guessed at. `display` is the path the problems show. Used by `npm run check`, by the build
 * before it starts, and by the build's MDX pipeline for any story it compiles.
 */
export function checkStoryFile(
  file: string,
  display: string,
  context: StoryContext = contextOf(file),
): StoryCheck & { hash: string } {
  const bytes = readFileSync(file);
  const hash = storyHash(bytes);
  const decoded = decodeStory(bytes);
  if ('problem' in decoded) return { problems: [{ ...decoded.problem, file: display }], hash };
  return { ...checkStorySource(display, decoded.text, context), hash };
}

/**
 * Every problem of one story: its encoding and characters, its YAML (read as the build reads it),
 * its frontmatter against the schema (with "did you mean" for unknown keys), the links between
 * lists, what the prose may contain, and the prose against the frontmatter (quotes, date mentions,
 * note terms, sections). The build runs the same function before it builds anything.
 */
export function checkStory(file: string, source: string, context: StoryContext = contextOf(file)): LocatedProblem[] {
  return checkStorySource(file, source, context).problems;
}

/** A story that passed the check, as the check read it: handed on so nothing downstream reads it again. */
export interface CheckedStory {
  /** The validated frontmatter, defaults applied. */
  readonly story: Story;
  /** The prose, as the frontmatter split left it. */
  readonly body: string;
}

/** The problems of a story, and the story itself when there are none. */
export interface StoryCheck {
  readonly problems: LocatedProblem[];
  /** What a draft still has to settle (its review marks): listed, never a reason to refuse it. */
  readonly warnings?: LocatedProblem[];
  readonly checked?: CheckedStory;
  /** Where a story that passed links to other explainers: a published story may not link to a draft. */
  readonly storyLinks?: StoryLink[];
  /** The other explainers it names in `follows` and events' `sameAs`, judged with all the stories. */
  readonly relations?: StoryRelation[];
}

/** A story's `follows` or an event's `sameAs`, at its place in the file. */
export interface StoryRelation extends StoryLink {
  /** The other story's event, for `sameAs`. */
  readonly event: string | undefined;
  readonly field: string;
}

/** A link to another explainer, at its place in the file. */
export interface StoryLink {
  readonly slug: string;
  readonly line: number;
  readonly column: number;
}

/** checkStory with the warnings (a draft's review marks) and the checked story; `source` already decoded. */
export function checkStorySource(file: string, source: string, context: StoryContext): StoryCheck {
  const problems: LocatedProblem[] = [];
  const done = (): StoryCheck => ({ problems: sorted(problems) });
  const at = (line: number, column: number, problem: Problem): void => {
    problems.push({ ...problem, file, line, column });
  };

  const read = readFrontmatter(source);
  if ('problems' in read) return { problems: read.problems.map((problem) => ({ ...problem, file })) };
  const { split, data: frontmatter, document: doc, place: yamlAt } = read.frontmatter;

  const locate = (path: readonly PropertyKey[], key?: string): { line: number; column: number } => {
    let node: unknown = doc.contents;
    let offset = 0;
    const full = key === undefined ? path : [...path, key];
    for (const [i, segment] of full.entries()) {
      const range = (node as YamlNode | null)?.range;
      if (range) offset = range[0];
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
        if (!pair) break;
        if (key !== undefined && i === full.length - 1) {
          offset = (pair.key as YamlNode).range?.[0] ?? offset;
          node = undefined;
          break;
        }
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
      else break;
    }
    const range = (node as YamlNode | null | undefined)?.range;
    return yamlAt(range ? range[0] : offset);
  };

  // Registered people are written out in full first, so the schema judges every actor the same way.
  const registered = withRegisteredActors(frontmatter ?? {}, context.people);
  for (const problem of registered.problems) {
    const { line, column } = locate(problem.path);
    at(line, column, {
      field: fieldName(problem.path),
      message: problem.message,
      ...(problem.fix === undefined ? {} : { fix: problem.fix }),
    });
  }
  const data: unknown = registered.data;
  const parsed = storySchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    // A value of the wrong type also fails the checks made on it (a string's length against a list's
    // maximum): only the first problem at each place is worth an editor's time.
    const seen = new Set<string>();
    // An actor the registry check has spoken for (an unknown registered id) is not described again field by field.
    const spokenFor = registered.problems.map((problem) => fieldName(problem.path.slice(0, 2)));
    for (const issue of parsed.error.issues) {
      const place = fieldName(issue.path);
      if (spokenFor.some((actor) => place.startsWith(`${actor}.`))) continue;
      if (issue.code !== 'unrecognized_keys' && seen.has(place)) continue;
      seen.add(place);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const suggestion = closestMatch(key, knownKeysAt(storyObjectSchema, issue.path));
          const { line, column } = locate(issue.path, key);
          at(line, column, {
            field: fieldName([...issue.path, key]),
            message: `is not a field of ${issue.path.length === 0 ? 'a story' : fieldName(issue.path)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
            fix: suggestion
              ? `rename it to ${suggestion}`
              : 'remove it, or check its spelling against docs/reference/frontmatter.md',
          });
        }
        continue;
      }
      const { line, column } = locate(issue.path);
      const named = nameWrittenForId(data, issue);
      at(line, column, {
        field: fieldName(issue.path) || '(frontmatter)',
        ...(named ? { message: named } : describeIssue(issue)),
      });
    }
  }

  if (split.body.trim().length === 0) {
    at(split.bodyLine, 1, {
      field: '(prose)',
      message: 'the story has no prose',
      fix: 'write the story in Markdown below the closing "---"',
    });
    return done();
  }
  const proseAt = (line: number, column: number, problem: Problem): void =>
    at(split.bodyLine + line - 1, column, problem);
  if (split.body.length > MAX_PROSE_CHARACTERS) {
    proseAt(1, 1, {
      field: '(prose)',
      message: `is ${split.body.length.toLocaleString('en-GB')} characters long; a story may have at most ${MAX_PROSE_CHARACTERS.toLocaleString('en-GB')}`,
      fix: 'split it into several stories',
    });
    return done();
  }
  const unsafeAsWritten = unsafeCharacters(split.body, true);
  for (const bad of unsafeAsWritten) {
    const before = split.body.slice(0, bad.index).split('\n');
    proseAt(before.length, (before.at(-1)?.length ?? 0) + 1, {
      field: '(prose)',
      message: `contains ${bad.what}`,
      fix: bad.fix,
    });
  }

  // The prose is checked whenever the frontmatter has the right shape, even if ids do not line up.
  const story = parsed.success ? parsed.data : storyObjectSchema.safeParse(data, { reportInput: true }).data;
  let mdast: MdastRoot;
  try {
    mdast = parseProse(split.body);
  } catch (error) {
    if (error instanceof RangeError) {
      proseAt(1, 1, {
        field: '(prose)',
        message: 'is nested too deeply to be read (lists, quotes or tags inside each other)',
        fix: 'flatten it: a story needs a few levels at most',
      });
      return done();
    }
    const problem = mdxSyntaxProblem(error, split.body);
    proseAt(problem.at?.line ?? 1, problem.at?.column ?? 1, problem);
    return done();
  }
  const deep = tooDeep(mdast);
  if (deep) {
    proseAt(deep.at?.line ?? 1, deep.at?.column ?? 1, deep);
    return done();
  }
  // Characters written as references (`&#x202E;`) are only seen once the Markdown is read.
  if (unsafeAsWritten.length === 0)
    for (const problem of decodedCharacterProblems(mdast))
      proseAt(problem.at?.line ?? 1, problem.at?.column ?? 1, problem);
  const storyLinks: StoryLink[] = [];
  const prose: ProseContext = {
    anchors: story ? pageAnchorIds(story) : undefined,
    slugs: context.slugs,
    imageFileProblem: (relative) => imageFileProblem(context.folder, relative),
    onStoryLink: (slug, where) =>
      storyLinks.push({ slug, line: split.bodyLine + (where?.line ?? 1) - 1, column: where?.column ?? 1 }),
  };
  const unsafe = proseSafetyProblems(mdast, prose);
  for (const problem of unsafe) proseAt(problem.at?.line ?? 1, problem.at?.column ?? 1, problem);
  // What a story may not contain is refused before anything else is made of it.
  if (unsafe.length > 0 || story === undefined) return done();

  // A sub-heading's slug may take neither a section's id nor one it had: old links lead there.
  for (const problem of headingProblems(
    mdast,
    story.sections.flatMap((section) => [section.id, ...(section.formerIds ?? [])]),
  ))
    proseAt(problem.at?.line ?? 1, problem.at?.column ?? 1, problem);
  const tree: Root = proseToHast(mdast);
  for (const problem of proseProblems(tree, story)) {
    if (problem.at) {
      proseAt(problem.at.line, problem.at.column, problem);
    } else {
      const { line, column } = locate(pathOf(problem.field));
      at(line, column, problem);
    }
  }
  const relations: StoryRelation[] = [];
  for (const relation of relationsOf(story)) {
    const { line, column } = locate(relation.path);
    const problem = relationProblem(relation, context);
    if (problem) at(line, column, { field: fieldName(relation.path), ...problem });
    else relations.push({ slug: relation.slug, event: relation.event, line, column, field: fieldName(relation.path) });
  }
  // Review marks are judged last: a draft's are warnings; a published story may carry none.
  const warnings: LocatedProblem[] = [];
  for (const mark of reviewMarks(story)) {
    const { line, column } = locate(mark.path);
    const where = { file, line, column, field: fieldName(mark.path) };
    if (story.draft)
      warnings.push({
        ...where,
        message: `marked for review: ${mark.text}`,
        fix: 'check it against the source, correct the entry if need be, then delete the review line',
      });
    else
      problems.push({
        ...where,
        message: `is still marked for review (${mark.text}), and the story is not a draft`,
        fix: 'check it against the source, correct the entry if need be, then delete the review line; or set draft: true',
      });
  }
  if (problems.length > 0 || !parsed.success) return { ...done(), warnings };
  return { problems: [], warnings, storyLinks, relations, checked: { story: parsed.data, body: split.body } };
}

/** Where a story names another: the story it follows, and the events it reports that another also does. */
function relationsOf(story: Story): { path: (string | number)[]; slug: string; event: string | undefined }[] {
  return [
    ...(story.follows === undefined ? [] : [{ path: ['follows'], slug: story.follows, event: undefined }]),
    ...story.timeline.flatMap((event, i) =>
      event.sameAs
        ? [{ path: ['timeline', i, 'sameAs', 'story'], slug: event.sameAs.story, event: event.sameAs.event }]
        : [],
    ),
  ];
}

/** A relation to no story of the site, or to the story itself; whether the other story has the event is judged with both. */
function relationProblem(
  relation: { slug: string; event: string | undefined },
  context: StoryContext,
): Pick<Problem, 'message' | 'fix'> | undefined {
  const own = path.basename(context.folder);
  if (relation.slug === own)
    return {
      message: `"${relation.slug}" is this story itself`,
      fix:
        relation.event === undefined
          ? 'name the earlier explainer, or remove follows'
          : 'name the other explainer that reports this event, or remove sameAs',
    };
  if (context.slugs.has(relation.slug)) return undefined;
  const others = [...context.slugs].filter((slug) => slug !== own);
  return {
    message: `"${relation.slug}" is not an explainer of this site.${didYouMean(relation.slug, others)}`,
    fix: `write the slug (folder name) of an explainer in content/explainers/${others.length > 0 && others.length <= 5 ? `: ${others.join(', ')}` : ''}`,
  };
}

function proseProblems(tree: Root, story: Story): Problem[] {
  return [
    ...sectionProblems(tree, story.sections),
    ...annotateQuotes(tree, story),
    ...annotateDateMentions(tree, story),
    ...annotateNotes(tree, story),
  ];
}

/**
 * An actor's name or alias written where its id belongs ("Mike Waltz" as a speaker): the id check
 * refuses it before the lists are compared, so the actors are read from the frontmatter as written.
 */
function nameWrittenForId(data: unknown, issue: z.core.$ZodIssue): string | undefined {
  const field = actorReferenceField(issue.path);
  if (field === undefined || typeof issue.input !== 'string') return undefined;
  const record = (value: unknown): Record<string, unknown> =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const story = record(data);
  const actors = (Array.isArray(story['actors']) ? story['actors'] : []).flatMap((actor): ActorForms[] => {
    const { id, name, aliases } = record(actor);
    return typeof id === 'string' && typeof name === 'string' ? [{ id, name, aliases: strings(aliases) }] : [];
  });
  const event = Array.isArray(story['timeline']) ? record(story['timeline'][Number(issue.path[1])]) : {};
  return nameInsteadOfId(actors, issue.input, field, field === 'actors' ? strings(event['actors']) : undefined);
}

function sorted(problems: LocatedProblem[]): LocatedProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
