import type { Element, Root, Text } from 'hast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

/**
 * Straight quotation marks and apostrophes turned typographic (`"` to “ or ”, `'` to ‘ or ’) by
 * SmartyPants, for text the page shows. Only the marks change, one character for one, so every word,
 * offset and anchor stays where it was; the story's source keeps the reporting's own characters, and
 * quote matching folds both styles to one (src/lib/text/normalise.ts). Dashes and dots are left as
 * written.
 */
const smartypants = retext().use(retextSmartypants, {
  quotes: true,
  backticks: false,
  dashes: false,
  ellipses: false,
});

/**
 * “ ” and ‘ ’ are English marks; other languages open and close quotations differently („ “, « »),
 * so their text is shown as written.
 */
export const hasTypographicQuotes = (lang: string): boolean => /^en(?:-|$)/iu.test(lang);

/**
 * Elisions SmartyPants reads as an opening quote: a word that lost its first letters takes an
 * apostrophe (’tis, ’twas, rock ’n’ roll), never an opening mark.
 */
const ELISION = /‘(?=(?:tis|twas)\b|n’)/giu;

/** `text` with typographic quotation marks, in a language that uses them; otherwise `text` itself. */
export function typographicQuotes(text: string, lang = 'en'): string {
  if (!/["']/u.test(text) || !hasTypographicQuotes(lang)) return text;
  const curled = String(smartypants.processSync(text)).replace(ELISION, '’');
  // One mark for one: anything else would move the words, so the text is kept as written.
  return curled.length === text.length ? curled : text;
}

/** Elements whose text reads as one run: quotation marks pair up inside one, never across two. */
const BLOCKS = new Set([
  ...['p', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'summary', 'blockquote'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'aside', 'figure', 'ul', 'ol', 'dl', 'table', 'tr'],
]);
/** Text shown as typed (code, a sample of output), never typeset; it still counts as a word between marks. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'textarea']);

/** A run of text nodes one block reads as; `null` stands for a word set verbatim. */
type Run = (Text | null)[];

function collectRuns(parent: Element | Root, run: Run, runs: Run[]): void {
  for (const child of parent.children) {
    if (child.type === 'text') run.push(child);
    else if (child.type !== 'element') continue;
    else if (VERBATIM.has(child.tagName)) run.push(null);
    else if (BLOCKS.has(child.tagName)) {
      const inner: Run = [];
      runs.push(inner);
      collectRuns(child, inner, runs);
    } else collectRuns(child, run, runs);
  }
}

/**
 * Typographic quotation marks in every text of a hast tree (the story's prose, after it has been
 * annotated): each block's text is typeset as one string, so a mark that opens in a link and closes
 * after it pairs up, then written back node by node. Code keeps its characters.
 */
export function typesetQuotes(tree: Root, lang: string): void {
  if (!hasTypographicQuotes(lang)) return;
  const runs: Run[] = [[]];
  collectRuns(tree, runs[0] ?? [], runs);
  for (const run of runs) {
    const text = run.map((node) => node?.value ?? 'x').join('');
    const curled = typographicQuotes(text, lang);
    if (curled === text) continue;
    let at = 0;
    for (const node of run) {
      const length = node?.value.length ?? 1;
      if (node) node.value = curled.slice(at, at + length);
      at += length;
    }
  }
}
