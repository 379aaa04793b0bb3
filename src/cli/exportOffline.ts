/**
 * Copies the built offline explainers (`dist/explainers/<slug>/offline.html`) to a folder of your
 * choice as `<slug>.html`, so they can be mailed or archived.
 *
 *   npm run export -- --all --out ~/archive
 *   node src/cli/exportOffline.ts (<slug>... | --all) [--out <dir>] [--force] [--dist <dir>]
 *
 * Everything is checked before anything is written (unknown slugs, missing build, existing files). Then it
 * is all or nothing: every new copy is written in full to a temporary file beside its target before any
 * file is replaced, the files being replaced are kept as backups until every new copy is in place, and a
 * failure or an interruption puts back what was there. Temporary files left by a run that was killed are
 * removed by the next. Imports only `node:` modules so Node runs it directly.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, renameSync, rmSync } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { constants, homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorCode, fileErrorReason as reason } from '../lib/site/fileErrors.ts';

const USAGE = `Usage: npm run export -- (<slug>... | --all) [--out <dir>] [--force]
       node src/cli/exportOffline.ts (<slug>... | --all) [--out <dir>] [--force] [--dist <dir>]

Copies each explainer's offline page, dist/explainers/<slug>/offline.html, to <out>/<slug>.html.

  <slug>         the explainer's folder name, as in /explainers/<slug>/
  --all          every explainer that has an offline page
  -o, --out DIR  the folder to write to (created if missing; default: the current folder)
  -f, --force    replace files that already exist
  --dist DIR     the built site (default: dist/ in the repository)
  -h, --help     show this help`;

/** An error meant for the user: printed as one `export: …` message, no stack trace. */
class ExportError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

interface Job {
  readonly target: string;
  readonly data: Buffer;
  readonly replaces: boolean;
  /** Where the new copy is written, beside the target, before it is renamed into place. */
  readonly temp: string;
  /** The file being replaced, under a second name, until every new copy is in place. */
  backup?: string | undefined;
  /** Whether the new copy is in place (and the backup, if any, holds what was there). */
  placed?: boolean;
}

// What a run has put on disk so far, so a failure or an interruption can take it back.
const state: { jobs: Job[]; committed: boolean } = { jobs: [], committed: false };

/**
 * Temporary files and backups beside a target: `.<name>.<hex>.tmp` / `.bak`. The hex is the writing
 * process's id (8 digits) then 8 random ones, so a run can tell a live run's files from a dead one's;
 * 12 random digits is how earlier versions named their temporary files.
 */
const SIDE_FILE = /^\.(.+\.html)\.([0-9a-f]{16}|[0-9a-f]{12})\.(tmp|bak)$/u;

function sideFile(target: string, kind: 'tmp' | 'bak'): string {
  const hex = process.pid.toString(16).padStart(8, '0').slice(-8) + randomBytes(4).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}.${hex}.${kind}`);
}

// `npm run` starts scripts in the package folder; INIT_CWD is where the user typed the command.
const base = (process.env['npm_lifecycle_event'] === 'export' && process.env['INIT_CWD']) || process.cwd();

/** A path as the user would write it: relative to where they are when inside it, else absolute. */
function shown(file: string): string {
  const relative = path.relative(base, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function resolvePath(input: string): string {
  return path.resolve(base, input === '~' || input.startsWith('~/') ? homedir() + input.slice(1) : input);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known slug the user most likely meant: one containing (or contained in) the input, or a near spelling. */
function didYouMean(input: string, known: readonly string[]): string | undefined {
  let best: { slug: string; score: number } | undefined;
  for (const slug of known) {
    const contains = input.length >= 3 && (slug.includes(input) || input.includes(slug));
    const score = contains ? 0 : editDistance(input, slug);
    if (score <= Math.max(2, Math.floor(slug.length / 4)) && (!best || score < best.score)) best = { slug, score };
  }
  return best?.slug;
}

/** The slugs under `<dist>/explainers/`, split by whether their offline page has been built. */
async function listExplainers(explainers: string): Promise<{ built: string[]; unbuilt: string[] }> {
  const missing = `no built site at ${shown(explainers)}: run \`npm run build\` first`;
  let entries;
  try {
    entries = await readdir(explainers, { withFileTypes: true });
  } catch (error) {
    throw new ExportError(
      errorCode(error) === 'ENOENT' ? missing : `cannot read ${shown(explainers)}: ${reason(error)}`,
    );
  }
  const built: string[] = [];
  const unbuilt: string[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const offline = await stat(path.join(explainers, entry.name, 'offline.html')).catch(() => undefined);
    (offline?.isFile() ? built : unbuilt).push(entry.name);
  }
  return { built, unbuilt };
}

async function prepareOutFolder(out: string): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    throw new ExportError(`cannot use ${shown(out)} as the output folder: ${reason(error)}`);
  }
  if (!(await stat(out)).isDirectory()) throw new ExportError(`${shown(out)} is not a folder`);
}

function isRunning(pid: number): boolean {
  if (pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // alive, owned by someone else
  }
}

async function sameContent(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([readFile(a), readFile(b)]).catch(() => [undefined, undefined]);
  return left !== undefined && right !== undefined && left.equals(right);
}

/**
 * Deals with what an earlier run that was killed left in `out`: its temporary files are removed; a backup
 * that holds the same bytes as its file is removed too; any other backup holds a file as it was before
 * that run replaced it, so it is kept and named. Files of a run that is still going are left alone.
 */
async function tidyLeftovers(out: string): Promise<void> {
  const removed: string[] = [];
  for (const name of (await readdir(out)).sort()) {
    const match = SIDE_FILE.exec(name);
    if (!match) continue;
    const [, targetName = '', hex = '', kind] = match;
    if (hex.length === 16 && isRunning(Number.parseInt(hex.slice(0, 8), 16))) continue;
    const file = path.join(out, name);
    const target = path.join(out, targetName);
    if (kind === 'bak' && !(await sameContent(file, target))) {
      process.stderr.write(
        `export: ${shown(file)} holds ${shown(target)} as it was before an export that was interrupted; ` +
          `rename it to ${targetName} to get that back, or delete it\n`,
      );
      continue;
    }
    try {
      await rm(file, { force: true });
      removed.push(shown(file));
    } catch (error) {
      throw new ExportError(`cannot remove ${shown(file)}, left by an export that was interrupted: ${reason(error)}`);
    }
  }
  if (removed.length) {
    const files = removed.length === 1 ? 'a file' : `${removed.length} files`;
    process.stdout.write(`removed ${files} left by an export that was interrupted: ${removed.join(', ')}\n`);
  }
}

/** Writes `data` to the new file `file` and flushes it to the disk. */
async function writeFully(file: string, data: Buffer): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Keeps `target` under the name `backup`: a second link to the same file, or a copy where links are not supported. */
async function keepBackup(target: string, backup: string): Promise<void> {
  try {
    await link(target, backup);
  } catch {
    await copyFile(target, backup, fsConstants.COPYFILE_EXCL);
  }
}

/**
 * Puts back what was there before this run: every placed copy is replaced by its backup (or removed
 * when it is a new file), and every temporary file and unneeded backup is removed. Synchronous, so that a
 * signal handler can run it. Returns what to tell the user.
 */
function rollBack(): string {
  const stuck: string[] = [];
  let undone = 0;
  for (const job of state.jobs) {
    try {
      if (!job.placed) rmSync(job.temp, { force: true });
    } catch {
      // Left for the next run, which removes temporary files of runs that have ended.
    }
    if (state.committed) {
      // Every new copy was in place: only the backups were left to remove (the next run names any left).
      try {
        if (job.backup) rmSync(job.backup, { force: true });
      } catch {
        // Named by the next run.
      }
      job.backup = undefined;
      continue;
    }
    try {
      if (job.placed && job.backup) renameSync(job.backup, job.target);
      else if (job.placed) rmSync(job.target, { force: true });
      else if (job.backup) rmSync(job.backup, { force: true });
      if (job.placed) undone++;
      job.placed = false;
      job.backup = undefined;
    } catch (error) {
      const kept = job.backup ? ` (its previous content is in ${shown(job.backup)})` : '';
      stuck.push(`${shown(job.target)}: ${reason(error)}${kept}`);
    }
  }
  if (state.committed) return 'every file had been written';
  if (stuck.length) return `could not put everything back: ${stuck.join('; ')}`;
  if (undone) return 'every file was put back as it was';
  return 'nothing was changed';
}

function onSignal(signal: NodeJS.Signals): void {
  process.stderr.write(`export: interrupted by ${signal}; ${rollBack()}\n`);
  process.exit(128 + constants.signals[signal]);
}

/**
 * Writes every job, all or nothing: all new copies in full first (a full disk stops it here, before any
 * file is touched), then backups of the files to replace, then each copy renamed into place (a rename
 * needs no space), and only then the backups removed.
 */
async function writeAll(jobs: Job[]): Promise<void> {
  state.jobs = jobs;
  state.committed = false;
  for (const job of jobs) {
    try {
      await writeFully(job.temp, job.data);
    } catch (error) {
      throw new ExportError(`cannot write ${shown(job.target)}: ${reason(error)}; ${rollBack()}`);
    }
  }
  for (const job of jobs.filter((j) => j.replaces)) {
    job.backup = sideFile(job.target, 'bak');
    try {
      await keepBackup(job.target, job.backup);
    } catch (error) {
      throw new ExportError(`cannot keep a backup of ${shown(job.target)}: ${reason(error)}; ${rollBack()}`);
    }
  }
  for (const job of jobs) {
    try {
      await rename(job.temp, job.target);
    } catch (error) {
      throw new ExportError(`cannot write ${shown(job.target)}: ${reason(error)}; ${rollBack()}`);
    }
    job.placed = true;
  }
  state.committed = true;
  for (const job of jobs) {
    const backup = job.backup;
    job.backup = undefined;
    if (backup) {
      await rm(backup, { force: true }).catch((error: unknown) => {
        process.stderr.write(`export: could not remove the backup ${shown(backup)}: ${reason(error)}\n`);
      });
    }
  }
}

async function main(argv: readonly string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        force: { type: 'boolean', short: 'f', default: false },
        out: { type: 'string', short: 'o' },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new ExportError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.all && positionals.length) {
    throw new ExportError(`give either slugs or --all, not both\n\n${USAGE}`, 2);
  }
  if (!values.all && !positionals.length) throw new ExportError(`name an explainer, or use --all\n\n${USAGE}`, 2);

  const dist = values.dist === undefined ? path.resolve(import.meta.dirname, '../../dist') : resolvePath(values.dist);
  const explainers = path.join(dist, 'explainers');
  const { built, unbuilt } = await listExplainers(explainers);

  let slugs: string[];
  if (values.all) {
    if (!built.length) {
      throw new ExportError(`no offline pages in ${shown(explainers)}: run \`npm run build\` first`);
    }
    slugs = built;
  } else {
    slugs = [...new Set(positionals)];
    const problems: string[] = [];
    for (const slug of slugs.filter((s) => !built.includes(s))) {
      if (unbuilt.includes(slug)) {
        problems.push(`${shown(path.join(explainers, slug, 'offline.html'))} is missing: run \`npm run build\` first`);
      } else {
        const guess = didYouMean(slug, [...built, ...unbuilt]);
        problems.push(`unknown explainer "${slug}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
      }
    }
    if (problems.length) {
      const known = built.length ? built.join(', ') : `none (run \`npm run build\` first)`;
      throw new ExportError(`${problems.join('\nexport: ')}\n  known explainers: ${known}`);
    }
  }

  const out = values.out === undefined ? base : resolvePath(values.out);
  await prepareOutFolder(out);
  await tidyLeftovers(out);

  // Check every target and read every source before writing anything.
  const jobs: Job[] = [];
  const existing: string[] = [];
  for (const slug of slugs) {
    const source = path.join(explainers, slug, 'offline.html');
    const target = path.join(out, `${slug}.html`);
    const there = await lstat(target).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw new ExportError(`cannot check ${shown(target)}: ${reason(error)}`);
    });
    if (there?.isDirectory()) throw new ExportError(`${shown(target)} is a folder; move it out of the way`);
    if (there) existing.push(shown(target));
    let data: Buffer;
    try {
      data = await readFile(source);
    } catch (error) {
      throw new ExportError(`cannot read ${shown(source)}: ${reason(error)}`);
    }
    jobs.push({ target, data, replaces: there !== undefined, temp: sideFile(target, 'tmp') });
  }
  if (existing.length && !values.force) {
    const files = existing.length === 1 ? 'a file that already exists' : `${existing.length} files that already exist`;
    throw new ExportError(
      `refusing to overwrite ${files}: ${existing.join(', ')} (use --force to replace; nothing was written)`,
    );
  }

  process.on('SIGINT', onSignal).on('SIGTERM', onSignal).on('SIGHUP', onSignal);
  try {
    await writeAll(jobs);
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('SIGHUP', onSignal);
  }

  for (const job of jobs) {
    process.stdout.write(`wrote ${shown(job.target)} (${(job.data.length / 1024).toFixed(1)} KB)\n`);
  }
  const replaced = jobs.filter((job) => job.replaces).length;
  const count = jobs.length === 1 ? '1 explainer' : `${jobs.length} explainers`;
  process.stdout.write(`exported ${count} to ${shown(out)}${replaced ? ` (${replaced} replaced)` : ''}\n`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`export: ${error instanceof ExportError ? message : `unexpected error: ${message}`}\n`);
  process.exitCode = error instanceof ExportError ? error.exitCode : 1;
}
