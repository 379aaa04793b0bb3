/**
 * Quotation-mark style, apostrophes and white space vary between the wire copy, an editor's keyboard
 * and the YAML they type, so quotes are compared in a normalised form. `map` keeps, for each
 * normalised character, the index of the original character it came from, so a match can be placed
 * back on the original text.
 */
export interface NormalisedText {
  readonly text: string;
  readonly map: readonly number[];
}

/** Every quotation mark and apostrophe, folded to its straight form; one lookup per character. */
const FOLDED = new Map<string, string>([
  ...[...'"\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'].map((c): [string, string] => [c, '"']),
  ...[..."'\u2018\u2019\u201A\u201B\u2032\u2039\u203A"].map((c): [string, string] => [c, "'"]),
]);
/** The characters folded marks become: a text's `"` may stand for a phrase's `“`, so they are never literal. */
export const FOLDS_TO: ReadonlySet<string> = new Set(FOLDED.values());
const SPACE = /\s/u;
/** Whether a character is white space; the common ASCII letters skip the regular expression. */
const isSpace = (ch: string): boolean => (ch > ' ' && ch < '\u0080' ? false : SPACE.test(ch));

export function normaliseChar(ch: string): string {
  return FOLDED.get(ch) ?? ch;
}

export function normaliseWithMap(original: string): NormalisedText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] ?? '';
    if (isSpace(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      map.push(pendingSpace);
    }
    pendingSpace = -1;
    text += normaliseChar(ch);
    map.push(i);
  }
  return { text, map };
}

export function normalise(original: string): string {
  return normaliseWithMap(original).text;
}

/** Maps a half-open range of normalised text back to a half-open range of the original. */
export function toOriginalRange(n: NormalisedText, start: number, end: number): { start: number; end: number } {
  const first = n.map[start];
  const last = n.map[end - 1];
  if (first === undefined || last === undefined) throw new RangeError(`range ${start}-${end} is outside the text`);
  return { start: first, end: last + 1 };
}
