import { el, textCss, type CardNode, type Css, type TextStyle } from './element.ts';
import { CARD_FORMATS } from './formats.ts';
import { fitLines, fits, measureText } from './measureText.ts';
import { cssFontFamily, SANS, SERIF } from './fonts.ts';

// The parts every card is built from: its frame, footer, text boxes and the rules that fit text to them.

/** Open Graph's recommended size; every chat app and social network crops or scales from it. */
export const CARD_WIDTH = CARD_FORMATS.link.width;
export const CARD_HEIGHT = CARD_FORMATS.link.height;

/** The light theme of src/styles/base.css: one claret accent and warm neutrals (AA contrast). */
export const COLOURS = {
  bg: '#fbfaf7',
  fg: '#1c1b19',
  muted: '#5d5a54',
  rule: '#dcd7cd',
  accent: '#a3123a',
} as const;

// The frame every card shares: a claret band down the left edge, text from x = 80, the site's name
// under a rule at the bottom left.
const BAND = 16;
const PAD_X = 80;
const PAD_TOP = 64;
const PAD_BOTTOM = 52;
export const CONTENT_WIDTH = CARD_WIDTH - 2 * PAD_X;
const FOOTER_RULE = 2;
const FOOTER_GAP = 18;
/** At least this much space between the body of a card and its footer. */
export const BODY_FOOTER_GAP = 28;

const kickerStyle: TextStyle = {
  fontFamily: SANS,
  fontSize: 22,
  fontWeight: 700,
  lineHeight: 28,
  letterSpacing: 2,
  textTransform: 'uppercase',
};
const footerStyle: TextStyle = { fontFamily: SANS, fontSize: 24, fontWeight: 700, lineHeight: 30 };
const footerTitleStyle: TextStyle = { ...footerStyle, fontWeight: 400 };
const FOOTER_HEIGHT = FOOTER_RULE + FOOTER_GAP + footerStyle.lineHeight;

/** Height left for a card's body between the top padding and the footer, on a card `height` tall. */
export const bodyHeight = (height: number = CARD_HEIGHT): number =>
  height - PAD_TOP - PAD_BOTTOM - FOOTER_HEIGHT - BODY_FOOTER_GAP;

/** Headlines in serif bold, balanced over their lines, one style per size (font size, line height). */
export const headlineStyles = (sizes: readonly (readonly [number, number])[]): readonly TextStyle[] =>
  sizes.map(([fontSize, lineHeight]) => ({
    fontFamily: SERIF,
    fontSize,
    fontWeight: 700,
    lineHeight,
    letterSpacing: -0.5,
    textWrap: 'balance',
  }));

/** Quoted words in the serif, at each [fontSize, lineHeight], largest first. */
export const quoteStyles = (sizes: readonly (readonly [number, number])[]): readonly TextStyle[] =>
  sizes.map(([fontSize, lineHeight]) => ({
    fontFamily: SERIF,
    fontSize,
    fontWeight: 400,
    lineHeight,
    textWrap: 'balance',
  }));

/** Headlines: the largest size at which the whole headline fits, down to the last. */
export const headlineSizes = headlineStyles([
  [80, 86],
  [72, 78],
  [64, 70],
  [56, 62],
]);
export const HEADLINE_MAX_LINES = 3;

export const DEK_MAX_LINES = 4;
export const storyLineStyle: TextStyle = { fontFamily: SANS, fontSize: 28, fontWeight: 600, lineHeight: 36 };

/** A run of text placed on a card: its words (already fitted), how it is set, and how many lines it takes. */
export interface Placed {
  readonly text: string;
  readonly style: TextStyle;
  readonly lines: number;
}

export const heightOf = (placed: Placed | undefined): number => (placed ? placed.lines * placed.style.lineHeight : 0);

/** `text` in at most `maxLines` lines (shortened at a word if needed), with the lines it really takes. */
export async function place(
  text: string,
  style: TextStyle,
  width: number,
  maxLines: number,
): Promise<Placed | undefined> {
  if (maxLines < 1) return undefined;
  const fitted = await fitLines(text, style, width, maxLines);
  if (fitted.text === '') return undefined;
  return { text: fitted.text, style, lines: (await measureText(fitted.text, style, width)).lines };
}

/**
 * The first size of `sizes` at which the whole of `text` fits in `maxHeight` (and `maxLines`); if
 * none does, the last size, shortened to fit.
 */
export async function placeLargest(
  text: string,
  sizes: readonly TextStyle[],
  width: number,
  maxHeight: number,
  maxLines = Infinity,
): Promise<Placed | undefined> {
  for (const style of sizes) {
    const limit = Math.min(maxLines, Math.floor(maxHeight / style.lineHeight));
    const measure = await measureText(text, style, width);
    if (limit >= 1 && fits(measure, style, width, limit)) return { text, style, lines: measure.lines };
  }
  const last = sizes.at(-1)!;
  return place(text, last, width, Math.min(maxLines, Math.floor(maxHeight / last.lineHeight)));
}

/**
 * A text box of exactly its lines. The text was fitted by laying it out with the same style, so it
 * takes those lines; `lineClamp` is only a last guard and never cuts anything. (No `overflow: hidden`:
 * it would clip accents and descenders that reach beyond a tight line height.)
 */
export function textBox(placed: Placed, width: number, colour: string, extra: Css = {}): CardNode {
  return el(
    'div',
    {
      ...textCss(placed.style, width),
      color: colour,
      // satori lays balanced text out differently under lineClamp and cuts a line that fits, so
      // balanced headlines rely on their measurement alone (made with this very style).
      ...(placed.style.textWrap === 'balance' ? {} : { lineClamp: placed.lines }),
      height: placed.lines * placed.style.lineHeight,
      flexShrink: 0,
      ...extra,
    },
    placed.text,
  );
}

// The footer: a claret square, the site's name, and on share cards a thin rule and the story title.
const SQUARE = 18;
const SQUARE_GAP = 14;
const SITE_NAME_WIDTH = 320;
const DIVIDER_GAP = 18;
const FOOTER_TITLE_WIDTH = CONTENT_WIDTH - SQUARE - SQUARE_GAP - SITE_NAME_WIDTH - 2 * DIVIDER_GAP - 1;

export async function footer(siteName: string, storyTitle?: string): Promise<CardNode> {
  const name = await place(siteName, footerStyle, SITE_NAME_WIDTH, 1);
  const title = storyTitle === undefined ? undefined : await place(storyTitle, footerTitleStyle, FOOTER_TITLE_WIDTH, 1);
  const children: CardNode[] = [
    el('div', {
      width: SQUARE,
      height: SQUARE,
      marginRight: SQUARE_GAP,
      backgroundColor: COLOURS.accent,
      flexShrink: 0,
    }),
  ];
  // The name takes only its own width (at most SITE_NAME_WIDTH, as it was fitted to).
  if (name) children.push(textBox(name, SITE_NAME_WIDTH, COLOURS.fg, { width: 'auto', maxWidth: SITE_NAME_WIDTH }));
  if (title) {
    children.push(
      el('div', {
        width: 1,
        height: 26,
        marginLeft: DIVIDER_GAP,
        marginRight: DIVIDER_GAP,
        backgroundColor: COLOURS.rule,
        flexShrink: 0,
      }),
      textBox(title, FOOTER_TITLE_WIDTH, COLOURS.muted),
    );
  }
  return el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      marginTop: 'auto',
      boxSizing: 'border-box',
      paddingTop: FOOTER_GAP,
      borderTop: `${FOOTER_RULE}px solid ${COLOURS.rule}`,
      width: CONTENT_WIDTH,
      height: FOOTER_HEIGHT,
    },
    children,
  );
}

/** The card itself, `height` tall: the band, then the body over the footer. */
export function frame(body: CardNode, foot: CardNode, height: number = CARD_HEIGHT): CardNode {
  return el(
    'div',
    {
      display: 'flex',
      width: CARD_WIDTH,
      height,
      backgroundColor: COLOURS.bg,
    },
    [
      el('div', { width: BAND, height, backgroundColor: COLOURS.accent, flexShrink: 0 }),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          boxSizing: 'border-box',
          width: CARD_WIDTH - BAND,
          height,
          padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px ${PAD_X - BAND}px`,
        },
        [body, foot],
      ),
    ],
  );
}

export function column(children: readonly (CardNode | undefined)[], width = CONTENT_WIDTH, extra: Css = {}): CardNode {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', width, ...extra },
    children.filter((c): c is CardNode => c !== undefined),
  );
}

/** The line above a card's body that says what kind of card it is ("Explainer · section"). */
export const kicker = (words: string): Placed => ({ text: words, style: kickerStyle, lines: 1 });
export const KICKER_GAP = 22;
export const KICKER_HEIGHT = kickerStyle.lineHeight;

/** The kicker in the accent colour, with its gap below. */
export const kickerBox = (words: string): CardNode =>
  textBox(kicker(words), CONTENT_WIDTH, COLOURS.accent, { marginBottom: KICKER_GAP });

/**
 * A headline over a paragraph (title and standfirst, or heading and description) in `room` pixels.
 * At one of the two largest headline sizes, both whole if they fit; otherwise the largest size at
 * which the headline is whole with two lines left for the paragraph, which is shortened at a word.
 * (At thumbnail size a big headline matters more than the paragraph's last words, which the page's
 * description carries anyway.)
 */
export async function placeHeadlineOver(
  headline: string,
  paragraph: string,
  paragraphStyle: TextStyle,
  room: number,
  gap: number,
  sizes: readonly TextStyle[] = headlineSizes,
  paragraphMaxLines = DEK_MAX_LINES,
): Promise<readonly [Placed | undefined, Placed | undefined]> {
  const paragraphMeasure = await measureText(paragraph, paragraphStyle, CONTENT_WIDTH);
  const paragraphLines = (headlineHeight: number): number =>
    Math.min(paragraphMaxLines, Math.floor((room - headlineHeight - gap) / paragraphStyle.lineHeight));
  for (const style of sizes.slice(0, 2)) {
    const measure = await measureText(headline, style, CONTENT_WIDTH);
    if (!fits(measure, style, CONTENT_WIDTH, HEADLINE_MAX_LINES)) continue;
    const lines = paragraphLines(measure.lines * style.lineHeight);
    if (fits(paragraphMeasure, paragraphStyle, CONTENT_WIDTH, lines)) {
      return [
        { text: headline, style, lines: measure.lines },
        { text: paragraph, style: paragraphStyle, lines: paragraphMeasure.lines },
      ];
    }
  }
  const placed = await placeLargest(
    headline,
    sizes,
    CONTENT_WIDTH,
    room - gap - 2 * paragraphStyle.lineHeight,
    HEADLINE_MAX_LINES,
  );
  return [placed, await place(paragraph, paragraphStyle, CONTENT_WIDTH, paragraphLines(heightOf(placed)))];
}

/** A large opening quotation mark, `size` pixels, its top level with the capitals of the words beside it. */
export function quoteMark(size: number, column: number): CardNode {
  return el(
    'div',
    {
      display: 'block',
      width: column,
      height: Math.round(size * 0.6),
      marginTop: Math.round(-size * 0.1467),
      fontFamily: cssFontFamily(SERIF),
      fontWeight: 700,
      fontSize: size,
      lineHeight: `${size}px`,
      color: COLOURS.accent,
      flexShrink: 0,
    },
    '\u201C',
  );
}
