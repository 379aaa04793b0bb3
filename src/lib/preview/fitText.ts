import { segmenterFor } from '../text/intl.ts';
import { trimEnd } from '../text/trimEnd.ts';
/** The mark that ends a shortened text. */
export const ELLIPSIS = '…';

/**
 * Decides whether a candidate text fits its box. The real check lays the text out with the card's own
 * fonts and style (see `measureText.ts`), so the answer accounts for every glyph's advance width,
 * kerning and the line breaker; tests can pass a simpler rule.
 */
export type Fits = (text: string) => boolean | Promise<boolean>;

export interface FittedText {
  /** The text as it will be shown: whole, or shortened and ending with "…". */
  readonly text: string;
  /** Whether words were left out. */
  readonly shortened: boolean;
}

/** Punctuation that should not stand just before the ellipsis: "committed to the peace process,…". */
const TRAILING = /[\s,;:.\-\u2010-\u2015([{\u201C\u2018"']/u;

/** Runs of white space (new lines included) as one space, as the card shows them. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function withEllipsis(head: string): string {
  return trimEnd(head, TRAILING) + ELLIPSIS;
}

/**
 * The largest n in 1..count for which `test(n)` holds, or 0 if none, by binary search. Only
 * candidates that were tested and passed are returned, so the answer fits even if `test` were not
 * perfectly monotonic.
 */
async function largestPassing(count: number, test: (n: number) => Promise<boolean>): Promise<number> {
  let good = 0;
  let bad = count + 1;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (await test(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/**
 * `text` unchanged if it fits; otherwise as many whole words as fit, followed by "…" (never cut inside
 * a word, no dangling comma before the ellipsis). A single word too long for the box on its own
 * (a URL, say) is the one case cut between characters: it is never cut inside a grapheme.
 */
export async function fitText(text: string, fits: Fits): Promise<FittedText> {
  const whole = collapseWhitespace(text);
  if (whole === '' || (await fits(whole))) return { text: whole, shortened: false };

  const words = whole.split(' ');
  const wordsFitting = await largestPassing(words.length - 1, async (n) =>
    fits(withEllipsis(words.slice(0, n).join(' '))),
  );
  if (wordsFitting > 0) return { text: withEllipsis(words.slice(0, wordsFitting).join(' ')), shortened: true };

  const graphemes = [...segmenterFor(undefined, 'grapheme').segment(words[0] ?? '')].map((s) => s.segment);
  const graphemesFitting = await largestPassing(graphemes.length - 1, async (n) =>
    fits(graphemes.slice(0, n).join('') + ELLIPSIS),
  );
  return { text: graphemes.slice(0, graphemesFitting).join('') + ELLIPSIS, shortened: true };
}
