import type { Problem, ProsePosition } from './problem.ts';

/**
 * The MDX parser's errors in an editor's words. The parser reads prose as code in two places, after
 * "<" (a tag) and after "{" (an expression), so a "<10 km" or a "{sic" in a sentence stops it with a
 * message about names and braces. Each reason it gives for the mistakes prose makes is recognised by
 * its rule (`source` and `ruleId`) and its text, and said with the character to change, at that
 * character; any other reason keeps the parser's own words.
 */

/** The fields of the parser's error (a VFileMessage) read here. */
interface MdxError {
  readonly reason?: unknown;
  readonly message?: unknown;
  readonly ruleId?: unknown;
  readonly source?: unknown;
  readonly line?: unknown;
  readonly column?: unknown;
}

const INVALID = 'is not valid MDX: ';
/** The advice kept for a reason this module does not know. */
const GENERIC_FIX = 'write a literal { or < as \\{ or \\<, and close every tag you open';
const NO_TAGS = 'a story has no tags: use Markdown (**bold**, _italic_, [text](https://…))';
const LESS_THAN = 'if the "<" is text, write it as &lt;';
const BRACE_FIX =
  "to show a brace as text write \\{; an editor's insertion in a quotation takes square brackets ([sic])";

/** The problem to report for an error the MDX parser threw on `body` (the prose), at its place in the prose. */
export function mdxSyntaxProblem(error: unknown, body: string): Problem {
  const e = (error ?? {}) as MdxError;
  const reason = String(e.reason ?? e.message ?? error);
  const source = typeof e.source === 'string' ? e.source : '';
  const rule = typeof e.ruleId === 'string' ? e.ruleId : '';
  // The parser names the exact spot inside some reasons ("… (10:189-10:192) …"); its own place is
  // then often the whole paragraph.
  const spotMatch = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const spot = spotMatch ? { line: Number(spotMatch[1]), column: Number(spotMatch[2]) } : undefined;
  const place = {
    line: typeof e.line === 'number' ? e.line : 1,
    column: typeof e.column === 'number' ? e.column : 1,
  };
  const prose = new Prose(body);
  const known = describe(prose, { reason, source, rule, spot, place });
  const problem = known ?? {
    at: spot ?? place,
    message: reason.replace(/ \(\d+:\d+-\d+:\d+\)/, ''),
    fix: GENERIC_FIX,
  };
  return { field: '(prose)', message: INVALID + problem.message, fix: problem.fix, at: problem.at };
}

interface Reading {
  readonly reason: string;
  readonly source: string;
  readonly rule: string;
  readonly spot: ProsePosition | undefined;
  readonly place: ProsePosition;
}

interface Described {
  readonly at: ProsePosition;
  readonly message: string;
  readonly fix: string;
}

function describe(prose: Prose, { reason, source, rule, spot, place }: Reading): Described | undefined {
  if (source === 'micromark-extension-mdx-jsx' && rule === 'unexpected-character') return badTag(prose, reason, place);
  if (source === 'micromark-extension-mdx-jsx' && rule === 'unexpected-eof' && / before name/.test(reason)) {
    const at = prose.text.lastIndexOf('<');
    return at < 0
      ? undefined
      : {
          at: prose.position(at),
          message: 'the "<" at the end of the story is read as the start of a tag',
          fix: 'write it as &lt;, or remove it',
        };
  }
  if (source === 'micromark-extension-mdx-expression' && rule === 'unexpected-eof') {
    const open = prose.unclosedBrace();
    return open === undefined
      ? undefined
      : {
          at: prose.position(open),
          message: 'this "{" is never closed, so MDX reads the rest of the story as code',
          fix: BRACE_FIX,
        };
  }
  if (source === 'micromark-extension-mdx-expression' && rule === 'acorn') {
    const open = prose.openingBrace(prose.offset(place));
    if (open === undefined) return undefined;
    return {
      at: prose.position(open),
      message: `a "{" starts code in MDX, and ${quoted(prose.braced(open))} is not code`,
      fix: BRACE_FIX,
    };
  }
  if (source === 'mdast-util-mdx-jsx' && rule === 'end-tag-mismatch') {
    const unclosed = /^Expected a closing tag for `<([^>`]*)>`/.exec(reason);
    if (unclosed && spot) {
      const tag = prose.tagAt(prose.offset(spot));
      return {
        at: spot,
        message: `${quoted(tag)} is read as a tag, and it is never closed`,
        fix: `${NO_TAGS}; ${LESS_THAN}`,
      };
    }
    const mismatch = /^Unexpected closing tag `(<\/[^>`]*>)`, expected corresponding closing tag for `(<[^>`]*>)`/.exec(
      reason,
    );
    if (mismatch)
      return {
        at: place,
        message: `the closing tag ${mismatch[1] ?? ''} does not match the tag ${mismatch[2] ?? ''} opened before it`,
        fix: `${NO_TAGS} instead of both tags`,
      };
    return undefined;
  }
  if (source === 'mdast-util-mdx-jsx' && rule === 'unexpected-closing-slash') {
    const open = prose.before(prose.offset(place), '<');
    if (open === undefined) return undefined;
    return {
      at: prose.position(open),
      message: `${quoted(prose.tagAt(open))} closes a tag that was never opened`,
      fix: `remove it, as a story has no tags; ${LESS_THAN}`,
    };
  }
  return undefined;
}

/** A character MDX did not expect inside what it read as a tag, said from the "<" that opened it. */
function badTag(prose: Prose, reason: string, place: ProsePosition): Described | undefined {
  const match = /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) (before name|before local name|in name|.*?),/.exec(
    reason,
  );
  const open = prose.before(prose.offset(place), '<');
  if (!match || open === undefined) return undefined;
  const [, character = '', where] = match;
  const at = prose.position(open);
  const written = quoted(prose.wordAt(open));
  if (/to create a link in MDX/.test(reason))
    return {
      at,
      message: `an address between "<" and ">" is read as a tag, not a link, in MDX: ${written}`,
      fix: 'remove the angle brackets: a bare address (https://… or name@example.org) becomes a link by itself',
    };
  if (where !== 'before name')
    return { at, message: `${written} is read as the start of a tag`, fix: `${LESS_THAN}, or rephrase` };
  if (/^[0-9]$/.test(character))
    return {
      at,
      message: `a "<" followed by a digit (${written}) is read as the start of a tag`,
      fix: 'write the "<" as &lt;, or in words ("under", "fewer than")',
    };
  if (character === '=')
    return {
      at,
      message: `a "<" followed by "=" (${written}) is read as the start of a tag`,
      fix: 'write it as &lt;= or ≤, or in words ("at most")',
    };
  if (character === '!' && /to create a comment in MDX/.test(reason))
    return {
      at,
      message: 'an HTML comment ("<!-- … -->") is not allowed in MDX',
      fix: "write an editor's comment as {/* … */}, which the page leaves out",
    };
  return {
    at,
    message: `a "<" followed by "${character}" (${written}) is read as the start of a tag`,
    fix: `${LESS_THAN}, or rephrase`,
  };
}

/**
 * The code spans of one line, as start and end offsets: a run of backticks opens one when a later
 * run of the same length closes it. Found in one pass over the runs, whatever the line holds.
 */
function codeSpans(line: string): [number, number][] {
  const runs = [...line.matchAll(/`+/g)].map((run) => ({ start: run.index, length: run[0].length }));
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const same = byLength.get(run.length);
    if (same) same.push(index);
    else byLength.set(run.length, [index]);
  });
  const next = new Map<number, number>();
  const spans: [number, number][] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!;
    const same = byLength.get(run.length) ?? [];
    let pointer = next.get(run.length) ?? 0;
    while ((same[pointer] ?? Infinity) <= index) pointer++;
    next.set(run.length, pointer);
    const close = same[pointer];
    if (close === undefined) continue;
    const end = runs[close]!;
    spans.push([run.start, end.start + end.length]);
    index = close;
  }
  return spans;
}

/** `"<10 km"` for a message; long passages cut. */
function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}"`;
}

/** The prose as text, with offsets and 1-based lines and columns. */
class Prose {
  readonly text: string;
  private readonly starts: readonly number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get length(): number {
    return this.text.length;
  }

  offset({ line, column }: ProsePosition): number {
    return Math.min(this.text.length, (this.starts[line - 1] ?? this.text.length) + column - 1);
  }

  position(offset: number): ProsePosition {
    let line = 0;
    while (line + 1 < this.starts.length && (this.starts[line + 1] ?? Infinity) <= offset) line++;
    return { line: line + 1, column: offset - (this.starts[line] ?? 0) + 1 };
  }

  /** The last `char` before `offset` on the same line, or undefined. */
  before(offset: number, char: string): number | undefined {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    const found = this.text.lastIndexOf(char, offset - 1);
    return found >= lineStart ? found : undefined;
  }

  /** The word that starts at `offset`, up to a space, without the punctuation that ends a sentence: `<10`, `<=5%`. */
  wordAt(offset: number): string {
    const word = /^\S+/.exec(this.text.slice(offset, offset + 200))?.[0] ?? '';
    return word.length > 1 ? word.replace(/(?<=.)[.,;:!?)]+$/, '') : word;
  }

  /** The tag that starts at `offset`, up to its ">" on the same line: `<b>`, `</b>`, `<someone at example>`. */
  tagAt(offset: number): string {
    return /^<[^>\n]*>?/.exec(this.text.slice(offset))?.[0] ?? '<';
  }

  /** The braces that open at `offset`, to their "}" on the same line: `{£5m}`. */
  braced(offset: number): string {
    return /^\{[^}\n]*\}?/.exec(this.text.slice(offset))?.[0] ?? '{';
  }

  /** The "{" whose expression holds `offset` (the parser's place inside it). */
  openingBrace(offset: number): number | undefined {
    let depth = 0;
    for (let i = Math.min(offset, this.text.length) - 1; i >= 0; i--) {
      const char = this.text[i];
      if (char === '}') depth++;
      else if (char === '{' && !this.escaped(i)) {
        if (depth === 0) return i;
        depth--;
      }
    }
    return undefined;
  }

  /**
   * The "{" that is never closed: MDX ends an expression at the first "}" that makes it code it can
   * read, so an expression that reaches the end of the prose opened after the last "}" of all. The
   * first "{" after it outside code spans and fenced code is the one.
   */
  unclosedBrace(): number | undefined {
    const code = this.codeRanges();
    let range = 0;
    for (let i = this.text.lastIndexOf('}') + 1; i < this.text.length; i++) {
      if (this.text[i] !== '{' || this.escaped(i)) continue;
      while ((code[range]?.[1] ?? Infinity) <= i) range++;
      if (i < (code[range]?.[0] ?? Infinity)) return i;
    }
    return undefined;
  }

  private escaped(offset: number): boolean {
    let slashes = 0;
    while (this.text[offset - 1 - slashes] === '\\') slashes++;
    return slashes % 2 === 1;
  }

  /** Start and end offsets of fenced code blocks and of code spans within a line. */
  private codeRanges(): [number, number][] {
    const ranges: [number, number][] = [];
    let fence: { start: number; marker: string } | undefined;
    for (const [index, start] of this.starts.entries()) {
      const end = this.starts[index + 1] ?? this.text.length;
      const line = this.text.slice(start, end);
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker !== undefined && marker[0] === fence.marker[0] && marker.length >= fence.marker.length) {
          ranges.push([fence.start, end]);
          fence = undefined;
        }
        continue;
      }
      if (marker) {
        fence = { start, marker };
        continue;
      }
      ranges.push(...codeSpans(line).map(([from, to]): [number, number] => [start + from, start + to]));
    }
    if (fence) ranges.push([fence.start, this.text.length]);
    return ranges;
  }
}
