import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { closestMatch } from '../lib/text/didYouMean.ts';
import { annotationReport } from './annotationReport.ts';
import { checkStoryFile, contextOf, formatLocated } from './checkStory.ts';
import { formatAnnotationReport } from './formatAnnotationReport.ts';
import { isStorySlug, listStories } from './storyFolders.ts';

/**
 * The story `--report <story>` (or `--report=<story>`) names among the arguments of `npm run check`;
 * undefined when there is no --report. It takes one story and nothing else.
 */
export function reportArgument(args: readonly string[]): { story: string } | { error: string } | undefined {
  const at = args.findIndex((arg) => arg === '--report' || arg.startsWith('--report='));
  if (at < 0) return undefined;
  const flag = args[at] ?? '';
  const inline = flag.startsWith('--report=');
  const story = inline ? flag.slice('--report='.length) : args[at + 1];
  if (story === undefined || story === '' || args.length !== (inline ? 1 : 2))
    return { error: `give one story, e.g. npm run check -- --report ${EXAMPLE}` };
  return { story };
}

const EXAMPLE = 'us-pauses-intelligence-sharing-with-ukraine';

/**
 * The story file `--report` means: a slug names content/explainers/<slug>/; anything else is a path
 * to a story file or folder, from `cwd`. A message instead when there is no such story.
 */
export function reportTarget(target: string, cwd: string, explainers: string): { file: string } | { message: string } {
  const isSlug = isStorySlug(target) && !existsSync(path.resolve(cwd, target));
  const wanted = isSlug ? path.join(explainers, target) : path.resolve(cwd, target);
  if (!existsSync(wanted)) {
    if (!isSlug) return { message: `${target} does not exist` };
    let slugs: string[] = [];
    try {
      slugs = readdirSync(explainers).filter(isStorySlug);
    } catch {
      // No folder of stories: nothing to suggest.
    }
    const suggestion = closestMatch(target, slugs);
    return {
      message: `there is no story "${target}" in ${path.relative(cwd, explainers) || explainers}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
    };
  }
  if (statSync(wanted).isFile()) return { file: wanted };
  const file = path.join(wanted, 'index.mdx');
  if (existsSync(file)) return { file };
  return { message: `${target} is not a story: --report takes one story's slug, folder or index.mdx` };
}

/**
 * `npm run check -- --report <story>`: the check's problems for the story first, in the check's own
 * lines, then the annotation report. Exit code 1 when the check has problems (the report is still
 * made as far as it can be), else 0. An error instead when there is no such story.
 */
export function reportCommand(
  target: string,
  cwd: string,
  explainers: string,
): { output: string; exitCode: number } | { error: string } {
  const found = reportTarget(target, cwd, explainers);
  if ('message' in found) return { error: found.message };
  const { file } = found;
  const display = path.relative(cwd, file) || file;
  // The folder is checked as `npm run check` checks it (no links, no stray files), the story against
  // the stories beside it, as in the build.
  const listed = listStories([file === path.join(path.dirname(file), 'index.mdx') ? path.dirname(file) : file], cwd);
  const problems = [
    ...listed.problems,
    ...listed.files.flatMap((story) => checkStoryFile(story.file, story.display, contextOf(story.file)).problems),
  ];
  const lines = problems.map(formatLocated);
  if (problems.length > 0)
    lines.push(`${problems.length === 1 ? '1 problem' : `${problems.length} problems`} (npm run check)`, '');
  const report = listed.files.length === 0 ? undefined : annotationReport(file, display);
  lines.push(
    report === undefined ? `The story cannot be read (see the problems above).` : formatAnnotationReport(report),
  );
  return { output: lines.join('\n'), exitCode: problems.length > 0 ? 1 : 0 };
}
