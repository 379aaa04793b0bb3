import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkStory, type LocatedProblem } from './checkStory.ts';

export interface CheckReport {
  readonly stories: number;
  readonly problems: LocatedProblem[];
}

/** Every story file a path names: a story file itself, a story folder, or a folder of story folders. */
function storyFiles(target: string, problems: LocatedProblem[], display: (p: string) => string): string[] {
  if (!existsSync(target)) {
    problems.push({
      file: display(target),
      line: 1,
      column: 1,
      field: '(file)',
      message: 'does not exist',
      fix: 'check the path',
    });
    return [];
  }
  if (statSync(target).isFile()) return [target];
  const own = path.join(target, 'index.mdx');
  if (existsSync(own)) return [own];
  const files: string[] = [];
  const folders = readdirSync(target, { withFileTypes: true }).filter((e) => e.isDirectory());
  if (folders.length === 0) {
    problems.push({
      file: `${display(target)}/`,
      line: 1,
      column: 1,
      field: '(folder)',
      message: 'is a story folder without an index.mdx',
      fix: 'add index.mdx with the story, or remove the folder',
    });
    return [];
  }
  for (const entry of readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const file = path.join(target, entry.name, 'index.mdx');
    if (existsSync(file)) files.push(file);
    else
      problems.push({
        file: `${display(path.join(target, entry.name))}/`,
        line: 1,
        column: 1,
        field: '(folder)',
        message: 'is a story folder without an index.mdx',
        fix: 'add index.mdx with the story, or remove the folder',
      });
  }
  return files;
}

/**
 * Checks the stories under each target (by default content/explainers) and returns every problem,
 * paths shown relative to `cwd`. Used by `npm run check` and, before anything is built, by the build.
 */
export function checkStories(targets: readonly string[], cwd = process.cwd()): CheckReport {
  const { files, problems } = listStories(targets, cwd);
  for (const { file, display } of files) problems.push(...checkStory(display, readFileSync(file, 'utf8')));
  return { stories: files.length, problems };
}

/**
 * checkStories with each story checked by `check` (the build hands them to worker threads); the
 * problems come in the same order.
 */
export async function checkStoriesWith(
  targets: readonly string[],
  cwd: string,
  check: (file: string, display: string) => Promise<LocatedProblem[]>,
): Promise<CheckReport> {
  const { files, problems } = listStories(targets, cwd);
  const found = await Promise.all(files.map(({ file, display }) => check(file, display)));
  return { stories: files.length, problems: [...problems, ...found.flat()] };
}

/** The story files under the targets, each with the path problems show, and the problems of finding them. */
export function listStories(
  targets: readonly string[],
  cwd: string,
): { files: { file: string; display: string }[]; problems: LocatedProblem[] } {
  const display = (p: string): string => path.relative(cwd, p) || p;
  const problems: LocatedProblem[] = [];
  const files = targets.flatMap((t) => storyFiles(path.resolve(cwd, t), problems, display));
  return { files: files.map((file) => ({ file, display: display(file) })), problems };
}
