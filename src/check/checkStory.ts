import type { Root } from 'hast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { annotateDateMentions } from '../plugins/rehypeDateMentions.ts';
import { annotateNotes } from '../plugins/rehypeNotes.ts';
import { annotateQuotes } from '../plugins/rehypeQuotes.ts';
import { sectionProblems } from '../plugins/rehypeStorySections.ts';
import type { Problem } from '../lib/story/problem.ts';
import { storyObjectSchema, storySchema, type Story } from '../lib/story/schema.ts';
import { closestMatch, didYouMean } from '../lib/text/didYouMean.ts';
import { knownKeysAt } from './knownKeys.ts';
import { splitStory } from './storyFile.ts';

/** A problem with the place in the file where the editor can fix it. */
export interface LocatedProblem extends Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** `file:line:column  field  message  (fix: …)`, one line per problem. */
export function formatLocated(problem: LocatedProblem): string {
  const fix = problem.fix === undefined ? '' : `  (fix: ${problem.fix})`;
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}${fix}`;
}

/** MDX nodes go through to hast untouched, as the MDX compiler lets them. */
const TO_HAST: RemarkRehypeOptions = {
  passThrough: ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'],
};

/** `['quotes', 3, 'speaker']` -> `quotes[3].speaker`, the form every message uses. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, segment) =>
      typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${String(segment)}` : String(segment),
    '',
  );
}

/** `quotes[3].speaker` -> `['quotes', 3, 'speaker']`. */
function pathOf(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

/**
 * Every problem of one story: its YAML, its frontmatter against the schema (with "did you mean" for
 * unknown keys), the links between lists, and the prose against the frontmatter (quotes, date
 * mentions, note terms, sections). The build runs the same function before it builds anything.
 */
export function checkStory(file: string, source: string): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const at = (line: number, column: number, problem: Problem): void => {
    problems.push({ ...problem, file, line, column });
  };

  const split = splitStory(source);
  if (!split) {
    at(1, 1, {
      field: '(frontmatter)',
      message: 'the story does not start with YAML frontmatter between two "---" lines',
      fix: 'start the file with a line "---", the frontmatter, then another "---"',
    });
    return problems;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, {
    lineCounter,
    customTags: ['timestamp'],
    prettyErrors: false,
    uniqueKeys: true,
  });
  const yamlAt = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + split.yamlLine - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, column } = yamlAt(error.pos[0]);
      at(line, column, {
        field: '(frontmatter)',
        message: `is not valid YAML: ${error.message.split('\n')[0] ?? error.message}`,
        fix: 'check the indentation and quoting on this line (quote text containing ": " or "#")',
      });
    }
    return problems;
  }

  /** Where the value (or, for `key`, the key) at `path` is written; the nearest parent if absent. */
  const locate = (path: readonly PropertyKey[], key?: string): { line: number; column: number } => {
    let node: unknown = doc.contents;
    let offset = 0;
    const full = key === undefined ? path : [...path, key];
    for (const [i, segment] of full.entries()) {
      const range = (node as YamlNode | null)?.range;
      if (range) offset = range[0];
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
        if (!pair) break;
        if (key !== undefined && i === full.length - 1) {
          offset = (pair.key as YamlNode).range?.[0] ?? offset;
          node = undefined;
          break;
        }
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
      else break;
    }
    const range = (node as YamlNode | null | undefined)?.range;
    return yamlAt(range ? range[0] : offset);
  };

  const data: unknown = doc.toJS() ?? {};
  const parsed = storySchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    // A value of the wrong type also fails the checks made on it (a string's length against a list's
    // maximum): only the first problem at each place is worth an editor's time.
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const place = fieldName(issue.path);
      if (issue.code !== 'unrecognized_keys' && seen.has(place)) continue;
      seen.add(place);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const suggestion = closestMatch(key, knownKeysAt(storyObjectSchema, issue.path));
          const { line, column } = locate(issue.path, key);
          at(line, column, {
            field: fieldName([...issue.path, key]),
            message: `is not a field of ${issue.path.length === 0 ? 'a story' : fieldName(issue.path)}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
            fix: suggestion ? `rename it to ${suggestion}` : 'remove it, or check its spelling against README.md',
          });
        }
        continue;
      }
      const { line, column } = locate(issue.path);
      at(line, column, { field: fieldName(issue.path) || '(frontmatter)', ...describeIssue(issue) });
    }
  }

  if (split.body.trim().length === 0) {
    at(split.bodyLine, 1, {
      field: '(prose)',
      message: 'the story has no prose',
      fix: 'write the story in Markdown below the closing "---"',
    });
    return sorted(problems);
  }

  // The prose is checked whenever the frontmatter has the right shape, even if ids do not line up.
  const story = parsed.success ? parsed.data : storyObjectSchema.safeParse(data, { reportInput: true }).data;
  let tree: Root;
  try {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkRehype, TO_HAST);
    tree = processor.runSync(processor.parse(split.body)) as Root;
  } catch (error) {
    // The MDX parser names the exact spot inside its reason ("… (10:189-10:192) …"); its `place` is
    // often the whole paragraph.
    const reason = String((error as { reason?: string }).reason ?? (error as Error).message);
    const spot = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    const place = error as { line?: number; column?: number };
    const line = spot ? Number(spot[1]) : (place.line ?? 1);
    const column = spot ? Number(spot[2]) : (place.column ?? 1);
    at(split.bodyLine + line - 1, column, {
      field: '(prose)',
      message: `is not valid MDX: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)/, '')}`,
      fix: 'write a literal { or < as \\{ or \\<, and close every tag you open',
    });
    return sorted(problems);
  }
  if (story === undefined) return sorted(problems);

  for (const problem of proseProblems(tree, story)) {
    if (problem.at) {
      at(split.bodyLine + problem.at.line - 1, problem.at.column, problem);
    } else {
      const { line, column } = locate(pathOf(problem.field));
      at(line, column, problem);
    }
  }
  return sorted(problems);
}

function proseProblems(tree: Root, story: Story): Problem[] {
  return [
    ...sectionProblems(tree, story.sections),
    ...annotateQuotes(tree, story),
    ...annotateDateMentions(tree, story),
    ...annotateNotes(tree, story),
  ];
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

function describeIssue(issue: z.core.$ZodIssue): Pick<Problem, 'message' | 'fix'> {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return { message: 'is missing', fix: 'add it; README.md lists every field' };
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
    return { message: 'must be a phrase, or { phrase, in }', fix: 'see "Dates" in README.md' };
  }
  return { message: issue.message };
}

function sorted(problems: LocatedProblem[]): LocatedProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
