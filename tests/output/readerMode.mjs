#!/usr/bin/env node
// Reader mode: Mozilla Readability (the engine of Firefox's Reader View), on linkedom's DOM, reads each
// explainer (the page and its offline copy) as a reader-mode browser would. It must find the story's
// headline as the title, and every paragraph of the story's prose, whole and in order, in the text;
// and the story once: its section headings and its sources kept, no callout's words a second time,
// no note appended, the whole within 10% of the length of prose, headings and sources together.
// The page shows typographic quotation marks where the source has straight ones, so text is
// compared with every mark folded to its straight form.
// The story side comes from the source, content/explainers/<slug>/index.mdx: frontmatter by Astro's
// parser, paragraphs by remark, as the build reads them (src/lib/share/sectionOpenings.ts has the same
// split in TypeScript).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { dist, root, runAlone, shown } from './support.mjs';

const stories = join(root, 'content/explainers');

/** White space collapsed, as a reader sees text. */
export const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** Quotation marks and apostrophes folded to straight ones: `“Let’s”` reads as `"Let's"`. */
export const fold = (text) => text.replace(/[“”„‟″«»]/gu, '"').replace(/[‘’‚‛′‹›]/gu, "'");

/** How much longer or shorter than the story the reader-mode text may be. */
export const LENGTH_TOLERANCE = 0.1;

/** How often `part` stands in `text`. */
const occurrences = (text, part) => (part === '' ? 0 : text.split(part).length - 1);

/** The text of every paragraph in a story's Markdown body (top level or nested), in order. */
export function paragraphs(body) {
  const texts = [];
  visit(unified().use(remarkParse).parse(body), 'paragraph', (node) => {
    texts.push(squash(toString(node)));
    return 'skip';
  });
  return texts.filter((text) => text !== '');
}

/** What Readability makes of an HTML document: `{ title, textContent }`, or null. */
export function readerView(html) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return new Readability(document).parse();
}

const clip = (text, length = 60) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** Why `paragraph` is not in `text` after `cursor`: where the reader-mode text leaves it. */
function divergence(paragraph, text, cursor) {
  const start = text.indexOf(paragraph.split(' ')[0], cursor);
  if (start < 0) return `its first word is not there after the previous paragraph ("${clip(text.slice(cursor))}")`;
  let same = 0;
  while (same < paragraph.length && text[start + same] === paragraph[same]) same += 1;
  const tail = same > 40 ? `…${paragraph.slice(same - 40, same)}` : paragraph.slice(0, same);
  return `after "${tail}" reader mode has "${clip(text.slice(start + same))}" where the story has "${clip(paragraph.slice(same))}"`;
}

export default function readerMode(report) {
  const slugs = existsSync(stories)
    ? readdirSync(stories).filter((slug) => existsSync(join(stories, slug, 'index.mdx')))
    : [];
  report.check(slugs.length > 0, `reader mode: no stories in ${stories}`);
  for (const slug of slugs.sort()) {
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(stories, slug, 'index.mdx'), 'utf8'));
    const prose = paragraphs(content).map(fold);
    const headings = (frontmatter.sections ?? []).map((section) => fold(squash(section.heading)));
    const sources = [frontmatter.source?.name, frontmatter.publishedBasis]
      .filter((text) => typeof text === 'string')
      .map((text) => fold(squash(text)));
    const storyLength = [...prose, ...headings, ...sources].reduce((sum, text) => sum + text.length + 1, 0);
    for (const page of [`explainers/${slug}/index.html`, `explainers/${slug}/offline.html`]) {
      const file = join(dist, page);
      if (!report.check(existsSync(file), `reader mode: ${shown(page)} is missing`)) continue;
      const article = readerView(readFileSync(file, 'utf8'));
      if (!report.check(article !== null, `reader mode: ${shown(page)}: Readability finds no article`)) continue;
      report.check(
        squash(article.title ?? '') === squash(String(frontmatter.title)),
        `reader mode: ${shown(page)}: title is "${article.title}", not the headline "${frontmatter.title}"`,
      );
      const text = fold(squash(article.textContent ?? ''));
      const where = `reader mode: ${shown(page)}`;
      const change = text.length / storyLength - 1;
      report.check(
        Math.abs(change) <= LENGTH_TOLERANCE,
        `${where}: ${text.length} characters for a story of ${storyLength} (prose, headings and sources): ${Math.round(change * 100)}%, more than ${LENGTH_TOLERANCE * 100}% off`,
      );
      for (const heading of headings) report.check(text.includes(heading), `${where}: no heading "${heading}"`);
      for (const source of sources)
        report.check(text.includes(source), `${where}: the sources leave out "${clip(source)}"`);
      for (const quote of (frontmatter.quotes ?? []).filter((q) => q.callout)) {
        const words = fold(squash(String(quote.text))).replace(/,$/u, '');
        const times = occurrences(text, words);
        report.check(
          times <= 1,
          `${where}: the words of callout ${quote.id} stand ${times} times ("${clip(words, 40)}")`,
        );
      }
      for (const note of frontmatter.notes ?? []) {
        const words = fold(squash(String(note.text)));
        report.check(
          !text.includes(words),
          `${where}: note ${note.id} is appended to the story ("${clip(words, 40)}")`,
        );
      }
      let cursor = 0;
      prose.forEach((paragraph, i) => {
        const where = `reader mode: ${shown(page)}: paragraph ${i + 1} of content/explainers/${slug}/index.mdx`;
        const at = text.indexOf(paragraph, cursor);
        if (at >= 0) {
          report.pass();
          cursor = at + paragraph.length;
        } else if (text.includes(paragraph)) {
          report.fail(`${where} ("${clip(paragraph, 40)}") is out of order`);
        } else {
          report.fail(`${where} is not whole: ${divergence(paragraph, text, cursor)}`);
        }
      });
    }
  }
}

if (import.meta.main) await runAlone(readerMode);
