/**
 * Which built pages go into the sitemap. Share pages (`sharePath`: /explainers/<slug>/share/<id>/) only
 * carry a card and send people on to the explainer, whose URL is their canonical link, so they stay out:
 * every URL with a `share` path segment below an explainer is left out. An explainer's versions page
 * (`changesPath`: /explainers/<slug>/changes/) is its record, not something to find it by, so it stays
 * out too. The explainer itself stays in, even one whose slug happens to be "share" or "changes".
 */
const SHARE_PAGE = /^\/explainers\/[^/]+\/share(\/|$)/;
const CHANGES_PAGE = /^\/explainers\/[^/]+\/changes(\/|$)/;

/** `filter` for @astrojs/sitemap: takes a page's absolute URL, true to list it. */
export function inSitemap(page: string): boolean {
  const { pathname } = new URL(page);
  return !SHARE_PAGE.test(pathname) && !CHANGES_PAGE.test(pathname);
}
