import { trimEnd } from '../text/trimEnd.ts';

/**
 * The longest title a share page gives link previews (og:title, twitter:title, `<title>` before the
 * site name), in characters. Chat apps and social networks cut titles at about this length
 * themselves, mid-word; the card image under the title shows the whole text.
 */
export const TITLE_MAX = 90;

const length = (text: string): number => [...text].length;

/** Punctuation that should not stand just before an ellipsis ("the peace process,…"). */
const TRAILING = /[\s,;:.\-\u2010-\u2015([{\u201C\u2018"']/u;

/**
 * `text` whole when it has at most `max` characters; otherwise as many of its first words as fit
 * with "…" (cut inside a word only when the first word alone is too long).
 */
export function shortenTo(text: string, max: number): string {
  if (length(text) <= max) return text;
  const chars = [...text].slice(0, Math.max(0, max - 1));
  const head = chars.join('');
  // Cut at the last space that leaves a word whole, if the first word fits at all.
  const space = head.lastIndexOf(' ');
  const next = [...text][chars.length];
  const atWord = next === ' ' ? head : space > 0 ? head.slice(0, space) : head;
  return `${trimEnd(atWord, TRAILING)}…`;
}

/** The first of `candidates` (longest and most informative first) that fits TITLE_MAX, else the last shortened. */
export function fitTitle(candidates: readonly string[]): string {
  const fitting = candidates.find((candidate) => length(candidate) <= TITLE_MAX);
  return fitting ?? shortenTo(candidates.at(-1) ?? '', TITLE_MAX);
}
