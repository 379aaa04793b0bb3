import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { PreviewCardContent } from './content.ts';
import { previewFonts } from './fonts.ts';
import { cardSize } from './formats.ts';
import { previewCard } from './previewCard.ts';

/** The size a card is drawn at: 1200×630, or a story's article image in its own shape. */
export const renderedSize = (content: PreviewCardContent): { readonly width: number; readonly height: number } =>
  cardSize(content.kind === 'story' ? content.format : undefined);

/** The card as SVG, every glyph drawn as a path (the SVG needs no fonts to be shown). */
export async function renderSvg(content: PreviewCardContent): Promise<string> {
  const { width, height } = renderedSize(content);
  return satori(await previewCard(content), { width, height, fonts: previewFonts() });
}

/** The card as a PNG (1200×630 for a link preview). The same content always gives the same bytes. */
export async function renderPng(content: PreviewCardContent): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderSvg(content);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: renderedSize(content).width } }).render().asPng();
  return new Uint8Array(png);
}
