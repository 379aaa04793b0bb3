import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { versionContent, type VersionContent } from '../../../src/lib/history/versionContent';
import { FIRST_STORY } from '../../support/buildSite';

/** The first story's file, as published: the versions in these tests are edits of it. */
export const FIRST = readFileSync(path.resolve(import.meta.dirname, '../../..', FIRST_STORY), 'utf8');

/** A version of a story file read as the build reads one (Astro's frontmatter parser). */
export function contentOf(source: string): VersionContent {
  const { frontmatter, content } = parseFrontmatter(source);
  return versionContent(frontmatter, content);
}

/** `source` with each `[from, to]` replaced once; throws when a `from` is not in it, so an edit never misses silently. */
export function edit(source: string, ...replacements: readonly (readonly [string, string])[]): string {
  return replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`the story has no "${from}" to edit`);
    return text.replace(from, to);
  }, source);
}

/** A `changes` list for the frontmatter, put just before its closing "---". */
export function withChanges(source: string, yaml: string): string {
  return edit(source, ['\n---\n\n## ', `\nchanges:\n${yaml.trimEnd()}\n---\n\n## `]);
}

/** The first story with Waltz's words shortened, as some reports gave them, in the frontmatter and the prose. */
export const MISQUOTED = FIRST.replaceAll('We have, we have taken a step back', 'We have taken a step back');
