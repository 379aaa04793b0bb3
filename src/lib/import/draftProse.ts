import type { Heading, Paragraph, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { parseProse } from '../story/storyMarkdown.ts';

export interface ProseSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

/**
 * The sections as story prose: a `## heading` each, then its paragraphs as plain text. The text is
 * written through the Markdown serialiser with MDX's and GFM's rules, so every character that
 * Markdown or MDX would read as syntax (`*`, `_`, `<`, `{`, `[`, a leading `1.` or `#`) is escaped and
 * the page shows the reporter's words exactly. Throws if the prose would not read back to them.
 */
export function draftProse(sections: readonly ProseSection[]): string {
  const tree: Root = {
    type: 'root',
    children: sections.flatMap((section): (Heading | Paragraph)[] => [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: section.heading }] },
      ...section.paragraphs.map((text): Paragraph => ({
        type: 'paragraph',
        children: [{ type: 'text', value: text }],
      })),
    ]),
  };
  const prose = toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown()], bullet: '-', emphasis: '_' });
  const expected = sections.flatMap((s) => [s.heading, ...s.paragraphs]);
  const read = parseProse(prose).children.map((node) => toString(node));
  const differs = expected.findIndex((text, i) => read[i] !== text);
  if (differs >= 0 || read.length !== expected.length)
    throw new Error(
      `the text could not be written as prose that reads back word for word (block ${differs + 1}: "${expected[differs] ?? ''}")`,
    );
  return prose;
}
