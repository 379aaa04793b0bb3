import { describe, expect, it } from 'vitest';
import { inkExtent } from '../../../src/lib/preview/measureText';
import { renderSvg } from '../../../src/lib/preview/renderPng';
import { firstStoryCards } from './firstStory';

/**
 * The reading inkExtent had before it was rewritten as one pass over the string, kept here as the
 * reference: the glyph paths (absolute M, L, Q, C and Z only), their numbers in x, y pairs per command.
 */
function referenceInkExtent(svg: string): { right: number; bottom: number } {
  let right = 0;
  let bottom = 0;
  for (const [, d = ''] of svg.matchAll(/<path[^>]*?\sd="([^"]*)"/gu)) {
    if (!/^[MLQCZ\d\s.-]*$/u.test(d)) continue;
    for (const [, args = ''] of d.matchAll(/[MLQC]([^MLQCZ]*)/gu)) {
      const numbers = args
        .trim()
        .split(/[\s,]+/u)
        .map(Number);
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        right = Math.max(right, numbers[i] ?? 0);
        bottom = Math.max(bottom, numbers[i + 1] ?? 0);
      }
    }
  }
  return { right, bottom };
}

describe('inkExtent', () => {
  it('gives the largest x and y of the points of the glyph paths', () => {
    const svg =
      '<svg><path fill="#1c1b19" d="M80 120.5L95.3 40Q100 41 102.7 60C110 61 120.25 62 130.1 70Z"/>' +
      '<path d="M20 200.4L60 10Z"/></svg>';
    expect(inkExtent(svg)).toEqual({ right: 130.1, bottom: 200.4 });
  });

  it('leaves out boxes and borders, other elements, and numbers that make no point', () => {
    const svg =
      '<svg><rect d="M900 900"/><path d="M0 0H1100V630H0Z"/><path d="M0,0 L1000,600"/>' +
      '<path data-d="M800 800" d="M10 20"/><path d="M30 40 Z 700 700 L50 60 999"/></svg>';
    expect(inkExtent(svg)).toEqual({ right: 50, bottom: 60 });
  });

  it('reads every card of the first story as the regular expressions did', async () => {
    for (const { id, content } of firstStoryCards()) {
      const svg = await renderSvg(content);
      expect(inkExtent(svg), id).toEqual(referenceInkExtent(svg));
    }
  });
});
