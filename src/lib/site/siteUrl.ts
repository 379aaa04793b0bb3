/**
 * The site's public origin, from the `SITE_URL` environment variable. Canonical links, Open Graph and
 * Twitter cards, JSON-LD, the RSS feed and the sitemap are all absolute URLs built on it, so a wrong
 * value would ship wrong links on every page: anything but a bare http(s) origin stops the build.
 */

/** Used when `SITE_URL` is not set (or is empty). Documented in the README. */
export const DEFAULT_SITE_URL = 'https://explainers.example.org';

export const SITE_URL_EXAMPLE = 'https://news.example.com';

/**
 * Checks a `SITE_URL` value and returns the origin Astro's `site` takes ("https://news.example.com").
 * An unset or blank value gives {@link DEFAULT_SITE_URL}; a trailing slash is accepted. Throws an error
 * naming SITE_URL, the value and the fix for anything else: a relative URL, another scheme, a path
 * (pages are served from the root of the origin), a query, a fragment or credentials.
 */
export function resolveSiteUrl(value: string | undefined): string {
  const raw = value?.trim() ?? '';
  if (raw === '') return DEFAULT_SITE_URL;
  const fail = (problem: string, fix: string): never => {
    throw new Error(
      `SITE_URL is ${JSON.stringify(value)}: ${problem}. Fix: ${fix}, e.g. SITE_URL=${SITE_URL_EXAMPLE} npm run build (or unset it to use ${DEFAULT_SITE_URL}).`,
    );
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('not an absolute URL', 'set it to the http:// or https:// address the site is served from');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(`its scheme is ${url.protocol} and only http: and https: are allowed`, 'start it with https://');
  }
  if (url.hostname === '') return fail('it has no host name', 'give the host name after https://');
  if (url.username !== '' || url.password !== '') {
    return fail('it contains a user name or password', 'remove the credentials');
  }
  if (url.pathname !== '/') {
    return fail(
      `it has the path ${url.pathname}, but the site is served from the root of its origin`,
      'give only the scheme and host (and port)',
    );
  }
  if (url.search !== '' || url.hash !== '' || raw.includes('?') || raw.includes('#')) {
    return fail('it has a query or fragment', 'give only the scheme and host (and port)');
  }
  return url.origin;
}
