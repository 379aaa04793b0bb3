import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parseStory } from '../lib/story/parseStory.ts';
import type { Story } from '../lib/story/schema.ts';
import { peopleFolderOf, readPeopleFolder } from './peopleFolder.ts';
import { splitStory } from './storyFile.ts';

export interface ReadStory {
  /** The folder's name: the story's URL slug. */
  readonly slug: string;
  readonly story: Story;
  readonly body: string;
}

/**
 * A story file that has passed the check, read for the work after it (preview images). A file that
 * does not parse here was changed after the check, or never checked: the error says so.
 */
export function readStory(file: string): ReadStory {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}. Run \`npm run check\` to see every problem with its line and field.`);
  };
  const source = readFileSync(file, 'utf8');
  const split = splitStory(source) ?? fail('the story has no YAML frontmatter');
  // The frontmatter as the content layer and the check read it: Astro's own parser, not another.
  const people = readPeopleFolder(peopleFolderOf(path.dirname(path.dirname(path.resolve(file))))).people;
  const parsed = parseStory(parseFrontmatter(source).frontmatter, people);
  if (!parsed.ok)
    return fail(
      `the frontmatter does not match the story schema (${parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; ')})`,
    );
  return { slug: path.basename(path.dirname(file)), story: parsed.story, body: split.body };
}
