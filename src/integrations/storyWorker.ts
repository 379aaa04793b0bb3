// The tasks the build hands to its worker threads (see storyWorkers.ts), one story or page per task.
// Each task imports what it needs when it first runs, so a thread that only checks stories never
// loads the image renderer.
import type { CheckedStory, StoryCheck, StoryContext } from '../check/checkStory.ts';
import type { PersonCard } from '../lib/preview/personCards.ts';
import type { CachedExport } from '../lib/offline/cachedExport.ts';

/** The problems of one story file, as `npm run check` reports them, and the hash of the bytes checked. */
export async function check({
  file,
  display,
  context,
}: {
  file: string;
  display: string;
  context: StoryContext;
}): Promise<StoryCheck & { hash: string }> {
  const { checkStoryFile } = await import('../check/checkStory.ts');
  return checkStoryFile(file, display, context);
}

/** One preview image of a story, ready in the cache folder. */
export interface StoryImage {
  /** Where the site serves it (`previewImagePath`). */
  readonly path: string;
  /** The cached PNG to copy there. */
  readonly file: string;
  /** Milliseconds it took to draw; absent when it came from the cache. */
  readonly ms?: number;
}

/** One share of a story's images: every `count`-th card from the `index`-th, so shares cost about the same. */
export interface ImageShare {
  readonly index: number;
  readonly count: number;
}

/**
 * Makes sure the preview images of the story file are in the cache folder, drawing what is missing:
 * all of them, or one share when a story's images are spread over several threads.
 */
export async function images({
  file: storyFile,
  checked,
  share = { index: 0, count: 1 },
}: {
  file: string;
  /** The story as the check read it; without it, the file is read here. */
  checked?: CheckedStory | undefined;
  share?: ImageShare;
}): Promise<StoryImage[]> {
  const path = await import('node:path');
  const { readStory } = await import('../check/readStory.ts');
  const { cachedPreview } = await import('../lib/preview/cache.ts');
  const { storyCards } = await import('../lib/preview/storyCards.ts');
  const { slug, story, body } = checked
    ? { slug: path.basename(path.dirname(storyFile)), ...checked }
    : readStory(storyFile);
  const drawn: StoryImage[] = [];
  const cards = storyCards(slug, story, body).filter((_, i) => i % share.count === share.index);
  for (const card of cards) {
    const { file, ms } = await cachedPreview(card.content);
    drawn.push(ms === undefined ? { path: card.path, file } : { path: card.path, file, ms });
  }
  return drawn;
}

/** Makes sure the given cards (the person pages') are in the cache folder, drawing what is missing. */
export async function cards({ cards: wanted }: { cards: readonly PersonCard[] }): Promise<StoryImage[]> {
  const { cachedPreview } = await import('../lib/preview/cache.ts');
  const drawn: StoryImage[] = [];
  for (const card of wanted) {
    const { file, ms } = await cachedPreview(card.content);
    drawn.push(ms === undefined ? { path: card.path, file } : { path: card.path, file, ms });
  }
  return drawn;
}

/**
 * Writes one explainer's offline copy (see exportOfflinePage), re-using the last build's; returns its size
 * and the cache keys it used (the build keeps only those).
 */
export async function offline({
  dist,
  slug,
  site,
  commit,
  cacheFolder,
  siteCode,
}: {
  dist: string;
  slug: string;
  site: string;
  commit?: string | undefined;
  cacheFolder: string;
  siteCode: string;
}): Promise<CachedExport> {
  const { cachedExportOfflinePage } = await import('../lib/offline/cachedExport.ts');
  const { diskCache } = await import('../lib/build/diskCache.ts');
  return cachedExportOfflinePage(diskCache(cacheFolder), siteCode, dist, slug, site, commit);
}
