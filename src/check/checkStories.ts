import { checkStoryFile, contextOf, type LocatedProblem, type StoryCheck, type StoryContext } from './checkStory.ts';
import type { PassedStory } from './passedStories.ts';
import { isStorySlug, listStories } from './storyFolders.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { didYouMean } from '../lib/text/didYouMean.ts';
import { peopleFolderOf, readPeopleFolder, type PeopleFolder } from './peopleFolder.ts';
import { committedVersionsCheck } from './committedVersions.ts';

export { listStories } from './storyFolders.ts';

export interface CheckReport {
  readonly stories: number;
  readonly problems: LocatedProblem[];
  /** The review marks drafts still carry: listed, never a reason to refuse. */
  readonly warnings: LocatedProblem[];
  /** Each story file that passed, by path, with the hash of its bytes and the story as read. */
  readonly passed: ReadonlyMap<string, PassedStory>;
}

/** What a story is checked against: the slugs of every story folder among the targets, its own folder, the registry. */
function contextFor(file: string, slugs: ReadonlySet<string>, registries: Registries): StoryContext {
  const folder = path.dirname(file);
  // A story checked alone may name the stories beside it, as it may in the build.
  return { slugs: new Set([...slugs, ...registries.siblings(file)]), folder, people: registries.of(file).people };
}

/** The registry beside each folder of stories (content/people beside content/explainers), read once. */
interface Registries {
  of(storyFile: string): PeopleFolder;
  /** The story folders beside a story's own (its own included). */
  siblings(storyFile: string): ReadonlySet<string>;
  readonly problems: () => LocatedProblem[];
}

function registries(cwd: string): Registries {
  const read = new Map<string, PeopleFolder>();
  const listed = new Map<string, ReadonlySet<string>>();
  return {
    siblings(storyFile) {
      const parent = path.dirname(path.dirname(storyFile));
      let found = listed.get(parent);
      if (!found) listed.set(parent, (found = contextOf(storyFile).slugs));
      return found;
    },
    of(storyFile) {
      const folder = peopleFolderOf(path.dirname(path.dirname(storyFile)));
      let found = read.get(folder);
      if (!found) read.set(folder, (found = readPeopleFolder(folder, cwd)));
      return found;
    },
    problems: () => [...read.values()].flatMap((registry) => registry.problems),
  };
}

function slugsOf(files: readonly { file: string }[]): Set<string> {
  return new Set(files.map(({ file }) => path.basename(path.dirname(file))).filter(isStorySlug));
}

/**
 * Checks the stories under each target (by default content/explainers) and returns every problem,
 * paths shown relative to `cwd`. Used by `npm run check` and, before anything is built, by the build.
 */
export function checkStories(targets: readonly string[], cwd = process.cwd()): CheckReport {
  const { files, problems } = listStories(targets, cwd);
  const slugs = slugsOf(files);
  const registry = registries(cwd);
  const found = files.map(({ file, display }) => checkStoryFile(file, display, contextFor(file, slugs, registry)));
  return reportOf(files, [...problems, ...registry.problems()], found, committedVersionsCheck(files, found));
}

/**
 * checkStories with each story checked by `check` (the build hands them to worker threads); the
 * problems come in the same order.
 */
export async function checkStoriesWith(
  targets: readonly string[],
  cwd: string,
  check: (file: string, display: string, context: StoryContext) => Promise<StoryCheck & { hash: string }>,
): Promise<CheckReport> {
  const { files, problems } = listStories(targets, cwd);
  const slugs = slugsOf(files);
  const registry = registries(cwd);
  const found = await Promise.all(
    files.map(({ file, display }) => check(file, display, contextFor(file, slugs, registry))),
  );
  return reportOf(files, [...problems, ...registry.problems()], found, committedVersionsCheck(files, found));
}

/**
 * The report of every story's check, with what only the stories together show (links to drafts,
 * relations) and what each story owes its last committed version (`sinceCommitted`, by file).
 */
function reportOf(
  files: readonly { file: string; display: string }[],
  folderProblems: LocatedProblem[],
  found: readonly (StoryCheck & { hash: string })[],
  sinceCommitted: ReadonlyMap<string, LocatedProblem[]>,
): CheckReport {
  const passed = new Map<string, PassedStory>();
  const problems = [...folderProblems];
  const bySlug = new Map(files.map(({ file }, i) => [path.basename(path.dirname(file)), found[i]] as const));
  /** What the relations of a story need of another: its events and whether it is a draft. */
  const facts = (slug: string, from: string): StoryFacts | undefined => {
    const checked = bySlug.get(slug)?.checked?.story;
    if (checked)
      return {
        draft: checked.draft,
        events: checked.timeline.map((event) => event.id),
        formerEvents: checked.timeline.flatMap((event) => event.formerIds ?? []),
      };
    return readStoryFacts(path.join(path.dirname(path.dirname(from)), slug, 'index.mdx'));
  };
  found.forEach((result, i) => {
    const { file, display } = files[i]!;
    // A published story's link to a draft would lead readers to a page the build leaves out.
    const toDrafts = result.checked?.story.draft
      ? []
      : (result.storyLinks ?? [])
          .filter((link) => facts(link.slug, file)?.draft === true)
          .map((link): LocatedProblem => ({
            file: display,
            line: link.line,
            column: link.column,
            field: '(prose)',
            message: `links to the explainer "${link.slug}", which is a draft, so the link would lead nowhere once this story is published`,
            fix: `publish "${link.slug}" first (take out its draft: true), or remove the link`,
          }));
    const relationProblems = (result.relations ?? []).flatMap((relation): LocatedProblem[] => {
      const other = facts(relation.slug, file);
      const where = { file: display, line: relation.line, column: relation.column };
      if (relation.event !== undefined) {
        if (!other || other.events.includes(relation.event) || other.formerEvents.includes(relation.event)) return [];
        return [
          {
            ...where,
            field: relation.field.replace(/story$/, 'event'),
            message: `"${relation.event}" is not an event of the explainer "${relation.slug}".${didYouMean(relation.event, other.events)}`,
            fix: `use the id of one of its timeline events: ${other.events.join(', ') || '(it has none)'}`,
          },
        ];
      }
      if (result.checked?.story.draft || !other?.draft) return [];
      return [
        {
          ...where,
          field: relation.field,
          message: `"${relation.slug}" is a draft, so "Earlier:" would lead nowhere once this story is published`,
          fix: `publish "${relation.slug}" first (take out its draft: true), or remove follows`,
        },
      ];
    });
    const historyProblems = sinceCommitted.get(file) ?? [];
    problems.push(...result.problems, ...toDrafts, ...relationProblems, ...historyProblems);
    if (result.checked && toDrafts.length === 0 && relationProblems.length === 0 && historyProblems.length === 0)
      passed.set(file, { ...result.checked, hash: result.hash });
  });
  return { stories: files.length, problems, warnings: found.flatMap((r) => r.warnings ?? []), passed };
}

interface StoryFacts {
  readonly draft: boolean;
  readonly events: readonly string[];
  /** Ids its events had before: a sameAs written with one still names the event. */
  readonly formerEvents: readonly string[];
}

/**
 * The events and draft flag of a story not checked in this run (a story checked alone names another),
 * read from its frontmatter as written; undefined when it cannot be read, which its own check reports.
 */
function readStoryFacts(file: string): StoryFacts | undefined {
  try {
    const data: unknown = parseFrontmatter(readFileSync(file, 'utf8')).frontmatter;
    const story = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    const timeline = Array.isArray(story['timeline']) ? (story['timeline'] as unknown[]) : [];
    const field = (event: unknown, name: string): unknown =>
      typeof event === 'object' && event !== null ? (event as Record<string, unknown>)[name] : undefined;
    const events = timeline.flatMap((event) => {
      const id = field(event, 'id');
      return typeof id === 'string' ? [id] : [];
    });
    const formerEvents = timeline.flatMap((event) => {
      const former = field(event, 'formerIds');
      return Array.isArray(former) ? former.filter((id): id is string => typeof id === 'string') : [];
    });
    return { draft: story['draft'] === true, events, formerEvents };
  } catch {
    return undefined;
  }
}
