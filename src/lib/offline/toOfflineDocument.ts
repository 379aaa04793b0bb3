import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { parsePublicationDate } from '../dates/publicationDate.ts';
import { displayPublicationDate } from '../present/dates.ts';

/** Reads a file of the built site by its site-relative path ("/favicon.svg"), or undefined. */
export type ReadAsset = (sitePath: string) => Uint8Array | undefined;

export interface OfflineOptions {
  /** The site's public origin; links to other pages of the site become absolute on it. */
  readonly site: URL;
  /** The site-relative path of the page being exported ("/explainers/<slug>/"). */
  readonly pagePath: string;
  readonly readAsset: ReadAsset;
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
 */
export function toOfflineDocument(tree: Root, options: OfflineOptions): void {
  const { site, pagePath, readAsset } = options;
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

  // Tags for crawlers and link-preview bots, and the page's own download link, have no use offline.
  remove(tree, (node) => {
    if (node.type !== 'element') return false;
    const el = node as Element;
    const property = String(el.properties['property'] ?? el.properties['name'] ?? '');
    return (
      (el.tagName === 'meta' && /^(og:|twitter:|article:)/.test(property)) ||
      (el.tagName === 'link' && relOf(el).includes('alternate')) ||
      el.properties['dataOfflineLink'] !== undefined
    );
  });

  for (const link of selectAll('link[rel~="stylesheet"][href]', head)) {
    const css = Buffer.from(
      asset(sitePath(String(link.properties['href']), site, pagePath) ?? '', 'stylesheet'),
    ).toString('utf8');
    // The <link> becomes the <style> in place, wherever it stands.
    Object.assign(link, h('style', css));
  }
  for (const icon of selectAll('link[rel~="icon"][href]', head)) {
    icon.properties['href'] = dataUri(String(icon.properties['href']), 'icon');
  }
  for (const script of selectAll('script[src]', tree)) {
    const path = sitePath(String(script.properties['src']), site, pagePath);
    if (path === undefined)
      throw new Error(`offline export of ${pagePath}: external script ${String(script.properties['src'])}`);
    const { src: _src, ...rest } = script.properties;
    script.properties = rest;
    script.children = [{ type: 'text', value: Buffer.from(asset(path, 'script')).toString('utf8') }];
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
  (main ?? body).children.unshift(provenance(canonical, modified, locale));
  setContentSecurityPolicy(tree, head);
}

function relOf(el: Element): string[] {
  const rel: unknown = el.properties['rel'];
  return Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
}

/** The site-relative path a URL in the page refers to, or undefined when it is on another origin. */
function sitePath(url: string, site: URL, pagePath: string): string | undefined {
  const resolved = new URL(url, new URL(pagePath, site));
  return resolved.origin === site.origin ? decodeURIComponent(resolved.pathname) : undefined;
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

function provenance(canonical: string, modified: string, locale: string): Element {
  const version = parsePublicationDate(modified).ok
    ? (() => {
        const date = displayPublicationDate(modified, locale);
        return [', version of ', h('time', { dateTime: date.datetime }, date.text)];
      })()
    : [];
  return h('p', { className: ['provenance'] }, [
    'Saved from ',
    h('a', { href: canonical }, canonical),
    ...version,
    '.',
  ]);
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A policy that permits exactly the inline scripts and styles the document carries and data: images,
 * and nothing from anywhere: an offline copy that tried to load something would be broken anyway.
 */
function setContentSecurityPolicy(tree: Root, head: Element): void {
  const scripts = selectAll('script', tree).filter((s) => s.properties['type'] !== 'application/ld+json');
  const styles = selectAll('style', tree);
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.map((s) => sha256(toString(s))).join(' ') || "'none'"}`,
    `style-src ${styles.map((s) => sha256(toString(s))).join(' ') || "'none'"}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const existing = select('meta[http-equiv="content-security-policy"]', head);
  if (existing) existing.properties['content'] = policy;
  else head.children.unshift(h('meta', { httpEquiv: 'content-security-policy', content: policy }));
}
