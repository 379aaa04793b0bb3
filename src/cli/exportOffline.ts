/**
 * Copies the built offline explainers (`dist/explainers/<slug>/offline.html`) to a folder of your
 * choice as `<slug>.html`, so they can be mailed or archived.
 *
 *   npm run export -- --all --out ~/archive
 *   node src/cli/exportOffline.ts (<slug>... | --all) [--out <dir>] [--force] [--dist <dir>]
 *
 * Everything is checked before anything is written (unknown slugs, missing build, existing files), each
 * file is written to a temporary file beside its target and renamed into place, and a failure part way
 * removes the files this run had already written. Imports only `node:` modules so Node runs it directly.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { constants, homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

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
}

// What a run has put on disk so far, so an interruption or failure can take it back.
let pendingTemp: string | undefined;
const placed: Job[] = [];

// `npm run` starts scripts in the package folder; INIT_CWD is where the user typed the command.
const base = (process.env['npm_lifecycle_event'] === 'export' && process.env['INIT_CWD']) || process.cwd();

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function reason(error: unknown): string {
  const code = errorCode(error);
  const known: Record<string, string> = {
    ENOTDIR: 'part of the path is a file, not a folder',
    EEXIST: 'a file of that name is in the way',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EFBIG: 'the file is too large for this file system or limit',
    EISDIR: 'it is a folder',
  };
  return (code ? known[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
}

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

/** Writes the job's data to a temporary file beside its target, flushes it, then renames it into place. */
async function writeAtomically(job: Job): Promise<void> {
  const { target, data } = job;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  pendingTemp = temp;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    placed.push(job);
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
    pendingTemp = undefined;
  }
}

/** Removes the files this run created; files it replaced (with --force) cannot be restored and are named. */
function rollBack(): string {
  if (pendingTemp) rmSync(pendingTemp, { force: true });
  const removed: string[] = [];
  const replaced: string[] = [];
  const stuck: string[] = [];
  for (const job of placed.splice(0)) {
    if (job.replaces) {
      replaced.push(shown(job.target));
      continue;
    }
    try {
      rmSync(job.target, { force: true });
      removed.push(shown(job.target));
    } catch {
      stuck.push(shown(job.target));
    }
  }
  const notes = [];
  if (removed.length) notes.push(`removed what this run had written: ${removed.join(', ')}`);
  if (replaced.length)
    notes.push(`already replaced before the failure (they now hold the new copy): ${replaced.join(', ')}`);
  if (stuck.length) notes.push(`could not remove: ${stuck.join(', ')}`);
  if (!replaced.length && !stuck.length) notes.push('no existing file was changed');
  return notes.join('; ');
}

function onSignal(signal: NodeJS.Signals): void {
  process.stderr.write(`export: interrupted by ${signal}; ${rollBack()}\n`);
  process.exit(128 + constants.signals[signal]);
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
    jobs.push({ target, data, replaces: there !== undefined });
  }
  if (existing.length && !values.force) {
    const files = existing.length === 1 ? 'a file that already exists' : `${existing.length} files that already exist`;
    throw new ExportError(
      `refusing to overwrite ${files}: ${existing.join(', ')} (use --force to replace; nothing was written)`,
    );
  }

  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    for (const job of jobs) {
      try {
        await writeAtomically(job);
      } catch (error) {
        throw new ExportError(`cannot write ${shown(job.target)}: ${reason(error)}; ${rollBack()}`);
      }
    }
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
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
