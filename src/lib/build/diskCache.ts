import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Values kept between builds in files named by their key (a digest of everything they were made from). */
export interface DiskCache<T> {
  /** The value stored under `key`, or undefined when there is none or it cannot be read. */
  get(key: string): T | undefined;
  /** Stores `value` under `key`: written to a temporary file and renamed, so a reader never sees half of it. */
  set(key: string, value: T): void;
}

/**
 * A cache in `folder`, values in the structured-clone format (what crosses to and from worker threads,
 * so what a worker returns can be kept as it is). The key names everything a value depends on, so a
 * stale value is never found, only a missing one; an unreadable file is a miss.
 */
export function diskCache<T>(folder: string): DiskCache<T> {
  return {
    get(key) {
      try {
        return deserialize(readFileSync(path.join(folder, key))) as T;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
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
  };
}

/** Where the build keeps its caches: node_modules/.cache/news-explainer/<name> under the project. */
export function buildCacheFolder(root: string, name: string): string {
  return path.join(root, 'node_modules', '.cache', 'news-explainer', name);
}
