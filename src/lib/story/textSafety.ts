/**
 * Characters that have no place in a story's text: they break feeds (a vertical tab from a word
 * processor makes RSS ill-formed), are invisible, or reorder what a reader sees (a right-to-left
 * override left open mirrors the rest of the paragraph).
 */

/** One character a text may not contain, and where (0-based index into the text). */
export interface UnsafeCharacter {
  readonly index: number;
  readonly codePoint: number;
  /** What it is, in an editor's words. */
  readonly what: string;
  readonly fix: string;
}

const BIDI_OPENERS = new Map<number, 'embedding' | 'isolate'>([
  [0x202a, 'embedding'], // LEFT-TO-RIGHT EMBEDDING
  [0x202b, 'embedding'], // RIGHT-TO-LEFT EMBEDDING
  [0x202d, 'embedding'], // LEFT-TO-RIGHT OVERRIDE
  [0x202e, 'embedding'], // RIGHT-TO-LEFT OVERRIDE
  [0x2066, 'isolate'], // LEFT-TO-RIGHT ISOLATE
  [0x2067, 'isolate'], // RIGHT-TO-LEFT ISOLATE
  [0x2068, 'isolate'], // FIRST STRONG ISOLATE
]);
const POP_EMBEDDING = 0x202c;
const POP_ISOLATE = 0x2069;

/** `U+202E`, the way Unicode names a code point. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function controlOrNonCharacter(cp: number, allowNewlines: boolean): string | undefined {
  if (cp === 0x09) return undefined;
  if (cp === 0x0a) return allowNewlines ? undefined : 'a line break';
  if (cp === 0x0d) return allowNewlines ? undefined : 'a carriage return';
  if (cp < 0x20 || cp === 0x7f) return `the control character ${codePointName(cp)}`;
  if (cp >= 0x80 && cp <= 0x9f) return `the control character ${codePointName(cp)}`;
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return `the non-character ${codePointName(cp)}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `a lone surrogate ${codePointName(cp)}`;
  if (cp === 0xfeff) return 'a byte order mark (U+FEFF), an invisible character';
  return undefined;
}

/**
 * The characters of `text` a story may not contain: control characters (but tab, and line breaks
 * where `allowNewlines`), Unicode non-characters, and bidirectional embeddings, overrides and
 * isolates that are not closed in the same text (or closed without being opened). Balanced bidi
 * controls are left alone: they are how some names are written correctly.
 */
export function unsafeCharacters(text: string, allowNewlines = false): UnsafeCharacter[] {
  const found: UnsafeCharacter[] = [];
  const open: { index: number; codePoint: number; kind: 'embedding' | 'isolate' }[] = [];
  let index = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    const bad = controlOrNonCharacter(cp, allowNewlines);
    if (bad) {
      found.push({
        index,
        codePoint: cp,
        what: bad,
        fix:
          cp === 0x0b || cp === 0x0c
            ? 'replace it with a space or a line break (it often comes from text pasted from a word processor)'
            : 'delete it (it is invisible, and often comes from pasted text)',
      });
    }
    const opener = BIDI_OPENERS.get(cp);
    if (opener) open.push({ index, codePoint: cp, kind: opener });
    else if (cp === POP_EMBEDDING || cp === POP_ISOLATE) {
      const kind = cp === POP_EMBEDDING ? 'embedding' : 'isolate';
      const last = open.at(-1);
      if (last?.kind === kind) open.pop();
      else
        found.push({
          index,
          codePoint: cp,
          what: `the direction mark ${codePointName(cp)} that closes nothing`,
          fix: 'delete it',
        });
    }
    // A line break ends every embedding and isolate in Unicode's bidi algorithm.
    if (cp === 0x0a) unclosed(open.splice(0), found);
    index += char.length;
  }
  unclosed(open, found);
  return found.sort((a, b) => a.index - b.index);
}

function unclosed(open: { index: number; codePoint: number }[], found: UnsafeCharacter[]): void {
  for (const { index, codePoint } of open) {
    found.push({
      index,
      codePoint,
      what: `the direction control ${codePointName(codePoint)}, which is never closed and would reorder the text after it`,
      fix: `delete it, or close it with ${codePoint >= 0x2066 ? 'U+2069' : 'U+202C'} where it should end`,
    });
  }
}
