import type { Element, Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import type { Story } from '../lib/story/schema.ts';
import { storyPlugin } from './storyFile.ts';

/** The component the page passes to `<Content components={{ QuoteCallout }} />`. */
export const CALLOUT_COMPONENT = 'QuoteCallout';

/**
 * Places a `<QuoteCallout story quote />` right after the paragraph that holds each `callout: true`
 * quote, so the callout follows the words where the reader meets them. Runs after rehypeQuotes,
 * which gives each quote its `quote-<id>` anchor.
 */
export default storyPlugin((tree, { story, slug }) => placeCallouts(tree, story, slug));

export function placeCallouts(tree: Root, story: Story, slug: string): void {
  const wanted = new Set(story.quotes.filter((q) => q.callout).map((q) => `quote-${q.id}`));
  const inserts: { block: Element; parent: Element | Root; quoteId: string }[] = [];
  visitParents(tree, 'element', (node, ancestors) => {
    const id = node.properties['id'];
    if (typeof id !== 'string' || !wanted.has(id)) return;
    const blockIndex = ancestors.findIndex((a) => a.type === 'element' && a.tagName === 'p');
    const block = ancestors[blockIndex];
    const parent = ancestors[blockIndex - 1];
    if (block?.type !== 'element' || parent === undefined) return;
    inserts.push({ block, parent: parent as Element | Root, quoteId: id.slice('quote-'.length) });
  });
  // Reverse, so callouts after one paragraph keep the order of their quotes.
  for (const { block, parent, quoteId } of inserts.reverse()) {
    const at = parent.children.indexOf(block);
    parent.children.splice(at + 1, 0, calloutNode(slug, quoteId) as unknown as Element);
  }
}

function calloutNode(slug: string, quoteId: string): MdxJsxFlowElementHast {
  return {
    type: 'mdxJsxFlowElement',
    name: CALLOUT_COMPONENT,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'story', value: slug },
      { type: 'mdxJsxAttribute', name: 'quote', value: quoteId },
    ],
    children: [],
  };
}
