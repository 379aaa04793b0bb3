import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCacheFolder, diskCache, projectStateFolder } from '../../../src/lib/build/diskCache';

let root: string;
let folder: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'disk-cache-'));
  folder = path.join(root, 'nested', 'cache');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

interface Kept {
  readonly title: string;
  readonly count: number;
  readonly byId: Map<string, { name: string; aliases: string[] }>;
  readonly when: Date;
  readonly missing: undefined;
}

const value = (): Kept => ({
  title: 'Pause & after “quoted”',
  count: 3,
  byId: new Map([
    ['waltz', { name: 'Mike Waltz', aliases: ['Waltz'] }],
    ['macron', { name: 'Emmanuel Macron', aliases: [] }],
  ]),
  when: new Date('2025-03-05T12:00:00Z'),
  missing: undefined,
});

describe('diskCache', () => {
  it('gives back what was stored, Maps and Dates included (structured clone, not JSON)', () => {
    const cache = diskCache<Kept>(folder);
    cache.set('a1b2', value());
    const back = cache.get('a1b2');
    expect(back).toStrictEqual(value());
    expect(back?.byId).toBeInstanceOf(Map);
    expect(back?.byId.get('waltz')?.aliases).toEqual(['Waltz']);
    expect(back?.when).toBeInstanceOf(Date);
    expect(back !== undefined && 'missing' in back).toBe(true);
  });

  it('keeps values on disk: a second cache on the same folder (the next build) finds them', () => {
    diskCache<Kept>(folder).set('k', value());
    expect(diskCache<Kept>(folder).get('k')).toStrictEqual(value());
  });

  it('keeps each key apart, and a later set replaces the value under its key', () => {
    const cache = diskCache<string>(folder);
    cache.set('one', 'first');
    cache.set('two', 'second');
    cache.set('one', 'replaced');
    expect(cache.get('one')).toBe('replaced');
    expect(cache.get('two')).toBe('second');
  });

  it('misses a key that was never stored', () => {
    const cache = diskCache<string>(folder);
    expect(cache.get('never')).toBeUndefined();
    cache.set('stored', 'x');
    expect(cache.get('never')).toBeUndefined();
  });

  it('misses, without throwing, when the file under a key is corrupt or cannot be read', () => {
    mkdirSync(folder, { recursive: true });
    // Not the structured-clone format at all.
    writeFileSync(path.join(folder, 'garbage'), 'this is not a serialized value');
    // A value cut off half way, as a crash mid-write without the rename would leave it.
    const cache = diskCache<Kept>(folder);
    cache.set('whole', value());
    const whole = path.join(folder, 'whole');
    const bytes = readFileSync(whole);
    writeFileSync(path.join(folder, 'truncated'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    // A folder where the file should be: reading it fails.
    mkdirSync(path.join(folder, 'a-folder'));
    writeFileSync(path.join(folder, 'empty'), '');

    for (const key of ['garbage', 'truncated', 'a-folder', 'empty']) expect(cache.get(key), key).toBeUndefined();
    expect(cache.get('whole')).toStrictEqual(value());
  });

  it('creates its folder on the first set, not before, and leaves no temporary file behind', () => {
    const cache = diskCache<Kept>(folder);
    expect(cache.get('k')).toBeUndefined();
    expect(existsSync(folder)).toBe(false);

    cache.set('k', value());
    expect(existsSync(folder)).toBe(true);
    cache.set('k', value());
    cache.set('other', value());
    expect(readdirSync(folder).sort()).toEqual(['k', 'other']);
  });
});

describe('buildCacheFolder', () => {
  it('prunes every value this cache did not ask for or store, but those it is told to keep', () => {
    const earlier = diskCache<string>(folder);
    for (const key of ['a', 'b', 'c', 'd']) earlier.set(key, key);
    const next = diskCache<string>(folder);
    expect(next.get('a')).toBe('a');
    next.set('e', 'e');
    next.prune(['c']);
    expect(readdirSync(folder).sort()).toEqual(['a', 'c', 'e']);
    expect([...next.used()].sort()).toEqual(['a', 'e']);
  });

  it("leaves another build's value being written (a temporary file) when it prunes", () => {
    const cache = diskCache<string>(folder);
    cache.set('a', 'a');
    const writing = path.join(folder, 'b.4242-0f8e.tmp');
    writeFileSync(writing, 'half');
    cache.prune();
    expect(readdirSync(folder).sort()).toEqual(['a', 'b.4242-0f8e.tmp']);
  });

  it("keeps each project's own state apart, and finds a project through a symlink to it", () => {
    const one = path.join(root, 'one');
    const two = path.join(root, 'two');
    mkdirSync(one);
    mkdirSync(two);
    symlinkSync(one, path.join(root, 'link-to-one'));
    expect(projectStateFolder(one)).not.toBe(projectStateFolder(two));
    expect(path.dirname(projectStateFolder(one))).toBe(path.join(one, 'node_modules/.cache/news-explainer'));
    expect(path.basename(projectStateFolder(path.join(root, 'link-to-one')))).toBe(
      path.basename(projectStateFolder(one)),
    );
  });

  it("is node_modules/.cache/news-explainer/<name> under the project's root", () => {
    expect(buildCacheFolder('/srv/site', 'checks')).toBe(
      path.join('/srv/site', 'node_modules', '.cache', 'news-explainer', 'checks'),
    );
    expect(buildCacheFolder('/srv/site', 'checks')).not.toBe(buildCacheFolder('/srv/site', 'offline'));
  });
});
