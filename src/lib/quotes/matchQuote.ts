import { distance } from 'fastest-levenshtein';
import { normalise } from '../text/normalise';

/** A quotation found in normalised text: [start, end) covers the marks, [innerStart, innerEnd) the words. */
export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
}

const MARK = /["']/;
const CLOSING_PUNCTUATION = /[,.;:!?]/;

/** The quote's words in the form they are compared: marks and spaces normalised, closing comma dropped. */
export function normaliseQuoteText(text: string): string {
  return normalise(text).replace(/,+$/, '');
}

/**
 * Every place in `text` (already normalised) where `quote` stands as a whole quotation: the words
 * open right after a quotation mark and close at a mark, allowing one punctuation character (the
 * comma that hands over to "he said") before it. Words that merely occur in the prose, or a quote
 * that is only part of what stands between the marks, do not count.
 */
export function findQuote(text: string, quote: string): QuoteMatch[] {
  const wanted = normaliseQuoteText(quote);
  if (wanted.length === 0) return [];
  const matches: QuoteMatch[] = [];
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const opening = text[at - 1];
    if (opening === undefined || !MARK.test(opening)) continue;
    let close = at + wanted.length;
    if (CLOSING_PUNCTUATION.test(text[close] ?? '') && MARK.test(text[close + 1] ?? '')) close += 1;
    if (!MARK.test(text[close] ?? '')) continue;
    matches.push({ start: at - 1, end: close + 1, innerStart: at, innerEnd: at + wanted.length });
  }
  return matches;
}

/**
 * The passage of `prose` that reads most like `quote`, for an error message when a quote is not
 * found verbatim: a window of as many words as the quote, scored by edit distance.
 */
export function closestPassage(prose: string, quote: string): { passage: string; distance: number } | undefined {
  const wanted = normaliseQuoteText(quote);
  const words = normalise(prose)
    .split(' ')
    .filter((w) => w.length > 0);
  const size = Math.max(1, wanted.split(' ').length);
  let best: { passage: string; distance: number } | undefined;
  for (let i = 0; i + size <= Math.max(words.length, size); i++) {
    const passage = words.slice(i, i + size).join(' ');
    if (passage.length === 0) break;
    // Marks at the edges belong to the prose's punctuation, not to the quote's words.
    const candidate = passage.replace(/^["']+/, '').replace(/[,]?["']+[,.]?$/, '');
    const d = distance(candidate, wanted);
    if (best === undefined || d < best.distance) best = { passage: candidate, distance: d };
  }
  return best;
}
