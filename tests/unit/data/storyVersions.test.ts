import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Explainer } from '../../../src/data/explainers';
import { getStoryVersions } from '../../../src/data/storyVersions';
import { initGitRepo } from '../../support/gitRepo';
import { edit, FIRST, MISQUOTED, withChanges } from '../history/storyEdits';

/** The versions page's data for the first story, in a throwaway folder with and without git history. */
let dir: string;
const file = (): string => path.join(dir, 'content/explainers/us-pauses/index.mdx');
const write = (text: string): void => {
  mkdirSync(path.dirname(file()), { recursive: true });
  writeFileSync(file(), text);
};
/** What the page is handed: an explainer whose entry names its file. */
const explainer = (): Explainer => ({ id: 'us-pauses', entry: { filePath: file() } }) as unknown as Explainer;

const CORRECTED = withChanges(
  FIRST,
  `  - at: '2025-03-06T09:00:00+00:00'
    kind: correction
    text: 'An earlier version of this explainer shortened what Mike Waltz told reporters.'
    concerns: [waltz-step-back]
`,
);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'story-versions-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('getStoryVersions', () => {
  it('gives a story in a site without git history one version, the working copy, with nothing to compare', () => {
    write(FIRST);
    const { versions, fromGit } = getStoryVersions(explainer());
    expect(fromGit).toBe(false);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.commit).toBeUndefined();
    expect(versions[0]?.diff).toBeUndefined();
    expect(versions[0]?.content.title).toBe('US pauses intelligence sharing with Ukraine');
  });

  it('lists each published commit newest first, each compared with the one before, and no working copy when it is the last commit', () => {
    const repo = initGitRepo(dir);
    write(edit(MISQUOTED, ['lang: en-GB\n', 'lang: en-GB\ndraft: true\n']));
    repo.commitAll('Import the report as a draft', '2025-03-05T17:00:00+00:00');
    write(MISQUOTED);
    const published = repo.commitAll('Publish', '2025-03-05T20:00:00+00:00');
    write(CORRECTED);
    const corrected = repo.commitAll('Correct Waltz', '2025-03-06T09:05:00+00:00');
    const { versions, fromGit } = getStoryVersions(explainer());
    expect(fromGit).toBe(true);
    // The draft was never published: it is not a version readers can be shown.
    expect(versions.map((v) => [v.commit, v.at])).toEqual([
      [corrected, '2025-03-06T09:05:00+00:00'],
      [published, '2025-03-05T20:00:00+00:00'],
    ]);
    expect(versions[0]?.diff?.quotes.map((q) => q.id)).toEqual(['waltz-step-back']);
    expect(versions[0]?.diff?.recorded.map((c) => c.kind)).toEqual(['correction']);
    expect(versions[1]?.diff).toBeUndefined();
  });

  it('puts the working copy on top, without a commit, when it differs from the last commit', () => {
    const repo = initGitRepo(dir);
    write(CORRECTED);
    const published = repo.commitAll('Publish', '2025-03-05T20:00:00+00:00');
    write(edit(CORRECTED, ['title: "US pauses intelligence sharing', 'title: "US suspends intelligence sharing']));
    const { versions } = getStoryVersions(explainer());
    expect(versions.map((v) => v.commit)).toEqual([undefined, published]);
    expect(versions[0]?.diff?.title?.filter((part) => part.kind !== 'same').map((part) => part.text)).toEqual([
      'pauses',
      'suspends',
    ]);
  });
});
