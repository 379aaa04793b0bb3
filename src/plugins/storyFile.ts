import path from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { parseStory } from '../lib/story/parseStory.ts';
import type { Story } from '../lib/story/schema.ts';
import { peopleFolderOf, readPeopleFolder } from '../check/peopleFolder.ts';
import { formatProblem, type Problem } from '../lib/story/problem.ts';

export interface StoryFile {
  readonly story: Story;
  readonly slug: string;
  /** The story's path relative to the working directory, as errors show it. */
  readonly displayPath: string;
}

const parsed = new WeakMap<VFile, StoryFile | null>();

/** Stories live at content/explainers/<slug>/index.mdx; other Markdown passes through untouched. */
export function isStoryPath(filePath: string): boolean {
  return /(^|[\\/])content[\\/]explainers[\\/][^\\/]+[\\/]index\.mdx?$/.test(filePath);
}

/**
 * The validated story of the file being processed, shared by every plugin: the story as the check
 * read it, handed on by remarkStoryCheck (the first step of the pipeline). A file that reached the
 * plugins another way (a test running one plugin) is validated here once.
 */
export function storyFromFile(file: VFile): StoryFile | undefined {
  const cached = parsed.get(file);
  if (cached !== undefined) return cached ?? undefined;
  const filePath = file.path;
  if (!filePath || !isStoryPath(filePath)) {
    parsed.set(file, null);
    return undefined;
  }
  const displayPath = path.relative(process.cwd(), filePath) || filePath;
  const checked = file.data.checkedStory;
  const result = checked
    ? { ok: true as const, story: checked }
    : parseStory(
        file.data.astro?.frontmatter ?? {},
        readPeopleFolder(peopleFolderOf(path.dirname(path.dirname(path.resolve(filePath))))).people,
      );
  if (!result.ok) {
    failWith(file, displayPath, result.problems);
  }
  const story: StoryFile = { story: result.story, slug: path.basename(path.dirname(filePath)), displayPath };
  parsed.set(file, story);
  return story;
}

/** Stops the build with every problem found, each naming the file and the field. */
export function failWith(
  file: VFile,
  displayPath: string,
  problems: readonly Problem[],
  place?: Parameters<VFile['fail']>[1],
): never {
  const lines = problems.map((p) => `  ${formatProblem(displayPath, p)}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return file.fail(`${displayPath}: ${count} in this story:\n${lines.join('\n')}`, place);
}

/**
 * A rehype plugin that runs `annotate` on stories only and stops the build on the problems it
 * returns. Every story plugin has this shape; the annotation itself lives in a plain function.
 */
export function storyPlugin(annotate: (tree: Root, story: StoryFile) => readonly Problem[] | void) {
  return () =>
    (tree: Root, file: VFile): void => {
      const story = storyFromFile(file);
      if (!story) return;
      const problems = annotate(tree, story) ?? [];
      if (problems.length > 0) failWith(file, story.displayPath, problems);
    };
}
