#!/usr/bin/env node
// Checks the built site in dist/ (run after `npm run build`): every page is complete and linked, links
// to other sites are opened safely, and the explainer stays within its byte budget. HTML is parsed with
// hast, never matched with patterns. Each check adds one pass or one failure to the shared report
// (tests/output/run.mjs prints the total); `node tests/output/checkBuild.mjs` runs these checks alone.
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { dist, relativePath, runAlone, walk } from './support.mjs';

/** Bytes (gzip -9) a first visit to an explainer may cost: HTML with its CSS and JavaScript. */
export const EXPLAINER_BUDGET = 15 * 1024;
export const JAVASCRIPT_BUDGET = 2 * 1024;

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The site's origin, from the home page's canonical link (absolute, built from SITE_URL). */
function siteOrigin(pages) {
  const href = select('link[rel~="canonical"]', pages.get('index.html') ?? { type: 'root', children: [] })?.properties
    .href;
  try {
    return new URL(String(href)).origin;
  } catch {
    return undefined;
  }
}

/** `rel` as a list of lower-case tokens (hast gives an array, or nothing). */
const relTokens = (element) => [element.properties.rel ?? []].flat().map((t) => String(t).toLowerCase());

export default function checkBuild(report) {
  const check = (ok, message) => report.check(ok, message);
  const files = walk(dist).map((f) => relativePath(dist, f));
  const fileSet = new Set(files);
  check(fileSet.has('index.html'), 'dist/index.html is missing (home page)');
  check(fileSet.has('404.html'), 'dist/404.html is missing (not-found page)');
  const explainerPages = files.filter((f) => /^explainers\/[^/]+\/index\.html$/.test(f));
  check(explainerPages.length > 0, 'no dist/explainers/*/index.html: no explainer page was built');

  const pages = new Map(
    files.filter((f) => f.endsWith('.html')).map((f) => [f, fromHtml(readFileSync(join(dist, f), 'utf8'))]),
  );
  const idsOf = new Map(
    [...pages].map(([f, tree]) => [f, new Set(selectAll('[id]', tree).map((e) => e.properties.id))]),
  );

  /** The built file a site-relative URL is served from, or undefined. */
  function servedFile(pathname) {
    const clean = decodeURIComponent(pathname).replace(/^\//, '');
    for (const candidate of [clean, posix.join(clean, 'index.html')]) if (fileSet.has(candidate)) return candidate;
    return undefined;
  }

  const origin = siteOrigin(pages) ?? 'http://site.invalid';
  check(
    origin !== 'http://site.invalid',
    'index.html: no absolute <link rel="canonical"> to tell the site origin from',
  );

  for (const [file, tree] of pages) {
    const html = select('html', tree);
    check(Boolean(html?.properties.lang), `${file}: <html> has no lang`);
    check(selectAll('h1', tree).length === 1, `${file}: needs exactly one <h1>`);
    check(toString(select('title', tree) ?? tree).trim().length > 0, `${file}: <title> is empty`);
    check(Boolean(select('meta[name="description"]', tree)?.properties.content), `${file}: no meta description`);

    const csp = select('meta[http-equiv="content-security-policy"]', tree)?.properties.content ?? '';
    const scriptSrc = String(csp)
      .split(';')
      .find((d) => d.trim().startsWith('script-src'));
    check(Boolean(scriptSrc), `${file}: no Content-Security-Policy with script-src`);
    check(!String(scriptSrc).includes("'unsafe-inline'"), `${file}: CSP allows 'unsafe-inline' scripts`);

    for (const a of selectAll('a[href]', tree)) {
      const href = String(a.properties.href);
      const url = new URL(href, `${origin}/${file}`);
      if (url.origin !== origin) {
        // Another site: it must not get a handle on this page (window.opener) when it opens.
        if (/^https?:$/.test(url.protocol)) {
          check(relTokens(a).includes('noopener'), `${file}: external link ${href} has no rel="noopener"`);
        }
        continue;
      }
      // Site links, relative or absolute (the offline copy links to the published site).
      const target = url.pathname === `/${file}` ? file : servedFile(url.pathname);
      check(target !== undefined, `${file}: link ${href} leads to no built page`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (target !== undefined && fragment !== '') {
        check(idsOf.get(target)?.has(fragment) ?? false, `${file}: link ${href} points to no element id="${fragment}"`);
      }
    }
    // Link-preview images are written beside the build (not as pages): each one a page names must be there.
    for (const meta of selectAll('meta[property="og:image"], meta[name="twitter:image"]', tree)) {
      const url = new URL(String(meta.properties.content), `${origin}/${file}`);
      check(url.origin === origin, `${file}: preview image ${url.href} is not on the site`);
      const image = servedFile(url.pathname);
      check(
        image !== undefined && readFileSync(join(dist, image)).subarray(1, 4).toString('latin1') === 'PNG',
        `${file}: preview image ${url.pathname} is not a PNG in the build`,
      );
    }
    const ids = selectAll('[id]', tree).map((e) => e.properties.id);
    check(new Set(ids).size === ids.length, `${file}: duplicate ids ${ids.filter((id, i) => ids.indexOf(id) !== i)}`);
  }

  for (const file of explainerPages) {
    const tree = pages.get(file);
    const dir = dirname(file);
    // Everything a first visit loads before it can render: the HTML, its stylesheets and scripts.
    let scripts = selectAll('script', tree)
      .filter((s) => s.properties.type !== 'application/ld+json')
      .map((s) =>
        s.properties.src
          ? readFileSync(
              join(dist, servedFile(new URL(String(s.properties.src), `http://site/${dir}/`).pathname) ?? ''),
              'utf8',
            )
          : toString(s),
      )
      .join('\n');
    const styles = selectAll('link[rel~="stylesheet"]', tree).map((l) =>
      readFileSync(
        join(dist, servedFile(new URL(String(l.properties.href), `http://site/${dir}/`).pathname) ?? ''),
        'utf8',
      ),
    );
    const html = readFileSync(join(dist, file), 'utf8');
    const total =
      gzip(html) +
      styles.reduce((sum, css) => sum + gzip(css), 0) +
      (selectAll('script[src]', tree).length ? gzip(scripts) : 0);
    check(
      total <= EXPLAINER_BUDGET,
      `${file}: first visit is ${total} bytes gzip, over the ${EXPLAINER_BUDGET} budget`,
    );
    check(
      gzip(scripts) <= JAVASCRIPT_BUDGET,
      `${file}: JavaScript is ${gzip(scripts)} bytes gzip, over ${JAVASCRIPT_BUDGET}`,
    );
    check(styles.length <= 1, `${file}: ${styles.length} stylesheets block rendering; at most one`);
    const fontRequests = selectAll('link[href]', tree).filter((l) =>
      /\.(woff2?|ttf|otf)$|fonts\./.test(String(l.properties.href)),
    );
    const inlineCss =
      selectAll('style', tree)
        .map((s) => toString(s))
        .join('\n') + styles.join('\n');
    check(fontRequests.length === 0 && !inlineCss.includes('@font-face'), `${file}: requests a web font`);
    console.log(`${file}: ${total} bytes gzip first visit (JavaScript ${gzip(scripts)})`);
  }
}

if (import.meta.main) await runAlone(checkBuild);
