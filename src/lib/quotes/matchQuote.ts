import { distance } from 'fastest-levenshtein';
import { normalise } from '../text/normalise.ts';
import { trimEnd } from '../text/trimEnd.ts';

/**
 * A quotation found in normalised text: [start, end) covers the marks, [innerStart, innerEnd) the
 * words. A quotation left open at the end of its block ends there: then `end === innerEnd`.
 */
export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
}

const MARK = /["']/;
const LETTER = /[\p{L}\p{N}]/u;
const CLOSING_PUNCTUATION = /[,.;:!?]/;

/** The quote's words in the form they are compared: marks and spaces normalised, closing comma dropped. */
export function normaliseQuoteText(text: string): string {
  return trimEnd(normalise(text), /,/u);
}

/**
 * Every place in `text` (already normalised) where `quote` stands as a whole quotation: the words
 * open right after a quotation mark and close at a mark, allowing one punctuation character (the
 * comma that hands over to "he said") before it. Words that merely occur in the prose, or a quote
 * that is only part of what stands between the marks, do not count. A double mark left open runs
 * to the end of the block, as `findQuotations` reads it: the newspaper convention for a quotation
 * that goes on in the next paragraph, which opens with a mark again.
 */
export function findQuote(text: string, quote: string): QuoteMatch[] {
  return findNormalisedQuote(text, normaliseQuoteText(quote));
}

/** findQuote with the quote already in its compared form (`normaliseQuoteText`), for many texts. */
export function findNormalisedQuote(text: string, wanted: string): QuoteMatch[] {
  if (wanted.length === 0) return [];
  const matches: QuoteMatch[] = [];
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const opening = text[at - 1];
    // A mark right after a letter is an apostrophe ("Ukraine's"), not an opening quotation mark.
    if (opening === undefined || !MARK.test(opening) || LETTER.test(text[at - 2] ?? '')) continue;
    let close = at + wanted.length;
    if (close === text.length && opening === '"' && !wanted.includes('"')) {
      // Open to the end of the block: no mark closes it, so [start, end) holds the opening mark only.
      matches.push({ start: at - 1, end: close, innerStart: at, innerEnd: close });
      continue;
    }
    if (CLOSING_PUNCTUATION.test(text[close] ?? '') && MARK.test(text[close + 1] ?? '')) close += 1;
    // Likewise a mark followed by a letter is inside a word ("Ukraine's army"), not a closing mark.
    if (!MARK.test(text[close] ?? '') || LETTER.test(text[close + 1] ?? '')) continue;
    matches.push({ start: at - 1, end: close + 1, innerStart: at, innerEnd: at + wanted.length });
  }
  return matches;
}

/**
 * A window of prose words, with the marks and punctuation at its edges that belong to the prose
 * (the quotation's own marks, the comma after it) taken off, but the marks the quote itself starts
 * or ends with (a nested quotation) kept.
 */
function trimToQuote(passage: string, wanted: string): string {
  // Quotation marks, not counting apostrophes inside words ("Let's").
  const marks = (s: string): number => (s.replace(/(?<=\p{L})'(?=\p{L})/gu, '').match(/["']/g) ?? []).length;
  const target = marks(wanted);
  let p = passage;
  for (let guard = 0; guard < 8 && marks(p) > target; guard++) {
    const lead = /^["']/.test(p);
    const trail = /["'][,.;:!?]*$/.test(p);
    // Outer marks come in pairs: take both ends while that leaves at least the quote's own marks.
    if (lead && trail && marks(p) - 2 >= target) p = p.slice(1).replace(/["']([,.;:!?]*)$/, '$1');
    else if (lead) p = p.slice(1);
    else if (trail) p = p.replace(/["']([,.;:!?]*)$/, '$1');
    else break;
  }
  // Punctuation left at the end that the quote does not end with belongs to the narration.
  while (/[,.;:!?]$/.test(p) && !wanted.endsWith(p.at(-1) ?? '')) p = p.slice(0, -1);
  return p;
}

/**
 * The passage of the prose that reads most like `quote`, for an error message when a quote is not
 * found verbatim: windows of about as many words as the quote, within one block at a time (a quote
 * never spans paragraphs), scored by edit distance.
 */
export function closestPassage(
  blocks: readonly string[],
  quote: string,
): { passage: string; distance: number } | undefined {
  const wanted = normaliseQuoteText(quote);
  const size = wanted.split(' ').length;
  const quoteHasMarks = /["']/.test(wanted.replace(/\b'\b/g, ''));
  let best: { passage: string; distance: number } | undefined;
  for (const block of blocks) {
    const words = normalise(block)
      .split(' ')
      .filter((w) => w.length > 0);
    for (let n = Math.max(1, size - 1); n <= size + 1; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        // Marks at the edges are the prose's punctuation, not the quote's words.
        const passage = trimToQuote(words.slice(i, i + n).join(' '), wanted);
        // A passage that crosses a quotation mark mixes someone's words with the narration around
        // them, unless the quote itself holds a quotation.
        if (!quoteHasMarks && /["']/.test(passage.replace(/\b'\b/g, ''))) continue;
        const d = distance(passage, wanted);
        if (best === undefined || d < best.distance) best = { passage, distance: d };
      }
    }
  }
  // Nothing that close: better no suggestion than a misleading one.
  return best !== undefined && best.distance <= Math.max(2, Math.ceil(wanted.length / 2)) ? best : undefined;
}
