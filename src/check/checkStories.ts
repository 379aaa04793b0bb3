import { checkStoryFile, type LocatedProblem, type StoryCheck, type StoryContext } from './checkStory.ts';
import type { PassedStory } from './passedStories.ts';
import { isStorySlug, listStories } from './storyFolders.ts';
import path from 'node:path';

export { listStories } from './storyFolders.ts';

export interface CheckReport {
  readonly stories: number;
  readonly problems: LocatedProblem[];
  /** The review marks drafts still carry: listed, never a reason to refuse. */
  readonly warnings: LocatedProblem[];
  /** Each story file that passed, by path, with the hash of its bytes and the story as read. */
  readonly passed: ReadonlyMap<string, PassedStory>;
}

/** What a story is checked against: the slugs of every story folder among the targets, and its own folder. */
function contextFor(file: string, slugs: ReadonlySet<string>): StoryContext {
  const folder = path.dirname(file);
  return { slugs: new Set([...slugs, path.basename(folder)]), folder };
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
  const found = files.map(({ file, display }) => checkStoryFile(file, display, contextFor(file, slugs)));
  return reportOf(files, problems, found);
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
  const found = await Promise.all(files.map(({ file, display }) => check(file, display, contextFor(file, slugs))));
  return reportOf(files, problems, found);
}

/** The report of every story's check, with what only the stories together show: links to drafts. */
function reportOf(
  files: readonly { file: string; display: string }[],
  folderProblems: LocatedProblem[],
  found: readonly (StoryCheck & { hash: string })[],
): CheckReport {
  const drafts = new Set(
    found.flatMap((result, i) => (result.checked?.story.draft ? [path.basename(path.dirname(files[i]!.file))] : [])),
  );
  const passed = new Map<string, PassedStory>();
  const problems = [...folderProblems];
  found.forEach((result, i) => {
    const { file, display } = files[i]!;
    // A published story's link to a draft would lead readers to a page the build leaves out.
    const toDrafts = result.checked?.story.draft
      ? []
      : (result.storyLinks ?? [])
          .filter((link) => drafts.has(link.slug))
          .map((link): LocatedProblem => ({
            file: display,
            line: link.line,
            column: link.column,
            field: '(prose)',
            message: `links to the explainer "${link.slug}", which is a draft, so the link would lead nowhere once this story is published`,
            fix: `publish "${link.slug}" first (take out its draft: true), or remove the link`,
          }));
    problems.push(...result.problems, ...toDrafts);
    if (result.checked && toDrafts.length === 0) passed.set(file, { ...result.checked, hash: result.hash });
  });
  return { stories: files.length, problems, warnings: found.flatMap((r) => r.warnings ?? []), passed };
}
