import { describe, expect, it } from 'vitest';
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
});
