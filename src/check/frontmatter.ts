import { isDeepStrictEqual } from 'node:util';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { FileProblem } from './storySource.ts';
import { splitStory, type SplitStory } from './storyFile.ts';
import { YAML_FIX, yamlSyntaxProblems } from './yamlMessages.ts';

/**
 * The story's frontmatter as the build reads it. Astro's content layer and its MDX compiler read
 * frontmatter with `parseFrontmatter` (js-yaml) from @astrojs/internal-helpers; the check calls the
 * very same function, so both see the same values on every input. The `yaml` package reads the same
 * text only to find where each field is written, and to refuse what it finds suspect (duplicate keys,
 * bad indentation) with its clearer messages.
 */
export interface Frontmatter {
  readonly split: SplitStory;
  /** What the build sees: Astro's own parse. */
  readonly data: unknown;
  /** The same text as a `yaml` Document, for positions only (never for values). */
  readonly document: Document.Parsed;
  /** File line and column of an offset into the YAML text. */
  readonly place: (offset: number) => { line: number; column: number };
}

/**
 * Frontmatter bigger than this once YAML aliases are expanded is refused: a few lines of aliases
 * can stand for billions of values ("billion laughs"), and every later step would expand them.
 */
export const MAX_FRONTMATTER_VALUES = 100_000;
/** The longest frontmatter accepted, in characters (the first story's is about 13,000). */
export const MAX_FRONTMATTER_CHARACTERS = 200_000;

/** How deep frontmatter may nest; the first story needs 4 levels. */
export const MAX_FRONTMATTER_NESTING = 32;

/**
 * The 0-based line of the YAML text at which it nests deeper than MAX_FRONTMATTER_NESTING, judged
 * from the text alone (indentation, "- " indicators, open brackets outside quotes), so that neither
 * parser is handed nesting that could exhaust its stack: how far each gets then depends on the thread.
 */
export function tooDeepLine(yaml: string): number | undefined {
  let flow = 0;
  const lines = yaml.split('\n');
  for (const [index, line] of lines.entries()) {
    const indicators = /^[ \t]*(?:[-?][ \t]+)*/u.exec(line)?.[0] ?? '';
    const indent = /^[ \t]*/u.exec(line)?.[0].length ?? 0;
    const dashes = (indicators.match(/[-?][ \t]+/gu) ?? []).length;
    if (Math.ceil(indent / 2) + dashes > MAX_FRONTMATTER_NESTING * 2) return index;
    let quote: string | undefined;
    for (const char of line) {
      if (quote) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '#') break;
      else if (char === '[' || char === '{') {
        if (++flow > MAX_FRONTMATTER_NESTING) return index;
      } else if (char === ']' || char === '}') flow = Math.max(0, flow - 1);
    }
  }
  return undefined;
}

/** Frontmatter nested deeper than the YAML readers can follow. */
function tooDeep(line: number): FileProblem {
  return {
    line,
    column: 1,
    field: '(frontmatter)',
    message: 'is nested too deeply to be read (lists or groups inside each other)',
    fix: 'flatten it: a story needs a few levels at most',
  };
}

export function readFrontmatter(source: string): { frontmatter: Frontmatter } | { problems: FileProblem[] } {
  const split = splitStory(source);
  if (!split) {
    return {
      problems: [
        {
          line: 1,
          column: 1,
          field: '(frontmatter)',
          message: 'the story does not start with YAML frontmatter between two "---" lines',
          fix: 'start the file with a line "---", the frontmatter, then another "---"',
        },
      ],
    };
  }
  if (split.yaml.length > MAX_FRONTMATTER_CHARACTERS) {
    return {
      problems: [
        {
          line: split.yamlLine,
          column: 1,
          field: '(frontmatter)',
          message: `is ${split.yaml.length.toLocaleString('en-GB')} characters long; a story's frontmatter may have at most ${MAX_FRONTMATTER_CHARACTERS.toLocaleString('en-GB')}`,
          fix: 'shorten the texts in it, or split the story',
        },
      ],
    };
  }
  const deepAt = tooDeepLine(split.yaml);
  if (deepAt !== undefined) return { problems: [tooDeep(split.yamlLine + deepAt)] };
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { problems: [tooDeep(split.yamlLine)] };
  }
  const place = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + split.yamlLine - 1, column: pos.col };
  };
  if (document.errors.length > 0) return { problems: yamlSyntaxProblems(document, split.yaml, split.yamlLine) };

  let data: unknown;
  let ours: unknown;
  try {
    data = parseFrontmatter(source).frontmatter;
    ours = parseFrontmatter(`---\n${split.yaml}\n---\n`).frontmatter;
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
    // js-yaml refuses more than 100 levels; the stack may run out before that on some threads.
    if (error instanceof RangeError || reason?.startsWith('nesting exceeded maxDepth'))
      return { problems: [tooDeep(split.yamlLine)] };
    return {
      problems: [
        {
          // js-yaml counts lines from the end of the opening "---", which is the file's line 1.
          line: mark ? mark.line + 1 : split.yamlLine,
          column: mark ? mark.column + 1 : 1,
          field: '(frontmatter)',
          message: `is not valid YAML: ${reason ?? String(error)}`,
          fix: YAML_FIX,
        },
      ],
    };
  }
  // Counted before anything walks the values: aliases can make a few lines stand for billions of them.
  const size = Math.max(expandedSize(data), expandedSize(ours));
  if (size === Infinity) {
    return {
      problems: [
        {
          line: split.yamlLine,
          column: 1,
          field: '(frontmatter)',
          message: `stands for more than ${MAX_FRONTMATTER_VALUES.toLocaleString('en-GB')} values once its YAML aliases (*name) are expanded`,
          fix: 'write the values out, or use fewer aliases',
        },
      ],
    };
  }
  // The build splits the file with a looser pattern than "a line that is exactly ---"; both must
  // find the same frontmatter, or the build would read other values than the ones checked here.
  if (!isDeepStrictEqual(ours, data)) {
    return {
      problems: [
        {
          line: split.yamlLine,
          column: 1,
          field: '(frontmatter)',
          message: 'is read differently by the build: a line inside it starts with "---" or "+++"',
          fix: 'indent or quote that line, or end the frontmatter with a line that is exactly "---"',
        },
      ],
    };
  }
  return { frontmatter: { split, data, document, place } };
}

/**
 * How many values `value` holds with every alias expanded, or Infinity past the limit (or for a
 * value that contains itself). Counts without recursion, so no depth can overflow the stack.
 */
export function expandedSize(value: unknown, limit = MAX_FRONTMATTER_VALUES): number {
  let count = 0;
  const stack: { value: unknown; ancestors: readonly object[] }[] = [{ value, ancestors: [] }];
  while (stack.length > 0) {
    const { value: current, ancestors } = stack.pop()!;
    if (++count > limit) return Infinity;
    if (current === null || typeof current !== 'object' || current instanceof Date) continue;
    if (ancestors.includes(current)) return Infinity;
    const children = Array.isArray(current) ? current : Object.values(current as Record<string, unknown>);
    const next = ancestors.length < 64 ? [...ancestors, current] : ancestors;
    for (const child of children) stack.push({ value: child, ancestors: next });
  }
  return count;
}
