import type { Element, ElementContent, Root, Text } from 'hast';

/** A text node of a block, with where its characters sit in the block's concatenated text. */
export interface TextSegment {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
  /** True when the text is inside an element that must not receive further annotations. */
  readonly excluded: boolean;
}

export interface BlockText {
  readonly text: string;
  readonly segments: readonly TextSegment[];
}

export type ElementTest = (element: Element) => boolean;

/** Concatenates every text node below `block`, marking text inside elements `isClosed` accepts. */
export function blockText(block: Element | Root, isClosed: ElementTest = () => false): BlockText {
  const segments: TextSegment[] = [];
  let text = '';
  const walk = (children: readonly (ElementContent | Root['children'][number])[], excluded: boolean): void => {
    for (const child of children) {
      if (child.type === 'text') {
        segments.push({ node: child, start: text.length, end: text.length + child.value.length, excluded });
        text += child.value;
      } else if (child.type === 'element') {
        walk(child.children, excluded || isClosed(child));
      }
    }
  };
  walk(block.children, false);
  return { text, segments };
}

/** True when no character of [start, end) lies in excluded text. */
export function isOpenRange(block: BlockText, start: number, end: number): boolean {
  return block.segments.every((s) => !s.excluded || s.end <= start || s.start >= end);
}
