// Runs in a worker thread of the previewImages integration (see there): one task per story.
import { readStory } from '../check/readStory.ts';
import { cachedPreview } from '../lib/preview/cache.ts';
import { storyCards } from '../lib/preview/storyCards.ts';

/** One image of a story, ready in the cache folder. */
export interface StoryImage {
  /** Where the site serves it (`previewImagePath`). */
  readonly path: string;
  /** The cached PNG to copy there. */
  readonly file: string;
  /** Milliseconds it took to draw; absent when it came from the cache. */
  readonly ms?: number;
}

/** Makes sure every preview image of the story file is in the cache folder, drawing what is missing. */
export default async function storyImages(storyFile: string): Promise<StoryImage[]> {
  const { slug, story, body } = readStory(storyFile);
  const images: StoryImage[] = [];
  for (const card of storyCards(slug, story, body)) {
    const { file, ms } = await cachedPreview(card.content);
    images.push(ms === undefined ? { path: card.path, file } : { path: card.path, file, ms });
  }
  return images;
}
