import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { toOfflineDocument } from '../../../src/lib/offline/toOfflineDocument';

const site = new URL('https://news.example.com');
const pagePath = '/explainers/pause/';
const files: Record<string, string> = {
  '/_astro/page.css': 'body{color:red}',
  '/_astro/page.js': 'console.log(1)',
  '/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '/explainers/pause/map.png': 'PNGDATA',
};
const readAsset = (path: string): Uint8Array | undefined =>
  files[path] === undefined ? undefined : new TextEncoder().encode(files[path]);

const page = `<!doctype html><html lang="en-GB"><head>
<meta http-equiv="content-security-policy" content="script-src 'self'">
<link rel="canonical" href="https://news.example.com/explainers/pause/">
<link rel="stylesheet" href="/_astro/page.css"><link rel="icon" href="/favicon.svg">
<link rel="alternate" type="application/rss+xml" href="/rss.xml">
<meta property="og:title" content="x"><meta name="twitter:card" content="summary">
<meta property="article:modified_time" content="2025-03-06">
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
</head><body><main><h1>Pause</h1>
<p data-offline-link><a href="offline.html" download="pause.html">Download</a></p>
<a href="#quote-a">in page</a> <a href="/explainers/pause/#event-b">same page</a>
<a href="/">home</a> <a href="share/quote-a/">share</a> <a href="https://other.example/x">elsewhere</a>
<img src="map.png" srcset="map.png 1x, map@2x.png 2x" alt="Map">
<script type="module" src="/_astro/page.js"></script>
</main></body></html>`;

function exported(): Root {
  const tree = fromHtml(page);
  toOfflineDocument(tree, { site, pagePath, readAsset });
  return tree;
}

const hrefs = (tree: Root): string[] => selectAll('a[href]', tree).map((a) => String(a.properties['href']));
const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('toOfflineDocument', () => {
  it('inlines the stylesheet, the script, the icon and images, keeping one file per image', () => {
    const tree = exported();
    expect(selectAll('link[rel~="stylesheet"]', tree)).toHaveLength(0);
    expect(toString(select('style', tree)!)).toBe('body{color:red}');
    const script = select('script[type="module"]', tree)!;
    expect(script.properties['src']).toBeUndefined();
    expect(toString(script)).toBe('console.log(1)');
    expect(String(select('link[rel~="icon"]', tree)!.properties['href'])).toMatch(/^data:image\/svg\+xml;base64,/);
    const img = select('img', tree)!;
    expect(img.properties['src']).toBe(`data:image/png;base64,${Buffer.from('PNGDATA').toString('base64')}`);
    expect(img.properties['srcSet']).toBeUndefined();
  });

  it('keeps in-page anchors, shortens links to this page, and makes other site links absolute', () => {
    expect(hrefs(exported())).toEqual([
      'https://news.example.com/explainers/pause/', // the provenance line, first in <main>
      '#quote-a',
      '#event-b',
      'https://news.example.com/',
      'https://news.example.com/explainers/pause/share/quote-a/',
      'https://other.example/x',
    ]);
  });

  it('drops bot-only tags and the download link, keeps canonical and JSON-LD, and says where it came from', () => {
    const tree = exported();
    expect(selectAll('meta[property^="og:"], meta[name^="twitter:"], link[rel~="alternate"]', tree)).toHaveLength(0);
    expect(selectAll('[data-offline-link]', tree)).toHaveLength(0);
    expect(select('link[rel~="canonical"]', tree)).toBeTruthy();
    expect(select('script[type="application/ld+json"]', tree)).toBeTruthy();
    const provenance = select('main > .provenance', tree)!;
    expect(toString(provenance)).toBe(
      'Saved from https://news.example.com/explainers/pause/, version of 6 March 2025.',
    );
    expect(select('time', provenance)!.properties['dateTime']).toBe('2025-03-06');
  });

  it('allows exactly its own inline scripts and styles, data: images, and no request', () => {
    const csp = String(select('meta[http-equiv="content-security-policy"]', exported())!.properties['content']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${sha('console.log(1)')};`);
    expect(csp).toContain(`style-src ${sha('body{color:red}')};`);
    expect(csp).toContain('img-src data:');
  });

  it('stops with the page and the file when something it references is not in the build', () => {
    const tree = fromHtml(page.replace('/_astro/page.js', '/_astro/missing.js'));
    expect(() => toOfflineDocument(tree, { site, pagePath, readAsset })).toThrow(
      '/explainers/pause/: script /_astro/missing.js is not in the build',
    );
  });
});
