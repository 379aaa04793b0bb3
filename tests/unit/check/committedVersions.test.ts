import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStories } from '../../../src/check/checkStories';
import { initGitRepo, type GitRepo } from '../../support/gitRepo';
import { edit, FIRST, withChanges } from '../history/storyEdits';

/**
 * `npm run check` and the build compare each story with its last committed version: here in a
 * throwaway repository holding the first story and the registry of people it names.
 */
const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
const FILE = `content/explainers/${SLUG}/index.mdx`;
let dir: string;
let repo: GitRepo;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'check-history-'));
  cpSync(path.resolve(import.meta.dirname, '../../../content/people'), path.join(dir, 'content/people'), {
    recursive: true,
  });
  mkdirSync(path.join(dir, 'content/explainers', SLUG), { recursive: true });
  writeFileSync(path.join(dir, FILE), FIRST);
  repo = initGitRepo(dir);
  repo.commitAll('Publish the explainer', '2025-03-05T20:00:00+00:00');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const check = () => checkStories([path.join(dir, 'content/explainers')], dir);
/** The words of the story file where a problem points. */
const wordsAt = (problem: { line: number; column: number }, length: number): string =>
  (readFileSync(path.join(dir, FILE), 'utf8').split('\n')[problem.line - 1] ?? '').slice(
    problem.column - 1,
    problem.column - 1 + length,
  );

const REWORDED = edit(
  FIRST,
  ['text: "We have, we have taken a step back"', 'text: "We have, we have taken a step backward"'],
  ['"We have, we have taken a step back,"', '"We have, we have taken a step backward,"'],
  ['  - id: suspension-confirmed\n', '  - id: suspension-announced\n'],
);

describe('the check against the last committed version', () => {
  it('refuses a reworded quote and a renamed section, each at its place in the file, and refuses to pass the story on', () => {
    writeFileSync(path.join(dir, FILE), REWORDED);
    const report = check();
    expect(report.problems.map((p) => [p.file, p.field])).toEqual([
      [FILE, 'sections[0].id'],
      [FILE, 'quotes[0].text'],
    ]);
    const [section, quote] = report.problems;
    expect(wordsAt(section!, 'suspension-announced'.length)).toBe('suspension-announced');
    expect(wordsAt(quote!, '"We have, we have'.length)).toBe('"We have, we have');
    expect(report.passed.size).toBe(0);
  });

  it('accepts the same edits with a correction made since and the old id kept', () => {
    writeFileSync(
      path.join(dir, FILE),
      withChanges(
        edit(REWORDED, [
          '  - id: suspension-announced\n',
          '  - id: suspension-announced\n    formerIds: [suspension-confirmed]\n',
        ]),
        `  - at: '2025-03-06T09:00:00+00:00'
    kind: correction
    text: 'An earlier version of this explainer misquoted Mike Waltz.'
    concerns: [waltz-step-back]
`,
      ),
    );
    const report = check();
    expect(report.problems).toEqual([]);
    expect(report.passed.size).toBe(1);
  });

  it('compares nothing once the edits are committed, nor a story never committed', () => {
    writeFileSync(path.join(dir, FILE), REWORDED);
    repo.commitAll('Reword without a note', '2025-03-06T10:00:00+00:00');
    expect(check().problems).toEqual([]);
    mkdirSync(path.join(dir, 'content/explainers/second-story'));
    writeFileSync(path.join(dir, 'content/explainers/second-story/index.mdx'), FIRST);
    expect(check().problems).toEqual([]);
  });
});
