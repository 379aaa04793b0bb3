import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { committedVersionProblems, type HistoryProblem } from '../lib/history/committedComparison.ts';
import { readFolderHistory, sameStoryText } from '../lib/history/folderHistory.ts';
import type { CommittedVersion } from '../lib/history/storyLog.ts';
import { versionContent } from '../lib/history/versionContent.ts';
import type { LocatedProblem, StoryCheck } from './checkStory.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import { fieldName } from './issueMessages.ts';

/**
 * Each story that passed its own check, compared with its last committed version (see
 * committedVersionProblems): the problems by story file. Stories are asked of git by the folder that
 * holds them: one `git log` and one `git cat-file` for the lot. A story not committed yet, and any
 * story of a folder without a readable git history, is not compared.
 */
export function committedVersionsCheck(
  files: readonly { file: string; display: string }[],
  found: readonly StoryCheck[],
): Map<string, LocatedProblem[]> {
  const problems = new Map<string, LocatedProblem[]>();
  const byFolder = new Map<string, { file: string; display: string }[]>();
  files.forEach((story, i) => {
    if (!found[i]?.checked) return;
    const folder = path.dirname(path.dirname(path.resolve(story.file)));
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), story]);
  });
  for (const [folder, stories] of byFolder) {
    const relative = (file: string): string => path.relative(folder, path.resolve(file)).split(path.sep).join('/');
    const history = readFolderHistory(
      folder,
      stories.map((story) => relative(story.file)),
    );
    if (!history) continue;
    const latest = new Map<string, CommittedVersion>();
    for (const [file, list] of history.versions) if (list[0]) latest.set(file, list[0]);
    const texts = history.texts([...latest.values()]);
    for (const story of stories) {
      const version = latest.get(relative(story.file));
      const committed = version && texts.get(version.blob);
      if (!version || committed === undefined) continue;
      const found = compareStory(story, committed, version);
      if (found.length > 0)
        problems.set(
          story.file,
          found.sort((a, b) => a.line - b.line || a.column - b.column),
        );
    }
  }
  return problems;
}

/** One story file against the text of its committed version, each problem placed in the file. */
function compareStory(
  story: { file: string; display: string },
  committedText: string,
  version: CommittedVersion,
): LocatedProblem[] {
  const source = readFileSync(story.file, 'utf8');
  if (sameStoryText(source, committedText)) return [];
  const read = readFrontmatter(source);
  if ('problems' in read) return [];
  let committed;
  try {
    const parsed = parseFrontmatter(committedText.replace(/^\uFEFF/u, '').replace(/\r\n/gu, '\n'));
    committed = versionContent(parsed.frontmatter, parsed.content);
  } catch {
    // A committed version whose frontmatter cannot be read has no ids or quotes to hold the story to.
    return [];
  }
  const working = versionContent(read.frontmatter.data, read.frontmatter.split.body);
  return committedVersionProblems(committed, working, version).map((problem) => ({
    file: story.display,
    ...placeOf(read.frontmatter, problem.path),
    field: fieldName(problem.path),
    message: problem.message,
    fix: problem.fix,
  }));
}

/** The line and column of a field of the frontmatter, or of the nearest field around it that is written. */
function placeOf(frontmatter: Frontmatter, fieldPath: HistoryProblem['path']): { line: number; column: number } {
  let node: unknown = frontmatter.document.contents;
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
  for (const segment of fieldPath) {
    if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && pair.key.value === segment)?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else node = undefined;
    const range = (node as YamlNode | null | undefined)?.range;
    if (!range) break;
    offset = range[0];
  }
  return frontmatter.place(offset);
}
