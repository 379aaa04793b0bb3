import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { formatKilobytes } from '../present/size.ts';
import { toOfflineDocument } from './toOfflineDocument.ts';

/** Name of the offline copy beside each explainer's index.html. */
export const OFFLINE_FILE = 'offline.html';

const parse = (html: string): Root => unified().use(rehypeParse).parse(html);
const stringify = (tree: Root): string => unified().use(rehypeStringify).stringify(tree);

export interface ExportedPage {
  /** The offline copy's size as the download link shows it ("59 KB"). */
  readonly size: string;
}

/**
 * Writes `dist/explainers/<slug>/offline.html`, the finished page made self-contained (see
 * toOfflineDocument), then writes the copy's size into the page's download link
 * (`[data-offline-size]`), which could not know it while the page was being rendered. The page is
 * parsed once; the offline copy is made from a clone of its tree.
 */
export function exportOfflinePage(dist: string, slug: string, site: string): ExportedPage {
  const folder = path.join(dist, 'explainers', slug);
  const pageFile = path.join(folder, 'index.html');
  const page = parse(readFileSync(pageFile, 'utf8'));
  const offlineTree = structuredClone(page);
  toOfflineDocument(offlineTree, {
    site: new URL(site),
    pagePath: `/explainers/${slug}/`,
    readAsset: (sitePath) => {
      const file = path.join(dist, sitePath);
      return file.startsWith(dist) && existsSync(file) ? readFileSync(file) : undefined;
    },
  });
  const offline = `${stringify(offlineTree)}\n`;
  writeFileSync(path.join(folder, OFFLINE_FILE), offline);
  const size = formatKilobytes(Buffer.byteLength(offline));
  const slot = select('[data-offline-size]', page);
  if (slot) {
    slot.children = [{ type: 'text', value: `(${size})` }];
    writeFileSync(pageFile, stringify(page));
  }
  return { size };
}
