import type { SourceParagraph } from './proposal.ts';

/** The longest line taken for a crosshead: crossheads are a few words, never a sentence. */
const CROSSHEAD_MAX_WORDS = 10;

/** Whitespace inside a paragraph as one space: line breaks within a paragraph are the source's wrapping. */
const tidy = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Whether a line of the source reads as a crosshead: a few words, no closing punctuation, no
 * quotation marks, and text after it. "Alarm in Europe" is one; "Meanwhile, Trump said:" is not.
 */
export function isCrosshead(line: string): boolean {
  const words = line.split(' ').filter((w) => w.length > 0);
  return (
    words.length > 0 &&
    words.length <= CROSSHEAD_MAX_WORDS &&
    !/[.,;:!?…"“”'‘’)\]]$/u.test(line) &&
    !/["“”‘]/u.test(line) &&
    /^\p{Lu}/u.test(line)
  );
}

/** A reporter's text as the import reads it: a headline when the text opens with one, then the paragraphs. */
export interface SourceArticle {
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly lang?: string;
  readonly paragraphs: readonly SourceParagraph[];
}

/**
 * A reporter's plain text as paragraphs, in order and verbatim. Paragraphs are separated by blank
 * lines; a text without blank lines (one paragraph per line, as copy is often pasted) is split at
 * each line. A short line with no closing punctuation before a paragraph is that paragraph's
 * crosshead, or the headline when it opens the text.
 */
export function readSourceText(text: string): SourceArticle {
  const unified = text.replace(/\r\n?/gu, '\n').replace(/^\uFEFF/u, '');
  const blocks = /\n[ \t]*\n/u.test(unified) ? unified.split(/\n[ \t]*\n/u) : unified.split('\n');
  const lines = blocks.map(tidy).filter((line) => line.length > 0);
  const headed = lines.length > 1 && isCrosshead(lines[0] ?? '') && !isCrosshead(lines[1] ?? '');
  return {
    ...(headed ? { title: lines[0] } : {}),
    paragraphs: withCrossheads(headed ? lines.slice(1) : lines),
  };
}

/** Lines as paragraphs, each crosshead-like line given to the paragraph after it. */
export function withCrossheads(lines: readonly string[]): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let crosshead: string | undefined;
  lines.forEach((line, i) => {
    // The last line is never a crosshead: nothing follows it.
    if (i < lines.length - 1 && isCrosshead(line) && !isCrosshead(lines[i + 1] ?? '')) {
      crosshead = line;
      return;
    }
    paragraphs.push(crosshead === undefined ? { text: line } : { text: line, crosshead });
    crosshead = undefined;
  });
  return paragraphs;
}
