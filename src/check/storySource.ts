import type { Problem } from '../lib/story/problem.ts';

/** A problem with the file as a whole, at a line and column of it. */
export interface FileProblem extends Problem {
  readonly line: number;
  readonly column: number;
}

const SAVE_AS_UTF8 = 'save the file as UTF-8 (in most editors: "Save with encoding", "UTF-8")';

/** Line and column (1-based) of a byte offset, counting LF line endings. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters: continuation bytes of earlier characters on the line are not counted.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** The offset of the first byte that does not belong to well-formed UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let cp = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/**
 * The text of a story file, or the reason it cannot be read as one: stories are UTF-8 (a byte order
 * mark is fine) with LF or CRLF line endings. UTF-16, stray bytes from another encoding and old
 * CR-only line endings are named, never guessed at: a guess could silently change a quote.
 */
export function decodeStory(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  const at = (line: number, column: number, message: string, fix: string): { problem: FileProblem } => ({
    problem: { field: '(file)', line, column, message, fix },
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return at(1, 1, 'is saved as UTF-16, not UTF-8', SAVE_AS_UTF8);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = placeOfByte(bytes, nul);
    return at(line, column, 'contains NUL bytes, so it is probably saved as UTF-16, not UTF-8', SAVE_AS_UTF8);
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const { line, column } = placeOfByte(bytes, invalid);
    const byte = (bytes[invalid] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return at(
      line,
      column,
      `is not valid UTF-8: the byte 0x${byte} here belongs to another encoding (such as Windows-1252)`,
      `${SAVE_AS_UTF8}, then check the characters on this line`,
    );
  }
  // The decoder drops one byte order mark; a second would reach the build, which drops none of its own.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.startsWith('\uFEFF'))
    return at(1, 1, 'starts with two byte order marks', 'delete the invisible characters before the first "---"');
  const lone = /\r(?!\n)/.exec(text);
  if (lone) {
    const before = text.slice(0, lone.index);
    const line = before.split(/\r\n|\n|\r/).length;
    return at(
      line,
      1,
      'has line endings that are a carriage return alone (old Mac style), which the build reads differently',
      'save the file with LF (or CRLF) line endings',
    );
  }
  return { text };
}
