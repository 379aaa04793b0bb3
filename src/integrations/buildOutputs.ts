/**
 * The files the build's own steps write into `dist/` besides Astro's pages (preview images, offline
 * copies), by path relative to `dist/` with "/" separators. A rebuild keeps `dist/` (see
 * incrementalBuild.ts) and leaves such a file alone when it is already right, so each step names what
 * this build has: whatever is in `dist/` at the end that no step named, and Astro did not build, is removed.
 */
const kept = new Set<string>();

export function keepOutputs(files: Iterable<string>): void {
  for (const file of files) kept.add(file.replace(/^\/+/, ''));
}

export function keptOutputs(): ReadonlySet<string> {
  return kept;
}
