import path from 'node:path';
import { readStory } from '../../../src/check/readStory';
import { sharePreview, storyPreview, type PreviewCardContent } from '../../../src/lib/preview/content';
import { shareTargets } from '../../../src/lib/share/shareTargets';
import { ARTICLE_IMAGE_FORMATS } from '../../../src/lib/preview/formats';
import type { Story } from '../../../src/lib/story/schema';

const storyPath = path.resolve(
  import.meta.dirname,
  '../../../content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx',
);

/** The first story (us-pauses-intelligence-sharing-with-ukraine) as the build reads it. */
export function firstStory(): { readonly story: Story; readonly body: string } {
  const { story, body } = readStory(storyPath);
  return { story, body };
}

/** The first story's cards: the story's own, its article images, then one per share target, as the build makes them. */
export function firstStoryCards(): { readonly id: string; readonly content: PreviewCardContent }[] {
  const { story, body } = firstStory();
  return [
    { id: 'story', content: storyPreview(story) },
    ...ARTICLE_IMAGE_FORMATS.map((format) => ({ id: `story ${format}`, content: storyPreview(story, format) })),
    ...shareTargets(story, body).map((target) => ({ id: target.id, content: sharePreview(story, target) })),
  ];
}

/** Every string in a satori element tree, in order. */
export function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node !== null && typeof node === 'object' && 'props' in node) {
    return textsOf((node as { props: { children?: unknown } }).props.children);
  }
  return [];
}
