import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** Parses an HTML fragment so tests can ask about structure, not exact strings. */
export function parse(html: string): Root {
  return fromHtml(html, { fragment: true });
}

export function one(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export const all = (tree: Root | Element, selector: string): Element[] => selectAll(selector, tree);
export const text = (node: Root | Element): string => toString(node);
