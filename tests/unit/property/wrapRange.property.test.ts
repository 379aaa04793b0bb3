import fc from 'fast-check';
import type { Element, ElementContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { wrapRange } from '../../../src/lib/annotate/wrapRange';
import { hastParagraph, runs } from './arbitraries';

/** A paragraph and a range of at least one character of its text. */
const paragraphAndRange = fc
  .tuple(hastParagraph, fc.nat(), fc.nat())
  .map(([make, a, b]) => {
    const total = toString(make()).length;
    const start = total === 0 ? 0 : a % total;
    const end = start + 1 + (total === 0 ? 0 : b % (total - start));
    return { make, start, end, total };
  })
  .filter(({ total }) => total > 0);

/** The text that comes before `target` in reading order, or undefined when it is not below `node`. */
function textBefore(node: Element, target: Element): string | undefined {
  let text = '';
  const walk = (children: readonly ElementContent[]): boolean => {
    for (const child of children) {
      if (child === target) return true;
      if (child.type === 'text') text += child.value;
      else if (child.type === 'element' && walk(child.children)) return true;
    }
    return false;
  };
  return walk(node.children) ? text : undefined;
}

const ids = (p: Element): string[] => selectAll('[id]', p).map((e) => String(e.properties['id']));

describe('wrapRange (property)', () => {
  it('wraps exactly the range in one element, and the text a reader sees never changes', () => {
    fc.assert(
      fc.property(paragraphAndRange, ({ make, start, end }) => {
        const p = make();
        const before = toString(p);
        const idsBefore = ids(p);
        const wrapper: Element = { type: 'element', tagName: 'mark', properties: { id: 'wrapper' }, children: [] };

        wrapRange(p, start, end, wrapper);

        expect(toString(p)).toBe(before);
        expect(selectAll('mark', p)).toEqual([wrapper]);
        expect(toString(wrapper)).toBe(before.slice(start, end));
        expect(textBefore(p, wrapper)).toBe(before.slice(0, start));
        // Elements split in two keep their id on one half only: ids stay unique, and none is lost.
        expect(ids(p).sort()).toEqual([...idsBefore, 'wrapper'].sort());
      }),
      runs(500),
    );
  });

  it('keeps the text through any sequence of wraps, nested, disjoint or overlapping', () => {
    const ranges = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(paragraphAndRange, ranges, ({ make, total }, picks) => {
        const p = make();
        const before = toString(p);
        for (const [a, b] of picks) {
          const start = a % total;
          const end = start + 1 + (b % (total - start));
          const wrapper: Element = { type: 'element', tagName: 'mark', properties: {}, children: [] };
          wrapRange(p, start, end, wrapper);
          expect(toString(p)).toBe(before);
          expect(toString(wrapper)).toBe(before.slice(start, end));
          expect(textBefore(p, wrapper)).toBe(before.slice(0, start));
        }
      }),
      runs(300),
    );
  });

  it('refuses an empty range or one outside the text with a RangeError, leaving the paragraph alone', () => {
    fc.assert(
      fc.property(
        hastParagraph,
        fc.integer({ min: -3, max: 30 }),
        fc.integer({ min: -3, max: 30 }),
        (make, start, end) => {
          const p = make();
          const total = toString(p).length;
          fc.pre(start >= end || start < 0 || end > total);
          const copy = structuredClone(p);
          expect(() =>
            wrapRange(p, start, end, { type: 'element', tagName: 'mark', properties: {}, children: [] }),
          ).toThrow(RangeError);
          expect(p).toEqual(copy);
        },
      ),
      runs(200),
    );
  });
});
