import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { storyCards } from '../../../src/lib/preview/storyCards';
import { storySchema } from '../../../src/lib/story/schema';

const FIRST = path.resolve(
  import.meta.dirname,
  '../../../content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx',
);

describe('storyCards', () => {
  it('lists the story card, then one card per section and quote callout, each at its own URL', async () => {
    const { frontmatter, content } = parseFrontmatter(await readFile(FIRST, 'utf8'));
    const story = storySchema.parse(frontmatter);
    const cards = storyCards('slug', story, content);
    const callouts = story.quotes.filter((quote) => quote.callout);
    expect(cards).toHaveLength(1 + story.sections.length + callouts.length);
    expect(cards[0]).toMatchObject({
      path: '/explainers/slug/preview.png',
      content: { kind: 'story', title: story.title },
    });
    for (const section of story.sections) {
      expect(cards).toContainEqual(
        expect.objectContaining({
          path: `/explainers/slug/share/${section.id}/preview.png`,
          content: expect.objectContaining({ kind: 'section', heading: section.heading }),
        }),
      );
    }
    for (const quote of callouts) {
      const card = cards.find((c) => c.path === `/explainers/slug/share/quote-${quote.id}/preview.png`);
      expect(card?.content.kind, quote.id).toBe('quote');
    }
    expect(new Set(cards.map((card) => card.path)).size).toBe(cards.length);
  });
});
