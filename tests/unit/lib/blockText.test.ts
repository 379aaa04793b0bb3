import type { Element, Root, Text } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { blockText, isOpenRange } from '../../../src/lib/annotate/blockText';

const isLink = (el: Element): boolean => el.tagName === 'a';

/** A paragraph "ab" + <a>"cd"<em>"ef"</em></a> + "gh", with its text nodes kept for identity checks. */
function sample() {
  const ab: Text = { type: 'text', value: 'ab' };
  const cd: Text = { type: 'text', value: 'cd' };
  const ef: Text = { type: 'text', value: 'ef' };
  const gh: Text = { type: 'text', value: 'gh' };
  const p = h('p', [ab, h('a', { href: '#x' }, [cd, h('em', [ef])]), gh]);
  return { p, nodes: [ab, cd, ef, gh] };
}

const shape = (segments: ReturnType<typeof blockText>['segments']) =>
  segments.map((s) => [s.node.value, s.start, s.end, s.excluded]);

describe('blockText', () => {
  it('concatenates every text node with its offsets in the block text', () => {
    const { p, nodes } = sample();
    const block = blockText(p);
    expect(block.text).toBe('abcdefgh');
    expect(shape(block.segments)).toEqual([
      ['ab', 0, 2, false],
      ['cd', 2, 4, false],
      ['ef', 4, 6, false],
      ['gh', 6, 8, false],
    ]);
    // Segments point at the tree's own nodes, so they can be edited in place.
    expect(block.segments.map((s) => s.node)).toEqual(nodes);
    block.segments.forEach((s, i) => expect(s.node).toBe(nodes[i]));
  });

  it('marks text inside an element the test rejects, and inside its descendants, as excluded', () => {
    const block = blockText(sample().p, isLink);
    expect(shape(block.segments)).toEqual([
      ['ab', 0, 2, false],
      ['cd', 2, 4, true],
      ['ef', 4, 6, true],
      ['gh', 6, 8, false],
    ]);
  });

  it('does not apply the test to the block element itself', () => {
    const block = blockText(h('a', 'x'), isLink);
    expect(shape(block.segments)).toEqual([['x', 0, 1, false]]);
  });

  it('accepts a root and skips comments', () => {
    const root: Root = {
      type: 'root',
      children: [{ type: 'text', value: 'one ' }, { type: 'comment', value: 'no' }, h('b', 'two')],
    };
    const block = blockText(root);
    expect(block.text).toBe('one two');
    expect(shape(block.segments)).toEqual([
      ['one ', 0, 4, false],
      ['two', 4, 7, false],
    ]);
  });

  it('gives empty text and no segments for an empty block', () => {
    expect(blockText(h('p'))).toEqual({ text: '', segments: [] });
  });
});

describe('isOpenRange', () => {
  const block = blockText(sample().p, isLink);

  it('is true for ranges wholly in open text', () => {
    expect(isOpenRange(block, 0, 2)).toBe(true);
    expect(isOpenRange(block, 6, 8)).toBe(true);
  });

  it('is false when any character lies in excluded text', () => {
    expect(isOpenRange(block, 1, 3)).toBe(false);
    expect(isOpenRange(block, 4, 6)).toBe(false);
    expect(isOpenRange(block, 5, 7)).toBe(false);
    expect(isOpenRange(block, 0, 8)).toBe(false);
  });
});
