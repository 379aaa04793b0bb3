import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedCheck } from '../../../src/check/checkCache';
import { checkStoryFile, storyHash, type StoryContext } from '../../../src/check/checkStory';
import { readPeopleFolder } from '../../../src/check/peopleFolder';
import type { People } from '../../../src/lib/people/person';

type Check = Parameters<typeof cachedCheck>[2];

const REPO = path.resolve(import.meta.dirname, '../../..');
const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
const SOURCE = readFileSync(path.join(REPO, 'content/explainers', SLUG, 'index.mdx'), 'utf8');
const DISPLAY = `content/explainers/${SLUG}/index.mdx`;
const PEOPLE = readPeopleFolder(path.join(REPO, 'content/people')).people;
const SITE_CODE = 'site-code-1';
// Every file the tests write gets this time, so only what a test changes on purpose differs.
const PINNED = new Date('2025-03-05T12:00:00Z');

let root: string;
let cacheFolder: string;
let folder: string;
let file: string;

/** Writes the story (or any file beside it) with the pinned time. */
const write = (name: string, bytes: string | Uint8Array): void => {
  const target = path.join(folder, name);
  writeFileSync(target, bytes);
  utimesSync(target, PINNED, PINNED);
};

const contextWith = (slugs: readonly string[] = [], people: People = PEOPLE): StoryContext => ({
  slugs: new Set([SLUG, ...slugs]),
  folder,
  people,
});

/** The real check, counting its calls. */
function counting(inner: Check = async (f, display, context) => checkStoryFile(f, display, context)): {
  check: Check;
  calls: () => number;
} {
  let calls = 0;
  return {
    check: async (f, display, context) => {
      calls++;
      return inner(f, display, context);
    },
    calls: () => calls,
  };
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'check-cache-'));
  cacheFolder = path.join(root, 'node_modules/.cache/news-explainer/checks');
  folder = path.join(root, 'content/explainers', SLUG);
  file = path.join(folder, 'index.mdx');
  mkdirSync(folder, { recursive: true });
  write('index.mdx', SOURCE);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('cachedCheck', () => {
  it('checks a story that passed once, then serves the same result from the cache, in this build and the next', async () => {
    const inner = counting();
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    const first = await check(file, DISPLAY, contextWith());
    expect(first.problems).toEqual([]);
    expect(first.checked?.story.title).toBe('US pauses intelligence sharing with Ukraine');
    expect(first.hash).toBe(storyHash(Buffer.from(SOURCE)));
    expect(inner.calls()).toBe(1);

    const second = await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(1);
    expect(second).toStrictEqual(first);
    // What the cache serves is what the check says of the story now.
    expect(second).toStrictEqual(checkStoryFile(file, DISPLAY, contextWith()));

    const nextBuild = counting();
    const again = await cachedCheck(cacheFolder, SITE_CODE, nextBuild.check)(file, DISPLAY, contextWith());
    expect(nextBuild.calls()).toBe(0);
    expect(again).toStrictEqual(first);
  });

  it('checks again when one byte of the story changes (same size, same time), and keeps both results', async () => {
    const inner = counting();
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    const original = await check(file, DISPLAY, contextWith());

    const edited = SOURCE.replace('days after halting military aid', 'days after halting military aiD');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(SOURCE));
    write('index.mdx', edited);
    const result = await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
    expect(result.hash).toBe(storyHash(Buffer.from(edited)));
    expect(result.hash).not.toBe(original.hash);
    expect(result.checked?.story.dek).toContain('military aiD');
    await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);

    // The story as it was is still known.
    write('index.mdx', SOURCE);
    expect(await check(file, DISPLAY, contextWith())).toStrictEqual(original);
    expect(inner.calls()).toBe(2);
  });

  it('checks again when the registry says something else, not when it is the same registry read again', async () => {
    const inner = counting();
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    await check(file, DISPLAY, contextWith());

    const readAgain = readPeopleFolder(path.join(REPO, 'content/people')).people;
    expect(readAgain).not.toBe(PEOPLE);
    await check(file, DISPLAY, contextWith([], readAgain));
    expect(inner.calls()).toBe(1);

    const [id, person] = [...PEOPLE][0] ?? [];
    if (id === undefined || person === undefined) throw new Error('the registry is empty');
    const edited: People = new Map([...PEOPLE, [id, { ...person, description: `${person.description} Edited.` }]]);
    await check(file, DISPLAY, contextWith([], edited));
    expect(inner.calls()).toBe(2);
    await check(file, DISPLAY, contextWith([], edited));
    expect(inner.calls()).toBe(2);

    // One more person, named by no story.
    const more: People = new Map([...PEOPLE, ['someone-new', person]]);
    await check(file, DISPLAY, contextWith([], more));
    expect(inner.calls()).toBe(3);
  });

  it("checks again when the site's code or the path the problems name changes", async () => {
    const inner = counting();
    await cachedCheck(cacheFolder, SITE_CODE, inner.check)(file, DISPLAY, contextWith());
    await cachedCheck(cacheFolder, 'site-code-2', inner.check)(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
    await cachedCheck(cacheFolder, SITE_CODE, inner.check)(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
    await cachedCheck(cacheFolder, SITE_CODE, inner.check)(file, `./${DISPLAY}`, contextWith());
    expect(inner.calls()).toBe(3);
  });

  it('checks again when an image file is put beside the story', async () => {
    const inner = counting();
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    await check(file, DISPLAY, contextWith());
    write('harbour.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const result = await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
    expect(result.problems).toEqual([]);
    await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
  });

  it('checks again when an image in a subfolder is replaced by other bytes of the same size and time', async () => {
    mkdirSync(path.join(folder, 'images'));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    write('images/harbour.png', png);
    const inner = counting();
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    await check(file, DISPLAY, contextWith());
    await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(1);
    write('images/harbour.png', new TextEncoder().encode('alert(1);//ab'.slice(0, png.length)));
    await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
  });

  it('re-checks a story that follows another explainer once that explainer is gone, and serves it while it exists', async () => {
    write('index.mdx', SOURCE.replace('lang: en-GB\n', 'lang: en-GB\nfollows: other\n'));
    const inner = counting();
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    const passed = await check(file, DISPLAY, contextWith(['other']));
    expect(passed.problems).toEqual([]);
    expect(passed.relations?.map((relation) => relation.slug)).toEqual(['other']);
    await check(file, DISPLAY, contextWith(['other', 'a-third-story']));
    expect(inner.calls()).toBe(1);

    const gone = await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
    expect(gone.problems.map((problem) => problem.message)).toEqual(['"other" is not an explainer of this site.']);
    await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(3);

    expect(await check(file, DISPLAY, contextWith(['other']))).toStrictEqual(passed);
    expect(inner.calls()).toBe(3);
  });

  it('re-checks a story whose prose links to another explainer once that explainer is gone', async () => {
    write('index.mdx', `${SOURCE.trimEnd()}\n\nSee [the earlier explainer](/explainers/other/).\n`);
    const inner = counting();
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    const passed = await check(file, DISPLAY, contextWith(['other']));
    expect(passed.problems).toEqual([]);
    expect(passed.storyLinks?.map((link) => link.slug)).toEqual(['other']);
    await check(file, DISPLAY, contextWith(['other']));
    expect(inner.calls()).toBe(1);

    const gone = await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
    expect(gone.problems).toHaveLength(1);
    expect(gone.problems[0]?.message).toContain('"other", which does not exist');
    await check(file, DISPLAY, contextWith(['other']));
    expect(inner.calls()).toBe(2);
  });

  it("serves a kept result naming another explainer only while that explainer is among the context's slugs", async () => {
    const real = checkStoryFile(file, DISPLAY, contextWith());
    const inner = counting(async () => ({
      ...real,
      relations: [{ slug: 'other', event: undefined, line: 7, column: 10, field: 'follows' }],
    }));
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    await check(file, DISPLAY, contextWith(['other']));
    await check(file, DISPLAY, contextWith(['other']));
    expect(inner.calls()).toBe(1);
    await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
    await check(file, DISPLAY, contextWith(['unrelated']));
    expect(inner.calls()).toBe(3);
    await check(file, DISPLAY, contextWith(['other']));
    expect(inner.calls()).toBe(3);
  });

  it('never keeps a story with problems: it is checked every time, with fresh messages', async () => {
    write('index.mdx', SOURCE.replace(/^title: .*\n/m, ''));
    const inner = counting();
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    for (let i = 1; i <= 3; i++) {
      const result = await check(file, DISPLAY, contextWith());
      expect(result.problems.map((problem) => problem.field)).toContain('title');
      expect(result.checked).toBeUndefined();
      expect(inner.calls()).toBe(i);
    }
    expect(existsSync(cacheFolder)).toBe(false);
  });

  it('does not keep a result made from other bytes than those it was asked about', async () => {
    const real = checkStoryFile(file, DISPLAY, contextWith());
    // As if the story changed while it was being checked.
    const inner = counting(async () => ({ ...real, hash: storyHash(Buffer.from('other bytes')) }));
    const check = cachedCheck(cacheFolder, SITE_CODE, inner.check);
    await check(file, DISPLAY, contextWith());
    await check(file, DISPLAY, contextWith());
    expect(inner.calls()).toBe(2);
  });
});
