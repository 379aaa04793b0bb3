import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewHash, previewImage } from '../../../src/lib/preview/cache';
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
});
