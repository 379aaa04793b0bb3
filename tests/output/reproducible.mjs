#!/usr/bin/env node
// Deterministic builds: two clean builds of the same sources give the same bytes. Copies the site's
// sources into two temporary folders, builds each with `astro build` (one after the other, so any clock
// or path in the output shows up as a difference), and compares every file's sha256. Each identical
// file is one pass; each difference, or a file only one build wrote, is one failure. Then the same
// edits (a story's standfirst and a registered person's description, a registered alias taken out beside
// a notes folder in the registry, a quote corrected and committed, a story added, the same story taken out,
// nothing, a standfirst built into another folder first) are made in both copies (each a git repository
// with the same commits, so versions pages and offline copies name them), one after the other: after
// each, the first is rebuilt with every cache and the dist/ it kept (Astro's incremental build and content
// store, Vite's, the checked and compiled stories, the preview images and offline copies), the second
// built clean, and the two must again be the same bytes: a rebuild after a change is a clean build.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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

async function build(dir, env, flags = []) {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  try {
    await run(process.execPath, [astro, 'build', ...flags], { cwd: dir, env, maxBuffer: 1 << 26 });
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

const FIRST = 'content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx';
const CORRECTION = `changes:
  - at: '2025-03-06T09:00:00+00:00'
    kind: correction
    text: 'An earlier version of this explainer misquoted National Security Adviser Mike Waltz.'
    concerns: [waltz-step-back]
`;

/**
 * Commits everything in `dir` as one fixed author at a fixed time, so two copies with the same files get
 * the same commit: the versions pages and the offline copies, which name commits, can then be compared.
 */
async function commitAll(dir, at) {
  const who = { GIT_AUTHOR_NAME: 'Desk', GIT_AUTHOR_EMAIL: 'desk@example.org', GIT_AUTHOR_DATE: at };
  const env = {
    ...process.env,
    ...who,
    GIT_COMMITTER_NAME: 'Desk',
    GIT_COMMITTER_EMAIL: 'desk@example.org',
    GIT_COMMITTER_DATE: at,
  };
  await run('git', ['add', '-A'], { cwd: dir, env });
  await run('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', `Published ${at}`], { cwd: dir, env });
}
const SECOND = 'content/explainers/putin-signals-to-trump-via-witkoff';
const ADDED = 'content/explainers/a-story-added-between-two-builds';

/** Replaces `pattern` in the file at `file` under `dir`; the edit must change something. */
async function replaceIn(dir, file, pattern, replacement) {
  const path = join(dir, file);
  const source = await readFile(path, 'utf8');
  const edited = source.replace(pattern, replacement);
  if (edited === source) throw new Error(`reproducible: ${file} has nothing matching ${pattern} to edit`);
  await writeFile(path, edited);
}

/**
 * What an editor does between two builds, one step at a time: each step is made in both copies, the
 * first rebuilt with every cache it kept and the second built clean, and they must give the same bytes.
 */
const EDITS = [
  [
    "a story's standfirst and a registered person's description; a notes folder put in the registry",
    async (dir) => {
      await mkdir(join(dir, 'content/people/.notes'), { recursive: true });
      await writeFile(join(dir, 'content/people/.notes/README.txt'), 'Notes for the desk.\n');
      await replaceIn(dir, FIRST, /^dek: .*$/mu, 'dek: "A standfirst edited between two builds, to rebuild."');
      await replaceIn(
        dir,
        'content/people/waltz.yaml',
        /^description: .*$/mu,
        'description: A description edited between two builds.',
      );
    },
  ],
  [
    // The notes folder (which the registry's reader leaves out) must not hide a change of the registry.
    "a registered person's alias taken out, beside the registry's notes folder",
    async (dir) => {
      await replaceIn(
        dir,
        'content/people/waltz.yaml',
        'aliases: [National Security Adviser Mike Waltz, Waltz]',
        'aliases: [National Security Adviser Mike Waltz]',
      );
    },
  ],
  [
    "a quote's words, with the correction the check asks for, committed",
    // In the frontmatter and in the prose, as a correction of a misheard quote would; a quote changed since
    // the last commit needs its entry in `changes`. Then committed, so the versions page has a new version.
    async (dir) => {
      await replaceIn(dir, FIRST, /We have, we have taken a step back/gu, 'We have taken a step back');
      // Before the frontmatter's closing line (the file opens with "---", so the first "\n---\n" closes it).
      await replaceIn(dir, FIRST, /\n---\n/u, `\n${CORRECTION}---\n`);
    },
    { commit: '2025-03-06T09:30:00+00:00' },
  ],
  [
    'a story added',
    async (dir) => {
      await cp(join(dir, SECOND), join(dir, ADDED), { recursive: true });
      await replaceIn(dir, `${ADDED}/index.mdx`, /^title: .*$/mu, 'title: "A story added between two builds"');
    },
  ],
  ['that story taken out again', (dir) => rm(join(dir, ADDED), { recursive: true })],
  ['nothing', async () => undefined],
  // Built into another folder first, then into dist/ again: dist/ no longer holds what the last build wrote.
  [
    "a story's standfirst, built into another folder before dist/",
    async (dir) => {
      await replaceIn(dir, FIRST, /^dek: .*$/mu, 'dek: "A standfirst edited again, built elsewhere first."');
    },
    { elsewhere: true },
  ],
];

/** Every file of both builds' dist/ compared, one pass or failure each; `what` names the pair in failures. */
async function compare(report, builds, what) {
  const [first, second] = await Promise.all(builds.map((dir) => hashes(join(dir, 'dist'))));
  for (const file of [...new Set([...first.keys(), ...second.keys()])].sort()) {
    if (!first.has(file) || !second.has(file)) {
      report.fail(
        `reproducible: dist/${file} was written by only ${first.has(file) ? 'the first' : 'the second'} of ${what}`,
      );
    } else if (first.get(file) === second.get(file)) {
      report.pass();
    } else {
      const [a, b] = await Promise.all(builds.map((dir) => readFile(join(dir, 'dist', file))));
      report.fail(`reproducible: dist/${file} differs between ${what}: ${firstDifference(file, a, b)}`);
    }
  }
}

export default async function reproducible(report) {
  const work = await mkdtemp(join(tmpdir(), 'explainer-repro-'));
  try {
    const env = { ...process.env, PREVIEW_CACHE_DIR: join(work, 'previews') };
    const builds = [join(work, 'a'), join(work, 'b')];
    await copySite(root, builds[0]);
    await copySite(builds[0], builds[1]);
    // Each copy is a repository with the same first commit: stories have versions, as in a newsroom's site.
    for (const dir of builds) {
      await run('git', ['init', '-q', '-b', 'main'], { cwd: dir });
      await writeFile(join(dir, '.gitignore'), 'node_modules/\ndist/\ndist-elsewhere/\n');
      await commitAll(dir, '2025-03-05T18:00:00+00:00');
    }
    for (const dir of builds) {
      const failure = await build(dir, env);
      if (!report.check(failure === undefined, `reproducible: astro build of a clean copy failed:\n${failure}`)) return;
    }
    await compare(report, builds, 'two builds');
    // Each edit in both; the first keeps its caches and its dist/, the second starts clean.
    for (const [what, edit, options] of EDITS) {
      for (const dir of builds) await edit(dir);
      if (options?.commit) for (const dir of builds) await commitAll(dir, options.commit);
      if (options?.elsewhere) {
        const failure = await build(builds[0], env, ['--outDir', 'dist-elsewhere']);
        if (!report.check(failure === undefined, `reproducible: astro build into another folder failed:\n${failure}`))
          return;
        await rm(join(builds[0], 'dist-elsewhere'), { recursive: true, force: true });
      }
      for (const cache of BUILD_CACHES)
        await rm(join(builds[1], 'node_modules', cache), { recursive: true, force: true });
      await rm(join(builds[1], 'dist'), { recursive: true, force: true });
      const clean = { ...env, PREVIEW_CACHE_DIR: join(work, 'previews-clean') };
      await rm(clean.PREVIEW_CACHE_DIR, { recursive: true, force: true });
      for (const [dir, with_] of [
        [builds[0], env],
        [builds[1], clean],
      ]) {
        const failure = await build(dir, with_);
        if (
          !report.check(failure === undefined, `reproducible: astro build after an edit (${what}) failed:\n${failure}`)
        )
          return;
      }
      await compare(report, builds, `a rebuild after an edit (${what}) and a clean build of it`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.main) await runAlone(reproducible, { needsDist: false });
