import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildLockPath } from '../../src/integrations/buildLock';
import { copySite, type SiteCopy, TEST_SITE_URL } from '../support/buildSite';
import { snapshot } from '../support/snapshot';

const repo = path.resolve(import.meta.dirname, '../..');
const WAITING = 'another build is running in this folder';

// One copy of the site; every build here runs `astro build` in that same folder.
let copy: SiteCopy;
let lock: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  copy = await copySite({ stories: [] });
  lock = buildLockPath(copy.dir);
});

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

afterAll(async () => {
  await copy.cleanup();
});

/** A node process that does nothing until it is killed: a build that is still running, as far as the lock can tell. */
function running(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)']);
  children.push(child);
  return child;
}

async function writeLock(pid: number): Promise<void> {
  await mkdir(path.dirname(lock), { recursive: true });
  await writeFile(lock, JSON.stringify({ pid, started: new Date().toISOString(), host: hostname() }));
}

/** `astro build` in the copy (as copySite builds it), with its output as it comes. */
function startBuild(): {
  output: () => string;
  printed: (text: string) => Promise<void>;
  done: Promise<number | null>;
} {
  const env = { ...process.env, PREVIEW_CACHE_DIR: copy.cache, SITE_URL: TEST_SITE_URL };
  const child = spawn(process.execPath, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy.dir,
    env,
  });
  children.push(child);
  let output = '';
  const listeners: (() => void)[] = [];
  const append = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  const printed = (text: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (output.includes(text)) resolve();
      };
      listeners.push(check);
      check();
      void done.then(() => reject(new Error(`the build ended without printing "${text}":\n${output}`)));
    });
  return { output: () => output, printed, done };
}

describe('one build at a time in a folder', () => {
  it('two builds started together both succeed and leave the same site as a build on its own', async () => {
    const [a, b] = await Promise.all([copy.build(), copy.build()]);
    expect(a.ok, a.output).toBe(true);
    expect(b.ok, b.output).toBe(true);
    // When they overlapped (they nearly always do), one waited for the other and said so, once.
    const waits = [a, b].map((r) => r.output.split(WAITING).length - 1);
    expect(waits.every((n) => n <= 1) && Math.min(...waits) === 0).toBe(true);
    const together = await snapshot(copy.dist);
    expect(together.size).toBeGreaterThan(20);
    expect(existsSync(lock)).toBe(false);

    const alone = await copy.build();
    expect(alone.ok, alone.output).toBe(true);
    expect(await snapshot(copy.dist)).toEqual(together);
  }, 300_000);

  it('a build waits while another holds the folder, touching nothing, and goes on once that one ends', async () => {
    const marker = path.join(copy.dist, 'left-by-the-other-build.txt');
    await mkdir(copy.dist, { recursive: true });
    await writeFile(marker, 'still here');
    const other = running();
    await writeLock(other.pid ?? 0);

    const build = startBuild();
    await build.printed(`${WAITING} (pid ${other.pid}, started `);
    expect(build.output()).toContain(`if it is not running, remove ${lock})`);
    // Waiting, it has not begun to empty dist/.
    expect(await readFile(marker, 'utf8')).toBe('still here');

    other.kill('SIGKILL'); // the holder ends without removing its lock, as a killed build would
    expect(await build.done, build.output()).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(lock)).toBe(false);
    expect(build.output().split(WAITING)).toHaveLength(2);
  }, 300_000);

  it('takes over the lock of a build that was killed, without waiting', async () => {
    const killed = running();
    const pid = killed.pid ?? 0;
    await new Promise((resolve) => killed.once('exit', resolve).kill('SIGKILL'));
    await writeLock(pid);
    const result = await copy.build();
    expect(result.ok, result.output).toBe(true);
    expect(result.output).not.toContain(WAITING);
    expect(existsSync(lock)).toBe(false);
  }, 300_000);
});
