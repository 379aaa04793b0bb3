import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageFileProblem, isImageHeader } from '../../../src/check/storyImages';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('isImageHeader', () => {
  it('knows the first bytes of JPEG, PNG, GIF, WebP and AVIF files', () => {
    expect(isImageHeader(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(isImageHeader(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(isImageHeader(bytes('GIF89a'))).toBe(true);
    expect(isImageHeader(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe(true);
    expect(isImageHeader(bytes([0, 0, 0, 0x1c], 'ftypavif'))).toBe(true);
  });

  it('refuses scripts, SVG and other files under an image name', () => {
    for (const text of ['import fs from "node:fs";', '<svg xmlns="http://www.w3.org/2000/svg">', 'RIFF1234WAVE', ''])
      expect(isImageHeader(bytes(text)), text).toBe(false);
  });
});

describe('imageFileProblem', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'story-images-'));
  const folder = path.join(root, 'story');
  mkdirSync(path.join(folder, 'photos'), { recursive: true });
  mkdirSync(path.join(root, 'elsewhere'));
  const png = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  writeFileSync(path.join(folder, 'harbour.png'), png);
  writeFileSync(path.join(folder, 'photos/pier.png'), png);
  writeFileSync(path.join(folder, 'script.png'), 'export default 1;');
  mkdirSync(path.join(folder, 'folder.png'));
  writeFileSync(path.join(root, 'elsewhere/payload.js'), 'export default 1;');
  writeFileSync(path.join(root, 'elsewhere/real.png'), png);
  symlinkSync(path.join(root, 'elsewhere/payload.js'), path.join(folder, 'linked.png'));
  symlinkSync(path.join(root, 'elsewhere'), path.join(folder, 'linked-folder'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('accepts real image files of the story, in subfolders too', () => {
    expect(imageFileProblem(folder, 'harbour.png')).toBeUndefined();
    expect(imageFileProblem(folder, './photos/pier.png')).toBeUndefined();
  });

  it('names what is wrong with anything else', () => {
    expect(imageFileProblem(folder, 'missing.png')).toBe('is not in the story’s folder');
    expect(imageFileProblem(folder, 'script.png')).toContain('is not an image file');
    expect(imageFileProblem(folder, 'folder.png')).toBe('is not a file');
    expect(imageFileProblem(folder, 'linked.png')).toBe('is a symbolic link, which could lead anywhere');
    // A real image reached through a linked folder is refused all the same: the link could lead anywhere.
    expect(imageFileProblem(folder, 'linked-folder/real.png')).toBe('is a symbolic link, which could lead anywhere');
  });
});
