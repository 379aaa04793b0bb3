import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Values kept between builds in files named by their key (a digest of everything they were made from). */
export interface DiskCache<T> {
  /** The value stored under `key`, or undefined when there is none or it cannot be read. */
  get(key: string): T | undefined;
  /** Stores `value` under `key`: written to a temporary file and renamed, so a reader never sees half of it. */
  set(key: string, value: T): void;
  /** The keys asked for or stored through this cache so far. */
  used(): ReadonlySet<string>;
  /**
   * Removes every value but those used through this cache and `alsoKeep`: a build that has asked for every
   * story's value leaves only this build's, so the folder does not grow with every change of code or story.
   */
  prune(alsoKeep?: Iterable<string>): void;
}

/**
 * A cache in `folder`, values in the structured-clone format (what crosses to and from worker threads,
 * so what a worker returns can be kept as it is). The key names everything a value depends on, so a
 * stale value is never found, only a missing one; an unreadable file is a miss.
 */
export function diskCache<T>(folder: string): DiskCache<T> {
  const used = new Set<string>();
  return {
    get(key) {
      used.add(key);
      try {
        return deserialize(readFileSync(path.join(folder, key))) as T;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      used.add(key);
      // Made every time: a cache folder deleted while a dev server runs comes back.
      mkdirSync(folder, { recursive: true });
      const file = path.join(folder, key);
      const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
      try {
        writeFileSync(temporary, serialize(value));
        renameSync(temporary, file);
      } finally {
        rmSync(temporary, { force: true });
      }
    },
    used: () => used,
    prune(alsoKeep = []) {
      const keep = new Set([...used, ...alsoKeep]);
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        return;
      }
      // A value another build is writing (copies of the site may share node_modules) is left alone.
      for (const name of names)
        if (!keep.has(name) && !name.endsWith('.tmp'))
          rmSync(path.join(folder, name), { force: true, recursive: true });
    },
  };
}

/** Where the build keeps its caches: node_modules/.cache/news-explainer/<name> under the project. */
export function buildCacheFolder(root: string, name: string): string {
  return path.join(root, 'node_modules', '.cache', 'news-explainer', name);
}

/**
 * Where the build keeps what describes this project's own dist/ (what it was built from, which images
 * are in it): copies of the site that share one node_modules (through a symlink) share the caches,
 * whose values are named by their content, but each has a dist/ of its own. Named by the project
 * folder's real path.
 */
export function projectStateFolder(root: string): string {
  let real = root;
  try {
    real = realpathSync(root);
  } catch {
    // A folder that cannot be resolved is known by the name it was given.
  }
  return buildCacheFolder(root, `project-${createHash('sha256').update(real).digest('hex').slice(0, 12)}`);
}
