import { articleImagePath, previewImagePath, shareTargets } from '../share/shareTargets.ts';
import type { Story } from '../story/schema.ts';
import { sharePreview, storyPreview, type PreviewCardContent } from './content.ts';
import { ARTICLE_IMAGE_FORMATS } from './formats.ts';

/** One preview image of a story: where the site serves it, and what it shows. */
export interface StoryCard {
  readonly path: string;
  readonly content: PreviewCardContent;
}

/**
 * Every image of a story: its link preview, its article images for search engines (16:9, 4:3, 1:1),
 * then one link preview per share target (sections, quote callouts, timeline, events, who's who, actors).
 */
export function storyCards(slug: string, story: Story, body: string): StoryCard[] {
  return [
    { path: previewImagePath(slug), content: storyPreview(story) },
    ...ARTICLE_IMAGE_FORMATS.map((format) => ({
      path: articleImagePath(slug, format),
      content: storyPreview(story, format),
    })),
    ...shareTargets(story, body).map((target) => ({
      path: previewImagePath(slug, target.id),
      content: sharePreview(story, target),
    })),
  ];
}
