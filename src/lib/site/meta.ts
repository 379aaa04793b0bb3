/** Helpers for a page's metadata (canonical link, Open Graph, Twitter card, JSON-LD). No Astro imports. */
import { shortenTo } from '../share/shareTitle.ts';

/** Open Graph and Twitter preview images are drawn at this size (the preview PNG routes). */
export const PREVIEW_IMAGE_WIDTH = 1200;
export const PREVIEW_IMAGE_HEIGHT = 630;

/**
 * An absolute URL for a site-relative path (or an already absolute URL). Throws when there is no site
 * to resolve against, rather than shipping a relative og:url that scrapers would misread.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (site === undefined) {
    throw new Error(`Cannot make "${path}" absolute: Astro's \`site\` is not set (see SITE_URL in astro.config.mjs).`);
  }
  return new URL(path, site).href;
}

/** True for an absolute http(s) URL: the only kind og:url, og:image and canonical may carry. */
export function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** og:locale wants language_TERRITORY ("en_GB") where a page's lang is a BCP 47 tag ("en-GB"). */
export function ogLocale(lang: string): string {
  return lang.replace('-', '_');
}

/** Alternative text for a story's preview card: the card shows the story's title and the site name. */
export function previewImageAlt(title: string, siteName: string): string {
  return `${siteName}: ${title}`;
}

/**
 * The longest `<title>` in characters: search engines show about this much of it, and cut the rest
 * mid-word (html-validate's `long-title` holds every indexed page to it).
 */
export const DOCUMENT_TITLE_MAX = 70;

/**
 * A page's `<title>`: "<title> – <site>" when that fits DOCUMENT_TITLE_MAX, else the title alone,
 * shortened at a word with "…" if it is longer still. Link previews keep the whole title (og:title).
 */
export function documentTitle(title: string | undefined, siteName: string): string {
  if (title === undefined) return siteName;
  const withSite = `${title} – ${siteName}`;
  return [...withSite].length <= DOCUMENT_TITLE_MAX ? withSite : shortenTo(title, DOCUMENT_TITLE_MAX);
}
