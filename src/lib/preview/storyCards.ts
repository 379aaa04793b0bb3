import { previewImagePath, shareTargets } from '../share/shareTargets.ts';
import type { Story } from '../story/schema.ts';
import { sharePreview, storyPreview, type PreviewCardContent } from './content.ts';

/** One preview image of a story: where the site serves it, and what it shows. */
export interface StoryCard {
  readonly path: string;
  readonly content: PreviewCardContent;
}

/** Every preview image of a story: the story's own, then one per section and quote callout. */
export function storyCards(slug: string, story: Story, body: string): StoryCard[] {
  return [
    { path: previewImagePath(slug), content: storyPreview(story) },
    ...shareTargets(story, body).map((target) => ({
      path: previewImagePath(slug, target.id),
      content: sharePreview(story, target),
    })),
  ];
}
