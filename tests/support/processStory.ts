import type { Element, Root } from 'hast';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { storyAnnotationPlugins } from '../../src/plugins/index';

/** Runs Markdown with frontmatter through the story pipeline, as the MDX build does, and returns HTML. */
export async function processStory(
  source: string,
  options: { path?: string; rehypePlugins?: PluggableList } = {},
): Promise<{ html: string; file: VFile }> {
  const { frontmatter, content } = parseFrontmatter(source);
  const file = new VFile({
    value: content,
    path: options.path ?? '/site/content/explainers/test-story/index.mdx',
    data: { astro: { frontmatter } },
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(options.rehypePlugins ?? (storyAnnotationPlugins.rehypePlugins as PluggableList))
    .use(rehypeCalloutPlaceholders)
    .use(rehypeStringify);
  const result = await processor.process(file);
  return { html: String(result.value), file: result };
}

/**
 * MDX turns `<QuoteCallout story quote />` into a component call; plain rehype-stringify cannot print
 * it, so the harness shows it as a `<quote-callout>` element carrying the same attributes.
 */
function rehypeCalloutPlaceholders() {
  return (tree: Root): void => {
    visit(tree, (node, index, parent) => {
      if ((node.type as string) !== 'mdxJsxFlowElement' || parent === undefined || index === undefined) return;
      const jsx = node as unknown as { name: string; attributes: { name: string; value: string }[] };
      const placeholder: Element = {
        type: 'element',
        tagName: 'quote-callout',
        properties: Object.fromEntries(jsx.attributes.map((a) => [`data-${a.name}`, a.value])),
        children: [],
      };
      parent.children.splice(index, 1, placeholder);
    });
  };
}
