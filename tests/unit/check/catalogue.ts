import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LocatedProblem } from '../../../src/check/checkStory';

/** The repository root; every path in the catalogue is relative to it. */
export const REPO = path.resolve(import.meta.dirname, '../../..');
/** One folder per deliberately broken story, each with `index.mdx` (one fault) and `expected.json`. */
export const BROKEN = 'tests/fixtures/broken';
/** The small valid story every broken case was copied from. */
export const TEMPLATE = 'tests/fixtures/valid-template';

/**
 * One problem a broken case must be reported with. `message` is a substring of the message; `column`
 * and `notInMessage` (text the message must not contain) are checked only where given.
 */
export interface ExpectedProblem {
  readonly field: string;
  readonly message: string;
  readonly line: number;
  readonly column?: number;
  readonly notInMessage?: string;
}

export interface BrokenCase {
  /** The folder name, e.g. `speaker-not-actor`. */
  readonly name: string;
  /** The case folder, relative to the repository. */
  readonly dir: string;
  /** False for the case that is a story folder without index.mdx. */
  readonly hasStory: boolean;
  readonly expected: readonly ExpectedProblem[];
}

export function brokenCases(): BrokenCase[] {
  return readdirSync(path.join(REPO, BROKEN), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = `${BROKEN}/${name}`;
      const json: unknown = JSON.parse(readFileSync(path.join(REPO, dir, 'expected.json'), 'utf8'));
      return {
        name,
        dir,
        hasStory: existsSync(path.join(REPO, dir, 'index.mdx')),
        expected: (Array.isArray(json) ? json : [json]) as ExpectedProblem[],
      };
    });
}

/** The file a case's problems must name, when the case folder sits at `dir` (relative to the cwd). */
export function reportedFile(brokenCase: BrokenCase, dir = brokenCase.dir): string {
  return brokenCase.hasStory ? `${dir}/index.mdx` : `${dir}/`;
}

/** True when `problem` is the expected one, in `file`. */
export function matches(problem: LocatedProblem, expected: ExpectedProblem, file: string): boolean {
  return (
    problem.file === file &&
    problem.field === expected.field &&
    problem.message.includes(expected.message) &&
    problem.line === expected.line &&
    (expected.column === undefined || problem.column === expected.column) &&
    (expected.notInMessage === undefined || !problem.message.includes(expected.notInMessage))
  );
}

/** How an expected problem reads in a failure message. */
export function describeExpected(expected: ExpectedProblem, file: string): string {
  const column = expected.column === undefined ? '' : `:${expected.column}`;
  const not = expected.notInMessage === undefined ? '' : ` (and not "${expected.notInMessage}")`;
  return `${file}:${expected.line}${column}  ${expected.field}  …${expected.message}…${not}`;
}
