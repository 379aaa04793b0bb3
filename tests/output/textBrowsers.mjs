#!/usr/bin/env node
// Text browsers: lynx and w3m dump each explainer and its offline copy as plain text, as they show it
// to a reader without CSS (and much as a screen reader walks it). Words the page sets apart only by
// its stylesheet run together there ("Published 5 March 20253 min read", "US National Security
// Adviser5 March 2025", "Expectedweek of 10 March 2025"), so every part the page shows beside
// another must be apart in the text itself: the reading time, each actor's role and affiliation,
// each quote's setting, an expected event's date. The initials beside names are decoration: hidden
// from assistive technology and no text of the page at all.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DOMParser } from 'linkedom';
import { ensureCommand } from './debianTools.mjs';
import { dist, root, runAlone, shown } from './support.mjs';

const stories = join(root, 'content/explainers');

/** Each browser's plain-text dump of an HTML file, wide enough that no line is wrapped. */
const BROWSERS = {
  lynx: (bin, file) =>
    execFileSync(
      bin,
      ['-dump', '-nolist', '-width=1000', '-assume_charset=utf-8', '-display_charset=utf-8', '-force_html', file],
      { encoding: 'utf8' },
    ),
  w3m: (bin, file) =>
    execFileSync(bin, ['-dump', '-cols', '1000', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', file], {
      encoding: 'utf8',
    }),
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

/**
 * The places where `dump` runs one of the story's parts into the text beside it: `[what, excerpt]`.
 * Each pattern is a part the page writes next to another (from the story's frontmatter), glued to a
 * letter or digit.
 */
export function runOns(dump, story) {
  const found = [];
  const look = (what, pattern) => {
    for (const match of dump.matchAll(pattern)) {
      const at = match.index ?? 0;
      const excerpt = dump.slice(Math.max(0, at - 25), at + match[0].length + 25).replace(/\n+/gu, ' / ');
      if (!found.some(([, seen]) => seen === excerpt)) found.push([what, excerpt]);
    }
  };
  // "3 min read" follows the date: a longer number there is a year run into it.
  for (const match of dump.matchAll(/(\S+) min read/gu)) {
    if (!/^\d{1,3}$/u.test(match[1])) found.push(['reading time', match[0]]);
  }
  look('"Expected" and the date', new RegExp(`Expected${LETTER_OR_DIGIT}`, 'gu'));
  for (const actor of story.actors ?? []) {
    look(`role of ${actor.id}`, new RegExp(`${escape(actor.role)}(?=${LETTER_OR_DIGIT})`, 'gu'));
    if (actor.affiliation) {
      look(`affiliation of ${actor.id}`, new RegExp(`(?<=${LETTER_OR_DIGIT})${escape(actor.affiliation)}`, 'gu'));
    }
  }
  for (const quote of story.quotes ?? []) {
    // The caption writes the setting with a capital first letter, so the case is not compared.
    look(`setting of ${quote.id}`, new RegExp(`(?<=${LETTER_OR_DIGIT})${escape(quote.said.setting)}`, 'giu'));
  }
  return found;
}

export default function textBrowsers(report) {
  const slugs = existsSync(stories)
    ? readdirSync(stories).filter((slug) => existsSync(join(stories, slug, 'index.mdx')))
    : [];
  report.check(slugs.length > 0, `text browsers: no stories in ${stories}`);
  const browsers = Object.entries(BROWSERS).map(([name, dump]) => [name, ensureCommand(name, name), dump]);
  for (const slug of slugs.sort()) {
    const { frontmatter: story } = parseFrontmatter(readFileSync(join(stories, slug, 'index.mdx'), 'utf8'));
    for (const page of [`explainers/${slug}/index.html`, `explainers/${slug}/offline.html`]) {
      const file = join(dist, page);
      if (!report.check(existsSync(file), `text browsers: ${shown(page)} is missing`)) continue;
      for (const [name, bin, dump] of browsers) {
        const text = dump(bin, file)
          .split('\n')
          .map((line) => line.replace(/\s+/gu, ' ').trim())
          .join('\n');
        if (!report.check(text.includes(story.title), `${name}: ${shown(page)}: the dump has no headline`)) continue;
        const glued = runOns(text, story);
        const listed = glued.slice(0, 6).map(([what, excerpt]) => `${what} in "…${excerpt}…"`);
        if (glued.length > listed.length) listed.push(`and ${glued.length - listed.length} more`);
        report.check(
          glued.length === 0,
          `${name}: ${shown(page)} runs words together where only CSS separates them: ${listed.join('; ')}`,
        );
      }
      const document = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
      const avatars = [...document.querySelectorAll('.avatar')];
      report.check(avatars.length > 0, `text browsers: ${shown(page)} has no initials to check`);
      const spoken = avatars.filter((a) => a.getAttribute('aria-hidden') !== 'true' || a.textContent.trim() !== '');
      report.check(
        spoken.length === 0,
        `text browsers: ${shown(page)}: ${spoken.length} initials are text of the page or not aria-hidden ("${spoken
          .map((a) => a.textContent.trim())
          .join('", "')}"), read before the name they stand beside`,
      );
    }
  }
}

if (import.meta.main) await runAlone(textBrowsers);
