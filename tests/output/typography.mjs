#!/usr/bin/env node
// Typography: an English explainer and its offline copy show typographic quotation marks and
// apostrophes (“ ” ‘ ’) wherever the story's source has straight ones (" '), in every text of the
// article but code, and the marks are all that changed: every quote is still anchored on its words
// (compared with the marks folded to straight ones), every date phrase still linked to its event,
// every note still on its term. The source keeps the reporting's own characters.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DOMParser } from 'linkedom';
import { fold, squash } from './readerMode.mjs';
import { dist, root, runAlone, shown } from './support.mjs';

const stories = join(root, 'content/explainers');
/** Text shown as typed: its characters are never changed. */
const VERBATIM = new Set(['CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE']);

/** Every text node under `element` outside code, with the straight marks in it. */
function straightMarks(element) {
  const found = [];
  const visit = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3 && /["']/u.test(child.data)) found.push(squash(child.data));
      else if (child.nodeType === 1 && !VERBATIM.has(child.tagName)) visit(child);
    }
  };
  visit(element);
  return found;
}

export default function typography(report) {
  const slugs = existsSync(stories)
    ? readdirSync(stories).filter((slug) => existsSync(join(stories, slug, 'index.mdx')))
    : [];
  report.check(slugs.length > 0, `typography: no stories in ${stories}`);
  for (const slug of slugs.sort()) {
    const { frontmatter: story } = parseFrontmatter(readFileSync(join(stories, slug, 'index.mdx'), 'utf8'));
    if (!/^en(?:-|$)/u.test(story.lang ?? 'en-GB')) continue;
    for (const page of [`explainers/${slug}/index.html`, `explainers/${slug}/offline.html`]) {
      const file = join(dist, page);
      if (!report.check(existsSync(file), `typography: ${shown(page)} is missing`)) continue;
      const document = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
      const article = document.querySelector('article');
      if (!report.check(article !== null, `typography: ${shown(page)} has no <article>`)) continue;
      const straight = straightMarks(article);
      report.check(
        straight.length === 0,
        `typography: ${shown(page)}: ${straight.length} texts keep straight quotation marks: "${straight.slice(0, 4).join('", "')}"`,
      );
      for (const quote of story.quotes ?? []) {
        const anchor = document.getElementById(`quote-${quote.id}`);
        const words = fold(squash(String(quote.text)));
        report.check(
          anchor !== null && fold(squash(anchor.textContent)).includes(words),
          `typography: ${shown(page)}: quote ${quote.id} is no longer anchored on its words ("${words.slice(0, 50)}")`,
        );
      }
      for (const event of (story.timeline ?? []).filter((e) => e.mention)) {
        report.check(
          document.getElementById(`mention-${event.id}`)?.getAttribute('href') === `#event-${event.id}`,
          `typography: ${shown(page)}: the mention of event ${event.id} no longer links to it`,
        );
      }
      const terms = [...document.querySelectorAll('.note-term')].map((t) => fold(t.textContent));
      for (const note of story.notes ?? []) {
        report.check(
          terms.includes(fold(note.term)),
          `typography: ${shown(page)}: the note ${note.id} is no longer on its term "${note.term}"`,
        );
      }
    }
  }
}

if (import.meta.main) await runAlone(typography);
