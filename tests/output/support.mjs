// Shared by the output checks: where things are, a counter every check reports into, and the
// finished site's HTML files. Plain Node ESM (run by the pinned Node 24), no TypeScript.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The built site; CHECK_DIST=<folder> checks another copy (e.g. one broken on purpose). */
export const dist = process.env.CHECK_DIST ? resolve(process.env.CHECK_DIST) : join(root, 'dist');

/** Counts passes and failures; a failure prints `FAIL <message>` at once. */
export class Report {
  passed = 0;
  failed = 0;

  check(ok, message) {
    if (ok) this.passed += 1;
    else this.fail(message);
    return ok;
  }

  pass() {
    this.passed += 1;
  }

  fail(message) {
    this.failed += 1;
    console.error(`FAIL ${message}`);
  }

  summary() {
    return `output: ${this.passed} passed, ${this.failed} failed`;
  }
}

/** Every file under `dir`, as absolute paths, in a stable order. */
export function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : entry.isFile() ? [full] : [];
    });
}

/** A path below `base` with forward slashes, as the site addresses it. */
export const relativePath = (base, file) => relative(base, file).split('\\').join('/');

/** How a failure names a file of the built site: `dist/<file>` from the top of the repo. */
export function shown(file) {
  const path = join(dist, file);
  const fromRoot = relativePath(root, path);
  return fromRoot.startsWith('..') ? path : fromRoot;
}

export const distExists = () => existsSync(dist) && statSync(dist).isDirectory();

/** Every HTML file in dist/, relative to dist/ (`index.html`, `explainers/<slug>/offline.html`, ...). */
export function htmlFiles() {
  return walk(dist)
    .map((file) => relativePath(dist, file))
    .filter((file) => file.endsWith('.html'));
}

/**
 * Runs one check module on its own (`node tests/output/vnu.mjs`): same output and exit code as the
 * runner, for that check only.
 */
export async function runAlone(check, { needsDist = true } = {}) {
  const report = new Report();
  if (needsDist && !report.check(distExists(), 'dist/ is missing: run `npm run build` first')) {
    console.log(report.summary());
    process.exit(1);
  }
  await check(report);
  console.log(report.summary());
  process.exit(report.failed > 0 ? 1 : 0);
}
