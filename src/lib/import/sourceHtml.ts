import { Readability } from '@mozilla/readability';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { parseHTML } from 'linkedom';
import type { SourceParagraph } from './proposal.ts';
import type { SourceArticle } from './sourceText.ts';

const HEADING = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Blocks that hold prose; their text is one paragraph. */
const PARAGRAPH = new Set(['p', 'li']);
/** What is not the report's prose even inside its body: captions, asides, code, forms, media. */
const SKIPPED = new Set([
  'figure',
  'figcaption',
  'aside',
  'nav',
  'form',
  'script',
  'style',
  'pre',
  'table',
  'iframe',
  'noscript',
]);

const tidy = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** Paragraphs and crossheads of an article body, in document order. */
function blocksOf(root: Root | Element, out: SourceParagraph[], pending: { crosshead?: string | undefined }): void {
  for (const child of root.children as ElementContent[]) {
    if (child.type !== 'element') continue;
    if (SKIPPED.has(child.tagName)) continue;
    if (HEADING.has(child.tagName)) {
      const text = tidy(toString(child));
      if (text.length > 0) pending.crosshead = text;
    } else if (PARAGRAPH.has(child.tagName)) {
      const text = tidy(toString(child));
      if (text.length === 0) continue;
      out.push(pending.crosshead === undefined ? { text } : { text, crosshead: pending.crosshead });
      pending.crosshead = undefined;
    } else blocksOf(child, out, pending);
  }
}

/**
 * The article of a web page, as Firefox's reader view takes it (Mozilla Readability): its headline,
 * byline, site name and the body's paragraphs with their crossheads; navigation, captions, related
 * links and the rest of the page left out. Readability runs on linkedom's DOM, which runs no script.
 */
export function readSourceHtml(html: string): SourceArticle {
  const { document } = parseHTML(html);
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  // Readability's types want a browser Document; linkedom's is the same shape for what it reads.
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  if (!article?.content) return { paragraphs: [] };
  const paragraphs: SourceParagraph[] = [];
  blocksOf(fromHtml(article.content, { fragment: true }), paragraphs, {});
  const text = (value: string | null | undefined): string | undefined => {
    const tidied = tidy(value ?? '');
    return tidied.length > 0 ? tidied : undefined;
  };
  const title = text(article.title);
  const byline = text(article.byline);
  const siteName = text(article.siteName);
  const language = text(article.lang ?? lang);
  return {
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(siteName ? { siteName } : {}),
    ...(language ? { lang: language } : {}),
    paragraphs,
  };
}
