import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import satori from 'satori';
import type { PreviewCardContent } from './content.ts';
import { previewFonts } from './fonts.ts';
import { cardSize } from './formats.ts';
import { indexedPng } from './indexedPng.ts';
import { previewCard } from './previewCard.ts';

/** The size a card is drawn at: 1200×630, or a story's article image in its own shape. */
export const renderedSize = (content: PreviewCardContent): { readonly width: number; readonly height: number } =>
  cardSize(content.kind === 'story' ? content.format : undefined);

/** The card as SVG, every glyph drawn as a path (the SVG needs no fonts to be shown). */
export async function renderSvg(content: PreviewCardContent): Promise<string> {
  const { width, height } = renderedSize(content);
  return satori(await previewCard(content), { width, height, fonts: previewFonts() });
}

/** A card's SVG drawn by resvg, `width` pixels wide. */
export function rasterise(svg: string, width: number): RenderedImage {
  // The SVG has no text elements, so resvg needs no fonts: not reading the system's saves about 5 ms a card.
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
}

/**
 * The card as a PNG (1200×630 for a link preview). The same content always gives the same bytes: an
 * indexed PNG of resvg's pixels (see indexedPng), or resvg's own PNG when the pixels do not fit a palette.
 */
export async function renderPng(content: PreviewCardContent): Promise<Uint8Array<ArrayBuffer>> {
  const image = rasterise(await renderSvg(content), renderedSize(content).width);
  return indexedPng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
}
