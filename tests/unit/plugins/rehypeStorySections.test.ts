import type { Root } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { sectionProblems } from '../../../src/plugins/rehypeStorySections';
import { processStory } from '../../support/processStory';
import { baseStory, storySource } from '../../support/storySource';
import { all, one, parse, text } from '../../support/html';

const sections = [
  { id: 'what-happened', heading: 'What happened' },
  { id: 'why-it-matters', heading: 'Why it matters' },
];
const prose = 'Lede.\n\n## What happened\n\nOne.\n\nTwo.\n\n## Why it matters\n\nThree.';

describe('rehypeStorySections', () => {
  it('gives each heading its declared id, a named anchor link, and wraps it in a labelled section', async () => {
    const tree = parse((await processStory(storySource(baseStory({ sections }), prose))).html);
    const wrapped = all(tree, 'section');
    expect(wrapped.map((s) => s.properties['ariaLabelledBy'])).toEqual([['what-happened'], ['why-it-matters']]);
    expect(all(wrapped[0]!, 'p').map(text)).toEqual(['One.', 'Two.']);
    const anchor = one(wrapped[0]!, 'a.anchor-link');
    expect(anchor.properties['href']).toBe('#what-happened');
    expect(anchor.properties['ariaLabel']).toBe('Link to section: What happened');
    expect(one(tree, 'h2#why-it-matters')).toBeDefined();
    // The lede before the first heading stays outside any section.
    expect(text(tree.children[0] as never)).toBe('Lede.');
  });

  it('keeps the id when the heading changes only in quotation-mark style', async () => {
    const curly = prose.replace('Why it matters', 'Why it matters');
    const tree = parse((await processStory(storySource(baseStory({ sections }), curly))).html);
    expect(one(tree, 'h2#why-it-matters')).toBeDefined();
  });

  it('keeps each former id of a section as an empty element first in its heading, the heading keeping its text', async () => {
    const renamed = [{ ...sections[0]!, id: 'events', formerIds: ['what-happened', 'first-hours'] }, sections[1]!];
    const tree = parse((await processStory(storySource(baseStory({ sections: renamed }), prose))).html);
    const heading = one(tree, 'h2#events');
    expect(heading.children.slice(0, 2)).toMatchObject([
      { tagName: 'span', properties: { id: 'what-happened' }, children: [] },
      { tagName: 'span', properties: { id: 'first-hours' }, children: [] },
    ]);
    expect(text(heading)).toBe('What happened');
    // The section is still named by its heading's id now, and its link control uses that id.
    expect(one(tree, 'section').properties['ariaLabelledBy']).toEqual(['events']);
    expect(one(tree, 'section a.anchor-link').properties['href']).toBe('#events');
    // A section without former ids gets nothing more: its heading holds only its words.
    expect(one(tree, 'h2#why-it-matters').children).toMatchObject([{ type: 'text', value: 'Why it matters' }]);
    expect(all(tree, '[id]:empty').map((e) => e.properties['id'])).toEqual(['what-happened', 'first-hours']);
  });

  it('stops the build for a heading no section declares, and for a declared section with no heading', async () => {
    const renamed = prose.replace('## Why it matters', '## Why this matters');
    const error = await processStory(storySource(baseStory({ sections }), renamed)).then(
      () => '',
      (e: unknown) => String(e),
    );
    expect(error).toContain('the prose has the heading "## Why this matters" but no section declares it');
    expect(error).toContain('sections[1].heading  no "## Why it matters" heading is in the prose');
    expect(error).toContain('2 problems');
  });

  it('stops the build for a heading used twice, at the second one, before any id is given twice', async () => {
    const twice = `${prose}\n\n## What happened\n\nFour.`;
    const error = await processStory(storySource(baseStory({ sections }), twice)).then(
      () => '',
      (e: unknown) => String(e),
    );
    expect(error).toContain('sections[0].heading');
    expect(error).toContain('the heading "## What happened" stands in the prose a second time here');
    expect(error).toContain('both would get the id "what-happened"');
    expect(error).toContain('1 problem in this story');
  });
});

describe('sectionProblems', () => {
  /** The prose as the story pipeline's first step sees it: Markdown turned into hast, with positions. */
  const treeOf = (markdown: string): Root =>
    unified().use(remarkParse).use(remarkRehype).runSync(unified().use(remarkParse).parse(markdown)) as Root;

  it('finds nothing wrong when each declared heading stands once, in order', () => {
    expect(sectionProblems(treeOf(prose), sections)).toEqual([]);
  });

  it("reports a repeated heading at the second occurrence's line and column, with the fix", () => {
    // Lines: 1 Lede, 3 ## What happened, 5 One, 7 Two, 9 ## Why it matters, 11 Three, 13 ## What happened again.
    const problems = sectionProblems(treeOf(`${prose}\n\n## What happened\n\nFour.`), sections);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'sections[0].heading', at: { line: 13, column: 1 } });
    expect(problems[0]?.fix).toContain('give this part a heading of its own');
  });

  it('treats headings differing only in white space or quotation-mark style as the same heading', () => {
    const declared = [{ id: 'why', heading: 'Why it’s late' }];
    const problems = sectionProblems(treeOf("## Why it's late\n\nA.\n\n## Why  it’s late\n\nB."), declared);
    expect(problems.map((p) => [p.field, p.at?.line])).toEqual([['sections[0].heading', 5]]);
  });
});
