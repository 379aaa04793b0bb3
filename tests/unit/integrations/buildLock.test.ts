import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireBuildLock,
  buildLockPath,
  holderIsRunning,
  outputFolderProblem,
} from '../../../src/integrations/buildLock';

const MODULE = path.resolve(import.meta.dirname, '../../../src/integrations/buildLock.ts');

let tmp: string;
let lock: string;
const children: ChildProcess[] = [];
const mounts: string[] = [];
const immutable: string[] = [];

beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'build-lock-'));
  lock = path.join(tmp, 'locks', 'build.lock');
});

afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of mounts.splice(0)) spawnSync('umount', [dir]);
  for (const dir of immutable.splice(0)) spawnSync('chattr', ['-i', dir]);
  spawnSync('chmod', ['-R', 'u+w', tmp]);
  await rm(tmp, { recursive: true, force: true });
});

/** A Node process running `code` (an ES module that may use `acquireBuildLock` and `lock`); its output lines. */
function nodeProcess(code: string): { child: ChildProcess; lines: string[]; line: (match: string) => Promise<string> } {
  const source = `import { acquireBuildLock } from ${JSON.stringify(MODULE)};\nconst lock = ${JSON.stringify(lock)};\n${code}`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: string[] = [];
  const waiting: { match: string; resolve: (line: string) => void }[] = [];
  let buffer = '';
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const next = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      lines.push(next);
      for (const w of waiting.filter((x) => next.includes(x.match))) w.resolve(next);
    }
  });
  const line = (match: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const found = lines.find((l) => l.includes(match));
      if (found !== undefined) return resolve(found);
      waiting.push({ match, resolve });
      child.once('exit', () => reject(new Error(`exited before printing "${match}": ${lines.join('|')} ${errors}`)));
    });
  return { child, lines, line };
}

const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

/** The pid of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await exited(child);
  return child.pid ?? 0;
}

/** A process that stays alive until the test ends. */
function sleeper(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)']);
  children.push(child);
  return child;
}

describe('acquireBuildLock', () => {
  it('writes who holds the lock, and release removes it (once)', async () => {
    const held = await acquireBuildLock(lock);
    const holder = JSON.parse(await readFile(lock, 'utf8')) as Record<string, unknown>;
    expect(holder).toEqual({
      pid: process.pid,
      started: expect.any(String),
      host: hostname(),
      token: expect.any(String),
    });
    expect(Number.isNaN(Date.parse(String(holder['started'])))).toBe(false);
    held.release();
    expect(existsSync(lock)).toBe(false);
    held.release();
    expect(existsSync(lock)).toBe(false);
  });

  it('makes a second build wait, with one line naming the holder and the lock, until the first releases it', async () => {
    const first = nodeProcess(
      `setTimeout(() => {}, 600_000); const held = await acquireBuildLock(lock); ` +
        `process.on('SIGUSR2', () => { held.release(); console.log('released'); }); console.log('held');`,
    );
    await first.line('held');
    const waits: string[] = [];
    let acquired = false;
    const second = acquireBuildLock(lock, { onWait: (line) => waits.push(line), pollMs: 20 }).then((held) => {
      acquired = true;
      return held;
    });
    // The wait is announced once, and the second build does not get the lock while the first holds it.
    while (waits.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatch(
      new RegExp(
        `^another build is running in this folder \\(pid ${first.child.pid}, started \\d{4}-\\d\\d-\\d\\dT`,
        'u',
      ),
    );
    expect(waits[0]).toContain(`; waiting for it to finish (if it is not running, remove ${lock})`);
    expect(acquired).toBe(false);
    first.child.kill('SIGUSR2');
    await first.line('released');
    const held = await second;
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(waits).toHaveLength(1);
    held.release();
  });

  it('takes over a lock whose process has ended, without waiting', async () => {
    await mkdir(path.dirname(lock), { recursive: true });
    const pid = await deadPid();
    await writeFile(lock, JSON.stringify({ pid, started: new Date().toISOString(), host: hostname() }));
    const waits: string[] = [];
    const held = await acquireBuildLock(lock, { onWait: (line) => waits.push(line) });
    expect(waits).toEqual([]);
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    held.release();
    // Nothing is left beside it (the stale file is moved aside, then removed).
    expect(await readdir(path.dirname(lock))).toEqual([]);
  });

  it('takes over an empty lock file (a holder killed between creating and writing it)', async () => {
    await mkdir(path.dirname(lock), { recursive: true });
    await writeFile(lock, '');
    const waits: string[] = [];
    const held = await acquireBuildLock(lock, { onWait: (line) => waits.push(line), pollMs: 5 });
    expect(waits).toEqual([]);
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    held.release();
  });

  it('waits for a holder on another host, which it cannot ask, until its lock is removed', async () => {
    await mkdir(path.dirname(lock), { recursive: true });
    await writeFile(lock, JSON.stringify({ pid: 1, started: '2026-01-01T00:00:00.000Z', host: `not-${hostname()}` }));
    let waited = '';
    const pending = acquireBuildLock(lock, { onWait: (line) => (waited = line), pollMs: 5 });
    while (!waited) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(waited).toContain('(pid 1, started 2026-01-01T00:00:00.000Z)');
    await rm(lock);
    (await pending).release();
  });

  it('is released when the holding process exits without releasing, or is stopped by a signal', async () => {
    const exiting = nodeProcess(`await acquireBuildLock(lock); console.log('held'); process.exit(3);`);
    expect(await exited(exiting.child)).toEqual({ code: 3, signal: null });
    expect(existsSync(lock)).toBe(false);

    const stopped = nodeProcess(`await acquireBuildLock(lock); console.log('held'); setTimeout(() => {}, 600_000);`);
    await stopped.line('held');
    expect(existsSync(lock)).toBe(true);
    stopped.child.kill('SIGTERM');
    // It still ends as SIGTERM would end it, after removing the lock.
    expect(await exited(stopped.child)).toEqual({ code: null, signal: 'SIGTERM' });
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock this process left (a build of its own that failed, with no hook to say so)', async () => {
    const failed = await acquireBuildLock(lock);
    const waits: string[] = [];
    const next = await acquireBuildLock(lock, { onWait: (line) => waits.push(line) });
    expect(waits).toEqual([]);
    failed.release(); // the failed build's own release leaves the new holder's lock alone
    expect(existsSync(lock)).toBe(true);
    next.release();
    expect(existsSync(lock)).toBe(false);
  });

  it('does not remove a lock that another build holds now', async () => {
    const held = await acquireBuildLock(lock);
    const other = JSON.stringify({ pid: 1, started: new Date().toISOString(), host: hostname() });
    await writeFile(lock, other);
    held.release();
    expect(await readFile(lock, 'utf8')).toBe(other);
  });
});

describe('holderIsRunning', () => {
  it('is true for a live process that started before the lock, false once it has ended', async () => {
    const alive = sleeper();
    const started = new Date(Date.now() + 60_000).toISOString();
    expect(holderIsRunning({ pid: alive.pid ?? 0, started, host: hostname() })).toBe(true);
    expect(holderIsRunning({ pid: await deadPid(), started, host: hostname() })).toBe(false);
  });

  it('is false for a process id reused by a process that started after the lock was taken (Linux)', () => {
    const alive = sleeper();
    const holder = { pid: alive.pid ?? 0, started: '2001-01-01T00:00:00.000Z', host: hostname() };
    // Only Linux tells when a process started (/proc); elsewhere a live id counts as running.
    expect(holderIsRunning(holder)).toBe(process.platform !== 'linux');
  });
});

describe('buildLockPath', () => {
  it('is in the project folder node_modules cache, one per folder', () => {
    const a = buildLockPath('/srv/site-a');
    expect(a).toMatch(/^\/srv\/site-a\/node_modules\/\.cache\/news-explainer\/build-[0-9a-f]{12}\.lock$/u);
    expect(buildLockPath('/srv/site-a')).toBe(a);
    expect(path.basename(buildLockPath('/srv/site-b'))).not.toBe(path.basename(a));
  });
});

/**
 * Makes `dir` refuse writes to the test's own user: as root (who ignores mode bits) a read-only tmpfs
 * mounted over it, else mode bits, which stop anyone else.
 */
function readOnlyMount(dir: string): void {
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir]).status === 0) mounts.push(dir);
  else spawnSync('chmod', ['0555', dir]);
}

/** Makes the folder `dir` unchangeable: `chattr +i` as root, mode bits otherwise. */
function unchangeable(dir: string): void {
  if (spawnSync('chattr', ['+i', dir]).status === 0) immutable.push(dir);
  else spawnSync('chmod', ['0555', dir]);
}

describe('outputFolderProblem', () => {
  it('accepts a writable output folder, or a missing one in a writable folder, and leaves nothing behind', async () => {
    const dist = path.join(tmp, 'dist');
    expect(outputFolderProblem(dist, tmp)).toBeUndefined();
    await mkdir(path.join(dist, 'explainers', 'a'), { recursive: true });
    await writeFile(path.join(dist, 'explainers', 'a', 'index.html'), 'x');
    expect(outputFolderProblem(dist, tmp)).toBeUndefined();
    expect((await readdir(tmp, { recursive: true })).sort()).toEqual([
      'dist',
      'dist/explainers',
      'dist/explainers/a',
      'dist/explainers/a/index.html',
    ]);
  });

  it('names an output folder on a read-only file system', async () => {
    const dist = path.join(tmp, 'dist');
    await mkdir(dist);
    readOnlyMount(dist);
    expect(outputFolderProblem(dist, tmp)).toMatch(
      /^cannot write to the build output folder dist \((the file system is read-only|permission denied)\): make it writable \(or move it out of the way\), then build again$/u,
    );
  });

  it('names a folder inside it whose entries cannot be removed (Astro would silently keep old pages)', async () => {
    const dist = path.join(tmp, 'dist');
    const locked = path.join(dist, 'explainers', 'old-story');
    await mkdir(locked, { recursive: true });
    await writeFile(path.join(locked, 'index.html'), 'old');
    unchangeable(locked);
    expect(outputFolderProblem(dist, tmp)).toMatch(
      /^cannot empty the build output folder dist: dist\/explainers\/old-story cannot be changed \((operation not permitted|permission denied)\); make it writable/u,
    );
  });

  it('names an output folder that is a file, and a file in the way of creating it', async () => {
    await writeFile(path.join(tmp, 'dist'), 'not a folder');
    expect(outputFolderProblem(path.join(tmp, 'dist'), tmp)).toBe(
      'the build output folder dist is a file, not a folder: move it out of the way, then build again',
    );
    // As Astro gives it, with a trailing slash.
    expect(outputFolderProblem(`${path.join(tmp, 'dist')}/`, tmp)).toBe(
      'the build output folder dist is a file, not a folder: move it out of the way, then build again',
    );
    expect(outputFolderProblem(path.join(tmp, 'dist', 'site'), tmp)).toBe(
      'cannot create the build output folder dist/site: dist is a file, not a folder; move it out of the way, then build again',
    );
  });

  it('names the read-only folder a missing output folder would be created in', async () => {
    const project = path.join(tmp, 'project');
    await mkdir(project);
    readOnlyMount(project);
    expect(outputFolderProblem(path.join(project, 'dist'), project)).toMatch(
      new RegExp(
        `^cannot create the build output folder dist: ${project} cannot be written \\((the file system is read-only|permission denied)\\); make it writable, then build again$`,
        'u',
      ),
    );
  });
});
