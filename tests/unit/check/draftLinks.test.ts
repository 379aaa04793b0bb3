import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStories } from '../../../src/check/checkStories';
import { formatLocated } from '../../../src/check/checkStory';
import { REPO, TEMPLATE } from './catalogue';

const template = readFileSync(path.join(REPO, TEMPLATE, 'index.mdx'), 'utf8');
const LINKED = 'The owner of the ferry company, [Erik Lindqvist](/explainers/harbour-plans/),';
let dir = '';

/** Two stories: the template linking to `harbour-plans`, and `harbour-plans` itself, each a draft or not. */
function site(linking: { draft: boolean }, linked: { draft: boolean }): string {
  dir = mkdtempSync(path.join(tmpdir(), 'draft-links-'));
  const write = (slug: string, draft: boolean, source: string): void => {
    mkdirSync(path.join(dir, 'content/explainers', slug), { recursive: true });
    const marked = draft
      ? source.replace('published: "2025-06-12"\n', 'published: "2025-06-12"\ndraft: true\n')
      : source;
    writeFileSync(path.join(dir, 'content/explainers', slug, 'index.mdx'), marked);
  };
  write('kelderby-ferry', linking.draft, template.replace('The owner of the ferry company, Erik Lindqvist,', LINKED));
  write('harbour-plans', linked.draft, template);
  return dir;
}

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a link from one story to another', () => {
  it('is refused from a published story to a draft, at the link, and the story does not pass', () => {
    const report = checkStories(['content/explainers'], site({ draft: false }, { draft: true }));
    expect(report.problems.map(formatLocated)).toEqual([
      'content/explainers/kelderby-ferry/index.mdx:72:33  (prose)  links to the explainer "harbour-plans", which is a draft, ' +
        'so the link would lead nowhere once this story is published  (fix: publish "harbour-plans" first (take out its draft: true), or remove the link)',
    ]);
    expect([...report.passed.keys()].map((file) => path.basename(path.dirname(file)))).toEqual(['harbour-plans']);
  });

  it('is fine to a published story, and from a draft to a draft', () => {
    for (const [linking, linked] of [
      [false, false],
      [true, true],
      [true, false],
    ] as const) {
      const report = checkStories(['content/explainers'], site({ draft: linking }, { draft: linked }));
      expect(report.problems, `${linking} -> ${linked}`).toEqual([]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
