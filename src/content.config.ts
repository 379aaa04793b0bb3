import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { personSchema } from './lib/people/person';
import { readPeopleFolder } from './check/peopleFolder';

/**
 * One story per folder: content/explainers/<slug>/index.mdx. The folder name is the slug, so images
 * can sit beside the story and the URL never depends on the title. The frontmatter is validated by
 * src/data/explainers.ts against the schema and the people registry together (parseStory): a story's
 * registered people come from content/people, which the content layer would not re-read for a story
 * whose own file did not change.
 */
const explainers = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './content/explainers',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
});

const PEOPLE = path.resolve('content/people');

/**
 * The registry of people and bodies, content/people/<id>.yaml, read by the same function as the
 * check reads it (so both see the same values); re-read when a file changes in `astro dev`.
 */
const people = defineCollection({
  loader: {
    name: 'people-registry',
    load: async ({ store, watcher }) => {
      const sync = (): void => {
        store.clear();
        for (const [id, person] of readPeopleFolder(PEOPLE).people) store.set({ id, data: person });
      };
      sync();
      watcher?.add(PEOPLE);
      watcher?.on('all', (_event, file) => {
        if (path.resolve(file).startsWith(PEOPLE + path.sep)) sync();
      });
    },
  },
  schema: personSchema,
});

export const collections = { explainers, people };
