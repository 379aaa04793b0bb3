/**
 * A story's committed versions, worked out from one `git log --raw` of the folders that hold the
 * stories (see git.ts), so a build asks git once for every story instead of once per story.
 */

/** One file a commit changed, as `git log --raw -z` lists it. */
export interface ChangedFile {
  /** The change's letter: A(dded), M(odified), D(eleted), R(enamed), T(ype changed), C(opied). */
  readonly status: string;
  /** The file's blob after the commit (all zeros when deleted). */
  readonly blob: string;
  /** The file's path after the commit. */
  readonly path: string;
  /** Its path before, for a rename or a copy. */
  readonly from?: string;
}

/** A commit of the log: id, committer date (ISO 8601 with offset), subject and the files it changed. */
export interface LoggedCommit {
  readonly commit: string;
  readonly at: string;
  readonly subject: string;
  readonly files: readonly ChangedFile[];
}

/** One committed version of a story file. */
export interface CommittedVersion {
  readonly commit: string;
  /** When it was committed, as git gives it ("2025-03-05T20:00:00+00:00"). */
  readonly at: string;
  readonly subject: string;
  /** The file's blob in that commit: its text, by `git cat-file`. */
  readonly blob: string;
  /** Where the file was in that commit (a story renamed since was elsewhere). */
  readonly path: string;
}

/** The log's pretty format: each commit opens with a record separator, then id, date and subject. */
export const LOG_FORMAT = '%x1e%H%x00%cI%x00%s';

const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * Reads the output of `git log --raw -z --no-abbrev --format=LOG_FORMAT`: each commit is its header
 * fields, NUL-separated, then its files as `:<modes> <blobs> <status>\0<path>\0[<new path>\0]`.
 */
export function parseLog(output: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const chunk of output.split('\x1e')) {
    const [commit = '', at = '', subject = '', ...rest] = chunk.split('\0');
    if (!COMMIT_ID.test(commit)) continue;
    const files: ChangedFile[] = [];
    for (let i = 0; i < rest.length; i++) {
      const meta = (rest[i] ?? '').trim();
      if (!meta.startsWith(':')) continue;
      const [, , , blob = '', status = ''] = meta.slice(1).split(' ');
      const letter = status.charAt(0);
      if (letter === 'R' || letter === 'C') {
        const from = rest[i + 1] ?? '';
        const path = rest[i + 2] ?? '';
        files.push({ status: letter, blob, path, from });
        i += 2;
      } else {
        files.push({ status: letter, blob, path: rest[i + 1] ?? '' });
        i += 1;
      }
    }
    commits.push({ commit, at, subject, files });
  }
  return commits;
}

/**
 * The committed versions of each story file (by its path now), newest first, following renames
 * back as `git log --follow` does: a story is tracked at each path it had until the commit that
 * added it. A file whose newest change is its deletion is not in the last commit: it has none.
 */
export function versionsOf(
  commits: readonly LoggedCommit[],
  paths: readonly string[],
): Map<string, CommittedVersion[]> {
  const versions = new Map<string, CommittedVersion[]>(paths.map((path) => [path, []]));
  /** Where each story is after the commit being read (the log runs newest first), by path. */
  let tracked = new Map<string, string>(paths.map((path) => [path, path]));
  for (const { commit, at, subject, files } of commits) {
    if (tracked.size === 0) break;
    const before = new Map(tracked);
    const renamed: [string, string][] = [];
    for (const file of files) {
      const story = tracked.get(file.path);
      if (story === undefined) continue;
      // Whatever happened here, the story is not at this path before the commit unless it was only changed.
      if (file.status !== 'M' && file.status !== 'T') before.delete(file.path);
      if (file.status === 'D') continue;
      versions.get(story)?.push({ commit, at, subject, blob: file.blob, path: file.path });
      if (file.status === 'R' && file.from !== undefined) renamed.push([file.from, story]);
    }
    // Set after every removal: one commit may move a story onto a path another story left.
    for (const [from, story] of renamed) before.set(from, story);
    tracked = before;
  }
  return versions;
}
