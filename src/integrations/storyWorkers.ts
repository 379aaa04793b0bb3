import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { CheckedStory, StoryCheck, StoryContext } from '../check/checkStory.ts';
import type { PersonCard } from '../lib/preview/personCards.ts';
import type { CachedExport } from '../lib/offline/cachedExport.ts';
import type { ImageShare, StoryImage } from './storyWorker.ts';

const WORKER = new URL('./storyWorker.ts', import.meta.url).href;

let pool: Tinypool | undefined;

/**
 * The build's worker threads, one per core, shared by the story check, the preview images and the
 * offline export. Astro renders pages on one thread; the per-story work around it runs here, in
 * parallel and, for the images, at the same time as Astro. Idle threads do not keep the process alive.
 */
function workers(): Tinypool {
  const threads = availableParallelism();
  pool ??= new Tinypool({ filename: WORKER, minThreads: threads, maxThreads: threads });
  return pool;
}

export const checkInWorker = (
  file: string,
  display: string,
  context: StoryContext,
): Promise<StoryCheck & { hash: string }> =>
  workers().run({ file, display, context }, { name: 'check' }) as Promise<StoryCheck & { hash: string }>;

export const imagesInWorker = (
  file: string,
  checked: CheckedStory | undefined,
  share?: ImageShare,
): Promise<StoryImage[]> => workers().run({ file, checked, share }, { name: 'images' }) as Promise<StoryImage[]>;

export const cardsInWorker = (cards: readonly PersonCard[]): Promise<StoryImage[]> =>
  workers().run({ cards }, { name: 'cards' }) as Promise<StoryImage[]>;

/** How many threads the build's pool has. */
export const workerCount = (): number => availableParallelism();

export const offlineInWorker = (
  dist: string,
  slug: string,
  site: string,
  commit: string | undefined,
  cache: { cacheFolder: string; siteCode: string },
): Promise<CachedExport> =>
  workers().run({ dist, slug, site, commit, ...cache }, { name: 'offline' }) as Promise<CachedExport>;

/** Stops the threads once the build has no more work for them. */
export async function closeWorkers(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
