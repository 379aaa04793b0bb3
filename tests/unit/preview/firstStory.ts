import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { sharePreview, storyPreview, type PreviewCardContent } from '../../../src/lib/preview/content';
import { shareTargets } from '../../../src/lib/share/shareTargets';
import { storySchema } from '../../../src/lib/story/schema';

const storyPath = path.resolve(
  import.meta.dirname,
  '../../../content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx',
);

/** The first story's cards: the story's own, then one per share target, as the build makes them. */
export function firstStoryCards(): { readonly id: string; readonly content: PreviewCardContent }[] {
  const { frontmatter, content: body } = parseFrontmatter(readFileSync(storyPath, 'utf8'));
  const story = storySchema.parse(frontmatter);
  return [
    { id: 'story', content: storyPreview(story) },
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
