#!/usr/bin/env node
// Checks the Content-Security-Policy of every built page (run after `npm run build`). The site's pages
// carry the policy astro.config.mjs asks Astro for: everything closed but the pages' own scripts,
// styles and images, and nothing in them that the policy would block. Each offline copy allows exactly
// the inline scripts and styles it carries, and each of those is one the site itself ships: its hash is
// in the explainer's own policy, or it is a file of the build. HTML is parsed with hast.
// `node tests/output/csp.mjs` runs these checks alone.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { dist, htmlFiles, runAlone, shown, walk } from './support.mjs';

/** Directives every site page must carry, each with exactly these sources. */
export const SITE_DIRECTIVES = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'child-src': ["'none'"],
  'worker-src': ["'none'"],
  // Same-origin requests only: Lighthouse (and search engines' tools) read /robots.txt from the page.
  'connect-src': ["'self'"],
  'font-src': ["'none'"],
  'media-src': ["'none'"],
  'manifest-src': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ["'none'"],
};

/** What the offline copy's policy says besides its hashes. */
const OFFLINE_DIRECTIVES = {
  'default-src': ["'none'"],
  'img-src': ['data:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ["'none'"],
};

/** Browsers ignore these in a <meta> policy: one there would only look like protection. */
const META_IGNORED = ['frame-ancestors', 'report-uri', 'sandbox'];

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/**
 * The search page runs Pagefind, whose search is WebAssembly: its script-src alone may add
 * 'wasm-unsafe-eval' (compiling WebAssembly, never a string of JavaScript). Its one search form is
 * answered by the page's script and never sent (form-action stays 'none'; without scripts it is hidden).
 */
const SEARCH_PAGE = 'search/index.html';
const SEARCH_SCRIPT_SOURCES = ["'wasm-unsafe-eval'"];

/** The page's <meta> policy as a map of directive name to its sources, or undefined. */
export function policyOf(tree) {
  const meta = select('head > meta[http-equiv="content-security-policy"]', tree);
  if (!meta) return undefined;
  const policy = new Map();
  for (const directive of String(meta.properties.content).split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const sameSet = (a, b) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
/** Inline elements the policy governs: scripts that run (JSON-LD is data), and styles. */
const inlineScripts = (tree) =>
  selectAll('script:not([src])', tree).filter((s) => s.properties.type !== 'application/ld+json');

export default function csp(report) {
  const check = (ok, message) => report.check(ok, message);
  const files = htmlFiles();
  const pages = new Map(files.map((f) => [f, fromHtml(readFileSync(join(dist, f), 'utf8'))]));
  // The hashes of every script and stylesheet file of the build: the site's own, once inlined.
  const bundleHashes = new Set(
    walk(dist)
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => sha256(readFileSync(f, 'utf8'))),
  );

  for (const [file, tree] of pages) {
    const where = shown(file);
    const policy = policyOf(tree);
    if (!check(policy !== undefined, `${where}: no Content-Security-Policy <meta> in <head>`)) continue;

    // A <meta> policy governs only what comes after it: it must come before every script and style.
    // (Astro writes it at the end of <head>, after the site's own favicon link, which it allows anyway.)
    const all = selectAll('*', tree);
    const metaAt = all.indexOf(select('head > meta[http-equiv="content-security-policy"]', tree));
    // JSON-LD is data, never run, so it may come first.
    const governed = new Set(
      selectAll('script, style, link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], img', tree),
    );
    const first = all.find((e) => governed.has(e) && e.properties.type !== 'application/ld+json');
    check(
      first === undefined || metaAt < all.indexOf(first),
      `${where}: the CSP <meta> comes after a <${first?.tagName}> it should govern`,
    );
    for (const name of META_IGNORED) {
      check(!policy.has(name), `${where}: CSP has ${name}, which a <meta> policy cannot carry`);
    }
    for (const name of ['script-src', 'style-src']) {
      const sources = policy.get(name) ?? [];
      check(sources.length > 0, `${where}: CSP has no ${name}`);
      const allowed = name === 'script-src' && file === SEARCH_PAGE ? SEARCH_SCRIPT_SOURCES : [];
      const loose = sources.filter((s) => s !== "'self'" && s !== "'none'" && !HASH.test(s) && !allowed.includes(s));
      check(loose.length === 0, `${where}: CSP ${name} allows more than its own hashes: ${loose.join(' ')}`);
    }

    if (file.endsWith('/offline.html')) {
      for (const [name, sources] of Object.entries(OFFLINE_DIRECTIVES)) {
        check(sameSet(policy.get(name) ?? [], sources), `${where}: CSP ${name} is not ${sources.join(' ')}`);
      }
      // Exactly the hashes of what it carries: nothing it carries goes unhashed, no hash is spare.
      const page = pages.get(file.replace(/offline\.html$/, 'index.html'));
      const pageHashes = new Set(['script-src', 'style-src'].flatMap((n) => (page && policyOf(page)?.get(n)) ?? []));
      for (const [name, elements] of [
        ['script-src', inlineScripts(tree)],
        ['style-src', selectAll('style', tree)],
      ]) {
        const carried = [...new Set(elements.map((e) => sha256(toString(e))))];
        const listed = (policy.get(name) ?? []).filter((s) => s !== "'none'");
        check(
          sameSet(listed, carried),
          `${where}: CSP ${name} lists ${listed.length} hashes for the ${carried.length} it carries`,
        );
        const foreign = carried.filter((h) => !pageHashes.has(h) && !bundleHashes.has(h));
        check(foreign.length === 0, `${where}: ${foreign.length} inline ${name} elements the site does not ship`);
      }
      check(selectAll('script[src], link[rel~="stylesheet"]', tree).length === 0, `${where}: loads a file`);
    } else {
      for (const [name, sources] of Object.entries(SITE_DIRECTIVES)) {
        check(sameSet(policy.get(name) ?? [], sources), `${where}: CSP ${name} is not ${sources.join(' ')}`);
      }
      // Everything the page runs or applies is allowed by its own policy, so the policy breaks nothing.
      for (const [name, elements] of [
        ['script-src', inlineScripts(tree)],
        ['style-src', selectAll('style', tree)],
      ]) {
        const listed = new Set(policy.get(name) ?? []);
        const blocked = elements.filter((e) => !listed.has(sha256(toString(e))));
        check(blocked.length === 0, `${where}: ${blocked.length} inline ${name} elements its CSP would block`);
      }
      const images = selectAll('img[src]', tree).map((i) => String(i.properties.src));
      const foreignImages = images.filter((src) => !src.startsWith('data:') && /^([a-z][a-z0-9+.-]*:)?\/\//i.test(src));
      check(foreignImages.length === 0, `${where}: images its CSP would block: ${foreignImages.join(' ')}`);
      const forms = file === SEARCH_PAGE ? 'form:not([role="search"][method="get"])' : 'form';
      const closed = selectAll(
        `iframe, frame, object, embed, audio, video, ${forms}, base, link[rel~="manifest"]`,
        tree,
      );
      check(closed.length === 0, `${where}: <${closed[0]?.tagName}> that its CSP closes`);
    }
    // Inline handlers and style attributes run only with 'unsafe-inline'/'unsafe-hashes': none is allowed.
    const inline = selectAll('*', tree).filter((e) =>
      Object.keys(e.properties).some((k) => /^on/i.test(k) || k === 'style'),
    );
    check(inline.length === 0, `${where}: ${inline.length} elements with inline handlers or style attributes`);
  }
  console.log(`CSP of ${files.length} pages checked`);
}

if (import.meta.main) await runAlone(csp);
