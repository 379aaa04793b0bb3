import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_IMAGE_FORMATS } from '../../src/lib/preview/formats';
import { storyCards } from '../../src/lib/preview/storyCards';
import { readStory } from '../../src/check/readStory';
import { readPeopleFolder } from '../../src/check/peopleFolder';
import { copySite, FIRST_STORY, type SiteCopy } from '../support/buildSite';

const repo = path.resolve(import.meta.dirname, '../..');

// One copy of the site, built several times with the same preview cache folder.
let copy: SiteCopy;
let site: string;

beforeAll(async () => {
  copy = await copySite({ stories: [] });
  site = copy.dir;
});

afterAll(async () => {
  await copy.cleanup();
});

/** What the build log says of the images: one line per image drawn, and a count at the end. */
async function build(): Promise<{ rendered: number; cached: number }> {
  const { ok, output } = await copy.build();
  if (!ok) throw new Error(output);
  const summary = /\[preview\] (\d+) images: (\d+) rendered, (\d+) from the cache/u.exec(output);
  if (!summary) throw new Error(`no preview summary in the build log:\n${output}`);
  const [, total, rendered, cached] = summary.map(Number);
  expect(output.match(/\[preview\] rendered /gu)?.length ?? 0).toBe(rendered);
  expect(total).toBe((rendered ?? 0) + (cached ?? 0));
  return { rendered: rendered ?? -1, cached: cached ?? -1 };
}

describe('preview images are drawn once and then taken from the cache', () => {
  it('renders every card on the first build, none on the second, and only the story’s cards after a new dek', async () => {
    const source = await readFile(path.join(repo, FIRST_STORY), 'utf8');
    const { story, body } = readStory(path.join(repo, FIRST_STORY));
    // The story's own card and its three article images, then one per shareable part; and one per registered person.
    const storyCardCount = storyCards('story', story, body).length;
    expect(storyCardCount).toBe(40);
    const cards = storyCardCount + readPeopleFolder(path.join(repo, 'content/people')).people.size;

    expect(await build()).toEqual({ rendered: cards, cached: 0 });
    expect(await build()).toEqual({ rendered: 0, cached: cards });

    // The dek is shown only on the story's own card and its article images.
    const edited = source.replace(/^dek: .*$/mu, 'dek: "A different standfirst, shown only on the story card."');
    expect(edited).not.toBe(source);
    await writeFile(path.join(site, FIRST_STORY), edited);
    const storyImages = 1 + ARTICLE_IMAGE_FORMATS.length;
    expect(await build()).toEqual({ rendered: storyImages, cached: cards - storyImages });
  }, 300_000);
});
