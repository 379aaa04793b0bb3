import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStorySlug, listStories, MAX_SLUG_LENGTH } from '../../../src/check/storyFolders';

const root = mkdtempSync(path.join(tmpdir(), 'story-folders-'));
const stories = path.join(root, 'content/explainers');
const story = (name: string): void => {
  mkdirSync(path.join(stories, name), { recursive: true });
  writeFileSync(path.join(stories, name, 'index.mdx'), '---\ntitle: x\n---\n');
};
const long = `a${'-b'.repeat(125)}`; // 251 characters
for (const name of ['ferry', '.hidden', 'a#hash', 'a?q=1', 'a%20b', 'back\\slash', long, 'Ferry Reopens']) story(name);
mkdirSync(path.join(stories, 'empty'));
mkdirSync(path.join(root, 'elsewhere'));
writeFileSync(path.join(root, 'elsewhere/index.mdx'), '---\ntitle: x\n---\n');
symlinkSync(path.join(root, 'elsewhere'), path.join(stories, 'linked'));
writeFileSync(path.join(stories, 'notes.txt'), 'a note');
// A story folder holding links: an "image" that is a script elsewhere, and a folder of files elsewhere.
story('with-links');
writeFileSync(path.join(root, 'elsewhere/payload.js'), 'export default 1;');
symlinkSync(path.join(root, 'elsewhere/payload.js'), path.join(stories, 'with-links/photo.png'));
mkdirSync(path.join(stories, 'with-links/photos'));
symlinkSync(path.join(root, 'elsewhere'), path.join(stories, 'with-links/photos/more'));
writeFileSync(path.join(stories, '.DS_Store'), '');

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listStories over a folder of stories', () => {
  const { files, problems } = listStories(['content/explainers'], root);
  const said = (name: string): string | undefined =>
    problems.find((p) => p.file === `content/explainers/${name}/` || p.file === `content/explainers/${name}`)?.message;

  it('lists only the story folders the build can publish', () => {
    expect(files.map((f) => f.display)).toEqual(['content/explainers/ferry/index.mdx']);
  });

  it('reports every other entry at line 1 as a folder problem, never passing over one in silence', () => {
    expect(problems.every((p) => p.field === '(folder)' && p.line === 1 && p.column === 1 && p.fix)).toBe(true);
    expect(problems).toHaveLength(12);
  });

  it('names hidden folders, symbolic links and names that are not slugs', () => {
    expect(said('.hidden')).toContain('is a hidden folder');
    expect(said('linked')).toContain('is a symbolic link');
    for (const name of ['a#hash', 'a?q=1', 'a%20b', 'back\\slash'])
      expect(said(name)).toContain('not a valid story folder name');
    expect(said(long)).toBe(
      `is 251 characters long; a story folder's name is its URL and may have at most ${MAX_SLUG_LENGTH}`,
    );
  });

  it('refuses a story folder that holds symbolic links, naming each, and does not list its story', () => {
    const inside = problems.filter((p) => p.file.startsWith('content/explainers/with-links/'));
    expect(inside.map((p) => [p.file, p.message])).toEqual([
      [
        'content/explainers/with-links/photo.png',
        'is a symbolic link inside a story folder, which could lead to any file on the machine',
      ],
      [
        'content/explainers/with-links/photos/more',
        'is a symbolic link inside a story folder, which could lead to any file on the machine',
      ],
    ]);
  });

  it('suggests the slug an editor probably meant', () => {
    const fix = problems.find((p) => p.file === 'content/explainers/Ferry Reopens/')?.fix;
    expect(fix).toBe('rename the folder to "ferry-reopens"');
  });

  it('names a folder without a story and a stray file, and passes over files the system leaves', () => {
    expect(said('empty')).toBe('is a story folder without an index.mdx');
    expect(said('notes.txt')).toBe('is a file among the story folders, which the build ignores');
    expect(said('.DS_Store')).toBeUndefined();
  });
});

describe('isStorySlug', () => {
  it('takes lowercase slugs up to the limit', () => {
    expect(isStorySlug('us-pauses-intelligence-sharing-with-ukraine')).toBe(true);
    expect(isStorySlug('a'.repeat(MAX_SLUG_LENGTH))).toBe(true);
    expect(isStorySlug('a'.repeat(MAX_SLUG_LENGTH + 1))).toBe(false);
    for (const name of ['', 'A', 'a--b', '-a', 'a_b', 'ä']) expect(isStorySlug(name)).toBe(false);
  });
});
