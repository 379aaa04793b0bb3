import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { PreviewCardContent } from './content.ts';
import { previewFonts } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, previewCard } from './previewCard.ts';

/** The card as SVG, every glyph drawn as a path (the SVG needs no fonts to be shown). */
export async function renderSvg(content: PreviewCardContent): Promise<string> {
  return satori(await previewCard(content), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: previewFonts() });
}

/** The card as a 1200×630 PNG. The same content always gives the same bytes. */
export async function renderPng(content: PreviewCardContent): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderSvg(content);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  return new Uint8Array(png);
}
