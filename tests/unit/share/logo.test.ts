import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { isIntactPng } from '../../../src/lib/preview/cache';
import { LOGO } from '../../../src/lib/share/jsonLd';

const PUBLIC = path.resolve(import.meta.dirname, '../../../public');
const logo = readFileSync(path.join(PUBLIC, LOGO.path));
const favicon = readFileSync(path.join(PUBLIC, 'favicon.svg'), 'utf8');

/** The RGBA pixels of an SVG drawn `size` pixels wide. */
const pixels = (svg: string, size: number): Buffer =>
  Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().pixels);

describe('the publisher logo', () => {
  it('is a whole PNG of the size the JSON-LD gives, at least the 112×112 search engines ask for', () => {
    expect(isIntactPng(logo)).toBe(true);
    expect({ width: logo.readUInt32BE(16), height: logo.readUInt32BE(20) }).toEqual({
      width: LOGO.width,
      height: LOGO.height,
    });
    expect(LOGO.width).toBeGreaterThanOrEqual(112);
  });

  // Redraw it after changing the favicon:
  // node -e "const {Resvg}=require('@resvg/resvg-js');const fs=require('fs');fs.writeFileSync('public/logo.png',new Resvg(fs.readFileSync('public/favicon.svg','utf8'),{fitTo:{mode:'width',value:512}}).render().asPng())"
  it('shows the favicon’s mark, pixel for pixel', () => {
    const embedded = `<svg xmlns="http://www.w3.org/2000/svg" width="${LOGO.width}" height="${LOGO.height}"><image width="${LOGO.width}" height="${LOGO.height}" href="data:image/png;base64,${logo.toString('base64')}"/></svg>`;
    expect(pixels(embedded, LOGO.width).equals(pixels(favicon, LOGO.width))).toBe(true);
  });
});
