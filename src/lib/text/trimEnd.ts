/**
 * `text` without the characters at its end that `pattern` (a one-character class, such as
 * /[.,;:!?]/u) matches. Does what `text.replace(/[…]+$/u, '')` means, in time linear in the text: the
 * regular expression tries every run of such characters from its start, so a long run that is not
 * at the end (200,000 commas, then a word) costs quadratic time.
 */
export function trimEnd(text: string, pattern: RegExp): string {
  let end = text.length;
  while (end > 0) {
    // A character beyond the first plane is two code units: test it whole.
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? 2 : 1;
    if (!pattern.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}

/** `text` without the characters at its start that `pattern` matches (see trimEnd). */
export function trimStart(text: string, pattern: RegExp): string {
  let start = 0;
  while (start < text.length) {
    const width = (text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
    if (!pattern.test(text.slice(start, start + width))) break;
    start += width;
  }
  return text.slice(start);
}
