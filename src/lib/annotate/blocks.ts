import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { blockText, isOpenRange, type BlockText } from './blockText.ts';

/** Elements whose text takes annotations: paragraphs and list items of the prose. */
const TEXT_BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'figcaption']);

/** Elements whose text must not be annotated again: links, controls, code, and earlier annotations. */
const CLOSED_TAGS = new Set(['a', 'button', 'code', 'pre', 'time', 'kbd', 'samp', 'script', 'style', 'svg']);
const CLOSED_CLASSES = ['quote', 'quotation-optout', 'note-term', 'note-popover'];

export function classList(element: Element): string[] {
  const value: unknown = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
}

export function isClosedElement(element: Element): boolean {
  return (
    CLOSED_TAGS.has(element.tagName) ||
    element.properties['popover'] !== undefined ||
    classList(element).some((c) => CLOSED_CLASSES.includes(c))
  );
}

export interface ProseBlock {
  readonly element: Element;
  /** The id of the `<section>` the block is in, or '' before the first section. */
  readonly sectionId: string;
}

/** The prose's text blocks in reading order. Blocks inside closed elements are left out. */
export function proseBlocks(tree: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const sectionOf = new Map<Element, string>();
  visit(tree, 'element', (node, _index, parent) => {
    if (parent === undefined) return;
    const parentSection = parent.type === 'element' ? (sectionOf.get(parent) ?? '') : '';
    const sectionId =
      node.tagName === 'section' && typeof node.properties['ariaLabelledBy'] === 'string'
        ? node.properties['ariaLabelledBy']
        : node.tagName === 'section' && Array.isArray(node.properties['ariaLabelledBy'])
          ? String(node.properties['ariaLabelledBy'][0])
          : parentSection;
    sectionOf.set(node, sectionId);
    if (isClosedElement(node)) return SKIP;
    if (TEXT_BLOCKS.has(node.tagName)) {
      blocks.push({ element: node, sectionId });
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}

/** Text of a block with annotated or closed parts marked, plus a copy in which they are blanked. */
export function openText(block: Element): { text: BlockText; masked: string } {
  const text = blockText(block, isClosedElement);
  let masked = '';
  for (const segment of text.segments)
    masked += segment.excluded ? '\u0000'.repeat(segment.node.value.length) : segment.node.value;
  return { text, masked };
}

export { isOpenRange };
