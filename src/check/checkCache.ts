import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { digestOf } from '../lib/build/digest.ts';
import { diskCache } from '../lib/build/diskCache.ts';
import type { People } from '../lib/people/person.ts';
import { storyHash, type StoryCheck, type StoryContext } from './checkStory.ts';

type Check = (file: string, display: string, context: StoryContext) => Promise<StoryCheck & { hash: string }>;

/** The other explainers a story that passed names (links in its prose, `follows`, `sameAs`). */
const namedStories = (result: StoryCheck): string[] => [
  ...(result.storyLinks ?? []).map((link) => link.slug),
  ...(result.relations ?? []).map((relation) => relation.slug),
];

/**
 * The files beside a story (its images, in subfolders too), by path and content: the check looks at the
 * images a story names, so a picture replaced by something that is not one is checked again. By content
 * rather than by time, so a fresh checkout of the same files finds what an earlier build kept.
 */
function besideDigest(folder: string): string {
  const hash = createHash('sha256');
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch {
    return '';
  }
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .filter((file) => file !== 'index.mdx')
    .sort();
  for (const file of files) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(path.join(folder, file)));
    } catch {
      hash.update('(unreadable)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * `check`, with the result of a story that passed kept in `folder` between builds: a story whose bytes,
 * registry, neighbouring files and site code are those it passed with is not checked again, as long as
 * every explainer it names still exists (the one thing it depends on that its key does not hold: the
 * other stories come and go). A story with problems is checked every time, so its messages are fresh.
 */
export function cachedCheck(folder: string, siteCode: string, check: Check): Check & { prune(): void } {
  const cache = diskCache<StoryCheck & { hash: string }>(folder);
  const registries = new WeakMap<People, string>();
  const registryDigest = (people: People): string => {
    let digest = registries.get(people);
    if (digest === undefined) registries.set(people, (digest = digestOf([...people])));
    return digest;
  };
  const cached: Check = async (file, display, context) => {
    const hash = storyHash(readFileSync(file));
    const key = digestOf(siteCode, display, hash, registryDigest(context.people), besideDigest(context.folder));
    const kept = cache.get(key);
    if (kept?.hash === hash && namedStories(kept).every((slug) => context.slugs.has(slug))) return kept;
    const result = await check(file, display, context);
    if (result.problems.length === 0 && result.checked && result.hash === hash) cache.set(key, result);
    return result;
  };
  // Once every story has been checked: only their results stay.
  return Object.assign(cached, { prune: () => cache.prune() });
}
