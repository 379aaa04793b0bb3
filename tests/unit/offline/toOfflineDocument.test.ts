import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
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
</head><body><header><nav aria-label="Site" data-online-only><a href="/search/">Search</a></nav></header><main><h1>Pause</h1>
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
    // The site's navigation (search, lists of other pages) is for the site, not the saved copy.
    expect(selectAll('[data-online-only], nav', tree)).toHaveLength(0);
    expect(select('header', tree)).toBeTruthy();
    expect(select('link[rel~="canonical"]', tree)).toBeTruthy();
    expect(select('script[type="application/ld+json"]', tree)).toBeTruthy();
    const provenance = select('main > .provenance', tree)!;
    expect(toString(provenance)).toBe(
      'Saved from https://news.example.com/explainers/pause/, version of 6 March 2025.',
    );
    expect(select('time', provenance)!.properties['dateTime']).toBe('2025-03-06');
  });

  it('names the version’s commit after its date, linked to where the versions page lists it', () => {
    const tree = fromHtml(page);
    const href = 'https://news.example.com/explainers/pause/changes/#version-ed8dc0e';
    toOfflineDocument(tree, {
      site,
      pagePath,
      readAsset,
      version: { commit: 'ed8dc0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7', href },
    });
    const provenance = select('main > .provenance', tree)!;
    expect(toString(provenance)).toBe(
      'Saved from https://news.example.com/explainers/pause/, version of 6 March 2025 (commit ed8dc0e).',
    );
    expect(select('a:has(code)', provenance)!.properties['href']).toBe(href);
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

// What Astro writes: inline scripts and styles, each named by its hash in the page's own policy.
const siteScript = 'document.documentElement.dataset.js = "1"';
const siteStyle = 'main{max-width:40rem}';
const hash = (algorithm: string, text: string): string =>
  `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
const pagePolicy = (algorithm = 'sha256'): string =>
  `default-src 'self'; script-src 'self' ${hash(algorithm, siteScript)}; style-src 'self' ${hash(algorithm, siteStyle)}`;

/** A built page with everything a story might smuggle into its body, were it ever let through. */
const hostile = (policy: string | null): string => `<!doctype html><html lang="en-GB"><head>
${policy === null ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`}
<link rel="stylesheet" href="/_astro/page.css"><style>${siteStyle}</style>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
</head><body><header><nav aria-label="Site" data-online-only><a href="/search/">Search</a></nav></header><main><h1>Pause</h1>
<p>Story prose <script>alert('inline')</script><style>body{display:none}</style>
<img src="map.png" alt="Map" onerror="alert('handler')"><a href="#x" onclick="alert('click')">x</a>
<svg><script>alert('svg')</script><style>svg{fill:red}</style></svg>
<script src="https://evil.example/x.js"></script><script src="/explainers/pause/evil.js"></script>
<script type="speculationrules">{"prefetch":[{"urls":["https://evil.example/"]}]}</script>
<script type="application/ld+json">{"@type":"Hostile"}</script>
<link rel="stylesheet" href="https://evil.example/x.css"><link rel="stylesheet" href="/_astro/page.css">
<meta http-equiv="refresh" content="0; url=https://evil.example/"></p>
<script type="module" src="/_astro/page.js"></script><script type="module">${siteScript}</script>
</main></body></html>`;

function exportedHostile(policy: string | null = pagePolicy()): Root {
  const tree = fromHtml(hostile(policy));
  toOfflineDocument(tree, {
    site,
    pagePath,
    readAsset: (path) =>
      path === '/explainers/pause/evil.js' ? new TextEncoder().encode('alert(1)') : readAsset(path),
  });
  return tree;
}

/** The copy's policy as a map of directive to its sources. */
function policyOf(tree: Root): Map<string, string[]> {
  const content = String(select('meta[http-equiv="content-security-policy"]', tree)!.properties['content']);
  return new Map(
    content.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const executable = (tree: Root) =>
  selectAll('script', tree).filter((s) => s.properties['type'] !== 'application/ld+json');

describe('toOfflineDocument with a page that carries more than the site wrote', () => {
  it('keeps only the scripts and styles the site ships, and its policy hashes exactly those', () => {
    const tree = exportedHostile();
    expect(executable(tree).map((s) => toString(s))).toEqual(['console.log(1)', siteScript]);
    expect(selectAll('style', tree).map((s) => toString(s))).toEqual(['body{color:red}', siteStyle]);
    const policy = policyOf(tree);
    expect(policy.get('script-src')).toEqual([sha('console.log(1)'), sha(siteScript)]);
    expect(policy.get('style-src')).toEqual([sha('body{color:red}'), sha(siteStyle)]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
  });

  it('drops every script, style, stylesheet link, handler and refresh the site did not write', () => {
    const tree = exportedHostile();
    const html = toHtml(tree);
    for (const smuggled of ['inline', 'handler', 'click', "'svg'", 'display:none', 'fill:red', 'evil.example']) {
      expect(html).not.toContain(smuggled);
    }
    expect(html).not.toContain('alert(');
    expect(selectAll('link[rel~="stylesheet"], meta[http-equiv="refresh"]', tree)).toHaveLength(0);
    expect(selectAll('[onerror], [onclick]', tree)).toHaveLength(0);
    // What is around them stays: the prose, the image, the link.
    expect(toString(select('main p:not(.provenance)', tree)!)).toContain('Story prose');
    expect(select('img[alt="Map"]', tree)!.properties['src']).toMatch(/^data:image\/png;base64,/);
    expect(select('a[href="#x"]', tree)).toBeTruthy();
    // JSON-LD is data, never run: kept, and never hashed.
    expect(selectAll('script[type="application/ld+json"]', tree)).toHaveLength(2);
  });

  it('matches the page policy in the algorithm it uses', () => {
    const tree = exportedHostile(pagePolicy('sha384'));
    expect(executable(tree).map((s) => toString(s))).toEqual(['console.log(1)', siteScript]);
    expect(policyOf(tree).get('script-src')).toEqual([sha('console.log(1)'), sha(siteScript)]);
  });

  it("stops when the page has no policy of its own to tell the site's scripts and styles by", () => {
    expect(() => exportedHostile(null)).toThrow(
      '/explainers/pause/: the page has no Content-Security-Policy <meta> in its <head>',
    );
  });

  it('says "none" when nothing may run', () => {
    const tree = fromHtml(
      `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="${pagePolicy()}">
      <title>t</title></head><body><main><script>alert(1)</script><style>p{}</style></main></body></html>`,
    );
    toOfflineDocument(tree, { site, pagePath, readAsset });
    expect(policyOf(tree).get('script-src')).toEqual(["'none'"]);
    expect(policyOf(tree).get('style-src')).toEqual(["'none'"]);
    expect(executable(tree)).toHaveLength(0);
  });

  it('refuses a path that climbs out of the site once decoded', () => {
    const tree = fromHtml(page.replace('src="map.png"', 'src="/_astro/..%2F..%2Fsecret.png"'));
    expect(() => toOfflineDocument(tree, { site, pagePath, readAsset })).toThrow(
      '/explainers/pause/: /_astro/..%2F..%2Fsecret.png leaves the site',
    );
  });
});
