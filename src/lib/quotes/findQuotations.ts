/**
 * Finds quotations in normalised text (marks already folded to " and '), to catch words in quotation
 * marks that no one is credited with. Double marks pair up in order. A single mark opens a quotation
 * only at the start of a word after a space or bracket, so the apostrophes of "Trump's" and
 * "Let's" are not mistaken for quotation marks; it closes at the next single mark not followed by a
 * letter.
 */
export interface Quotation {
  readonly start: number;
  readonly end: number;
  /** The words between the marks. */
  readonly text: string;
}

const LETTER = /[\p{L}\p{N}]/u;
// NUL stands where a credited quotation's mark was blanked out before the search.
// eslint-disable-next-line no-control-regex -- NUL is the blank left where a credited mark was
const OPENING_CONTEXT = /[\s([{\u2014\u2013\u0000-]/u;
/** Words that start with an apostrophe rather than a quotation mark: '90s, 'tis, 'n', 'em, 'til. */
const ELISION = /'(\d\ds\b|tis\b|twas\b|n'|em\b|til\b|cause\b)/iuy;
/** "the growers' union": a plural possessive, not the end of a quotation. */
const PLURAL_POSSESSIVE = /s' \p{Ll}/uy;

/** Whether a sticky pattern matches `text` at `index` (without copying the rest of the text). */
function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  // Where a search for a closing single mark last ran to the end of the text and found none, not
  // even a possessive: every single mark after it is followed by a letter, so a search from any later
  // mark finds none either. Remembering it keeps the search linear ("'a 'a 'a …" 60,000 times).
  let noCloseAfter = Infinity;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? text.length : close + 1;
      found.push({ start: i, end, text: text.slice(i + 1, close < 0 ? text.length : close) });
      i = end;
      continue;
    }
    if (
      ch === "'" &&
      i < noCloseAfter &&
      (i === 0 || OPENING_CONTEXT.test(text[i - 1] ?? '')) &&
      LETTER.test(text[i + 1] ?? '') &&
      !matchesAt(ELISION, text, i)
    ) {
      // "the growers' union" ends in a plural possessive, not a quotation; but when no other mark
      // closes the quotation before the next one opens, that mark was the close after all.
      let close = -1;
      let possessive = -1;
      for (let j = i + 1; j < text.length; j++) {
        if (text[j] !== "'") continue;
        if (LETTER.test(text[j + 1] ?? '')) {
          if (OPENING_CONTEXT.test(text[j - 1] ?? '') && possessive >= 0) break; // the next quotation opens
          continue;
        }
        if (!matchesAt(PLURAL_POSSESSIVE, text, j - 1)) {
          close = j;
          break;
        }
        if (possessive < 0) possessive = j;
      }
      if (close < 0 && possessive < 0) noCloseAfter = i;
      if (close < 0) close = possessive;
      if (close >= 0) {
        found.push({ start: i, end: close + 1, text: text.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    }
    i += 1;
  }
  return found;
}
