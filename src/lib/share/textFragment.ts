import { findQuote } from '../quotes/matchQuote.ts';
import { normalise, normaliseWithMap, toOriginalRange } from '../text/normalise.ts';
import { trimEnd, trimStart } from '../text/trimEnd.ts';

/** Quotes longer than this many words are addressed by their first and last words (textStart,textEnd). */
const RANGE_THRESHOLD = 12;
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 3;

/**
 * A text fragment (`#:~:text=…`) that makes a browser scroll to and highlight `quote` in the original
 * article. Built from the prose's own characters (the copy of the source), so curly apostrophes and
 * the like match the original page. When the quote's words stand more than once in the prose, the
 * words just before and after are added as prefix and suffix so the browser finds the right one.
 * Returns undefined when the quote is not in the prose.
 */
export function textFragment(quote: string, paragraphs: readonly string[]): string | undefined {
  const occurrence = locate(quote, paragraphs);
  if (occurrence === undefined) return undefined;
  const { paragraph, start, end } = occurrence;
  const words = paragraph.slice(start, end).split(/\s+/).filter(Boolean);
  const parts =
    words.length > RANGE_THRESHOLD
      ? [trimPunctuation(words.slice(0, EDGE_WORDS).join(' ')), trimPunctuation(words.slice(-EDGE_WORDS).join(' '))]
      : [trimPunctuation(words.join(' '))];

  const haystack = normalise(paragraphs.join('\n'));
  const ambiguous =
    count(haystack, normalise(parts[0] ?? '')) > 1 ||
    (parts[1] !== undefined && count(haystack, normalise(parts[1])) > 1);
  const directive: string[] = [];
  if (ambiguous) {
    const before = lastWords(paragraph.slice(0, start), CONTEXT_WORDS);
    if (before) directive.push(`${encode(before)}-`);
  }
  directive.push(...parts.map(encode));
  if (ambiguous) {
    const after = firstWords(paragraph.slice(end), CONTEXT_WORDS);
    if (after) directive.push(`-${encode(after)}`);
  }
  return `#:~:text=${directive.join(',')}`;
}

/** Where the quote's words stand in the original paragraphs (without the quotation marks). */
function locate(
  quote: string,
  paragraphs: readonly string[],
): { paragraph: string; start: number; end: number } | undefined {
  for (const paragraph of paragraphs) {
    const normalised = normaliseWithMap(paragraph);
    const match = findQuote(normalised.text, quote)[0];
    if (match) {
      const range = toOriginalRange(normalised, match.innerStart, match.innerEnd);
      return { paragraph, ...range };
    }
  }
  return undefined;
}

function count(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); part.length > 0 && at >= 0; at = text.indexOf(part, at + 1)) n += 1;
  return n;
}

/** Words only: quotation marks and punctuation at the edges do not help a browser find text. */
const NOT_WORD = /[^\p{L}\p{N}]/u;
const trimPunctuation = (text: string): string => trimEnd(trimStart(text, NOT_WORD), NOT_WORD);

function lastWords(text: string, n: number): string {
  return trimPunctuation(trimPunctuation(text).split(/\s+/).filter(Boolean).slice(-n).join(' '));
}

function firstWords(text: string, n: number): string {
  return trimPunctuation(trimPunctuation(text).split(/\s+/).filter(Boolean).slice(0, n).join(' '));
}

/** Percent-encodes a part; `-`, `,` and `&` carry meaning in the directive, so they are encoded too. */
function encode(text: string): string {
  return encodeURIComponent(text).replaceAll('-', '%2D');
}
