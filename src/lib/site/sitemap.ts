/**
 * Which built pages go into the sitemap. Share pages (`sharePath`: /explainers/<slug>/share/<id>/) only
 * carry a card and send people on to the explainer, whose URL is their canonical link, so they stay out:
 * every URL with a `share` path segment below an explainer is left out. The explainer itself stays in,
 * even one whose slug happens to be "share".
 */
const SHARE_PAGE = /^\/explainers\/[^/]+\/share(\/|$)/;

/** `filter` for @astrojs/sitemap: takes a page's absolute URL, true to list it. */
export function inSitemap(page: string): boolean {
  return !SHARE_PAGE.test(new URL(page).pathname);
}
