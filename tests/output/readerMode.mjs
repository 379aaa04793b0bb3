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
// Each person page (/people/<id>/, one per content/people/<id>.yaml) too: the reader view is titled with
// the person's name (or opens with it as its first heading), keeps every quote the page lists (as many
// as the stories give that speaker), and carries nothing of the page outside <main>: not the skip link,
// not the site header and its navigation, not the footer.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { dist, root, runAlone, shown } from './support.mjs';

const stories = join(root, 'content/explainers');
const people = join(root, 'content/people');

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

/** Text with every white space removed: how a run of block elements reads in `textContent`, where nothing parts them. */
const unspaced = (text) => text.replace(/\s+/g, '');

/** How many quotes the stories give each speaker, by the speaker's id. */
function quotesBySpeaker(slugs) {
  const counts = new Map();
  for (const slug of slugs) {
    const { frontmatter } = parseFrontmatter(readFileSync(join(stories, slug, 'index.mdx'), 'utf8'));
    for (const quote of frontmatter.quotes ?? []) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  }
  return counts;
}

/**
 * Each registered person's page in reader mode: titled with their name (or opening with it), every quote
 * the page lists kept, and nothing from outside <main> (skip link, site header and navigation, footer).
 */
function personPages(report, slugs) {
  const ids = existsSync(people)
    ? readdirSync(people)
        .filter((name) => /\.ya?ml$/u.test(name))
        .map((name) => name.replace(/\.ya?ml$/u, ''))
        .sort()
    : [];
  report.check(ids.length > 0, `reader mode: no registry entries in ${people}`);
  const quoteCounts = quotesBySpeaker(slugs);
  for (const id of ids) {
    const { name } = parseYaml(readFileSync(join(people, `${id}.yaml`), 'utf8')) ?? {};
    const page = `people/${id}/index.html`;
    const where = `reader mode: ${shown(page)}`;
    if (!report.check(existsSync(join(dist, page)), `${where} is missing`)) continue;
    const html = readFileSync(join(dist, page), 'utf8');
    const shownPage = new DOMParser().parseFromString(html, 'text/html');
    const article = readerView(html);
    if (!report.check(article !== null, `${where}: Readability finds no article`)) continue;
    const view = new DOMParser().parseFromString(`<body>${article.content ?? ''}</body>`, 'text/html');
    const firstHeading = view.querySelector('h1, h2, h3, h4, h5, h6');
    const wanted = fold(squash(String(name)));
    report.check(
      fold(squash(article.title ?? '')) === wanted || fold(squash(firstHeading?.textContent ?? '')) === wanted,
      `${where}: title "${article.title}" and first heading "${squash(firstHeading?.textContent ?? '')}"; neither is the name "${name}"`,
    );
    const text = fold(squash(article.textContent ?? ''));
    const quotes = [...shownPage.querySelectorAll('main blockquote')].map((q) => fold(squash(q.textContent)));
    report.check(
      quotes.length === (quoteCounts.get(id) ?? 0),
      `${where}: the page lists ${quotes.length} quotes; the stories give ${id} ${quoteCounts.get(id) ?? 0}`,
    );
    for (const quote of quotes) report.check(text.includes(quote), `${where}: the quote ${clip(quote)} is left out`);
    report.check(view.querySelector('nav') === null, `${where}: a <nav> is kept`);
    const outside = [...shownPage.querySelectorAll('body > *')]
      .filter((element) => !['MAIN', 'SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName))
      .map((element) => fold(unspaced(element.textContent)))
      .filter((words) => words !== '');
    report.check(outside.length > 0, `${where}: nothing outside <main> to hold the reader view apart from`);
    const flat = unspaced(text);
    for (const words of outside)
      report.check(!flat.includes(words), `${where}: the reader view carries the page's "${clip(words, 40)}"`);
  }
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
  personPages(report, slugs);
}

if (import.meta.main) await runAlone(readerMode);
