import type { PreviewCardContent } from './content.ts';
import { el, type CardNode, type TextStyle } from './element.ts';
import { SANS, SERIF } from './fonts.ts';
import { cardSize, type ArticleImageFormat } from './formats.ts';
import {
  BODY_FOOTER_GAP,
  bodyHeight,
  column,
  COLOURS,
  CONTENT_WIDTH,
  DEK_MAX_LINES,
  footer,
  frame,
  headlineSizes,
  headlineStyles,
  heightOf,
  KICKER_GAP,
  KICKER_HEIGHT,
  kickerBox,
  place,
  placeHeadlineOver,
  placeLargest,
  quoteMark,
  quoteStyles,
  storyLineStyle,
  textBox,
} from './cardLayout.ts';
import { actorCard, eventCard, timelineCard, whosWhoCard } from './referenceCards.ts';

export { CARD_HEIGHT, CARD_WIDTH, COLOURS } from './cardLayout.ts';

const dekStyle: TextStyle = { fontFamily: SERIF, fontSize: 34, fontWeight: 400, lineHeight: 46 };
const descriptionStyle: TextStyle = { fontFamily: SERIF, fontSize: 32, fontWeight: 400, lineHeight: 44 };

/**
 * How a story's card is set in each shape: the taller the card, the larger the headline and the
 * standfirst, so a square image seen small reads as well as the link preview.
 */
const STORY_TYPE: Record<
  'link' | ArticleImageFormat,
  { headlines: readonly TextStyle[]; dek: TextStyle; dekLines: number }
> = {
  link: { headlines: headlineSizes, dek: dekStyle, dekLines: DEK_MAX_LINES },
  '16x9': { headlines: headlineSizes, dek: dekStyle, dekLines: DEK_MAX_LINES },
  '4x3': {
    headlines: headlineStyles([
      [96, 102],
      [88, 94],
      [80, 86],
      [72, 78],
      [64, 70],
    ]),
    dek: { ...dekStyle, fontSize: 38, lineHeight: 52 },
    dekLines: 6,
  },
  '1x1': {
    headlines: headlineStyles([
      [112, 118],
      [104, 110],
      [96, 102],
      [88, 94],
      [80, 86],
      [72, 78],
    ]),
    dek: { ...dekStyle, fontSize: 42, lineHeight: 58 },
    dekLines: 9,
  },
};

/** Quotes: as large as the words allow. */
const quoteSizes = quoteStyles([
  [72, 86],
  [64, 78],
  [58, 72],
  [52, 66],
  [48, 60],
  [44, 56],
  [40, 52],
]);
const QUOTE_MARK_COLUMN = 88;
const QUOTE_WIDTH = CONTENT_WIDTH - QUOTE_MARK_COLUMN;
const speakerStyle: TextStyle = { fontFamily: SANS, fontSize: 30, fontWeight: 700, lineHeight: 38 };
const roleStyle: TextStyle = { fontFamily: SANS, fontSize: 26, fontWeight: 400, lineHeight: 34 };
const ROLE_MAX_LINES = 2;

async function storyCard(content: Extract<PreviewCardContent, { kind: 'story' }>): Promise<CardNode> {
  const DEK_GAP = 26;
  const { height } = cardSize(content.format);
  const type = STORY_TYPE[content.format ?? 'link'];
  const room = bodyHeight(height) - KICKER_HEIGHT - KICKER_GAP;
  const [title, dek] = await placeHeadlineOver(
    content.title,
    content.dek,
    type.dek,
    room,
    DEK_GAP,
    type.headlines,
    type.dekLines,
  );
  const body = column([
    kickerBox('Explainer'),
    title && textBox(title, CONTENT_WIDTH, COLOURS.fg),
    dek && textBox(dek, CONTENT_WIDTH, COLOURS.muted, { marginTop: DEK_GAP }),
  ]);
  return frame(
    // The link preview keeps its words at the top; the taller article images stand them in the middle,
    // so a crop to any of the other shapes keeps them.
    content.format === undefined
      ? body
      : el(
          'div',
          {
            display: 'flex',
            alignItems: 'center',
            flexGrow: 1,
            width: CONTENT_WIDTH,
            marginBottom: BODY_FOOTER_GAP,
          },
          [body],
        ),
    await footer(content.siteName),
    height,
  );
}

async function sectionCard(content: Extract<PreviewCardContent, { kind: 'section' }>): Promise<CardNode> {
  const STORY_GAP = 14;
  const DESCRIPTION_GAP = 22;
  const storyTitle = await place(content.storyTitle, storyLineStyle, CONTENT_WIDTH, 2);
  const room = bodyHeight() - KICKER_HEIGHT - KICKER_GAP - heightOf(storyTitle) - STORY_GAP;
  const [heading, description] = await placeHeadlineOver(
    content.heading,
    content.description,
    descriptionStyle,
    room,
    DESCRIPTION_GAP,
  );
  return frame(
    column([
      kickerBox('Explainer · section'),
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
    bodyHeight() - ATTRIBUTION_GAP - heightOf(speaker) - heightOf(role),
  );
  return frame(
    // A short quote stands in the middle of the card rather than under its top edge.
    el(
      'div',
      { display: 'flex', alignItems: 'center', flexGrow: 1, width: CONTENT_WIDTH, marginBottom: BODY_FOOTER_GAP },
      [
        el('div', { display: 'flex', width: CONTENT_WIDTH }, [
          quoteMark(150, QUOTE_MARK_COLUMN),
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
 * The satori element tree of a preview card (1200×630, or an article image's shape for a story's
 * own card). Every text is first fitted with the card's own fonts: headlines and quotes take the
 * largest size at which all their words fit, and anything that still does not fit is shortened at a
 * word with "…", so no text is ever clipped.
 */
export async function previewCard(content: PreviewCardContent): Promise<CardNode> {
  switch (content.kind) {
    case 'story':
      return storyCard(content);
    case 'section':
      return sectionCard(content);
    case 'quote':
      return quoteCard(content);
    case 'timeline':
      return timelineCard(content);
    case 'event':
      return eventCard(content);
    case 'whos-who':
      return whosWhoCard(content);
    case 'actor':
      return actorCard(content);
  }
}
