import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkStorySource } from '../../../src/check/checkStory';
import { readPeopleFolder } from '../../../src/check/peopleFolder';
import { importFromText } from '../../../src/lib/import/importArticle';
import { personSchema } from '../../../src/lib/people/person';

const REPO = path.resolve(import.meta.dirname, '../../..');
const seed = readFileSync(path.join(REPO, 'tests/fixtures/seed-article.txt'), 'utf8');
const people = readPeopleFolder(path.join(REPO, 'content/people')).people;
const options = { slug: 'imported', published: '2025-03-05', sourceName: 'Wire' };

type Written = { id: string; name?: string; kind?: string; role?: string; aliases?: string[]; review?: string };
const frontmatterOf = (mdx: string) =>
  parse(mdx.split('\n---\n')[0]!.replace(/^---\n/, '')) as {
    actors: Written[];
    quotes: { speaker: string }[];
    timeline: { actors?: string[] }[];
  };

describe('the import with the site registry', () => {
  const draft = importFromText(seed, { ...options, people });
  const story = frontmatterOf(draft.mdx);

  it('writes the registered people of the report by id alone, with a review mark to confirm the match', () => {
    const waltz = story.actors.find((a) => a.id === 'waltz');
    expect(waltz).toBeDefined();
    expect(waltz?.name).toBeUndefined();
    expect(waltz?.kind).toBeUndefined();
    expect(waltz?.review).toContain('Matched to the registered person "waltz" (Mike Waltz)');
    for (const id of ['trump', 'zelensky', 'putin', 'macron', 'ratcliffe'])
      expect(
        story.actors.map((a) => a.id),
        id,
      ).toContain(id);
    // Nobody the registry knows is also written as the story's own actor.
    const own = story.actors.filter((a) => a.name !== undefined).map((a) => a.name);
    expect(own).not.toContain('Mike Waltz');
    expect(own).not.toContain('Donald Trump');
  });

  it('credits quotes and events to the registered ids', () => {
    expect(story.quotes.map((q) => q.speaker)).toContain('waltz');
    expect(story.timeline.flatMap((e) => e.actors ?? [])).toContain('waltz');
  });

  it('writes a draft the check accepts against that registry', () => {
    const check = checkStorySource('imported/index.mdx', draft.mdx, {
      slugs: new Set(['imported']),
      folder: path.join(REPO, 'content/explainers/imported'),
      people,
    });
    expect(check.problems).toEqual([]);
  });

  it('gives a story actor another id when the registry has the id for someone else', () => {
    const other = new Map([
      ['waltz', personSchema.parse({ name: 'Anna Waltz', kind: 'person', description: 'Someone else entirely.' })],
    ]);
    const written = frontmatterOf(importFromText(seed, { ...options, people: other }).mdx);
    const mike = written.actors.find((a) => a.name === 'Mike Waltz');
    expect(mike?.id).toBe('waltz-2');
    expect(written.quotes.map((q) => q.speaker)).toContain('waltz-2');
  });
});
