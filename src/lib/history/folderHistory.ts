import { openRepository, readLog, readObjects, type Repository } from './git.ts';
import { versionsOf, type CommittedVersion } from './storyLog.ts';

/** The committed history of the stories in one folder of stories, read from git once. */
export interface FolderHistory {
  /** Each story file's committed versions (by its path in the folder, "<slug>/index.mdx"), newest first. */
  readonly versions: ReadonlyMap<string, readonly CommittedVersion[]>;
  /** The texts of the given versions, by blob, read together (one `git cat-file`). */
  readonly texts: (versions: readonly CommittedVersion[]) => Map<string, string>;
}

/**
 * The history of the story files `files` ("<slug>/index.mdx") of the folder of stories `folder`: one
 * `git log` for all of them. Undefined when the folder has no readable git history (see git.ts).
 */
export function readFolderHistory(folder: string, files: readonly string[]): FolderHistory | undefined {
  const repository: Repository | undefined = openRepository(folder);
  const log = repository && readLog(repository, ['.']);
  if (!repository || !log) return undefined;
  return {
    versions: versionsOf(log, files),
    texts: (versions) =>
      new Map(
        [
          ...readObjects(
            repository,
            versions.map((version) => version.blob),
          ),
        ].map(([blob, bytes]) => [blob, bytes.toString('utf8')]),
      ),
  };
}

/** Whether two texts of a story file are the same story: a byte order mark and CRLF line endings aside. */
export function sameStoryText(a: string, b: string): boolean {
  const plain = (text: string): string => text.replace(/^\uFEFF/u, '').replace(/\r\n/gu, '\n');
  return plain(a) === plain(b);
}
