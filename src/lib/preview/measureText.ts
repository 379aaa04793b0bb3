import satori from 'satori';
import { el, textCss, type TextStyle } from './element.ts';
import { fitText, type FittedText } from './fitText.ts';
import { previewFonts } from './fonts.ts';

export interface TextMeasure {
  /** How many lines the text takes. */
  readonly lines: number;
  /** How far right the drawn glyphs reach, in pixels from the left of the box. */
  readonly inkRight: number;
}

/**
 * How far right and down the glyphs of an SVG drawn by satori reach. Satori draws every glyph as a
 * path of absolute M, L, Q and C commands (boxes and borders use other commands and commas and are
 * left out), so the largest x and y of their points bound the ink of the text.
 */
export function inkExtent(svg: string): { readonly right: number; readonly bottom: number } {
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

/**
 * Lays `text` out in a box `width` pixels wide with satori itself and the card's fonts (the same glyph
 * advances, kerning and line breaker as the final image, not an estimate) and reports how many lines
 * it takes and how far right its glyphs reach. The second matters because satori lets a word that
 * cannot be broken (the "…" after a very long word) run past the right edge on the same line.
 * About 3-6 ms a measurement.
 */
export function measureText(text: string, style: TextStyle, width: number): Promise<TextMeasure> {
  // The same words are measured again and again: the story title on every card of a story, and the
  // text a fit settles on once more when it is placed. A layout is worth remembering for a while.
  const key = `${width}|${JSON.stringify(style)}|${text}`;
  let measure = measured.get(key);
  if (!measure) {
    if (measured.size >= MEASURES_KEPT) measured.clear();
    measure = layOut(text, style, width);
    measured.set(key, measure);
    // A failed layout is not remembered.
    measure.catch(() => measured.delete(key));
  }
  return measure;
}

const MEASURES_KEPT = 4096;
const measured = new Map<string, Promise<TextMeasure>>();

async function layOut(text: string, style: TextStyle, width: number): Promise<TextMeasure> {
  let height: number | undefined;
  const svg = await satori(el('div', { display: 'flex', width }, el('div', textCss(style, width), text, 'measured')), {
    width,
    fonts: previewFonts(),
    onNodeDetected: (node) => {
      if (node.key === 'measured') height = node.height;
    },
  });
  if (height === undefined) throw new Error('measureText: satori reported no layout for the measured text');
  return { lines: Math.round(height / style.lineHeight), inkRight: inkExtent(svg).right };
}

/**
 * Whether `text` fits `maxLines` lines of a box `width` wide. Glyphs may reach past the box by a
 * twentieth of an em (a serif's overhang, as in a browser), never more.
 */
export function fits(measure: TextMeasure, style: TextStyle, width: number, maxLines: number): boolean {
  return measure.lines <= maxLines && measure.inkRight <= width + style.fontSize / 20;
}

/** `text`, shortened at a word with "…" if needed, so that it fits in at most `maxLines` lines. */
export async function fitLines(text: string, style: TextStyle, width: number, maxLines: number): Promise<FittedText> {
  return fitText(text, async (candidate) => fits(await measureText(candidate, style, width), style, width, maxLines));
}
