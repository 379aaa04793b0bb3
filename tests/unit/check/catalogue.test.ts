import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkStories } from '../../../src/check/checkStories';
import { formatLocated, type LocatedProblem } from '../../../src/check/checkStory';
import { BROKEN, brokenCases, describeExpected, matches, reportedFile, REPO, TEMPLATE } from './catalogue';

const cases = brokenCases();

/** The problems of `expected` not found in `problems`, and the problems left over. */
function compare(
  problems: readonly LocatedProblem[],
  expected: readonly Parameters<typeof matches>[1][],
  file: string,
): { missing: string[]; unrelated: string[] } {
  const left = [...problems];
  const missing: string[] = [];
  for (const want of expected) {
    const i = left.findIndex((problem) => matches(problem, want, file));
    if (i < 0) missing.push(describeExpected(want, file));
    else left.splice(i, 1);
  }
  return { missing, unrelated: left.map(formatLocated) };
}

describe('the catalogue of broken stories', () => {
  it('has at least 22 cases, one fault each, and the template they were copied from is valid', () => {
    expect(cases.length).toBeGreaterThanOrEqual(22);
    const report = checkStories([TEMPLATE], REPO);
    expect(report.stories).toBe(1);
    expect(report.problems.map(formatLocated)).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: reports the expected problem and nothing else', (_, c) => {
    const report = checkStories([c.dir], REPO);
    const file = reportedFile(c);
    const { missing, unrelated } = compare(report.problems, c.expected, file);
    const got = report.problems.map(formatLocated).join('\n') || '(no problems)';
    expect(missing, `not reported; the checker said:\n${got}`).toEqual([]);
    expect(unrelated, 'reported besides the expected problem(s)').toEqual([]);
  });
});

describe('npm run check on the whole catalogue', () => {
  const run = spawnSync(process.execPath, ['src/cli/checkStories.ts', BROKEN], {
    cwd: REPO,
    encoding: 'utf8',
    // npm sets INIT_CWD to where it was started; the CLI resolves paths against it.
    env: { ...process.env, INIT_CWD: REPO },
  });
  const lines = run.stdout.split('\n').filter((line) => line.length > 0);
  const summary = lines.at(-1) ?? '';
  const problemLines = lines.slice(0, -1);
  const LINE = /^(?<file>\S+):(?<line>\d+):(?<column>\d+) {2}(?<field>\S+) {2}(?<message>.+?)(?: {2}\(fix: .+\))?$/;

  it('exits 1 and prints every problem as "file:line:column  field  message  (fix: …)"', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(problemLines.filter((line) => !LINE.test(line))).toEqual([]);
  });

  it('prints all problems at once, as many lines as the checker finds, then the count', () => {
    const report = checkStories([BROKEN], REPO);
    expect(problemLines).toEqual(report.problems.map(formatLocated));
    const withStory = cases.filter((c) => c.hasStory).length;
    expect(summary).toBe(`${withStory} stories checked: ${report.problems.length} problems`);
    const expected = cases.reduce((n, c) => n + c.expected.length, 0);
    expect(problemLines.length, 'one line per expected problem of the catalogue').toBe(expected);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: has its line in the output', (_, c) => {
    const file = reportedFile(c);
    for (const want of c.expected) {
      const found = problemLines.some((line) => {
        const g = LINE.exec(line)?.groups;
        return (
          g?.['file'] === file &&
          Number(g['line']) === want.line &&
          g['field'] === want.field &&
          (g['message'] ?? '').includes(want.message)
        );
      });
      expect(found, `${describeExpected(want, file)} in:\n${run.stdout}`).toBe(true);
    }
  });
});
