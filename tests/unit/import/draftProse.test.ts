import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { draftProse } from '../../../src/lib/import/draftProse';
import { parseProse } from '../../../src/lib/story/storyMarkdown';

/** The text of each block of prose, as the page will show it. */
const blocks = (prose: string): string[] => parseProse(prose).children.map((node) => toString(node));

describe('draftProse', () => {
  it('writes headings and paragraphs that read back word for word, Markdown and MDX syntax escaped', () => {
    const paragraphs = [
      'Temperatures fell <0C overnight, a 3<4 ratio, {sic} and *stars* _underscores_ [brackets](here).',
      '1. Not a list item',
      '# Not a heading',
      '> Not a block quote',
      'A & B &amp; C; and a backslash \\ too',
      'Trump’s "plan", it\'s — and ‘single’ marks',
    ];
    const prose = draftProse([{ heading: 'What happened', paragraphs }]);
    expect(prose.startsWith('## What happened\n\n')).toBe(true);
    expect(blocks(prose)).toEqual(['What happened', ...paragraphs]);
    // Nothing in it became a link, an emphasis or a tag: every paragraph is plain text.
    const kinds = new Set<string>();
    for (const node of parseProse(prose).children)
      if ('children' in node) for (const child of node.children) kinds.add(child.type);
    expect([...kinds]).toEqual(['text']);
  });

  it('leaves a web address or an e-mail address in the text as a link, as GFM reads them', () => {
    const prose = draftProse([{ heading: 'Part 1', paragraphs: ['See www.example.com or write to desk@example.com'] }]);
    const links: string[] = [];
    for (const node of parseProse(prose).children)
      if ('children' in node) for (const child of node.children) if (child.type === 'link') links.push(child.url);
    expect(links).toEqual(['http://www.example.com', 'mailto:desk@example.com']);
    expect(blocks(prose)[1]).toBe('See www.example.com or write to desk@example.com');
  });

  it('round-trips any printable text (property)', () => {
    const printable = fc
      .string({ unit: fc.constantFrom(...'ab 1.#>*_-+<>{}[]()!`~&;:\'"“”‘’|\\=^$%@'), minLength: 1, maxLength: 40 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(fc.array(printable, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        expect(blocks(draftProse([{ heading: 'Part 1', paragraphs }]))).toEqual(['Part 1', ...paragraphs]);
      }),
      { numRuns: 300 },
    );
  });
});
