/** One thing wrong with a story, worded for the editor who has to fix it. */
export interface Problem {
  /** The frontmatter field, e.g. `quotes[3].text` or `timeline[2].mention`. */
  readonly field: string;
  readonly message: string;
  readonly fix?: string;
  /** Where in the prose the problem is, when it is there rather than in the frontmatter. */
  readonly at?: ProsePosition | undefined;
}

/** 1-based line and column in the story's prose (the part after the frontmatter). */
export interface ProsePosition {
  readonly line: number;
  readonly column: number;
}

/** The position of a unist node, as a ProsePosition. */
export function positionOf(node: {
  position?: { start: { line: number; column: number } } | undefined;
}): ProsePosition | undefined {
  const start = node.position?.start;
  return start === undefined ? undefined : { line: start.line, column: start.column };
}

export function formatProblem(displayPath: string, problem: Problem): string {
  const fix = problem.fix === undefined ? '' : ` (fix: ${problem.fix})`;
  return `${displayPath}  ${problem.field}  ${problem.message}${fix}`;
}
