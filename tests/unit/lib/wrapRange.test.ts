import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { textLength, wrapRange } from '../../../src/lib/annotate/wrapRange';

const mark = (): Element => h('mark');

/** Wraps [start, end) of `p` in a fresh <mark> and returns the paragraph's HTML. */
const wrapped = (p: Element, start: number, end: number, wrapper: Element = mark()): string => {
  wrapRange(p, start, end, wrapper);
  return toHtml(p);
};

describe('wrapRange', () => {
  it('splits a single text node around the wrapped characters', () => {
    expect(wrapped(h('p', 'abcdef'), 2, 4)).toBe('<p>ab<mark>cd</mark>ef</p>');
  });

  it('wraps from the first and to the last character', () => {
    expect(wrapped(h('p', 'abcdef'), 0, 2)).toBe('<p><mark>ab</mark>cdef</p>');
    expect(wrapped(h('p', 'abcdef'), 4, 6)).toBe('<p>abcd<mark>ef</mark></p>');
    expect(wrapped(h('p', 'abcdef'), 0, 6)).toBe('<p><mark>abcdef</mark></p>');
  });

  it('splits an <em> the range crosses into two copies and wraps whole siblings', () => {
    const p = h('p', ['ab', h('em', 'cd'), 'ef']);
    expect(wrapped(p, 1, 3)).toBe('<p>a<mark>b<em>c</em></mark><em>d</em>ef</p>');
  });

  it('splits at both ends when the range starts and ends inside different elements', () => {
    const p = h('p', [h('em', 'ab'), 'cd', h('strong', 'ef')]);
    expect(wrapped(p, 1, 5)).toBe('<p><em>a</em><mark><em>b</em>cd<strong>e</strong></mark><strong>f</strong></p>');
  });

  it('splits nested inline elements at every level', () => {
    const p = h('p', ['a', h('strong', ['b', h('em', 'cd')]), 'e']);
    // "abcde": [3, 5) is "de", which starts inside <em> inside <strong>.
    expect(wrapped(p, 3, 5)).toBe('<p>a<strong>b<em>c</em></strong><mark><strong><em>d</em></strong>e</mark></p>');
  });

  it('never changes the text a reader sees', () => {
    const cases: [Element, number, number][] = [
      [h('p', ['ab', h('em', 'cd'), 'ef']), 1, 3],
      [h('p', ['ab', h('em', ['c', h('strong', 'de')]), 'fg']), 1, 6],
      [h('p', [h('a', { href: '#x' }, 'one two'), ' three']), 4, 10],
    ];
    for (const [p, start, end] of cases) {
      const before = toString(p);
      wrapRange(p, start, end, mark());
      expect(toString(p)).toBe(before);
      const wrapper = p.children.find((c): c is Element => c.type === 'element' && c.tagName === 'mark');
      expect(wrapper && toString(wrapper)).toBe(before.slice(start, end));
    }
  });

  it('puts the wrapper inside an element whose text is exactly the range', () => {
    const p = h('p', ['ab', h('em', 'cd'), 'ef']);
    expect(wrapped(p, 2, 4)).toBe('<p>ab<em><mark>cd</mark></em>ef</p>');
  });

  it('descends as deep as one element holds the whole range', () => {
    const p = h('p', ['a', h('strong', ['b', h('em', 'cde')]), 'f']);
    expect(wrapped(p, 3, 4)).toBe('<p>a<strong>b<em>c<mark>d</mark>e</em></strong>f</p>');
  });

  it('nests a second, inner wrap inside the first', () => {
    const p = h('p', 'abcdef');
    wrapRange(p, 1, 5, h('mark', { id: 'outer' }));
    wrapRange(p, 2, 4, h('span', { className: ['inner'] }));
    expect(toHtml(p)).toBe('<p>a<mark id="outer">b<span class="inner">cd</span>e</mark>f</p>');
  });

  it('nests an inner wrap covering exactly the outer one inside it', () => {
    const p = h('p', 'abcdef');
    wrapRange(p, 1, 5, h('mark', { id: 'outer' }));
    wrapRange(p, 1, 5, h('span'));
    expect(toHtml(p)).toBe('<p>a<mark id="outer"><span>bcde</span></mark>f</p>');
  });

  it('throws a RangeError for an empty or reversed range and leaves the tree alone', () => {
    const p = h('p', 'abcdef');
    expect(() => wrapRange(p, 2, 2, mark())).toThrow(RangeError);
    expect(() => wrapRange(p, 4, 2, mark())).toThrow(RangeError);
    expect(toHtml(p)).toBe('<p>abcdef</p>');
  });

  it('keeps the id of a split element on the first copy only, and its other attributes on both', () => {
    const p = h('p', ['ab', h('em', { id: 'e', className: ['k'] }, 'cd'), 'ef']);
    expect(wrapped(p, 3, 5)).toBe('<p>ab<em id="e" class="k">c</em><mark><em class="k">d</em>e</mark>f</p>');
  });

  it('leaves an empty element at the edge of the range outside the wrapper', () => {
    expect(wrapped(h('p', ['ab', h('br'), 'cd']), 2, 4)).toBe('<p>ab<br><mark>cd</mark></p>');
    expect(wrapped(h('p', ['ab', h('br'), 'cd']), 0, 2)).toBe('<p><mark>ab</mark><br>cd</p>');
    expect(wrapped(h('p', ['ab', h('br'), 'cd']), 1, 3)).toBe('<p>a<mark>b<br>c</mark>d</p>');
  });
});

describe('textLength', () => {
  it('counts the characters of text below a node', () => {
    expect(textLength(h('p', ['ab', h('em', ['c', h('b', 'de')]), h('br')]))).toBe(5);
    expect(textLength({ type: 'text', value: 'four' })).toBe(4);
    expect(textLength({ type: 'comment', value: 'not shown' })).toBe(0);
  });
});
