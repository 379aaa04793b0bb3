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

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(String.fromCharCode(code)));
const isNumberPart = (code: number): boolean => (code >= 48 && code <= 57) || code === 46 || code === 45;
const TENS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number written in svg[start, end), as Number() reads it. Satori writes one decimal at most; such
 * a number is read as an integer divided by a power of ten, which rounds exactly as Number() does,
 * without cutting a string out of the SVG. Anything else is left to Number().
 */
function numberIn(svg: string, start: number, end: number): number {
  const negative = svg.charCodeAt(start) === 45;
  let digits = 0;
  let decimals = -1;
  let whole = 0;
  for (let i = negative ? start + 1 : start; i < end; i++) {
    const code = svg.charCodeAt(i);
    if (code === 46 && decimals < 0) decimals = 0;
    else if (code >= 48 && code <= 57) {
      whole = whole * 10 + (code - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else return Number(svg.slice(start, end));
  }
  if (digits === 0 || digits > 15) return Number(svg.slice(start, end));
  const value = decimals > 0 ? whole / TENS[decimals]! : whole;
  return negative ? -value : value;
}

/**
 * The largest x and y of the points of one path's `d` (svg[from, to)), or undefined when it is not a
 * glyph: satori draws every glyph with absolute M, L, Q and C commands, boxes and borders with other
 * commands and commas. Each command's numbers are x, y pairs; an unpaired last number is no point.
 */
function glyphExtent(svg: string, from: number, to: number): { right: number; bottom: number } | undefined {
  let right = 0;
  let bottom = 0;
  let inCommand = false;
  let x: number | undefined;
  for (let i = from; i < to;) {
    const code = svg.charCodeAt(i);
    if (code === 77 || code === 76 || code === 81 || code === 67) {
      inCommand = true;
      x = undefined;
      i++;
    } else if (code === 90) {
      inCommand = false;
      i++;
    } else if (isSpace(code)) i++;
    else if (isNumberPart(code)) {
      const start = i++;
      while (i < to && isNumberPart(svg.charCodeAt(i))) i++;
      if (!inCommand) continue;
      const value = numberIn(svg, start, i);
      if (x === undefined) x = value;
      else {
        right = Math.max(right, x);
        bottom = Math.max(bottom, value);
        x = undefined;
      }
    } else return undefined;
  }
  return { right, bottom };
}

/**
 * How far right and down the glyphs of an SVG drawn by satori reach: the largest x and y of the points
 * of its glyph paths (see glyphExtent), which bound the ink of the text. The SVG is read in one pass,
 * without regular expressions: a layout is read once per measurement, and the expressions this
 * replaced took a third of the time spent fitting text.
 */
export function inkExtent(svg: string): { readonly right: number; readonly bottom: number } {
  let right = 0;
  let bottom = 0;
  for (let at = svg.indexOf('<path'); at >= 0;) {
    const tagEnd = svg.indexOf('>', at);
    // The path's d attribute: ` d="…"` before the tag ends.
    let d = svg.indexOf('d="', at + 5);
    while (d >= 0 && (tagEnd < 0 || d < tagEnd) && !isSpace(svg.charCodeAt(d - 1))) d = svg.indexOf('d="', d + 1);
    if (d < 0 || (tagEnd >= 0 && d > tagEnd)) {
      at = svg.indexOf('<path', at + 5);
      continue;
    }
    const close = svg.indexOf('"', d + 3);
    if (close < 0) break;
    const glyph = glyphExtent(svg, d + 3, close);
    if (glyph) {
      right = Math.max(right, glyph.right);
      bottom = Math.max(bottom, glyph.bottom);
    }
    at = svg.indexOf('<path', close + 1);
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
