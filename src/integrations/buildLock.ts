import { createHash, randomUUID } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { errorCode, fileErrorReason as reason } from '../lib/site/fileErrors.ts';

/**
 * One `astro build` at a time per project folder, and a build that cannot write its output stops before
 * it starts. Two builds in one folder empty and fill the same `dist/` and fail or ship a mix; a read-only
 * `dist/` otherwise ends in a bundler panic, or in stale files that Astro silently fails to remove.
 */

/** Who holds a lock: written into the lock file as one JSON line. */
export interface LockHolder {
  readonly pid: number;
  /** ISO 8601, when the holder took the lock. */
  readonly started: string;
  readonly host: string;
  /** Tells two locks of one process apart (a lock left by a failed build, and the next build's). */
  readonly token?: string;
}

export interface BuildLock {
  readonly file: string;
  /** Removes the lock file if it is still this process's; safe to call more than once. */
  readonly release: () => void;
}

/** A problem meant for the person running the build: one line, printed without a stack trace. */
export function buildFolderError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/**
 * The lock file of the project folder `root`. Its name carries a hash of the folder's real path because
 * copies of the site that share one node_modules (through a symlink) are different folders and may build
 * at the same time.
 */
export function buildLockPath(root: string): string {
  let real = root;
  try {
    real = realpathSync(root);
  } catch {
    // A folder that cannot be resolved is locked under the name it was given.
  }
  const key = createHash('sha256').update(real).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules/.cache/news-explainer', `build-${key}.lock`);
}

/** The holder named in a lock file; undefined when it has gone, 'unreadable' when it is not a lock we wrote. */
function readHolder(file: string): LockHolder | 'unreadable' | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw buildFolderError(`cannot read the build lock ${file} (${reason(error)}): remove it, then build again`);
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.started === 'string' && typeof value.host === 'string') {
      const token = typeof value.token === 'string' ? { token: value.token } : {};
      return { pid: value.pid, started: value.started, host: value.host, ...token };
    }
  } catch {
    // An empty or cut-short file: a holder that was stopped between creating and writing it, or one writing now.
  }
  return 'unreadable';
}

/** When the process `pid` started (ms since the epoch), from /proc on Linux; undefined elsewhere. */
function processStart(pid: number): number | undefined {
  try {
    const bootSeconds = /^btime (\d+)$/mu.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself contain spaces and parentheses.
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    // Linux reports start times in clock ticks of 1/100 s (USER_HZ) to user space.
    return bootSeconds && ticks ? Number(bootSeconds) * 1000 + Number(ticks) * 10 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the holder's build is still running. A process id of this host that no longer exists, or that
 * now belongs to a process started after the lock was taken (a reused id, after a reboot say), is not. A
 * holder on another host (a shared network folder) cannot be asked, so it counts as running.
 */
export function holderIsRunning(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  // A process runs one build at a time: a lock naming it was left by a build of its own that failed
  // (Astro has no hook for that), or by an earlier process with the same id.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if (errorCode(error) !== 'EPERM') return false; // ESRCH: no such process
  }
  const started = processStart(holder.pid);
  // A second of leeway for the clock-tick rounding of the start time.
  return started === undefined || started <= Date.parse(holder.started) + 1000;
}

/** The one line a waiting build prints. */
export function waitingMessage(holder: LockHolder, file: string): string {
  return (
    `another build is running in this folder (pid ${holder.pid}, started ${holder.started}); ` +
    `waiting for it to finish (if it is not running, remove ${file})`
  );
}

/**
 * Takes the lock on a stale holder's behalf: the stale file is renamed aside first, so that of two
 * builds that both found it stale only one removes it, and one that finds a fresh lock there instead
 * puts it back.
 */
function takeOver(file: string, stale: LockHolder | 'unreadable'): void {
  const aside = `${file}.${process.pid}.${randomUUID()}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return; // someone else removed it
    throw buildFolderError(
      `cannot remove the stale build lock ${file} (${reason(error)}): remove it, then build again`,
    );
  }
  const moved = readHolder(aside);
  const same = JSON.stringify(moved) === JSON.stringify(stale);
  if (same) unlinkSync(aside);
  else renameSync(aside, file); // a fresh lock taken in between: give it back
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Creates `file` for this process with O_EXCL and writes who holds it; false when it exists already. */
function tryCreate(file: string, me: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw buildFolderError(`cannot create the build lock ${file} (${reason(error)}): make its folder writable`);
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the build lock `file`, waiting while another running build holds it. `onWait` is called once,
 * with the line to show, when this build has to wait. The lock is released by `release()`, and by the
 * process exiting or being stopped by a signal; a build killed outright leaves a lock whose holder has
 * gone, which the next build takes over.
 */
export async function acquireBuildLock(
  file: string,
  options: { readonly onWait?: (line: string) => void; readonly pollMs?: number } = {},
): Promise<BuildLock> {
  const { onWait = () => undefined, pollMs = 250 } = options;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw buildFolderError(`cannot create the folder of the build lock ${file} (${reason(error)}): make it writable`);
  }
  const me: LockHolder = {
    pid: process.pid,
    started: new Date().toISOString(),
    host: hostname(),
    token: randomUUID(),
  };
  let told = false;
  let unreadableBefore = false;
  while (!tryCreate(file, me)) {
    const holder = readHolder(file);
    if (holder === undefined) continue; // released between our attempt and the read
    if (holder === 'unreadable') {
      // Still unreadable a poll later: its holder died before writing it (the first time it may be being written).
      if (unreadableBefore) {
        takeOver(file, holder);
        unreadableBefore = false;
        continue;
      }
      unreadableBefore = true;
    } else {
      unreadableBefore = false;
      if (!holderIsRunning(holder)) {
        takeOver(file, holder);
        continue;
      }
      if (!told) onWait(waitingMessage(holder, file));
      told = true;
    }
    await sleep(pollMs);
  }

  let released = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    release();
    // With no other handler left, stop as the signal would have without ours.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  function release(): void {
    if (released) return;
    released = true;
    process.off('exit', release);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    try {
      const holder = readHolder(file);
      // Only our own lock: one taken over by mistake belongs to another build now.
      if (holder !== undefined && holder !== 'unreadable' && holder.token === me.token) unlinkSync(file);
    } catch {
      // Gone already, or its folder became unreadable: the next build finds its holder has ended.
    }
  }
  process.once('exit', release);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  return { file, release };
}

/** `file` as the person building would write it: relative to the project when inside it. */
function shown(file: string, root: string): string {
  const relative = path.relative(root, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * One line naming the output folder and the fix when the build could not empty and fill it, else
 * undefined. A probe file is created and removed in it (or, while it does not exist, in the folder it
 * would be created in): a real write, which a read-only mount or an immutable folder refuses to root as
 * well. Each folder inside it must let its entries be removed, or Astro silently leaves old pages there;
 * that is asked of the kernel (access(2), which knows root, read-only mounts and immutable folders),
 * since a probe file in each of thousands of folders would cost a write apiece.
 */
export function outputFolderProblem(folderPath: string, root: string): string | undefined {
  const outDir = path.resolve(folderPath); // without the trailing slash Astro's URL has, which a file fails with ENOTDIR
  const name = shown(outDir, root);
  const fix = 'make it writable (or move it out of the way), then build again';
  let folder = outDir;
  for (;;) {
    let isFolder: boolean;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch (error) {
      const missing = errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR';
      if (!missing || path.dirname(folder) === folder) {
        return `cannot use the build output folder ${name} (${reason(error)}): ${fix}`;
      }
      folder = path.dirname(folder);
      continue;
    }
    if (!isFolder) {
      return folder === outDir
        ? `the build output folder ${name} is a file, not a folder: move it out of the way, then build again`
        : `cannot create the build output folder ${name}: ${shown(folder, root)} is a file, not a folder; move it out of the way, then build again`;
    }
    break;
  }
  try {
    const probe = path.join(folder, `.write-probe-${process.pid}-${randomUUID()}`);
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (error) {
    return folder === outDir
      ? `cannot write to the build output folder ${name} (${reason(error)}): ${fix}`
      : `cannot create the build output folder ${name}: ${folder} cannot be written (${reason(error)}); make it writable, then build again`;
  }
  if (folder !== outDir) return undefined;
  const entries = readdirSync(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const inner = path.join(entry.parentPath, entry.name);
    try {
      accessSync(inner, constants.W_OK | constants.X_OK);
    } catch (error) {
      return `cannot empty the build output folder ${name}: ${shown(inner, root)} cannot be changed (${reason(error)}); ${fix}`;
    }
  }
  return undefined;
}

/**
 * The build lock as an Astro integration; list it first, so that no other integration starts work
 * before the lock is held. It is released when the last integration's `astro:build:done` has finished
 * (a hook added at the end of the list for that), or when the build process ends, failed or not.
 */
export default function buildLock(): AstroIntegration {
  let held: BuildLock | undefined;
  return {
    name: 'news-explainer:build-lock',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        held ??= await acquireBuildLock(buildLockPath(root), { onWait: (line) => logger.warn(line) });
        const problem = outputFolderProblem(fileURLToPath(config.outDir), root);
        if (problem) {
          held.release();
          throw buildFolderError(problem);
        }
        const lock = held;
        updateConfig({
          integrations: [{ name: 'news-explainer:build-lock-release', hooks: { 'astro:build:done': lock.release } }],
        });
      },
    },
  };
}
