/** One thing wrong with a story, worded for the editor who has to fix it. */
export interface Problem {
  /** The frontmatter field, e.g. `quotes[3].text` or `timeline[2].mention`. */
  readonly field: string;
  readonly message: string;
  readonly fix?: string;
}

export function formatProblem(displayPath: string, problem: Problem): string {
  const fix = problem.fix === undefined ? '' : ` (fix: ${problem.fix})`;
  return `${displayPath}  ${problem.field}  ${problem.message}${fix}`;
}
