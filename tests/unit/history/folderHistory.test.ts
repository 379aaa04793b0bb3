import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFolderHistory, sameStoryText } from '../../../src/lib/history/folderHistory';
import { FIRST_STORY } from '../../support/buildSite';
import { initGitRepo, type GitRepo } from '../../support/gitRepo';

/**
 * The history of a folder of stories read from a real git repository: the first story committed with
 * Waltz's words shortened ("We have taken a step back", as some reports gave them), then corrected to
 * what he said, then its folder renamed (a new slug), as `git log --follow` would follow it; and what
 * is no history at all.
 */
const CORRECTED = readFileSync(path.resolve(import.meta.dirname, '../../..', FIRST_STORY), 'utf8');
const FIRST = CORRECTED.replaceAll('We have, we have taken a step back', 'We have taken a step back');
let dir: string;
let repo: GitRepo;
const commits: string[] = [];
const explainers = (): string => path.join(dir, 'content/explainers');

function write(slug: string, text: string): void {
  mkdirSync(path.join(explainers(), slug), { recursive: true });
  writeFileSync(path.join(explainers(), slug, 'index.mdx'), text);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'story-history-'));
  repo = initGitRepo(dir);
  write('us-pauses', FIRST);
  commits.push(repo.commitAll('Publish the explainer', '2025-03-05T20:00:00+00:00'));
  write('us-pauses', CORRECTED);
  commits.push(repo.commitAll('Correct a quote', '2025-03-06T09:05:00+01:00'));
  repo.git('mv', 'content/explainers/us-pauses', 'content/explainers/us-pauses-intelligence-sharing');
  commits.push(repo.commitAll('Give the explainer its full slug', '2025-03-07T10:00:00+00:00'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readFolderHistory', () => {
  it('lists every commit of a story newest first, following its file back through a rename', () => {
    const history = readFolderHistory(explainers(), ['us-pauses-intelligence-sharing/index.mdx']);
    const versions = history?.versions.get('us-pauses-intelligence-sharing/index.mdx') ?? [];
    expect(versions.map((v) => [v.commit, v.at, v.subject, v.path])).toEqual([
      [
        commits[2],
        '2025-03-07T10:00:00+00:00',
        'Give the explainer its full slug',
        'us-pauses-intelligence-sharing/index.mdx',
      ],
      [commits[1], '2025-03-06T09:05:00+01:00', 'Correct a quote', 'us-pauses/index.mdx'],
      [commits[0], '2025-03-05T20:00:00+00:00', 'Publish the explainer', 'us-pauses/index.mdx'],
    ]);
  });

  it('reads the text of each version, as it was committed', () => {
    const history = readFolderHistory(explainers(), ['us-pauses-intelligence-sharing/index.mdx'])!;
    const versions = history.versions.get('us-pauses-intelligence-sharing/index.mdx') ?? [];
    const texts = history.texts(versions);
    expect(versions.map((v) => texts.get(v.blob))).toEqual([CORRECTED, CORRECTED, FIRST]);
  });

  it('gives a story not committed yet no versions, and one deleted in the last commit none either', () => {
    write('withdrawn', FIRST);
    repo.commitAll('Add a story to withdraw', '2025-03-08T10:00:00+00:00');
    repo.git('rm', '--quiet', 'content/explainers/withdrawn/index.mdx');
    repo.commitAll('Withdraw it', '2025-03-08T11:00:00+00:00');
    write('withdrawn', FIRST);
    write('new-story', FIRST);
    const history = readFolderHistory(explainers(), ['new-story/index.mdx', 'withdrawn/index.mdx'])!;
    expect(history.versions.get('new-story/index.mdx')).toEqual([]);
    expect(history.versions.get('withdrawn/index.mdx')).toEqual([]);
    rmSync(path.join(explainers(), 'new-story'), { recursive: true });
    rmSync(path.join(explainers(), 'withdrawn'), { recursive: true });
  });

  it('is no history outside a repository, or in a shallow clone', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'no-history-'));
    const shallow = mkdtempSync(path.join(tmpdir(), 'shallow-history-'));
    try {
      expect(readFolderHistory(outside, ['us-pauses/index.mdx'])).toBeUndefined();
      execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${dir}`, shallow], { stdio: 'ignore' });
      expect(readFolderHistory(path.join(shallow, 'content/explainers'), ['us-pauses/index.mdx'])).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});

describe('sameStoryText', () => {
  it('takes a byte order mark and CRLF line endings as the same story, any other difference as another', () => {
    expect(sameStoryText(FIRST, `\uFEFF${FIRST.replace(/\n/g, '\r\n')}`)).toBe(true);
    expect(sameStoryText(FIRST, CORRECTED)).toBe(false);
  });
});
