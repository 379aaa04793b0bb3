import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { parsePublicationDate } from '../dates/publicationDate.ts';
import { displayPublicationDate } from '../present/dates.ts';
import { shortCommit } from '../history/paths.ts';

/** Reads a file of the built site by its site-relative path ("/favicon.svg"), or undefined. */
export type ReadAsset = (sitePath: string) => Uint8Array | undefined;

export interface OfflineOptions {
  /** The site's public origin; links to other pages of the site become absolute on it. */
  readonly site: URL;
  /** The site-relative path of the page being exported ("/explainers/<slug>/"). */
  readonly pagePath: string;
  readonly readAsset: ReadAsset;
  /**
   * The site-relative folder Astro writes its bundles to (Astro's `build.assets`, "/_astro/" unless
   * configured): a script or stylesheet file is the site's own only when it is in there.
   */
  readonly assetsPath?: string;
  /**
   * The commit the story was published in, when the page was built from exactly that version, and
   * the address of that version on the explainer's versions page: named and linked in the provenance
   * line, so two copies saved from different versions can be told apart.
   */
  readonly version?: { readonly commit: string; readonly href: string };
}

const MIME: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/**
 * Turns a built explainer page (as a hast tree) into a document that works from disk with the
 * network off: stylesheets, scripts and images inlined, links to other pages of the site made
 * absolute, tags meant for link-preview bots dropped, a provenance line added, and a
 * Content-Security-Policy that allows no request at all, so nothing can slip through. Works on the
 * tree in place; throws when something the page references is missing.
 *
 * Only what the site itself ships may run or style the copy: inline scripts and styles whose hashes
 * the page's own (Astro-written) policy allows, and script and stylesheet files from Astro's bundle
 * folder. Any other script, style, event-handler attribute or meta refresh (whatever a story might
 * have smuggled into the page) is dropped, so the copy's policy never vouches for it.
 */
export function toOfflineDocument(tree: Root, options: OfflineOptions): void {
  const { site, pagePath, readAsset, assetsPath = '/_astro/', version } = options;
  const asset = (path: string, what: string): Uint8Array => {
    const bytes = readAsset(path);
    if (bytes === undefined) throw new Error(`offline export of ${pagePath}: ${what} ${path} is not in the build`);
    return bytes;
  };
  const dataUri = (url: string, what: string): string => {
    const path = sitePath(url, site, pagePath);
    if (path === undefined) return url;
    const ext = path.split('.').pop()?.toLowerCase() ?? '';
    const mime = MIME[ext];
    if (mime === undefined) throw new Error(`offline export of ${pagePath}: cannot inline ${what} ${path}`);
    return `data:${mime};base64,${Buffer.from(asset(path, what)).toString('base64')}`;
  };

  const head = select('head', tree);
  const body = select('body', tree);
  if (!head || !body) throw new Error(`offline export of ${pagePath}: the page has no <head> or <body>`);
  const canonical = String(select('link[rel~="canonical"]', head)?.properties['href'] ?? new URL(pagePath, site).href);
  const modified = String(select('meta[property="article:modified_time"]', head)?.properties['content'] ?? '');

  // Tags for crawlers and link-preview bots, the page's own download link and what is marked
  // data-online-only (the site's navigation: search and lists of other pages) have no use offline.
  // Without cascading: a header left without its navigation stays, with the site's name.
  remove(tree, { cascade: false }, (node) => {
    if (node.type !== 'element') return false;
    const el = node as Element;
    const property = String(el.properties['property'] ?? el.properties['name'] ?? '');
    return (
      (el.tagName === 'meta' && /^(og:|twitter:|article:)/.test(property)) ||
      (el.tagName === 'link' && relOf(el).includes('alternate')) ||
      el.properties['dataOfflineLink'] !== undefined ||
      el.properties['dataOnlineOnly'] !== undefined
    );
  });

  // Read before anything changes: the hashes of the inline scripts and styles Astro wrote.
  const pagePolicy = select('meta[http-equiv="content-security-policy"]', head)?.properties['content'];
  if (typeof pagePolicy !== 'string') {
    // Without it the site's own inline styles could not be told from any others: a copy without
    // them would be silently unstyled, so say so (Astro writes it with `security.csp`).
    throw new Error(`offline export of ${pagePath}: the page has no Content-Security-Policy <meta> in its <head>`);
  }
  const allowed = pagePolicyHashes(pagePolicy);
  /** The scripts and styles the site ships, which alone the copy's policy names. */
  const own = new Set<Element>();
  /** A file of the site's own bundle ("/_astro/page.css"), or undefined for anything else. */
  const bundleFile = (url: string, ext: string): string | undefined => {
    const path = sitePath(url, site, pagePath);
    return path?.startsWith(assetsPath) && path.endsWith(ext) ? path : undefined;
  };

  for (const style of selectAll('style', tree)) {
    if (isAllowed(toString(style), allowed.styles)) own.add(style);
    else drop(tree, style);
  }
  for (const link of selectAll('link[rel~="stylesheet"]', tree)) {
    const path = bundleFile(String(link.properties['href'] ?? ''), '.css');
    // Stylesheets are the head's; one elsewhere, or from elsewhere, is not the site's.
    if (path === undefined || !head.children.includes(link)) {
      drop(tree, link);
      continue;
    }
    const css = Buffer.from(asset(path, 'stylesheet')).toString('utf8');
    // The <link> becomes the <style> in place, wherever it stands.
    Object.assign(link, h('style', css));
    own.add(link);
  }
  for (const icon of selectAll('link[rel~="icon"][href]', head)) {
    icon.properties['href'] = dataUri(String(icon.properties['href']), 'icon');
  }
  for (const script of selectAll('script', tree)) {
    const src = script.properties['src'];
    if (src === undefined) {
      // A JSON-LD data block is never run; the site writes one for search engines.
      if (script.properties['type'] === 'application/ld+json') continue;
      if (isAllowed(toString(script), allowed.scripts)) own.add(script);
      else drop(tree, script);
      continue;
    }
    const path = bundleFile(String(src), '.js');
    if (path === undefined) {
      drop(tree, script);
      continue;
    }
    const { src: _src, integrity: _integrity, ...rest } = script.properties;
    script.properties = rest;
    script.children = [{ type: 'text', value: Buffer.from(asset(path, 'script')).toString('utf8') }];
    own.add(script);
  }
  // No inline handler runs without 'unsafe-inline', and a refresh would leave the copy for a
  // remote page, which no policy stops.
  for (const element of selectAll('*', tree)) {
    for (const key of Object.keys(element.properties)) if (/^on/i.test(key)) delete element.properties[key];
  }
  for (const meta of selectAll('meta[http-equiv]', tree)) {
    if (String(meta.properties['httpEquiv']).toLowerCase() === 'refresh') drop(tree, meta);
  }
  for (const img of selectAll('img[src], source[srcset], img[srcset]', tree)) {
    // One inlined file per image: a srcset would inline every size.
    delete img.properties['srcSet'];
    if (img.properties['src'] !== undefined) img.properties['src'] = dataUri(String(img.properties['src']), 'image');
  }

  for (const a of selectAll('a[href]', tree)) {
    a.properties['href'] = offlineHref(String(a.properties['href']), site, pagePath);
  }

  const main = select('main', body);
  const locale = String(select('html', tree)?.properties['lang'] ?? 'en-GB');
  (main ?? body).children.unshift(provenance(canonical, modified, locale, version));
  setContentSecurityPolicy(tree, head, own);
}

function relOf(el: Element): string[] {
  const rel: unknown = el.properties['rel'];
  return Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
}

/**
 * The site-relative path a URL in the page refers to, or undefined when it is on another origin.
 * An escaped "../" ("..%2F") would climb out of the build once decoded, so it stops the export.
 */
function sitePath(url: string, site: URL, pagePath: string): string | undefined {
  const resolved = new URL(url, new URL(pagePath, site));
  if (resolved.origin !== site.origin) return undefined;
  const path = decoded(resolved.pathname);
  if (path.split(/[/\\]/).includes('..')) throw new Error(`offline export of ${pagePath}: ${url} leaves the site`);
  return path;
}

/** A percent-decoded path; a malformed escape is left as written (and then found in no file). */
function decoded(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * In-page anchors stay as they are; a link to this page with an anchor becomes that anchor; any
 * other page of the site becomes an absolute URL on the published site; other sites are untouched.
 */
function offlineHref(href: string, site: URL, pagePath: string): string {
  if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  const resolved = new URL(href, new URL(pagePath, site));
  if (resolved.origin === site.origin && resolved.pathname === pagePath && resolved.hash) return resolved.hash;
  return resolved.href;
}

/**
 * "Saved from <url>, version of <date> (commit a1b2c3d)." The date is the story's last update; the
 * commit, where known, names the exact version and links to it on the explainer's versions page.
 */
function provenance(
  canonical: string,
  modified: string,
  locale: string,
  version: { commit: string; href: string } | undefined,
): Element {
  const date = parsePublicationDate(modified).ok
    ? (() => {
        const shown = displayPublicationDate(modified, locale);
        return [', version of ', h('time', { dateTime: shown.datetime }, shown.text)];
      })()
    : [];
  const commit = version
    ? [' (commit ', h('a', { href: version.href }, h('code', shortCommit(version.commit))), ')']
    : [];
  return h('p', { className: ['provenance'] }, [
    'Saved from ',
    h('a', { href: canonical }, canonical),
    ...date,
    ...commit,
    '.',
  ]);
}

/** Removes an element from wherever it stands in the tree. */
function drop(tree: Root, element: Element): void {
  remove(tree, { cascade: false }, (node) => node === element);
}

type Algorithm = 'sha256' | 'sha384' | 'sha512';
interface PolicyHashes {
  readonly scripts: ReadonlyMap<Algorithm, ReadonlySet<string>>;
  readonly styles: ReadonlyMap<Algorithm, ReadonlySet<string>>;
}

/**
 * The hashes in the page's own Content-Security-Policy, by directive: script-src(-elem) and
 * style-src(-elem). Astro writes that policy from the scripts and styles it bundled, so a hash in it
 * marks an inline element the site itself wrote.
 */
function pagePolicyHashes(policy: string): PolicyHashes {
  const collect = (names: readonly string[]): Map<Algorithm, Set<string>> => {
    const found = new Map<Algorithm, Set<string>>();
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name === undefined || !names.includes(name.toLowerCase())) continue;
      for (const source of sources) {
        const match = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})'$/.exec(source);
        if (!match?.[1] || !match[2]) continue;
        const algorithm = match[1] as Algorithm;
        const set = found.get(algorithm) ?? new Set<string>();
        set.add(match[2]);
        found.set(algorithm, set);
      }
    }
    return found;
  };
  return { scripts: collect(['script-src', 'script-src-elem']), styles: collect(['style-src', 'style-src-elem']) };
}

const digest = (algorithm: Algorithm, text: string): string =>
  createHash(algorithm).update(text, 'utf8').digest('base64');

/** Whether the page's policy names the hash of this text in any algorithm it uses. */
function isAllowed(text: string, hashes: PolicyHashes['scripts']): boolean {
  for (const [algorithm, set] of hashes) if (set.has(digest(algorithm, text))) return true;
  return false;
}

const sha256 = (text: string): string => `'sha256-${digest('sha256', text)}'`;

/** The hashes of these elements' text, each once, in document order; 'none' for no element. */
const hashList = (elements: readonly Element[]): string =>
  [...new Set(elements.map((e) => sha256(toString(e))))].join(' ') || "'none'";

/**
 * A policy that permits exactly the site's own inline scripts and styles the copy carries and data:
 * images, and nothing from anywhere: an offline copy that tried to load something would be broken
 * anyway.
 */
function setContentSecurityPolicy(tree: Root, head: Element, own: ReadonlySet<Element>): void {
  const ownOf = (tagName: string): Element[] => selectAll(tagName, tree).filter((e) => own.has(e));
  const policy = [
    "default-src 'none'",
    `script-src ${hashList(ownOf('script'))}`,
    `style-src ${hashList(ownOf('style'))}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    // As on the site: no script may write markup from strings (its own scripts never do).
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
  const existing = select('meta[http-equiv="content-security-policy"]', head);
  if (existing) existing.properties['content'] = policy;
  else head.children.unshift(h('meta', { httpEquiv: 'content-security-policy', content: policy }));
}
