import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory, checkStorySource, contextOf, formatWarning } from '../../../src/check/checkStory';

const FILE = path.resolve(
  import.meta.dirname,
  '../../../content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx',
);
const SOURCE = readFileSync(FILE, 'utf8');
const CONTEXT = contextOf(FILE);

/** The first story with a review mark on its first quote and on its third actor, as a draft or not. */
function marked(draft: boolean | undefined): string {
  const withDraft = draft === undefined ? SOURCE : SOURCE.replace('lang: en-GB\n', `lang: en-GB\ndraft: ${draft}\n`);
  return withDraft
    .replace(
      '    context: "Asked about the suspension of intelligence sharing with Ukraine."\n',
      '    context: "Asked about the suspension of intelligence sharing with Ukraine."\n    review: "Speaker guessed from a pronoun"\n',
    )
    .replace(
      '    role: "President of Russia"\n',
      '    role: "President of Russia"\n    review: "Role taken from a title"\n',
    );
}

describe('review marks', () => {
  it('are warnings, not problems, in a draft, each at its line', () => {
    const source = marked(true);
    const result = checkStorySource('story.mdx', source, CONTEXT);
    expect(result.problems).toEqual([]);
    expect(result.checked?.story.draft).toBe(true);
    const lines = source.split('\n');
    expect(result.warnings?.map((w) => [w.field, lines[w.line - 1]?.trim()])).toEqual([
      ['actors[2].review', 'review: "Role taken from a title"'],
      ['quotes[0].review', 'review: "Speaker guessed from a pronoun"'],
    ]);
    expect(formatWarning(result.warnings![1]!)).toMatch(
      /^story\.mdx:\d+:\d+ {2}warning {2}quotes\[0\]\.review {2}marked for review: Speaker guessed from a pronoun {2}\(fix: /u,
    );
  });

  it('are problems once the story is published (draft: false or no draft field)', () => {
    for (const draft of [false, undefined]) {
      const problems = checkStory('story.mdx', marked(draft), CONTEXT);
      expect(problems.map((p) => p.field)).toEqual(['actors[2].review', 'quotes[0].review']);
      expect(problems[1]?.message).toBe(
        'is still marked for review (Speaker guessed from a pronoun), and the story is not a draft',
      );
    }
  });

  it('leave a draft without marks with neither', () => {
    const result = checkStorySource(
      'story.mdx',
      SOURCE.replace('lang: en-GB\n', 'lang: en-GB\ndraft: true\n'),
      CONTEXT,
    );
    expect(result).toMatchObject({ problems: [], warnings: [] });
  });
});
