import { segmenterFor } from '../text/intl.ts';
/** Words a typical adult reads per minute in running news prose. */
export const WORDS_PER_MINUTE = 230;

/**
 * Removes what a reader never sees in an MDX body: import/export lines, JSX/HTML tags, Markdown link
 * targets, and emphasis/heading punctuation. Good enough for counting words, not for display.
 */
export function mdxToPlainText(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`~|]/g, ' ');
}

/** Counts words with the locale's own word rules (Intl.Segmenter), so "don't" is one word and "—" none. */
export function countWords(text: string, locale = 'en-GB'): number {
  const segmenter = segmenterFor(locale, 'word');
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Whole minutes to read `words`, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

const labels = new Map<string, Map<string, string>>();

/**
 * "4 min read" for an MDX body; counted once per body and locale, since every list of explainers (a
 * person's, a topic's, the home page's) shows it for each story it lists.
 */
export function readingTimeLabel(body: string, locale = 'en-GB'): string {
  let byBody = labels.get(locale);
  if (!byBody) labels.set(locale, (byBody = new Map()));
  let label = byBody.get(body);
  if (label === undefined) {
    label = `${readingMinutes(countWords(mdxToPlainText(body), locale))} min read`;
    byBody.set(body, label);
  }
  return label;
}
