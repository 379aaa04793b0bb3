// Page weight of built pages: bytes of HTML, CSS, JavaScript and images (raw and gzip -9), and the
// requests a browser makes for a first render, from the HTML parsed as a hast tree.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export const gzipBytes = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
}

export interface PageWeight {
  readonly page: string;
  readonly file: string;
  /** The HTML document as served, inline CSS, JavaScript and data: images included. */
  readonly html: Bytes;
  /** CSS: inline <style> elements (already inside `html`) and linked stylesheets. */
  readonly css: Bytes & { readonly inline: number; readonly external: number };
  /** JavaScript: inline scripts (inside `html`; JSON-LD excluded) and scripts with src. */
  readonly js: Bytes & { readonly inline: number; readonly external: number };
  /** Images the page loads: <img>, <source srcset>, the icon, url() in CSS; data: URIs are counted in `html`. */
  readonly images: Bytes & { readonly inlineDataUris: number };
  /** External resources a first render requests, besides the document itself. */
  readonly requests: {
    readonly total: number;
    readonly stylesheets: number;
    readonly scripts: number;
    readonly images: number;
    readonly fonts: number;
    /** Stylesheets and classic scripts in <head> without async/defer: they hold up the first paint. */
    readonly renderBlocking: number;
  };
  /** HTML + external CSS + external JS, gzip: what the budget counts as the first visit. */
  readonly firstVisitGzip: number;
  /** firstVisitGzip + images. */
  readonly allInGzip: number;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const bytes = (parts: readonly (string | Uint8Array)[]): Bytes => ({
  raw: sum(parts.map((p) => (typeof p === 'string' ? Buffer.byteLength(p) : p.length))),
  gzip: sum(parts.map(gzipBytes)),
});

const isData = (url: string): boolean => /^data:/i.test(url.trim());
const firstSrcsetUrl = (srcset: string): string => srcset.trim().split(/\s+/)[0] ?? '';

/** url(...) references of a stylesheet, split into fonts (inside @font-face) and others. */
function cssUrls(css: string): { fonts: string[]; others: string[] } {
  const fonts: string[] = [];
  const others: string[] = [];
  const fontFaces = [...css.matchAll(/@font-face\s*{[^}]*}/g)].map((m) => m[0]);
  const urls = (text: string): string[] =>
    [...text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2] ?? '').filter((u) => !isData(u));
  for (const face of fontFaces) fonts.push(...urls(face));
  let rest = css;
  for (const face of fontFaces) rest = rest.replace(face, '');
  others.push(...urls(rest));
  return { fonts, others };
}

/** Weight of the page at `file` (relative to `dist`), as a first visit with an empty cache loads it. */
export function pageWeight(dist: string, file: string, page: string): PageWeight {
  const base = new URL(`http://site/${file}`);
  const served = (url: string): Uint8Array | undefined => {
    const target = new URL(url, base);
    if (target.origin !== base.origin) return undefined;
    const clean = decodeURIComponent(target.pathname).replace(/^\//, '');
    for (const candidate of [clean, path.posix.join(clean, 'index.html')]) {
      const full = path.join(dist, candidate);
      if (full.startsWith(dist) && existsSync(full) && statSync(full).isFile()) return readFileSync(full);
    }
    return undefined;
  };
  const html = readFileSync(path.join(dist, file), 'utf8');
  const tree: Root = fromHtml(html);
  const href = (e: Element, attribute: string): string => String(e.properties[attribute] ?? '');

  const styleLinks = selectAll('link[rel~="stylesheet"][href]', tree).filter((l) => !isData(href(l, 'href')));
  const externalCss = styleLinks.map((l) => served(href(l, 'href')) ?? new Uint8Array());
  const inlineCss = selectAll('style', tree).map((s) => toString(s));

  const isCode = (s: Element): boolean => {
    const type = String(s.properties.type ?? '').toLowerCase();
    return type === '' || type === 'module' || type.includes('javascript');
  };
  const scripts = selectAll('script', tree).filter(isCode);
  const scriptSrc = scripts.filter((s) => s.properties.src !== undefined && !isData(href(s, 'src')));
  const externalJs = scriptSrc.map((s) => served(href(s, 'src')) ?? new Uint8Array());
  const inlineJs = scripts.filter((s) => s.properties.src === undefined).map((s) => toString(s));

  const imageUrls = [
    ...selectAll('img[src]', tree).map((e) => href(e, 'src')),
    ...selectAll('img[srcset]:not([src]), picture > source[srcset]', tree).map((e) =>
      firstSrcsetUrl(href(e, 'srcSet')),
    ),
    ...selectAll('link[rel~="icon"][href], link[rel~="apple-touch-icon"][href]', tree).map((e) => href(e, 'href')),
    ...selectAll('video[poster]', tree).map((e) => href(e, 'poster')),
  ];
  const inlineDataUris = sum(imageUrls.filter(isData).map((u) => u.length));
  const allCss = [...inlineCss, ...externalCss.map((c) => Buffer.from(c).toString('utf8'))].join('\n');
  const { fonts: fontUrls, others: cssImageUrls } = cssUrls(allCss);
  const fontLinks = selectAll('link[rel~="preload"][as="font"][href]', tree).map((e) => href(e, 'href'));
  const fonts = [...new Set([...fontUrls, ...fontLinks.filter((u) => !isData(u))])];
  const externalImageUrls = [...new Set([...imageUrls, ...cssImageUrls].filter((u) => u !== '' && !isData(u)))];
  const imageFiles = externalImageUrls.map((u) => served(u) ?? new Uint8Array());

  const head = selectAll('head link[rel~="stylesheet"], head script[src]', tree);
  const renderBlocking = head.filter((e) => {
    if (e.tagName === 'link') return !isData(href(e, 'href'));
    const type = String(e.properties.type ?? '').toLowerCase();
    return e.properties.async === undefined && e.properties.defer === undefined && type !== 'module';
  }).length;

  const htmlBytes = bytes([html]);
  const css = bytes([...inlineCss, ...externalCss]);
  const js = bytes([...inlineJs, ...externalJs]);
  const images = bytes(imageFiles);
  const firstVisitGzip = htmlBytes.gzip + sum(externalCss.map(gzipBytes)) + sum(externalJs.map(gzipBytes));
  return {
    page,
    file,
    html: htmlBytes,
    css: { ...css, inline: sum(inlineCss.map((c) => Buffer.byteLength(c))), external: externalCss.length },
    js: { ...js, inline: sum(inlineJs.map((c) => Buffer.byteLength(c))), external: externalJs.length },
    images: { ...images, inlineDataUris },
    requests: {
      total: styleLinks.length + scriptSrc.length + externalImageUrls.length + fonts.length,
      stylesheets: styleLinks.length,
      scripts: scriptSrc.length,
      images: externalImageUrls.length,
      fonts: fonts.length,
      renderBlocking,
    },
    firstVisitGzip,
    allInGzip: firstVisitGzip + images.gzip,
  };
}
