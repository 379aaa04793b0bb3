import { segmenterFor } from '../text/intl.ts';
import { trimEnd } from '../text/trimEnd.ts';
/**
 * The first `maxWords` words of `text`, cut at a word boundary, with an ellipsis when shortened:
 * a link text that tells the reader which quote it leads to without repeating all of it.
 */
export function firstWords(text: string, maxWords = 8, locale = 'en-GB'): string {
  const segmenter = segmenterFor(locale, 'word');
  let words = 0;
  // Where the first sentence ends, if it ends early enough to make a sensible cut.
  let sentenceEnd: number | undefined;
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) {
      if (sentenceEnd === undefined && words >= 4 && /[.!?]/u.test(segment.segment)) sentenceEnd = segment.index;
      continue;
    }
    words += 1;
    if (words > maxWords) {
      const cut = trimEnd(text.slice(0, sentenceEnd ?? segment.index), /[\s,;:.!?'"‘“’”-]/u);
      return `${cut}…`;
    }
  }
  return text;
}

const SKIP = new Set(['of', 'the', 'for', 'and', 'a', 'an', 'de', 'la', 'le', 'du', 'von', 'van', 'der']);
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

function firstGrapheme(word: string, locale: string): string {
  const segmenter = segmenterFor(locale, 'grapheme');
  const first = segmenter.segment(word)[Symbol.iterator]().next();
  return first.done ? '' : first.value.segment;
}

/**
 * Up to two initials for an avatar: first and last significant word ("Mike Waltz" -> "MW",
 * "North Atlantic Treaty Organization" -> "NO", "Ukraine" -> "U"). Photos are never used.
 */
export function initials(name: string, locale = 'en-GB'): string {
  const words = name
    .split(/[\s-]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w !== '' && !SKIP.has(w.toLowerCase()) && !SUFFIX.test(w));
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return (firstGrapheme(first, locale) + (last ? firstGrapheme(last, locale) : '')).toLocaleUpperCase(locale);
}
