import { spawnSync } from 'node:child_process';
import { LOG_FORMAT, parseLog, type LoggedCommit } from './storyLog.ts';

/**
 * The one place that runs git. A build asks it three things whatever the number of stories: whether
 * the site is a full checkout (`rev-parse`), the log of the story folders (one `log`), and the texts
 * of the versions it needs (`cat-file --batch`, one process for any number of them). Anything that
 * goes wrong (no git, no repository, a shallow clone, no commit yet, a git too old for an option)
 * means "no history", never an error: the site builds the same without it.
 */

/** The largest output read from git at once: every version of a thousand stories fits. */
const MAX_OUTPUT = 1 << 30;

function git(root: string, args: readonly string[], input?: string): Buffer | undefined {
  const result = spawnSync('git', ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', ...args], {
    cwd: root,
    input,
    maxBuffer: MAX_OUTPUT,
    stdio: ['pipe', 'pipe', 'ignore'],
    // Reading takes no lock, so a check never blocks (or is blocked by) an editor's own git.
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  return result.error || result.status !== 0 ? undefined : result.stdout;
}

/** A site folder inside a full git checkout: its history can be read. */
export interface Repository {
  readonly root: string;
}

/**
 * The repository `root` is in, or undefined when its history cannot be read in full: git missing,
 * no repository, or a shallow clone (whose oldest commit would pass for every story's first version).
 */
export function openRepository(root: string): Repository | undefined {
  const answer = git(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'])?.toString('utf8');
  const [inside, shallow] = answer?.trim().split('\n') ?? [];
  return inside === 'true' && shallow === 'false' ? { root } : undefined;
}

/**
 * Every commit of the current branch's first-parent line that changed a file in `folders` (paths
 * relative to the root), newest first, with renames found; paths in it are relative to the root.
 * The first-parent line is the branch as it was published: a merge counts as one change, made when
 * it was merged. Undefined when there is no commit yet, or git cannot answer.
 */
export function readLog(repository: Repository, folders: readonly string[]): LoggedCommit[] | undefined {
  if (folders.length === 0) return [];
  const output = git(repository.root, [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '-M',
    '--raw',
    '--no-abbrev',
    '--no-color',
    '-z',
    `--format=${LOG_FORMAT}`,
    '--relative',
    '--',
    ...folders,
  ]);
  return output === undefined ? undefined : parseLog(output.toString('utf8'));
}

/**
 * The contents of git objects (blobs) by id, or of `<commit>:<path>` names, read by one
 * `git cat-file --batch`; a name git does not know is left out.
 */
export function readObjects(repository: Repository, names: readonly string[]): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const wanted = [...new Set(names)].filter((name) => name !== '' && !/[\n\0]/.test(name));
  if (wanted.length === 0) return found;
  const output = git(repository.root, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
  if (output === undefined) return found;
  let at = 0;
  for (const name of wanted) {
    const end = output.indexOf(0x0a, at);
    if (end < 0) break;
    // "<id> <type> <size>", or "<name> missing" (a name may hold spaces; an id never does).
    const header = output.subarray(at, end).toString('utf8');
    at = end + 1;
    const size = /^[0-9a-f]+ [a-z]+ (\d+)$/.exec(header)?.[1];
    if (size === undefined) continue;
    const length = Number(size);
    found.set(name, output.subarray(at, at + length));
    at += length + 1;
  }
  return found;
}
