import { describe, expect, it } from 'vitest';
import { headingProblems } from '../../../src/lib/story/headingIds';
import { parseProse } from '../../../src/lib/story/storyMarkdown';

const problems = (markdown: string, sections: string[] = ['council-vote']): string[] =>
  headingProblems(parseProse(markdown), sections).map((p) => `${p.at?.line}:${p.at?.column} ${p.message}`);

describe('headingProblems', () => {
  it('accepts section headings and sub-headings whose ids the page does not use', () => {
    expect(problems('## Council vote\n\n### Tickets\n\n### Tickets\n\n#### Who pays')).toEqual([]);
  });

  it('makes the id from the words as the build does, leaving image alt text out', () => {
    expect(problems('### Timeline![a map](./map.png)')).toEqual([
      '1:1 the heading "### Timeline" would get the id "timeline", which the page already uses',
    ]);
  });

  it('refuses a section heading inside a quote or a list, and a heading with nothing to make an id from', () => {
    expect(problems('> ## Timeline\n\n- ## Quote okafor\n\n### 🙂\n\n### …')).toEqual([
      '1:3 the heading "## Timeline" stands inside a quote or a list, where it cannot start a section',
      '3:3 the heading "## Quote okafor" stands inside a quote or a list, where it cannot start a section',
      '5:1 the heading "### 🙂" has no letters or digits to make its id from',
      '7:1 the heading "### …" has no letters or digits to make its id from',
    ]);
  });

  it('refuses a second title', () => {
    expect(problems('# Breaking')).toEqual(['1:1 the heading "# Breaking" would be a second title on the page']);
  });

  it('refuses a sub-heading whose id the page or a section already has, as the build would make it', () => {
    expect(
      problems(
        [
          '### Timeline',
          '### Who’s who',
          '### Sources heading',
          '### Quote: the mayor',
          '### Council vote',
          '### Notes',
          '### Notes',
        ].join('\n\n'),
      ),
    ).toEqual([
      '1:1 the heading "### Timeline" would get the id "timeline", which the page already uses',
      '3:1 the heading "### Who’s who" would get the id "whos-who", which the page already uses',
      '5:1 the heading "### Sources heading" would get the id "sources-heading", which the page already uses',
      '7:1 the heading "### Quote: the mayor" would get the id "quote-the-mayor", which the page already uses',
      '9:1 the heading "### Council vote" would get the id "council-vote", which the page already uses',
      '11:1 the heading "### Notes" would get the id "notes", which the page already uses',
    ]);
  });
});
