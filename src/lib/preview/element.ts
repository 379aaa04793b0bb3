import { cssFontFamily, type FontWeight, type SANS, type SERIF } from './fonts.ts';

/** A CSS value as satori takes it. */
export type CssValue = string | number;
export type Css = Readonly<Record<string, CssValue>>;

/**
 * An element for satori, written as the plain object JSX would produce (no React): a tag, its style
 * and its children.
 */
export interface CardNode {
  readonly type: string;
  readonly key?: string;
  readonly props: {
    readonly style?: Css;
    readonly children?: string | CardNode | readonly (string | CardNode)[];
  };
}

export function el(type: string, style: Css, children?: CardNode['props']['children'], key?: string): CardNode {
  return {
    type,
    ...(key === undefined ? {} : { key }),
    props: children === undefined ? { style } : { style, children },
  };
}

/** How a run of text is set. Line heights are whole pixels, so a box of n lines is exactly n × lineHeight tall. */
export interface TextStyle {
  readonly fontFamily: typeof SERIF | typeof SANS;
  readonly fontSize: number;
  readonly fontWeight: FontWeight;
  /** In pixels. */
  readonly lineHeight: number;
  /** In pixels. */
  readonly letterSpacing?: number;
  readonly textWrap?: 'balance';
  readonly textTransform?: 'uppercase';
}

/**
 * The CSS of a text box `width` pixels wide. Measuring and drawing both use it, so what was measured
 * is what is drawn. A word longer than a line (a URL) wraps instead of running out of the box.
 */
export function textCss(style: TextStyle, width: number): Css {
  return {
    display: 'block',
    width,
    fontFamily: cssFontFamily(style.fontFamily),
    fontSize: style.fontSize,
    fontWeight: style.fontWeight,
    lineHeight: `${style.lineHeight}px`,
    wordBreak: 'break-word',
    ...(style.letterSpacing === undefined ? {} : { letterSpacing: style.letterSpacing }),
    ...(style.textWrap === undefined ? {} : { textWrap: style.textWrap }),
    ...(style.textTransform === undefined ? {} : { textTransform: style.textTransform }),
  };
}
