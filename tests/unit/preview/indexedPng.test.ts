import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isIntactPng } from '../../../src/lib/preview/cache';
import { rendererVersions } from '../../../src/lib/preview/fonts';
import { INDEXED_PNG_ENCODER, indexedPng } from '../../../src/lib/preview/indexedPng';
import { rasterise, renderedSize, renderPng, renderSvg } from '../../../src/lib/preview/renderPng';
import { firstStoryCards } from './firstStory';

/**
 * The RGBA pixels of an 8-bit palette PNG with unfiltered rows, read the way the PNG specification
 * says: chunks, the palette, the inflated rows. Anything else (another colour type, a filtered row) throws.
 */
function decodeIndexed(png: Uint8Array): { width: number; height: number; pixels: Uint8Array; colours: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let palette: Uint8Array = new Uint8Array(0);
  const data: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      if (body[8] !== 8 || body[9] !== 3) throw new Error(`not an 8-bit palette PNG: ${body[8]}/${body[9]}`);
    }
    if (type === 'PLTE') palette = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    if (rows[y * (width + 1)] !== 0) throw new Error(`row ${y} is filtered`);
    for (let x = 0; x < width; x++) {
      const index = rows[y * (width + 1) + 1 + x]!;
      pixels.set([...palette.subarray(index * 3, index * 3 + 3), 255], (y * width + x) * 4);
    }
  }
  return { width, height, pixels, colours: palette.length / 3 };
}

/** A width × height image of opaque pixels, colour i at pixel i modulo `colours`. */
function swatches(width: number, height: number, colours: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) pixels.set([p % colours, (p % colours) >> 8, 7, 255], p * 4);
  return pixels;
}

describe('indexedPng', () => {
  const cards = firstStoryCards();
  const pick = (id: string) => cards.find((card) => card.id === id)!.content;

  it.each(['story', 'story 1x1', 'quote-ratcliffe-real-question', 'timeline', 'whos-who', 'actor-waltz'])(
    'holds exactly the pixels resvg drew for the card %s',
    async (id) => {
      const content = pick(id);
      const drawn = rasterise(await renderSvg(content), renderedSize(content).width);
      const decoded = decodeIndexed(await renderPng(content));
      expect({ width: decoded.width, height: decoded.height }).toEqual(renderedSize(content));
      expect(Buffer.from(decoded.pixels).equals(drawn.pixels)).toBe(true);
      expect(decoded.colours).toBeGreaterThan(2);
      expect(decoded.colours).toBeLessThanOrEqual(256);
    },
  );

  it('is at most two thirds the size of resvg’s own PNG of the same card, and a whole PNG', async () => {
    const content = pick('quote-waltz-step-back');
    const png = await renderPng(content);
    const resvgPng = rasterise(await renderSvg(content), renderedSize(content).width).asPng();
    expect(png.length).toBeLessThan((resvgPng.length * 2) / 3);
    expect(isIntactPng(png)).toBe(true);
  });

  it('gives the same bytes for the same pixels, wherever they sit in memory', () => {
    const pixels = swatches(40, 30, 200);
    const shifted = new Uint8Array(pixels.length + 1).subarray(1);
    shifted.set(pixels);
    const png = indexedPng(pixels, 40, 30)!;
    expect(Buffer.from(indexedPng(new Uint8Array(pixels), 40, 30)!).equals(png)).toBe(true);
    expect(Buffer.from(indexedPng(shifted, 40, 30)!).equals(png)).toBe(true);
    expect(Buffer.from(decodeIndexed(png).pixels).equals(pixels)).toBe(true);
  });

  it('takes up to 256 colours, and leaves more, or any pixel not fully opaque, to a true-colour PNG', () => {
    expect(decodeIndexed(indexedPng(swatches(64, 8, 256), 64, 8)!).colours).toBe(256);
    expect(indexedPng(swatches(64, 8, 257), 64, 8)).toBeUndefined();
    const seeThrough = swatches(64, 8, 3);
    seeThrough[4 * 100 + 3] = 254;
    expect(indexedPng(seeThrough, 64, 8)).toBeUndefined();
  });

  it('refuses pixels that are not width × height × 4 bytes', () => {
    expect(() => indexedPng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes for 2×2/u);
  });

  it('is named, with the zlib that compresses it, in the image cache key', () => {
    expect(INDEXED_PNG_ENCODER).toContain(process.versions.zlib);
    expect(rendererVersions()).toContain(INDEXED_PNG_ENCODER);
  });
});
