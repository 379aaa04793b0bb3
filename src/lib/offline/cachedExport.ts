import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { digestOf } from '../build/digest.ts';
import type { DiskCache } from '../build/diskCache.ts';
import { exportOfflinePage, OFFLINE_FILE, type ExportedPage } from './exportPage.ts';

/** One explainer's export as a build made it: the copy, its size, and the page with the size written in. */
export interface KeptExport extends ExportedPage {
  readonly offline: string;
  readonly page: string;
}

/** Whether `file` has exactly `text` (its size is looked at first). */
function holds(file: string, text: string): boolean {
  try {
    return statSync(file).size === Buffer.byteLength(text) && readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

/**
 * exportOfflinePage, re-using the last export of the same page: a page is found either as Astro wrote
 * it or as the last export left it (its size written in, when a rebuild kept it in dist/), so the result
 * is kept under both. The key holds the page's bytes, the site, the commit and the site's code, which
 * holds every file the copy takes in besides the page (the stylesheets and scripts are in the page; its
 * images have content-hashed names or come from public/).
 */
export function cachedExportOfflinePage(
  cache: DiskCache<KeptExport>,
  siteCode: string,
  dist: string,
  slug: string,
  site: string,
  commit?: string,
): ExportedPage {
  const folder = path.join(dist, 'explainers', slug);
  const pageFile = path.join(folder, 'index.html');
  const offlineFile = path.join(folder, OFFLINE_FILE);
  const keyOf = (html: string): string => digestOf(siteCode, site, slug, commit ?? null, html);
  const html = readFileSync(pageFile, 'utf8');
  const kept = cache.get(keyOf(html));
  if (kept) {
    if (html !== kept.page) writeFileSync(pageFile, kept.page);
    if (!holds(offlineFile, kept.offline)) writeFileSync(offlineFile, kept.offline);
    return { size: kept.size };
  }
  const { size } = exportOfflinePage(dist, slug, site, commit);
  const done: KeptExport = { size, offline: readFileSync(offlineFile, 'utf8'), page: readFileSync(pageFile, 'utf8') };
  cache.set(keyOf(html), done);
  if (done.page !== html) cache.set(keyOf(done.page), done);
  return { size };
}
