import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskCache, type DiskCache } from '../../../src/lib/build/diskCache';
import { cachedExportOfflinePage, type KeptValue } from '../../../src/lib/offline/cachedExport';
import { exportOfflinePage, OFFLINE_FILE } from '../../../src/lib/offline/exportPage';

// A page as Astro writes it, its download link's size slot still empty (as in exportPage.test.ts).
const ASTRO_PAGE = `<!doctype html><html lang="en-GB"><head>
<meta http-equiv="content-security-policy" content="script-src 'self'"><title>Pause</title>
<link rel="stylesheet" href="/_astro/page.css"></head><body><main><h1>Pause &amp; after</h1>
<p data-offline-link><a href="offline.html" download="pause.html">Download for offline reading <span data-offline-size></span></a></p>
<p>Rest of the story, “quoted”.</p></main></body></html>`;
const SITE = 'https://news.example.com/';
const OTHER_SITE = 'https://mirror.example.org/';
const COMMIT = '05fe4b9d0c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a';
const OTHER_COMMIT = 'ed8dc0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7';
const SITE_CODE = 'site-code-1';

let root: string;

/** A dist/ with one explainer, "pause", and its stylesheet. */
function makeDist(name: string, page = ASTRO_PAGE): string {
  const dist = path.join(root, name);
  mkdirSync(path.join(dist, 'explainers/pause'), { recursive: true });
  mkdirSync(path.join(dist, '_astro'));
  writeFileSync(path.join(dist, '_astro/page.css'), 'body{color:#222}');
  writeFileSync(path.join(dist, 'explainers/pause/index.html'), page);
  return dist;
}

const pageOf = (dist: string): string => readFileSync(path.join(dist, 'explainers/pause/index.html'), 'utf8');
const offlineOf = (dist: string): string => readFileSync(path.join(dist, 'explainers/pause', OFFLINE_FILE), 'utf8');

/** What exportOfflinePage makes of Astro's page in a dist of its own: what the cache must reproduce. */
let freshDists = 0;
function freshExport(site: string, commit?: string): { size: string; page: string; offline: string } {
  const dist = makeDist(`fresh-${++freshDists}`);
  const { size } = exportOfflinePage(dist, 'pause', site, commit);
  return { size, page: pageOf(dist), offline: offlineOf(dist) };
}

/** The real disk cache, counting the exports it found (not the pointers to them) and the exports it stored. */
function counting(cache: DiskCache<KeptValue>): DiskCache<KeptValue> & { hits: number; sets: number } {
  const counted = {
    ...cache,
    hits: 0,
    sets: 0,
    get(key: string) {
      const found = cache.get(key);
      if (found !== undefined && !('sameAs' in found)) counted.hits++;
      return found;
    },
    set(key: string, value: KeptValue) {
      if (!('sameAs' in value)) counted.sets++;
      cache.set(key, value);
    },
  };
  return counted;
}

let dist: string;
let cache: ReturnType<typeof counting>;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cached-export-'));
  dist = makeDist('dist');
  cache = counting(diskCache<KeptValue>(path.join(root, 'cache')));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('cachedExportOfflinePage', () => {
  it('writes the offline copy and the size into the page exactly as exportOfflinePage does', () => {
    const fresh = freshExport(SITE, COMMIT);
    const { size } = cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    expect(size).toBe(fresh.size);
    expect(size).toMatch(/^\d+ KB$/);
    expect(offlineOf(dist)).toBe(fresh.offline);
    expect(pageOf(dist)).toBe(fresh.page);
    expect(pageOf(dist)).toBe(ASTRO_PAGE.replace('<span data-offline-size>', `<span data-offline-size>(${size})`));
    expect(cache.hits).toBe(0);
  });

  it('re-uses the export for the page as the last export left it: same size, both files byte for byte the same', () => {
    const first = cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    const [page, offline] = [pageOf(dist), offlineOf(dist)];
    const sets = cache.sets;

    const second = cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    expect(second.size).toBe(first.size);
    expect(cache.hits).toBe(1);
    expect(cache.sets).toBe(sets);
    expect(pageOf(dist)).toBe(page);
    expect(offlineOf(dist)).toBe(offline);
  });

  it('names the keys it used, so that a build keeping only those still finds the export from either page', () => {
    const astroPage = pageOf(dist);
    const first = cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    const folder = path.join(root, 'cache');
    writeFileSync(path.join(folder, 'an-earlier-build'), 'stale');
    diskCache<KeptValue>(folder).prune(first.keys);
    expect(readdirSync(folder).sort()).toEqual([...new Set(first.keys)].sort());
    const hits = cache.hits;
    cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    writeFileSync(path.join(dist, 'explainers/pause/index.html'), astroPage);
    cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    expect(cache.hits).toBe(hits + 2);
  });

  it('re-uses the export when Astro has written its own page again, and patches it as a fresh export would', () => {
    cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    const sets = cache.sets;
    writeFileSync(path.join(dist, 'explainers/pause/index.html'), ASTRO_PAGE);

    const { size } = cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    expect(cache.hits).toBe(1);
    expect(cache.sets).toBe(sets);
    const fresh = freshExport(SITE, COMMIT);
    expect(size).toBe(fresh.size);
    expect(pageOf(dist)).toBe(fresh.page);
    expect(offlineOf(dist)).toBe(fresh.offline);
  });

  it('writes the offline copy again from the cache when it was deleted or altered', () => {
    cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    const offline = offlineOf(dist);
    const offlineFile = path.join(dist, 'explainers/pause', OFFLINE_FILE);
    const sets = cache.sets;

    rmSync(offlineFile);
    cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    expect(offlineOf(dist)).toBe(offline);

    // Same size, other bytes.
    writeFileSync(offlineFile, offline.replace('body{color:#222}', 'body{color:#666}'));
    expect(Buffer.byteLength(offlineOf(dist))).toBe(Buffer.byteLength(offline));
    cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    expect(offlineOf(dist)).toBe(offline);

    expect(cache.hits).toBe(2);
    expect(cache.sets).toBe(sets);
  });

  it('exports again for another site address, and the copy says where it was saved from', () => {
    cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    const offline = offlineOf(dist);
    const hits = cache.hits;

    const { size } = cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', OTHER_SITE, COMMIT);
    expect(cache.hits).toBe(hits);
    const fresh = freshExport(OTHER_SITE, COMMIT);
    expect(size).toBe(fresh.size);
    expect(offlineOf(dist)).toBe(fresh.offline);
    expect(pageOf(dist)).toBe(fresh.page);
    expect(offlineOf(dist)).not.toBe(offline);
    expect(offlineOf(dist)).toContain('https://mirror.example.org/explainers/pause/');
    expect(offlineOf(dist)).not.toContain('https://news.example.com/');
  });

  it('exports again for another commit, or none, and the copy names the commit it was built from', () => {
    cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, COMMIT);
    expect(offlineOf(dist)).toContain('05fe4b9');

    for (const commit of [OTHER_COMMIT, undefined]) {
      const hits = cache.hits;
      const { size } = cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE, commit);
      expect(cache.hits, String(commit)).toBe(hits);
      const fresh = freshExport(SITE, commit);
      expect(size).toBe(fresh.size);
      expect(offlineOf(dist)).toBe(fresh.offline);
      expect(offlineOf(dist)).not.toContain('05fe4b9');
    }
    expect(offlineOf(dist)).not.toContain('ed8dc0e');
    expect(freshExport(SITE, OTHER_COMMIT).offline).toContain('ed8dc0e');
  });

  it("exports again when the page or the site's code changed", () => {
    cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE);
    const hits = cache.hits;

    cachedExportOfflinePage(cache, 'site-code-2', dist, 'pause', SITE);
    expect(cache.hits).toBe(hits);

    const rewritten = ASTRO_PAGE.replace('Rest of the story', 'The rest of the story, rewritten');
    writeFileSync(path.join(dist, 'explainers/pause/index.html'), rewritten);
    const { size } = cachedExportOfflinePage(cache, SITE_CODE, dist, 'pause', SITE);
    expect(cache.hits).toBe(hits);
    expect(offlineOf(dist)).toContain('The rest of the story, rewritten');
    const reference = makeDist('reference', rewritten);
    expect(exportOfflinePage(reference, 'pause', SITE).size).toBe(size);
    expect(offlineOf(dist)).toBe(offlineOf(reference));
    expect(pageOf(dist)).toBe(pageOf(reference));
  });
});
