import type { z } from 'zod';
import type { Problem } from '../lib/story/problem.ts';
import { didYouMean } from '../lib/text/didYouMean.ts';

/** `['quotes', 3, 'speaker']` -> `quotes[3].speaker`, the form every message uses. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, segment) =>
      typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${String(segment)}` : String(segment),
    '',
  );
}

/** What a value of the wrong type is, in an editor's words. */
function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'true or false';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  number: 'a number',
};

/** A schema issue in an editor's words; `reference` is the document that lists every field. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  reference = 'docs/reference/frontmatter.md',
): Pick<Problem, 'message' | 'fix'> {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return { message: 'is missing', fix: `add it; ${reference} lists every field` };
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    return {
      message: `must be ${expected}, not ${kindOf(issue.input)}`,
      fix: issue.expected === 'array' ? 'write it as a list: one "- item" line per entry' : `write it as ${expected}`,
    };
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    const written = String(issue.input);
    return {
      message: `"${written}" is not one of: ${values.join(', ')}.${didYouMean(written, values)}`,
      fix: 'use one of the values listed',
    };
  }
  if (issue.code === 'invalid_union') {
    return { message: 'must be a phrase, or { phrase, in }', fix: 'see docs/authoring.md#dates' };
  }
  const fix = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
  return typeof fix === 'string' ? { message: issue.message, fix } : { message: issue.message };
}
