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

/** The same export kept under a second key (the page as the export left it): the key it is kept under. */
interface SameExport {
  readonly sameAs: string;
}

/** What the cache holds under a key: an export, or where to find it. */
export type KeptValue = KeptExport | SameExport;

/** An explainer's export, and the cache keys it was found or kept under (a build keeps only those). */
export interface CachedExport extends ExportedPage {
  readonly keys: readonly string[];
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
  cache: DiskCache<KeptValue>,
  siteCode: string,
  dist: string,
  slug: string,
  site: string,
  commit?: string,
): CachedExport {
  const folder = path.join(dist, 'explainers', slug);
  const pageFile = path.join(folder, 'index.html');
  const offlineFile = path.join(folder, OFFLINE_FILE);
  const keyOf = (html: string): string => digestOf(siteCode, site, slug, commit ?? null, html);
  const html = readFileSync(pageFile, 'utf8');
  const key = keyOf(html);
  const found = cache.get(key);
  const keys = found && 'sameAs' in found ? [key, found.sameAs] : [key];
  const kept = found && 'sameAs' in found ? cache.get(found.sameAs) : found;
  if (kept && !('sameAs' in kept)) {
    if (html !== kept.page) writeFileSync(pageFile, kept.page);
    if (!holds(offlineFile, kept.offline)) writeFileSync(offlineFile, kept.offline);
    return { size: kept.size, keys: [...keys, keyOf(kept.page)] };
  }
  const { size } = exportOfflinePage(dist, slug, site, commit);
  const done: KeptExport = { size, offline: readFileSync(offlineFile, 'utf8'), page: readFileSync(pageFile, 'utf8') };
  cache.set(key, done);
  // Kept once: the page as the export left it (the next build may find it so) only points to it.
  const patched = keyOf(done.page);
  if (patched !== key) cache.set(patched, { sameAs: key });
  return { size, keys: [key, patched] };
}
