import type { Element, ElementContent } from 'hast';

/**
 * Wraps the characters [start, end) of `parent`'s text in `wrapper`, whatever inline markup they
 * cross. Text nodes are split at the edges; an element the range only partly covers is split into
 * two copies (`<em>ab</em><em>cd</em>` reads the same as `<em>abcd</em>`), so the wrapper always
 * has whole siblings to hold and the text a reader sees never changes.
 */
export function wrapRange(parent: Element, start: number, end: number, wrapper: Element): void {
  if (start >= end) throw new RangeError(`cannot wrap an empty range (${start}-${end})`);
  const total = parent.children.reduce((sum, child) => sum + textLength(child), 0);
  if (start < 0 || end > total) throw new RangeError(`range ${start}-${end} is outside the text (0-${total})`);

  // Descend while one child holds the whole range, so the wrapper sits as deep as it can.
  let offset = 0;
  for (const child of parent.children) {
    const length = textLength(child);
    if (child.type === 'element' && length > 0 && start >= offset && end <= offset + length) {
      wrapRange(child, start - offset, end - offset, wrapper);
      return;
    }
    offset += length;
  }

  const split = splitAt(splitAt(parent.children, end), start);
  const before: ElementContent[] = [];
  const inside: ElementContent[] = [];
  const after: ElementContent[] = [];
  let position = 0;
  for (const child of split) {
    const length = textLength(child);
    if (position + length <= start && (length > 0 || position < start || inside.length === 0)) {
      before.push(child);
    } else if (position >= start && position + length <= end && (length > 0 || position < end)) {
      inside.push(child);
    } else after.push(child);
    position += length;
  }
  wrapper.children = inside;
  parent.children = [...before, wrapper, ...after];
}

export function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}

/** Returns children with a boundary at character `at`, splitting the node that straddles it. */
function splitAt(children: ElementContent[], at: number): ElementContent[] {
  const result: ElementContent[] = [];
  let offset = 0;
  for (const child of children) {
    const length = textLength(child);
    if (at > offset && at < offset + length) {
      const [left, right] = splitNode(child, at - offset);
      result.push(left, right);
    } else result.push(child);
    offset += length;
  }
  return result;
}

function splitNode(node: ElementContent, at: number): [ElementContent, ElementContent] {
  if (node.type === 'text') {
    return [
      { ...node, value: node.value.slice(0, at) },
      { type: 'text', value: node.value.slice(at) },
    ];
  }
  if (node.type !== 'element') throw new RangeError('only text and elements carry text');
  const children = splitAt(node.children, at);
  const left: ElementContent[] = [];
  const right: ElementContent[] = [];
  let offset = 0;
  for (const child of children) {
    (offset < at ? left : right).push(child);
    offset += textLength(child);
  }
  // The copy keeps the element's attributes but not an id, which must stay unique.
  const { id: _id, ...rest } = node.properties;
  return [
    { ...node, children: left },
    { ...node, properties: structuredClone(rest), children: right },
  ];
}
