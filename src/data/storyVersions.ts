import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readFolderHistory, sameStoryText, type FolderHistory } from '../lib/history/folderHistory';
import type { CommittedVersion } from '../lib/history/storyLog';
import { versionContent, type VersionContent } from '../lib/history/versionContent';
import { versionDiff, type VersionDiff } from '../lib/history/versionDiff';
import type { Explainer } from './explainers';

/** One version of a story as its versions page shows it. */
export interface StoryVersion {
  /** The commit it was published in; absent for the working copy when it differs from every commit. */
  readonly commit?: string;
  /** When that commit was made (ISO 8601 with offset). */
  readonly at?: string;
  readonly content: VersionContent;
  /** What changed from the version before it; absent for the first. */
  readonly diff?: VersionDiff;
}

export interface StoryVersions {
  /** Newest first. */
  readonly versions: readonly StoryVersion[];
  /** Whether the site was built from a git checkout whose history could be read. */
  readonly fromGit: boolean;
}

/** The history of each folder of stories, read once per build (in `astro dev`, on every request). */
const histories = new Map<string, FolderHistory | undefined>();

function folderHistory(folder: string): FolderHistory | undefined {
  if (histories.has(folder) && !import.meta.env.DEV) return histories.get(folder);
  const files = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${entry.name}/index.mdx`);
  const history = readFolderHistory(folder, files);
  histories.set(folder, history);
  return history;
}

/**
 * How many stories' versions are read from git at once, in the order their pages are built: ten
 * `git cat-file` processes for a thousand stories (one per page would cost seconds), and never more
 * text in memory than those stories' versions.
 */
const STORIES_PER_READ = 100;
/** The texts of stories read ahead of their page, by story file (each taken once, by its page). */
const readAhead = new Map<string, Map<string, string>>();

/** The texts of a story's versions, read together with those of the stories whose pages come next. */
function versionTexts(history: FolderHistory, file: string, order: readonly string[]): Map<string, string> {
  const ready = readAhead.get(file);
  readAhead.delete(file);
  if (ready) return ready;
  const at = order.indexOf(file);
  const batch = [
    file,
    ...(at < 0 || import.meta.env.DEV ? [] : order.slice(at + 1, at + STORIES_PER_READ)).filter(
      (other) => !readAhead.has(other),
    ),
  ];
  const versionsOf = (story: string) => history.versions.get(storyPath(story)) ?? [];
  const texts = history.texts(batch.flatMap(versionsOf));
  const own = (story: string): Map<string, string> =>
    new Map(
      versionsOf(story).flatMap((version) => {
        const text = texts.get(version.blob);
        return text === undefined ? [] : [[version.blob, text] as const];
      }),
    );
  for (const other of batch.slice(1)) readAhead.set(other, own(other));
  return own(file);
}

/** A story file's path in its folder of stories, as the history knows it: "<slug>/index.mdx". */
const storyPath = (file: string): string => `${path.basename(path.dirname(file))}/index.mdx`;

/** The file of an explainer's story. */
const fileOf = (explainer: Explainer): string =>
  path.resolve(explainer.entry.filePath ?? `content/explainers/${explainer.id}/index.mdx`);

const lf = (text: string): string => text.replace(/^\uFEFF/u, '').replace(/\r\n/gu, '\n');

function contentOf(text: string): VersionContent | undefined {
  try {
    const { frontmatter, content } = parseFrontmatter(lf(text));
    return versionContent(frontmatter, content);
  } catch {
    // A version whose frontmatter cannot be read is left out of the list rather than shown wrong.
    return undefined;
  }
}

/**
 * The commits of an explainer's story file (commit, time, blob), newest first, and whether git history
 * was read at all: with the story itself, everything its versions page is made from.
 */
export function storyCommits(explainer: Explainer): {
  readonly fromGit: boolean;
  readonly commits: readonly CommittedVersion[];
} {
  const file = fileOf(explainer);
  const history = folderHistory(path.dirname(path.dirname(file)));
  return { fromGit: history !== undefined, commits: history?.versions.get(storyPath(file)) ?? [] };
}

/**
 * Every published version of an explainer, newest first, each with what changed from the one before:
 * each commit of its file on the branch built (their texts read with those of the explainers after it
 * in `inOrder`, the order the pages are built in), versions committed
 * as drafts left out (they were never published), and the working copy on top when it differs from
 * the last commit. Without git history, the working copy is the one version.
 */
export function getStoryVersions(explainer: Explainer, inOrder: readonly Explainer[] = []): StoryVersions {
  const file = fileOf(explainer);
  const folder = path.dirname(path.dirname(file));
  const working = readFileSync(file, 'utf8');
  const history = folderHistory(folder);
  const committed = history?.versions.get(storyPath(file)) ?? [];
  const texts = history ? versionTexts(history, file, inOrder.map(fileOf)) : new Map<string, string>();
  const newest = committed[0] && texts.get(committed[0].blob);
  const shown: Omit<StoryVersion, 'diff'>[] = [];
  if (newest === undefined || !sameStoryText(newest, working)) {
    const content = contentOf(working);
    if (content) shown.push({ content });
  }
  for (const version of committed) {
    const text = texts.get(version.blob);
    const content = text === undefined ? undefined : contentOf(text);
    if (content && !content.draft) shown.push({ commit: version.commit, at: version.at, content });
  }
  return {
    versions: shown.map((version, i) => {
      const before = shown[i + 1];
      return before ? { ...version, diff: versionDiff(before.content, version.content) } : version;
    }),
    fromGit: history !== undefined,
  };
}
