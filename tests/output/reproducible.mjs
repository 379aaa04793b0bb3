#!/usr/bin/env node
// Deterministic builds: two clean builds of the same sources give the same bytes. Copies the site's
// sources into two temporary folders, builds each with `astro build` (one after the other, so any clock
// or path in the output shows up as a difference), and compares every file's sha256. Each identical
// file is one pass; each difference, or a file only one build wrote, is one failure.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { relativePath, root, runAlone, walk } from './support.mjs';

const run = promisify(execFile);

/** What a build reads from the checkout. */
export const SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content'];
/** Caches Astro and Vite keep in node_modules: each build gets its own, so neither reuses the other's. */
const BUILD_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A fresh copy of the sources in `from` (the checkout, or the first copy, so that an edit made in the
 * checkout meanwhile cannot tell the builds apart) in `dir`, with a node_modules of its own whose entries
 * link to the checkout's packages (Astro's content cache lives in node_modules/.astro: linking the whole
 * folder would share it between the two builds, and with the checkout).
 */
async function copySite(from, dir) {
  for (const entry of SOURCES) {
    await cp(join(from, entry), join(dir, entry), { recursive: true }).catch((error) => {
      if (error.code !== 'ENOENT') throw error; // public/ may not exist
    });
  }
  await mkdir(join(dir, 'node_modules'));
  for (const entry of await readdir(join(root, 'node_modules'))) {
    if (!BUILD_CACHES.has(entry)) await symlink(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

async function build(dir, env) {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  try {
    await run(process.execPath, [astro, 'build'], { cwd: dir, env, maxBuffer: 1 << 26 });
    return undefined;
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error);
    return output.split('\n').slice(-40).join('\n'); // the build's own report of what went wrong
  }
}

async function hashes(dir) {
  const map = new Map();
  for (const file of walk(dir)) {
    map.set(
      relativePath(dir, file),
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return map;
}

const TEXT = /\.(html|xml|txt|css|js|mjs|json|svg|webmanifest)$/;

/** Where two versions of a file part: the byte offset, and for text what each build wrote there. */
function firstDifference(file, a, b) {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const around = (bytes) => JSON.stringify(bytes.subarray(Math.max(0, at - 30), at + 50).toString('utf8'));
  const sizes = `${a.length} vs ${b.length} bytes, first difference at byte ${at}`;
  return TEXT.test(file) ? `${sizes}\n  first build:  ${around(a)}\n  second build: ${around(b)}` : sizes;
}

export default async function reproducible(report) {
  const work = await mkdtemp(join(tmpdir(), 'explainer-repro-'));
  try {
    const env = { ...process.env, PREVIEW_CACHE_DIR: join(work, 'previews') };
    const builds = [join(work, 'a'), join(work, 'b')];
    await copySite(root, builds[0]);
    await copySite(builds[0], builds[1]);
    for (const dir of builds) {
      const failure = await build(dir, env);
      if (!report.check(failure === undefined, `reproducible: astro build of a clean copy failed:\n${failure}`)) return;
    }
    const [first, second] = await Promise.all(builds.map((dir) => hashes(join(dir, 'dist'))));
    for (const file of [...new Set([...first.keys(), ...second.keys()])].sort()) {
      if (!first.has(file) || !second.has(file)) {
        report.fail(
          `reproducible: dist/${file} was written by only ${first.has(file) ? 'the first' : 'the second'} build`,
        );
      } else if (first.get(file) === second.get(file)) {
        report.pass();
      } else {
        const [a, b] = await Promise.all(builds.map((dir) => readFile(join(dir, 'dist', file))));
        report.fail(`reproducible: dist/${file} differs between two builds: ${firstDifference(file, a, b)}`);
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.main) await runAlone(reproducible, { needsDist: false });
