import type { PreviewCardContent } from './content.ts';
import { el, textCss, type CardNode, type Css, type TextStyle } from './element.ts';
import { fitLines, fits, measureText } from './measureText.ts';
import { cssFontFamily, SANS, SERIF } from './fonts.ts';

/** Open Graph's recommended size; every chat app and social network crops or scales from it. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

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
const CONTENT_WIDTH = CARD_WIDTH - 2 * PAD_X;
const FOOTER_RULE = 2;
const FOOTER_GAP = 18;
/** At least this much space between the body of a card and its footer. */
const BODY_FOOTER_GAP = 28;

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
/** Height left for a card's body between the top padding and the footer. */
const BODY_HEIGHT = CARD_HEIGHT - PAD_TOP - PAD_BOTTOM - FOOTER_HEIGHT - BODY_FOOTER_GAP;

/** Headlines: the largest size at which the whole headline fits, down to the last. */
const headlineSizes: readonly TextStyle[] = [
  [80, 86],
  [72, 78],
  [64, 70],
  [56, 62],
].map(([fontSize, lineHeight]) => ({
  fontFamily: SERIF,
  fontSize: fontSize!,
  fontWeight: 700,
  lineHeight: lineHeight!,
  letterSpacing: -0.5,
  textWrap: 'balance',
}));
const HEADLINE_MAX_LINES = 3;

const dekStyle: TextStyle = { fontFamily: SERIF, fontSize: 34, fontWeight: 400, lineHeight: 46 };
const DEK_MAX_LINES = 4;
const descriptionStyle: TextStyle = { fontFamily: SERIF, fontSize: 32, fontWeight: 400, lineHeight: 44 };
const storyLineStyle: TextStyle = { fontFamily: SANS, fontSize: 28, fontWeight: 600, lineHeight: 36 };

/** Quotes: as large as the words allow. */
const quoteSizes: readonly TextStyle[] = [
  [72, 86],
  [64, 78],
  [58, 72],
  [52, 66],
  [48, 60],
  [44, 56],
  [40, 52],
].map(([fontSize, lineHeight]) => ({
  fontFamily: SERIF,
  fontSize: fontSize!,
  fontWeight: 400,
  lineHeight: lineHeight!,
  textWrap: 'balance',
}));
const QUOTE_MARK_COLUMN = 88;
const QUOTE_WIDTH = CONTENT_WIDTH - QUOTE_MARK_COLUMN;
const speakerStyle: TextStyle = { fontFamily: SANS, fontSize: 30, fontWeight: 700, lineHeight: 38 };
const roleStyle: TextStyle = { fontFamily: SANS, fontSize: 26, fontWeight: 400, lineHeight: 34 };
const ROLE_MAX_LINES = 2;

/** A run of text placed on a card: its words (already fitted), how it is set, and how many lines it takes. */
interface Placed {
  readonly text: string;
  readonly style: TextStyle;
  readonly lines: number;
}

const heightOf = (placed: Placed | undefined): number => (placed ? placed.lines * placed.style.lineHeight : 0);

/** `text` in at most `maxLines` lines (shortened at a word if needed), with the lines it really takes. */
async function place(text: string, style: TextStyle, width: number, maxLines: number): Promise<Placed | undefined> {
  if (maxLines < 1) return undefined;
  const fitted = await fitLines(text, style, width, maxLines);
  if (fitted.text === '') return undefined;
  return { text: fitted.text, style, lines: (await measureText(fitted.text, style, width)).lines };
}

/**
 * The first size of `sizes` at which the whole of `text` fits in `maxHeight` (and `maxLines`); if
 * none does, the last size, shortened to fit.
 */
async function placeLargest(
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
function textBox(placed: Placed, width: number, colour: string, extra: Css = {}): CardNode {
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

async function footer(siteName: string, storyTitle?: string): Promise<CardNode> {
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

function frame(body: CardNode, foot: CardNode): CardNode {
  return el(
    'div',
    {
      display: 'flex',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: COLOURS.bg,
    },
    [
      el('div', { width: BAND, height: CARD_HEIGHT, backgroundColor: COLOURS.accent, flexShrink: 0 }),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          boxSizing: 'border-box',
          width: CARD_WIDTH - BAND,
          height: CARD_HEIGHT,
          padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px ${PAD_X - BAND}px`,
        },
        [body, foot],
      ),
    ],
  );
}

function column(children: readonly (CardNode | undefined)[], width = CONTENT_WIDTH): CardNode {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', width },
    children.filter((c): c is CardNode => c !== undefined),
  );
}

const kicker = (words: string): Placed => ({ text: words, style: kickerStyle, lines: 1 });
const KICKER_GAP = 22;

/**
 * A headline over a paragraph (title and standfirst, or heading and description) in `room` pixels.
 * At one of the two largest headline sizes, both whole if they fit; otherwise the largest size at
 * which the headline is whole with two lines left for the paragraph, which is shortened at a word.
 * (At thumbnail size a big headline matters more than the paragraph's last words, which the page's
 * description carries anyway.)
 */
async function placeHeadlineOver(
  headline: string,
  paragraph: string,
  paragraphStyle: TextStyle,
  room: number,
  gap: number,
): Promise<readonly [Placed | undefined, Placed | undefined]> {
  const paragraphMeasure = await measureText(paragraph, paragraphStyle, CONTENT_WIDTH);
  const paragraphLines = (headlineHeight: number): number =>
    Math.min(DEK_MAX_LINES, Math.floor((room - headlineHeight - gap) / paragraphStyle.lineHeight));
  for (const style of headlineSizes.slice(0, 2)) {
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
    headlineSizes,
    CONTENT_WIDTH,
    room - gap - 2 * paragraphStyle.lineHeight,
    HEADLINE_MAX_LINES,
  );
  return [placed, await place(paragraph, paragraphStyle, CONTENT_WIDTH, paragraphLines(heightOf(placed)))];
}

async function storyCard(content: Extract<PreviewCardContent, { kind: 'story' }>): Promise<CardNode> {
  const DEK_GAP = 26;
  const room = BODY_HEIGHT - kickerStyle.lineHeight - KICKER_GAP;
  const [title, dek] = await placeHeadlineOver(content.title, content.dek, dekStyle, room, DEK_GAP);
  return frame(
    column([
      textBox(kicker('Explainer'), CONTENT_WIDTH, COLOURS.accent, { marginBottom: KICKER_GAP }),
      title && textBox(title, CONTENT_WIDTH, COLOURS.fg),
      dek && textBox(dek, CONTENT_WIDTH, COLOURS.muted, { marginTop: DEK_GAP }),
    ]),
    await footer(content.siteName),
  );
}

async function sectionCard(content: Extract<PreviewCardContent, { kind: 'section' }>): Promise<CardNode> {
  const STORY_GAP = 14;
  const DESCRIPTION_GAP = 22;
  const storyTitle = await place(content.storyTitle, storyLineStyle, CONTENT_WIDTH, 2);
  const room = BODY_HEIGHT - kickerStyle.lineHeight - KICKER_GAP - heightOf(storyTitle) - STORY_GAP;
  const [heading, description] = await placeHeadlineOver(
    content.heading,
    content.description,
    descriptionStyle,
    room,
    DESCRIPTION_GAP,
  );
  return frame(
    column([
      textBox(kicker('Explainer · section'), CONTENT_WIDTH, COLOURS.accent, { marginBottom: KICKER_GAP }),
      storyTitle && textBox(storyTitle, CONTENT_WIDTH, COLOURS.muted, { marginBottom: STORY_GAP }),
      heading && textBox(heading, CONTENT_WIDTH, COLOURS.fg),
      description && textBox(description, CONTENT_WIDTH, COLOURS.muted, { marginTop: DESCRIPTION_GAP }),
    ]),
    await footer(content.siteName),
  );
}

async function quoteCard(content: Extract<PreviewCardContent, { kind: 'quote' }>): Promise<CardNode> {
  const ATTRIBUTION_GAP = 30;
  const speaker = await place(content.speakerName, speakerStyle, QUOTE_WIDTH, 1);
  const role = await place(content.speakerRole, roleStyle, QUOTE_WIDTH, ROLE_MAX_LINES);
  const quote = await placeLargest(
    content.text,
    quoteSizes,
    QUOTE_WIDTH,
    BODY_HEIGHT - ATTRIBUTION_GAP - heightOf(speaker) - heightOf(role),
  );
  // A large opening mark hanging left of the words, its top level with the first line's capitals.
  const mark = el(
    'div',
    {
      display: 'block',
      width: QUOTE_MARK_COLUMN,
      height: 90,
      marginTop: -22,
      fontFamily: cssFontFamily(SERIF),
      fontWeight: 700,
      fontSize: 150,
      lineHeight: '150px',
      color: COLOURS.accent,
      flexShrink: 0,
    },
    '\u201C',
  );
  return frame(
    // A short quote stands in the middle of the card rather than under its top edge.
    el(
      'div',
      { display: 'flex', alignItems: 'center', flexGrow: 1, width: CONTENT_WIDTH, marginBottom: BODY_FOOTER_GAP },
      [
        el('div', { display: 'flex', width: CONTENT_WIDTH }, [
          mark,
          column(
            [
              quote && textBox(quote, QUOTE_WIDTH, COLOURS.fg, { marginBottom: ATTRIBUTION_GAP }),
              speaker && textBox(speaker, QUOTE_WIDTH, COLOURS.fg),
              role && textBox(role, QUOTE_WIDTH, COLOURS.muted),
            ],
            QUOTE_WIDTH,
          ),
        ]),
      ],
    ),
    await footer(content.siteName, content.storyTitle),
  );
}

/**
 * The satori element tree of a 1200×630 preview card. Every text is first fitted with the card's own
 * fonts: headlines and quotes take the largest size at which all their words fit, and anything that
 * still does not fit is shortened at a word with "…", so no text is ever clipped.
 */
export async function previewCard(content: PreviewCardContent): Promise<CardNode> {
  switch (content.kind) {
    case 'story':
      return storyCard(content);
    case 'section':
      return sectionCard(content);
    case 'quote':
      return quoteCard(content);
  }
}
