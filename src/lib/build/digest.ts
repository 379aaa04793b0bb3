import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** JSON loses Maps, Sets and undefined; written out here, two different values never digest alike. */
function exact(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { Map: [...value] };
  if (value instanceof Set) return { Set: [...value] };
  return value === undefined ? { undefined: true } : value;
}

/** A SHA-256 of values as JSON: what the build's caches and page keys compare. */
export function digestOf(...values: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values, exact)).digest('hex');
}

/** The files under `dir` (recursively), relative to it, in a stable order; none when it does not exist. */
function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Everything the site's pages are built with but the stories and the registry: its code (src), its
 * public files, its config and its locked dependencies, as one digest. A change to any of them makes
 * every cached page, check and compiled story stale, the way a clean build would see it (a style a
 * few pages use still changes every page's Content-Security-Policy).
 */
export function siteCodeDigest(root: string): string {
  const hash = createHash('sha256');
  const add = (relative: string): void => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(root, relative));
    } catch {
      return;
    }
    hash.update(relative).update('\0').update(String(bytes.length)).update('\0').update(bytes);
  };
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) add(file);
  for (const folder of ['src', 'public'])
    for (const file of filesUnder(path.join(root, folder))) add(path.join(folder, file));
  return hash.digest('hex');
}
