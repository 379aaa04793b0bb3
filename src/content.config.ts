import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storySchema } from './lib/story/schema';

/**
 * One story per folder: content/explainers/<slug>/index.mdx. The folder name is the slug, so images
 * can sit beside the story and the URL never depends on the title.
 */
const explainers = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './content/explainers',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: storySchema,
});

export const collections = { explainers };
