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

const DOUBLE_MARKS = /["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/u;
const SINGLE_MARKS = /['\u2018\u2019\u201A\u201B\u2032\u2039\u203A]/u;
const SPACE = /\s/u;

export function normaliseChar(ch: string): string {
  if (DOUBLE_MARKS.test(ch)) return '"';
  if (SINGLE_MARKS.test(ch)) return "'";
  return ch;
}

export function normaliseWithMap(original: string): NormalisedText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] ?? '';
    if (SPACE.test(ch)) {
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
