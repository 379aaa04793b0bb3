import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSiteWithStories, FIRST_STORY } from './buildSite';

export { FIRST_STORY };

export interface BuildResult {
  readonly ok: boolean;
  readonly output: string;
}

/**
 * Builds a throwaway copy of the site in which `edit` has changed the first story, so a test can
 * see what an editor would see, without touching the real content.
 */
export async function buildWithEditedStory(edit: (source: string) => string): Promise<BuildResult> {
  const build = await buildSiteWithStories({
    stories: [],
    prepare: async (dir) => {
      const story = path.join(dir, FIRST_STORY);
      await writeFile(story, edit(await readFile(story, 'utf8')));
    },
  });
  await build.cleanup();
  return { ok: build.ok, output: build.output };
}
