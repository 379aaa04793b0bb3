/**
 * The shapes a card is drawn in. `link` is Open Graph's 1.91:1 (every chat app and social network
 * crops or scales from it); the other three are the aspect ratios Google asks an article's images to
 * come in (16:9, 4:3 and 1:1), each 1200 pixels wide.
 */
export const CARD_FORMATS = {
  link: { width: 1200, height: 630 },
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;

export type CardFormat = keyof typeof CARD_FORMATS;

/** The article images of an explainer in its JSON-LD, widest first. */
export const ARTICLE_IMAGE_FORMATS = ['16x9', '4x3', '1x1'] as const satisfies readonly CardFormat[];
export type ArticleImageFormat = (typeof ARTICLE_IMAGE_FORMATS)[number];

/** Width and height of a card drawn in `format` (a link preview when none is given). */
export const cardSize = (format: CardFormat = 'link'): { readonly width: number; readonly height: number } =>
  CARD_FORMATS[format];
