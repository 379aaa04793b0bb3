import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { readPeopleFolder } from '../../src/check/peopleFolder';
import { parseStory } from '../../src/lib/story/parseStory';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const storyPath = path.join(repoRoot, 'content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx');
const seedPath = path.join(repoRoot, 'tests/fixtures/seed-article.txt');

const source = readFileSync(storyPath, 'utf-8');
const { frontmatter, content } = parseFrontmatter(source);
const seed = readFileSync(seedPath, 'utf-8');

const HEADING = /^## (.+)$/;
const lines = content.split(/\r?\n/);
const headings = lines.filter((line) => HEADING.test(line)).map((line) => HEADING.exec(line)![1]!);
/** The prose as paragraphs, with the `## ` heading lines taken out. */
const paragraphs = lines
  .filter((line) => !HEADING.test(line))
  .join('\n')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 0);
const prose = paragraphs.join('\n\n');

/** Curly and straight quote marks compared as one, runs of whitespace as one space. */
const normalise = (s: string): string =>
  s
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const countOf = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

// As the build reads it: with the people it names from the site's registry (content/people).
const parsed = parseStory(frontmatter, readPeopleFolder(path.join(repoRoot, 'content/people')).people);
const story = parsed.ok ? parsed.story : undefined;

describe('first story: us-pauses-intelligence-sharing-with-ukraine', () => {
  it('frontmatter passes the story schema, including the cross-checks', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.ok).toBe(true);
  });

  it('prose, minus the headings, is the seed article paragraph for paragraph', () => {
    const seedParagraphs = seed.split(/\r?\n/).filter((p) => p.trim().length > 0);
    expect(seedParagraphs).toHaveLength(22);
    expect(paragraphs).toEqual(seedParagraphs);
  });

  it('prose has no MDX expression or JSX syntax', () => {
    expect(prose).not.toMatch(/[{}<]/);
  });

  it('has one section per heading, in order, with the heading text', () => {
    expect(headings.length).toBeGreaterThanOrEqual(4);
    expect(headings.length).toBeLessThanOrEqual(6);
    expect(story?.sections.map((s) => s.heading)).toEqual(headings);
  });

  it('names the eight people as actors', () => {
    const people = story?.actors.filter((a) => a.kind === 'person').map((a) => a.id) ?? [];
    for (const id of ['trump', 'zelensky', 'putin', 'waltz', 'macron', 'ratcliffe', 'mulroy', 'bielieskov']) {
      expect(people).toContain(id);
    }
    expect(people).toHaveLength(8);
  });

  it("every actor alias the story writes occurs in the prose as written (the registry's serve every story)", () => {
    const written = (frontmatter as { actors: { id: string; aliases?: string[] }[] }).actors;
    expect(written.flatMap((actor) => actor.aliases ?? []).length).toBeGreaterThan(2);
    for (const actor of written) {
      for (const alias of actor.aliases ?? []) expect(prose, `${actor.id}: ${alias}`).toContain(alias);
    }
  });

  it('has 8 callout quotes and 12 quotes in all', () => {
    expect(story?.quotes).toHaveLength(12);
    expect(story?.quotes.filter((q) => q.callout)).toHaveLength(8);
  });

  it('every quote text occurs in the prose', () => {
    const normalisedProse = normalise(prose);
    expect(story?.quotes.length).toBeGreaterThan(0);
    for (const quote of story?.quotes ?? []) {
      expect(normalisedProse, quote.id).toContain(normalise(quote.text));
    }
  });

  it('has at least six timeline events, each mention found in the prose', () => {
    expect(story?.timeline.length ?? 0).toBeGreaterThanOrEqual(6);
    for (const event of story?.timeline ?? []) {
      const mention = event.mention;
      expect(mention, event.id).toBeDefined();
      if (typeof mention === 'string') {
        expect(countOf(prose, mention), `${event.id}: "${mention}"`).toBe(1);
      } else if (mention) {
        expect(mention.in, event.id).toContain(mention.phrase);
        expect(countOf(prose, mention.in), `${event.id}: "${mention.in}"`).toBe(1);
      }
    }
  });

  it('every note term occurs in the prose', () => {
    for (const note of story?.notes ?? []) expect(prose, note.id).toContain(note.term);
  });
});
