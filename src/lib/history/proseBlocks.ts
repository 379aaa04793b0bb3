import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseProse } from '../story/storyMarkdown.ts';
import type { Block } from './textDiff.ts';

/** Nodes a reader never sees: an editor's comments ({/* … *\/}) and other MDX expressions. */
const unseen = (node: Nodes): boolean => node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';

/** A node's text as a reader reads it: Markdown syntax and editors' comments left out, spaces collapsed. */
function readerText(node: Nodes): string {
  const strip = (current: Nodes): Nodes =>
    'children' in current
      ? ({ ...current, children: current.children.filter((child) => !unseen(child)).map(strip) } as Nodes)
      : current;
  return toString(strip(node)).replace(/\s+/gu, ' ').trim();
}

function blocksOf(nodes: readonly RootContent[]): Block[] {
  return nodes.flatMap((node): Block[] => {
    if (unseen(node)) return [];
    // A list or a block quote is read item by item, paragraph by paragraph: a change shows in its own.
    if (node.type === 'list') return node.children.flatMap((item) => blocksOf(item.children));
    if (node.type === 'blockquote') return blocksOf(node.children);
    const text = readerText(node);
    if (text === '') return [];
    return [{ kind: node.type === 'heading' ? 'heading' : 'paragraph', text }];
  });
}

/**
 * A story's prose as the blocks a reader reads (headings and paragraphs, list items and quoted
 * paragraphs each on their own), parsed as the build parses it. Prose the parser cannot read (an old
 * version, written before a rule it now breaks) is split at its blank lines instead.
 */
export function proseBlocks(body: string): Block[] {
  try {
    return blocksOf(parseProse(body).children);
  } catch {
    return body
      .split(/\r?\n[ \t]*\r?\n/u)
      .map((part) => part.replace(/\s+/gu, ' ').trim())
      .filter(Boolean)
      .map((text) =>
        text.startsWith('#') ? { kind: 'heading', text: text.replace(/^#+\s*/u, '') } : { kind: 'paragraph', text },
      );
  }
}
