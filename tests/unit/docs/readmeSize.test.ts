import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../../..');
/** The README is the way in: two commands, what this is, the scripts and links. Guides live in docs/. */
const README_MAX_BYTES = 8 * 1024;

describe('README.md', () => {
  it(`stays short: at most ${README_MAX_BYTES} bytes`, () => {
    const bytes = readFileSync(path.join(REPO, 'README.md')).byteLength;
    expect(bytes).toBeLessThanOrEqual(README_MAX_BYTES);
  });
});
