import { CST, isScalar, isSeq, Parser, visit, type Document, type YAMLError } from 'yaml';
import type { FileProblem } from './storySource.ts';

/**
 * The `yaml` package's errors in an editor's words, each at the line to fix. Its messages name parser
 * states ("Implicit keys need to be on a single line") and often point at the line before the fault
 * (a field indented too far is read as the rest of the value above it), so the mistakes an editor
 * makes (indentation, tabs, quotation marks, "- " and ": ") are recognised from the text around the
 * error and described as such; anything else keeps the parser's own message.
 */

const INVALID = 'is not valid YAML: ';
/** The advice given with a message the parser wrote. */
export const YAML_FIX = 'check the indentation and quoting on this line (quote text containing ": " or "#")';

/** One message at a line of the YAML text (0-based) and column (1-based). */
export interface Found {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fix: string;
}

/**
 * The problems of a YAML document that has errors, for frontmatter whose first line is `firstLine`
 * of the file. After the first syntax error the parser's later errors mostly follow from it, so only
 * that one is described (with any duplicate fields found before it).
 */
export function yamlSyntaxProblems(document: Document.Parsed, yaml: string, firstLine: number): FileProblem[] {
  const text = new YamlText(yaml, firstLine);
  const firstSyntax = document.errors.findIndex((error) => error.code !== 'DUPLICATE_KEY');
  const described = firstSyntax < 0 ? document.errors : document.errors.slice(0, firstSyntax + 1);
  const duplicates = described.some((error) => error.code === 'DUPLICATE_KEY') ? secondFields(document) : new Map();
  return described.map((error) => {
    const found = describe(error, text, duplicates);
    return {
      line: firstLine + found.line,
      column: found.column,
      field: '(frontmatter)',
      message: INVALID + found.message,
      fix: found.fix,
    };
  });
}

/** The YAML text with its lines, and the file line each starts on. */
class YamlText {
  readonly source: string;
  readonly firstLine: number;
  readonly lines: readonly string[];
  private readonly starts: readonly number[];

  constructor(source: string, firstLine: number) {
    this.source = source;
    this.firstLine = firstLine;
    this.lines = source.split('\n');
    const starts = [0];
    for (const line of this.lines) starts.push((starts.at(-1) ?? 0) + line.length + 1);
    this.starts = starts;
  }

  /** 0-based line and 1-based column of an offset. */
  at(offset: number): { line: number; column: number } {
    let [low, high] = [0, this.lines.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.starts[middle] ?? Infinity) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, column: offset - (this.starts[low] ?? 0) + 1 };
  }

  /** "line 7": a line of the YAML text as the file numbers it. */
  name(line: number): string {
    return `line ${this.firstLine + line}`;
  }
}

function describe(error: YAMLError, text: YamlText, duplicates: ReadonlyMap<number, SecondField>): Found {
  const { line, column } = text.at(error.pos[0]);
  const lineText = text.lines[line] ?? '';
  const generic: Found = {
    line,
    column,
    message: error.message.split('\n')[0] ?? error.message,
    fix: YAML_FIX,
  };
  const tab = /^ *\t/.exec(lineText);
  if (error.code === 'TAB_AS_INDENT' || tab) {
    return {
      line,
      column: tab ? tab[0].length : column,
      message: 'this line is indented with a tab; YAML indents with spaces only',
      fix: 'replace the tab with spaces, lined up with the lines around it',
    };
  }
  const duplicate = error.code === 'DUPLICATE_KEY' ? duplicates.get(error.pos[0]) : undefined;
  if (duplicate) {
    const group = duplicate.inList ? 'item' : 'group';
    return {
      line,
      column,
      message: `the field "${duplicate.name}" is written twice in the same ${group}: first on ${text.name(text.at(duplicate.first).line)}`,
      fix: duplicate.inList
        ? `keep one of them; if this line starts a new item of the list, write "- " before "${duplicate.name}"`
        : 'keep one of them',
    };
  }
  if (error.code === 'BAD_DQ_ESCAPE') {
    const escape = text.source.slice(error.pos[0], error.pos[0] + 2);
    return {
      line,
      column,
      message: `a backslash inside double quotes starts an escape such as \\" or \\n, and "${escape}" is not one`,
      fix: 'write a backslash as \\\\, or put the text in single quotes',
    };
  }
  const badStart = /^Plain value cannot start with .*?(\S)$/.exec(error.message);
  if (error.code === 'BAD_SCALAR_START' && badStart) {
    const value = lineText.slice(column - 1).trim();
    return {
      line,
      column,
      message: `a text cannot start with "${badStart[1] ?? ''}" unless it is in quotes`,
      fix: `put the text in double quotes: "${shorten(value)}"`,
    };
  }
  const tokens = cstTokens(text.source);
  if (/^Missing closing ["']quote/.test(error.message)) return unclosedQuote(error, text, tokens) ?? generic;
  if (/must be sufficiently indented and end with a|must end with a/.test(error.message))
    return unclosedFlow(error, text, tokens) ?? generic;
  if (/^Missing , or : between flow/.test(error.message)) {
    return {
      line,
      column,
      message: 'a comma is missing before this entry of the list in brackets',
      fix: 'put a comma between every two entries: [first, second]',
    };
  }
  if (error.code === 'UNEXPECTED_TOKEN') return textAfterQuote(error, text, tokens) ?? generic;

  const parts = readLine(lineText);
  if (parts && /^-[^\s-]/.test(parts.content)) {
    return {
      line,
      column: parts.contentColumn + 1,
      message: 'a "-" that starts a list item needs a space after it',
      fix: `write ${parts.content.replace(/^-/, '- ')}`,
    };
  }
  const squeezed = parts && /^([A-Za-z][\w-]*):(\S.*)$/.exec(parts.content);
  if (squeezed) {
    return {
      line,
      column: parts.contentColumn + (squeezed[1]?.length ?? 0) + 2,
      message: `a space is missing after "${squeezed[1] ?? ''}:", so YAML does not read it as a field`,
      fix: `write ${squeezed[1] ?? ''}: ${squeezed[2] ?? ''}`,
    };
  }
  const valueColumn = parts?.key === undefined ? Infinity : parts.contentColumn + parts.key.length + 2;
  if (
    error.message.startsWith('Nested mappings are not allowed') &&
    parts?.key !== undefined &&
    column >= valueColumn
  ) {
    const value = lineText.slice(column - 1);
    if (/:(?:\s|$)/.test(value)) {
      const quoted = value.startsWith('"') || value.startsWith("'");
      return {
        line,
        column,
        message: quoted
          ? `the line goes on after the closing quotation mark with ": ", which YAML reads as the start of another field`
          : `the text after "${parts.key}:" contains ": " (a colon and a space), which YAML reads as the start of another field`,
        fix: quoted
          ? 'keep the whole text inside the quotation marks'
          : `put the whole text in double quotes: ${parts.key}: "${shorten(value.trim())}"`,
      };
    }
  }
  return indentationProblem(text, line) ?? generic;
}

/** "Fixture: A fictional town votes to…": a value cut short enough to quote in a message. */
function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

// ---------------------------------------------------------------------------------------------
// Quotation marks and brackets, found in the parser's concrete syntax tree.

interface Token {
  readonly type: string;
  readonly offset: number;
  readonly source: string;
  readonly closed?: boolean;
}

/** The quoted texts and bracketed lists of the YAML, as the parser split them. */
function cstTokens(yaml: string): Token[] {
  const tokens: Token[] = [];
  const add = (token: CST.Token | undefined): void => {
    if (!token) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') tokens.push(token);
    else if (token.type === 'flow-collection')
      tokens.push({
        type: token.start.source === '[' ? 'flow-seq' : 'flow-map',
        offset: token.start.offset,
        source: token.start.source,
        closed: token.end.some((end) => end.type === 'flow-seq-end' || end.type === 'flow-map-end'),
      });
  };
  for (const document of new Parser().parse(yaml)) {
    if (document.type !== 'document') continue;
    add(document.value);
    CST.visit(document, (item) => {
      add(item.key ?? undefined);
      add(item.value);
    });
  }
  return tokens;
}

/** Where the quoted text that opens at `offset` (its first character is the quotation mark) closes, or -1. */
function closingQuote(source: string, offset: number): number {
  const mark = source[offset];
  for (let i = offset + 1; i < source.length; i++) {
    const char = source[i];
    if (mark === '"' && char === '\\') i++;
    else if (char === mark) {
      if (mark === "'" && source[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function unclosedQuote(error: YAMLError, text: YamlText, tokens: readonly Token[]): Found | undefined {
  const quote = tokens.findLast(
    (token) =>
      token.type.endsWith('quoted-scalar') &&
      token.offset <= error.pos[0] &&
      token.offset + token.source.length >= error.pos[0],
  );
  if (!quote) return undefined;
  const { line, column } = text.at(quote.offset);
  const mark = quote.source[0] ?? '"';
  // A text wrapped onto the next line, which is not indented: the quotation mark closes there.
  let next = line + 1;
  while (next < text.lines.length && (text.lines[next] ?? '').trim() === '') next++;
  const nextLine = text.lines[next];
  const nextParts = nextLine === undefined ? undefined : readLine(nextLine);
  const closes = closingQuote(text.source, quote.offset);
  if (
    nextParts &&
    nextParts.key === undefined &&
    nextParts.dashes.length === 0 &&
    closes >= 0 &&
    text.at(closes).line === next
  ) {
    return {
      line: next,
      column: 1,
      message: `this line goes on with the text in quotes opened on ${text.name(line)}, but it is not indented under that line, so YAML ends the text there`,
      fix: `join it to the end of ${text.name(line)}, or indent it more than ${text.name(line)}`,
    };
  }
  return {
    line,
    column,
    message: `the quotation mark ${mark} opened on ${text.name(line)} is never closed`,
    fix: `end the text with ${mark} on the same line`,
  };
}

function unclosedFlow(error: YAMLError, text: YamlText, tokens: readonly Token[]): Found | undefined {
  const flow = tokens.findLast(
    (token) => token.type.startsWith('flow-') && !token.closed && token.offset < error.pos[0],
  );
  if (!flow) return undefined;
  const { line, column } = text.at(flow.offset);
  const [what, close] = flow.type === 'flow-seq' ? ['list', ']'] : ['group', '}'];
  return {
    line,
    column,
    message: `the ${what} opened with "${flow.source}" on ${text.name(line)} is never closed with "${close}"`,
    fix: `end it with "${close}" after its last entry, on the same line`,
  };
}

function textAfterQuote(error: YAMLError, text: YamlText, tokens: readonly Token[]): Found | undefined {
  const { line } = text.at(error.pos[0]);
  const quote = tokens.findLast(
    (token) =>
      token.type.endsWith('quoted-scalar') &&
      token.offset + token.source.length <= error.pos[0] &&
      text.at(token.offset + token.source.length - 1).line === line,
  );
  if (!quote) return undefined;
  const close = quote.offset + quote.source.length - 1;
  const { column } = text.at(close);
  const rest = shorten((text.lines[line] ?? '').slice(column).trim());
  if (quote.source[0] === "'")
    return {
      line,
      column,
      message: `the apostrophe at column ${column} ends the text in single quotes, so what follows it (${rest}) is not part of the text`,
      fix: "write an apostrophe inside single quotes twice (town''s), or put the whole text in double quotes",
    };
  return {
    line,
    column,
    message: `the quotation mark at column ${column} ends the text in quotes, so what follows it (${rest}) is not part of the text`,
    fix: 'write each quotation mark inside the text as \\" (or remove the extra one)',
  };
}

/** A field written a second time in its group: its name, where it was first written, and whether the group is a list item. */
interface SecondField {
  readonly name: string;
  readonly first: number;
  readonly inList: boolean;
}

/** Every field written again in its group, by the offset of its second name; one pass over the document. */
function secondFields(document: Document.Parsed): Map<number, SecondField> {
  const seconds = new Map<number, SecondField>();
  visit(document, {
    Map(_, map, path) {
      const firsts = new Map<unknown, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const first = firsts.get(pair.key.value);
        if (first === undefined) firsts.set(pair.key.value, pair.key.range[0]);
        else seconds.set(pair.key.range[0], { name: String(pair.key.value), first, inList: isSeq(path.at(-1)) });
      }
    },
  });
  return seconds;
}

// ---------------------------------------------------------------------------------------------
// Indentation, judged line by line: which group each line belongs to, from the lines above it.

/** What a line of YAML holds, as far as the block structure goes. */
interface LineParts {
  readonly indent: number;
  /** 0-based columns of the "- " that open list items on the line. */
  readonly dashes: readonly number[];
  readonly content: string;
  /** 0-based column of the content after the indentation and the dashes. */
  readonly contentColumn: number;
  /** The field name, when the content is `name: value` or `name:`. */
  readonly key: string | undefined;
  /** What follows `name:`, or the whole content when there is no field name. */
  readonly value: string;
}

/** The parts of a line, or undefined for a blank line or a comment. */
function readLine(line: string): LineParts | undefined {
  const indent = /^ */.exec(line)?.[0].length ?? 0;
  let pos = indent;
  if (pos >= line.length || line[pos] === '#' || line.trim() === '') return undefined;
  const dashes: number[] = [];
  while (line[pos] === '-' && (pos + 1 === line.length || line[pos + 1] === ' ')) {
    dashes.push(pos);
    pos++;
    while (line[pos] === ' ') pos++;
  }
  const content = line.slice(pos);
  const colon = keyEnd(content);
  return {
    indent,
    dashes,
    content,
    contentColumn: pos,
    key: colon < 0 ? undefined : content.slice(0, colon).trim(),
    value: colon < 0 ? content : content.slice(colon + 1).trim(),
  };
}

/** The index of the ":" that ends a field name at the start of `content`, or -1. */
function keyEnd(content: string): number {
  const endsKey = (i: number): boolean => content[i] === ':' && (i + 1 === content.length || content[i + 1] === ' ');
  const first = content[0] ?? '';
  if (first === '"' || first === "'") {
    let i = closingQuote(content, 0);
    if (i < 0) return -1;
    i++;
    while (content[i] === ' ') i++;
    return endsKey(i) ? i : -1;
  }
  if ('[{#&*!|>%@`'.includes(first)) return -1;
  for (let i = 0; i < content.length; i++) {
    if (endsKey(i)) return i;
    if (content[i] === '#' && content[i - 1] === ' ') return -1;
  }
  return -1;
}

type ValueKind = 'empty' | 'quoted' | 'list' | 'plain' | 'block' | { quote: string } | { flow: number };

/** How a value goes on: complete on its line, or continued on the lines below. */
function valueKind(raw: string): ValueKind {
  const value = raw.replace(/^(?:[&!]\S*\s+)*/, '').replace(/^[&!]\S*$/, '');
  if (value === '' || value.startsWith('#')) return 'empty';
  const first = value[0] ?? '';
  if (first === '"' || first === "'") return closingQuote(value, 0) < 0 ? { quote: first } : 'quoted';
  if (first === '[' || first === '{') {
    const depth = flowDepth(value, 0);
    return depth > 0 ? { flow: depth } : 'list';
  }
  if (/^[|>][0-9+-]*\s*(?:#.*)?$/.test(value)) return 'block';
  return 'plain';
}

/** The bracket depth after `text`, starting at `depth`, not counting brackets in quoted text. */
function flowDepth(text: string, depth: number): number {
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'") {
      const close = closingQuote(text, i);
      if (close < 0) return depth;
      i = close;
    } else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** A group of lines at one indentation: the fields of a group, or the "- " items of a list. */
interface Level {
  readonly column: number;
  readonly kind: 'map' | 'seq';
  /** The last line seen at this level. */
  line: number;
}

type Continuation =
  | { readonly kind: 'quote'; readonly mark: string; readonly minIndent: number; readonly line: number }
  | { readonly kind: 'flow'; depth: number }
  | { readonly kind: 'block' | 'plain'; readonly minIndent: number };

/** `"name" on line 6` for a group of fields, `the "-" on line 9` for a list. */
function levelName(text: YamlText, level: Level): string {
  if (level.kind === 'seq') return `the "-" on ${text.name(level.line)}`;
  const line = text.lines[level.line] ?? '';
  const key = readLine(line.slice(0, level.column).replace(/[^ ]/g, ' ') + line.slice(level.column))?.key;
  return key === undefined ? text.name(level.line) : `"${key}" on ${text.name(level.line)}`;
}

/** "2 spaces before it" / "no spaces before it". */
const spaces = (count: number): string =>
  count === 0 ? 'no spaces before it' : `${count} space${count === 1 ? '' : 's'} before it`;

/**
 * The first line at or after `errorLine - 1` (and at most `errorLine + 1`) that does not line up with
 * the lines above it. Undefined when the lines up to there line up, or when a line above already
 * seems not to: this is a reading of the common shapes of a story's frontmatter, not a YAML parser,
 * and the parser's own message is better than a guess.
 */
export function misalignedLine(yaml: string, errorLine: number, firstLine = 1): Found | undefined {
  return indentationProblem(new YamlText(yaml, firstLine), errorLine);
}

function indentationProblem(text: YamlText, errorLine: number): Found | undefined {
  const levels: Level[] = [];
  let opener: { line: number; column: number; key: string | undefined } | undefined;
  let continuation: Continuation | undefined;
  /** The line above, when its value is text that a stray line may be the rest of. */
  let textLine: number | undefined;
  const last = Math.min(errorLine + 1, text.lines.length - 1);

  for (let i = 0; i <= last; i++) {
    const raw = text.lines[i] ?? '';
    const parts = readLine(raw);
    if (continuation) {
      if (continuation.kind === 'flow') {
        continuation.depth = flowDepth(raw, continuation.depth);
        if (continuation.depth === 0) continuation = undefined;
        continue;
      }
      if (continuation.kind === 'quote') {
        const indent = /^ */.exec(raw)?.[0].length ?? 0;
        if (raw.trim() !== '' && indent < continuation.minIndent) {
          if (i < errorLine - 1) return undefined;
          return {
            line: i,
            column: 1,
            message: `this line goes on with the text in quotes opened on ${text.name(continuation.line)}, but it is not indented under that line`,
            fix: `join it to the end of ${text.name(continuation.line)}, or indent it more than ${text.name(continuation.line)}`,
          };
        }
        if (closingQuote(`${continuation.mark}${raw}`, 0) >= 0) continuation = undefined;
        continue;
      }
      const indent = parts?.indent ?? Infinity;
      const isText = parts !== undefined && parts.key === undefined && parts.dashes.length === 0;
      if (parts === undefined || (indent >= continuation.minIndent && (continuation.kind === 'block' || isText)))
        continue;
      continuation = undefined;
    }
    if (!parts) continue;

    const kind = parts.dashes.length > 0 ? 'seq' : parts.key !== undefined ? 'map' : 'text';
    const column = parts.dashes[0] ?? parts.indent;
    const found = (message: string, fix: string): Found | undefined =>
      i >= errorLine - 1 ? { line: i, column: column + 1, message, fix } : undefined;

    let placed = levels.length === 0;
    if (opener) {
      const parent = opener;
      opener = undefined;
      if (column > parent.column || (column === parent.column && kind === 'seq' && parent.key !== undefined)) {
        if (kind === 'text') {
          continuation = { kind: 'plain', minIndent: parent.column + 1 };
          textLine = i;
          continue;
        }
        placed = true;
      } else if (kind === 'seq' && parent.key !== undefined) {
        return found(
          `this list item is indented no more than "${parent.key}:" on ${text.name(parent.line)}, so it is not part of that field's list`,
          `indent it more than ${text.name(parent.line)}: ${spaces(parent.column + 2)}`,
        );
      }
    }
    if (!placed) {
      if (kind === 'text') {
        if (/^(?:---|\+\+\+)/.test(parts.content))
          return found(
            'a line starting with "---" or "+++" inside the frontmatter is not YAML (the frontmatter ends only at a line that is exactly "---")',
            'indent or quote the line, or end the frontmatter with a line that is exactly "---"',
          );
        return found(
          'this line is neither a field ("name: value") nor a list item ("- …")',
          textLine === undefined
            ? 'write it as "name: value"'
            : `write it as "name: value", or, if it is the rest of the text on ${text.name(textLine)}, join it to that line`,
        );
      }
      const same = levels.findLastIndex((level) => level.column === column && level.kind === kind);
      if (same < 0) {
        const other = levels.findLastIndex((level) => level.column === column);
        const deeperList = levels.findLast((level) => level.kind === 'seq' && level.column > column);
        if (other >= 0 && kind === 'map') {
          const list = levels[other]!;
          const fields = levels[other + 1];
          return found(
            `this field stands at the depth of the "-" items of the list above (${text.name(list.line)}) but has no "-"`,
            `to add it to the item above, indent it like that item's fields (${spaces(fields?.column ?? column + 2)}); to start a new item, write "- " before it`,
          );
        }
        if (kind === 'seq' && deeperList)
          return found(
            `this list item is indented less than the items of the same list above it (${text.name(deeperList.line)})`,
            `line it up with them: ${spaces(deeperList.column)}`,
          );
        const top = levels.at(-1);
        if (top && column > top.column) {
          return found(
            top.kind === 'seq' && kind === 'seq'
              ? `this list item is indented more than the items of the same list above it (${text.name(top.line)})`
              : `this line is indented more than ${levelName(text, top)}, which already has its value, so nothing can go under it`,
            top.kind === 'seq' && kind === 'seq'
              ? `line it up with them: ${spaces(top.column)}`
              : `line it up with ${levelName(text, top)} (${spaces(top.column)})`,
          );
        }
        const inner = levels.find((level) => level.column > column);
        const outer = levels.findLast((level) => level.column < column);
        if (inner) {
          return found(
            `this ${kind === 'seq' ? 'list item' : 'line'} is indented less than ${levelName(text, inner)} and more than ${outer ? levelName(text, outer) : 'the start of the line'}, so YAML cannot tell which group it belongs to`,
            `line it up with ${levelName(text, inner)} (${spaces(inner.column)})${outer?.kind === kind ? `, or with ${levelName(text, outer)} (${spaces(outer.column)}) if it belongs there` : ''}`,
          );
        }
        return found(`this line is not lined up with the lines above it`, YAML_FIX);
      }
      levels.length = same + 1;
      levels[same]!.line = i;
    }
    // The groups this line opens: the items of nested "- - " lists, then the fields after "- ".
    if (placed) {
      if (kind === 'seq') levels.push({ column, kind: 'seq', line: i });
      else levels.push({ column, kind: 'map', line: i });
    }
    for (const dash of parts.dashes.slice(1)) levels.push({ column: dash, kind: 'seq', line: i });
    if (kind === 'seq' && parts.key !== undefined) levels.push({ column: parts.contentColumn, kind: 'map', line: i });

    const value = valueKind(parts.key === undefined ? parts.content : parts.value);
    const owner = parts.key !== undefined ? parts.contentColumn : (parts.dashes.at(-1) ?? column);
    textLine =
      value === 'plain' || value === 'quoted' || (typeof value === 'object' && 'quote' in value) ? i : undefined;
    if (value === 'empty') opener = { line: i, column: owner, key: parts.key };
    else if (value === 'plain' || value === 'block') continuation = { kind: value, minIndent: owner + 1 };
    else if (typeof value === 'object')
      continuation =
        'quote' in value
          ? { kind: 'quote', mark: value.quote, minIndent: owner + 1, line: i }
          : { kind: 'flow', depth: value.flow };
  }
  return undefined;
}
