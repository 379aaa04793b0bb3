import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStory } from '../../../src/check/readStory';

const repo = path.resolve(import.meta.dirname, '../../..');
const FIRST = path.join(repo, 'content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'read-story-'));
  // The registry beside the stories, as in a site: content/people next to content/explainers.
  await cp(path.join(repo, 'content/people'), path.join(scratch, 'people'), { recursive: true });
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function storyFile(slug: string, source: string): Promise<string> {
  await mkdir(path.join(scratch, 'explainers', slug), { recursive: true });
  const file = path.join(scratch, 'explainers', slug, 'index.mdx');
  await writeFile(file, source);
  return file;
}

describe('readStory', () => {
  it('gives the slug from the folder, the validated frontmatter and the prose', async () => {
    const source = await readFile(FIRST, 'utf8');
    const { slug, story, body } = readStory(await storyFile('a-copy', source));
    expect(slug).toBe('a-copy');
    expect(story.title.length).toBeGreaterThan(10);
    expect(source).toContain(story.title);
    expect(body.trim().length).toBeGreaterThan(1000);
    expect(source.endsWith(body)).toBe(true);
  });

  it('writes out the registered people a story names by id, from the registry beside it', async () => {
    const { story } = readStory(await storyFile('registered', await readFile(FIRST, 'utf8')));
    const waltz = story.actors.find((actor) => actor.id === 'waltz');
    expect(waltz).toMatchObject({ name: 'Mike Waltz', kind: 'person', role: 'US National Security Adviser' });
    expect(waltz?.aliases).toContain('Waltz');
  });

  it('names the file and sends the editor to the check when the frontmatter is wrong', async () => {
    const file = await storyFile('no-title', '---\ndek: A story without its title\n---\n\nSome prose.\n');
    expect(() => readStory(file)).toThrow(`${file}: the frontmatter does not match the story schema`);
    expect(() => readStory(file)).toThrow('npm run check');
  });

  it('names the file when there is no frontmatter at all', async () => {
    const file = await storyFile('no-frontmatter', 'Just prose.\n');
    expect(() => readStory(file)).toThrow(`${file}: the story has no YAML frontmatter`);
  });
});
