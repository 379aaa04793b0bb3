import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cachedPreview,
  isIntactPng,
  previewCacheProblem,
  previewHash,
  previewImage,
} from '../../../src/lib/preview/cache';
import type { PreviewCardContent } from '../../../src/lib/preview/content';

const quote: PreviewCardContent = {
  kind: 'quote',
  siteName: 'Explainers',
  text: 'We have, we have taken a step back',
  speakerName: 'Mike Waltz',
  speakerRole: 'US National Security Adviser',
  storyTitle: 'US pauses intelligence sharing with Ukraine',
};

describe('previewHash', () => {
  it('is the same for the same texts, however the object was built', () => {
    const reordered: PreviewCardContent = {
      storyTitle: quote.storyTitle,
      speakerRole: quote.speakerRole,
      speakerName: quote.speakerName,
      text: quote.text,
      siteName: quote.siteName,
      kind: 'quote',
    };
    expect(previewHash(reordered)).toBe(previewHash(quote));
    expect(previewHash(quote)).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('changes with any text the card shows, and with the kind of card', () => {
    const hashes = new Set([
      previewHash(quote),
      previewHash({ ...quote, text: 'We have, we have taken a step back.' }),
      previewHash({ ...quote, speakerName: 'Michael Waltz' }),
      previewHash({ ...quote, speakerRole: 'National Security Adviser' }),
      previewHash({ ...quote, storyTitle: 'US pauses intelligence sharing' }),
      previewHash({ ...quote, siteName: 'News' }),
      previewHash({ kind: 'story', siteName: 'Explainers', title: 'A', dek: 'B' }),
      previewHash({ kind: 'story', siteName: 'Explainers', title: 'A', dek: 'C' }),
      previewHash({ kind: 'section', siteName: 'Explainers', heading: 'A', description: 'B', storyTitle: 'C' }),
    ]);
    expect(hashes.size).toBe(9);
  });
});

describe('previewImage', () => {
  let dir: string;
  let saved: string | undefined;
  beforeEach(async () => {
    saved = process.env['PREVIEW_CACHE_DIR'];
    dir = await mkdtemp(path.join(tmpdir(), 'preview-cache-'));
    process.env['PREVIEW_CACHE_DIR'] = dir;
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env['PREVIEW_CACHE_DIR'];
    else process.env['PREVIEW_CACHE_DIR'] = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('renders once, then serves the same bytes from the cache folder', async () => {
    const log: string[] = [];
    const first = await previewImage(quote, 'waltz', (line) => log.push(line));
    expect(first.cached).toBe(false);
    expect(await readdir(dir)).toEqual([`${first.hash}.png`]);

    const second = await previewImage(quote, 'waltz', (line) => log.push(line));
    expect(second.cached).toBe(true);
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);

    expect(log).toHaveLength(2);
    expect(log[0]).toMatch(/^\[preview\] rendered waltz \(\d+ ms\)$/u);
    expect(log[1]).toBe('[preview] cached waltz');
  });

  it('renders again when a text changes, keeping both images', async () => {
    const first = await previewImage(quote, 'a', () => {});
    const changed = await previewImage({ ...quote, speakerRole: 'Adviser' }, 'b', () => {});
    expect(changed.cached).toBe(false);
    expect(changed.hash).not.toBe(first.hash);
    expect((await readdir(dir)).sort()).toEqual([`${first.hash}.png`, `${changed.hash}.png`].sort());
  });

  it('draws a damaged cache file again instead of serving it', async () => {
    const first = await previewImage(quote, 'a', () => {});
    await writeFile(path.join(dir, `${first.hash}.png`), 'not a png');
    const again = await previewImage(quote, 'a', () => {});
    expect(again.cached).toBe(false);
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
  });
  it('draws a PNG cut short after its signature again, and stores an intact one', async () => {
    const first = await previewImage(quote, 'a', () => {});
    const file = path.join(dir, `${first.hash}.png`);
    // The first half of the real image: signature, IHDR and part of the data, but no end.
    await writeFile(file, first.png.subarray(0, Math.floor(first.png.length / 2)));
    const again = await previewImage(quote, 'a', () => {});
    expect(again.cached).toBe(false);
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
    expect((await readFile(file)).equals(Buffer.from(first.png))).toBe(true);
    expect((await cachedPreview(quote)).ms).toBeUndefined();
  });

  it('draws an image with one damaged byte in its data again', async () => {
    const first = await previewImage(quote, 'a', () => {});
    const damaged = Buffer.from(first.png);
    const middle = Math.floor(damaged.length / 2);
    damaged[middle] = (damaged[middle] ?? 0) ^ 0xff;
    await writeFile(path.join(dir, `${first.hash}.png`), damaged);
    const again = await previewImage(quote, 'a', () => {});
    expect(again.cached).toBe(false);
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
  });

  it('says which folder cannot be written, and how to fix it, when the cache folder is a file', async () => {
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    process.env['PREVIEW_CACHE_DIR'] = file;
    const problem = previewCacheProblem();
    expect(problem).toBe(
      `cannot write the preview image cache ${file} (a file is in the way): make it writable, or set PREVIEW_CACHE_DIR to a folder you can write`,
    );
    await expect(cachedPreview(quote)).rejects.toThrow(`cannot write the preview image cache ${file}`);
  });

  it('finds a cache folder on a read-only file system with a real write, not by its mode bits', async () => {
    const mounted = path.join(dir, 'read-only');
    await mkdir(mounted);
    // A read-only tmpfs stops root too (root ignores mode bits); where mounting is not allowed (not root),
    // mode bits do stop the user, so they are the fallback.
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', mounted]);
    if (mount.status !== 0) spawnSync('chmod', ['0555', mounted]);
    try {
      process.env['PREVIEW_CACHE_DIR'] = mounted;
      expect(previewCacheProblem()).toMatch(
        new RegExp(
          `^cannot write the preview image cache ${mounted} \\((the file system is read-only|permission denied)\\): `,
          'u',
        ),
      );
      process.env['PREVIEW_CACHE_DIR'] = dir;
      expect(previewCacheProblem()).toBeUndefined();
      // The probe leaves nothing behind.
      expect(await readdir(dir)).toEqual(['read-only']);
    } finally {
      if (mount.status === 0) spawnSync('umount', [mounted]);
    }
  });
});

describe('isIntactPng', () => {
  it('accepts a drawn card and refuses every shorter prefix of it, and trailing bytes', async () => {
    const saved = process.env['PREVIEW_CACHE_DIR'];
    const dir = await mkdtemp(path.join(tmpdir(), 'preview-intact-'));
    process.env['PREVIEW_CACHE_DIR'] = dir;
    try {
      const { png } = await cachedPreview(quote);
      expect(isIntactPng(png)).toBe(true);
      // Every cut, from just after the signature to one byte short of the end.
      for (let end = 8; end < png.length; end += 97) expect(isIntactPng(png.subarray(0, end))).toBe(false);
      expect(isIntactPng(png.subarray(0, png.length - 1))).toBe(false);
      expect(isIntactPng(Buffer.concat([png, Buffer.from([0])]))).toBe(false);
      expect(isIntactPng(Buffer.from('not a png'))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env['PREVIEW_CACHE_DIR'];
      else process.env['PREVIEW_CACHE_DIR'] = saved;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
