import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildLockPath } from '../../src/integrations/buildLock';
import { copySite, type SiteCopy } from '../support/buildSite';
import { snapshot } from '../support/snapshot';

// One copy of the site, built once; then each case makes a folder the build writes unwritable and builds
// again. As root (these tests run as root here) mode bits stop nothing, so the folders are made
// read-only for real: a read-only bind mount or tmpfs, or `chattr +i`. Without root those are refused and
// mode bits are used instead, which do stop an ordinary user.
let copy: SiteCopy;
let lastGood: Map<string, string>;
const undo: (() => void)[] = [];

const run = (command: string, ...args: string[]): boolean => spawnSync(command, args).status === 0;

/** `dir`, with what is in it, made read-only: a read-only bind mount of itself, else mode bits. */
function readOnlyInPlace(dir: string): void {
  if (run('mount', '--bind', dir, dir)) {
    undo.push(() => run('umount', dir));
    if (run('mount', '-o', 'remount,ro,bind', dir)) return;
  }
  run('chmod', '-R', 'a-w', dir);
  undo.push(() => run('chmod', '-R', 'u+w', dir));
}

/** An empty read-only file system over `dir` (a tmpfs), else `dir` emptied and made read-only by mode bits. */
async function readOnlyEmpty(dir: string): Promise<void> {
  if (run('mount', '-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir)) {
    undo.push(() => run('umount', dir));
    return;
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  run('chmod', '0555', dir);
  undo.push(() => run('chmod', '0755', dir));
}

/** The folder `dir` made unchangeable (no entry added or removed): `chattr +i`, else mode bits. */
function unchangeable(dir: string): void {
  if (run('chattr', '+i', dir)) undo.push(() => run('chattr', '-i', dir));
  else {
    run('chmod', '0555', dir);
    undo.push(() => run('chmod', '0755', dir));
  }
}

/** A failed build that said what is wrong in one line, with no stack trace or bundler panic, and let go of its lock. */
function expectStoppedWith(result: { ok: boolean; output: string }, message: RegExp): void {
  expect(result.ok).toBe(false);
  expect(result.output).toMatch(message);
  expect(result.output).not.toMatch(/^\s+at /mu);
  expect(result.output).not.toMatch(/panic/iu);
  expect(existsSync(buildLockPath(copy.dir))).toBe(false);
}

beforeAll(async () => {
  copy = await copySite({ stories: [] });
  const first = await copy.build();
  if (!first.ok) throw new Error(first.output);
  lastGood = await snapshot(copy.dist);
}, 300_000);

afterEach(async () => {
  for (const step of undo.splice(0).reverse()) step();
  // Whatever the build could not do, the last good build is still there, whole.
  expect(await snapshot(copy.dist)).toEqual(lastGood);
});

afterAll(async () => {
  await copy.cleanup();
});

describe('a build whose output cannot be written stops before it starts', () => {
  it('names a read-only dist/ and the fix', async () => {
    readOnlyInPlace(copy.dist);
    expectStoppedWith(
      await copy.build(),
      /^cannot write to the build output folder dist \((the file system is read-only|permission denied)\): make it writable \(or move it out of the way\), then build again$/mu,
    );
  });

  it('names a folder inside dist/ whose old pages could not be removed', async () => {
    unchangeable(path.join(copy.dist, 'explainers'));
    expectStoppedWith(
      await copy.build(),
      /^cannot empty the build output folder dist: dist\/explainers cannot be changed \((operation not permitted|permission denied)\); make it writable/mu,
    );
  });

  it('names a dist that is a file', async () => {
    const aside = `${copy.dist}-aside`;
    await rename(copy.dist, aside);
    undo.push(() => spawnSync('sh', ['-c', 'rm -f "$0" && mv "$1" "$0"', copy.dist, aside]));
    await writeFile(copy.dist, 'a file where the site would go');
    expectStoppedWith(
      await copy.build(),
      /^the build output folder dist is a file, not a folder: move it out of the way, then build again$/mu,
    );
  });

  it('names a read-only preview image cache and the fix, leaving dist/ whole', async () => {
    await readOnlyEmpty(copy.cache);
    const escaped = copy.cache.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    expectStoppedWith(
      await copy.build(),
      new RegExp(
        `^cannot write the preview image cache ${escaped} \\((the file system is read-only|permission denied)\\): make it writable, or set PREVIEW_CACHE_DIR to a folder you can write$`,
        'mu',
      ),
    );
  });

  it('builds the same site again once the folders can be written', async () => {
    const again = await copy.build();
    expect(again.output).not.toMatch(/another build is running/u);
    expect(again.ok).toBe(true);
    expect(existsSync(buildLockPath(copy.dir))).toBe(false);
  });
});
