import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../src/check/checkStory';

const REPO = path.resolve(import.meta.dirname, '../../..');
const template = readFileSync(path.join(REPO, 'tests/fixtures/valid-template/index.mdx'), 'utf8');
const context = { slugs: new Set(['story']), folder: '/nowhere/story', people: new Map() };

describe('a sub-heading of the prose', () => {
  it('may not take the id a section had before: old links to it lead to the section', () => {
    const renamed = template
      .replace('  - id: council-vote\n', '  - id: the-vote\n    formerIds: [council-vote, earlier-vote]\n')
      .replace(
        '\n"The ferry is a lifeline for this town," Mayor',
        '\n### Earlier vote\n\n"The ferry is a lifeline for this town," Mayor',
      );
    const problems = checkStory('story.mdx', renamed, context);
    expect(problems.map((p) => p.message)).toEqual([
      'the heading "### Earlier vote" would get the id "earlier-vote", which the page already uses',
    ]);
  });
});
