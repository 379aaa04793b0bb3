import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishedCommits } from '../../../src/integrations/storyCommits';
import { initGitRepo } from '../../support/gitRepo';
import { FIRST, MISQUOTED } from '../history/storyEdits';

let dir: string;
const explainers = (): string => path.join(dir, 'content/explainers');
const write = (slug: string, text: string): void => {
  mkdirSync(path.join(explainers(), slug), { recursive: true });
  writeFileSync(path.join(explainers(), slug, 'index.mdx'), text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'story-commits-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('publishedCommits', () => {
  it('gives each story the commit its file is exactly the text of, and none to one edited since or never committed', () => {
    const repo = initGitRepo(dir);
    write('us-pauses', MISQUOTED);
    write('second', FIRST);
    const published = repo.commitAll('Publish two explainers', '2025-03-05T20:00:00+00:00');
    write('us-pauses', FIRST);
    const corrected = repo.commitAll('Correct a quote', '2025-03-06T09:05:00+00:00');
    write('second', MISQUOTED);
    write('third', FIRST);
    // CRLF line endings, as an editor on Windows might save it, are still the committed text.
    write('us-pauses', FIRST.replace(/\n/g, '\r\n'));
    const commits = publishedCommits(explainers(), ['us-pauses', 'second', 'third']);
    expect(Object.fromEntries(commits)).toEqual({ 'us-pauses': corrected });
    expect(commits.get('us-pauses')).not.toBe(published);
  });

  it('gives none without git history', () => {
    write('us-pauses', FIRST);
    expect(publishedCommits(explainers(), ['us-pauses']).size).toBe(0);
  });
});
