import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { formatKilobytes } from '../present/size.ts';
import { changesPath, versionAnchor } from '../history/paths.ts';
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
 * Where the content of an element stands in the HTML it was parsed from, as the parser's positions
 * give it: from its first child (or its end tag, when it is empty) to its end tag.
 */
function contentRange(element: Element, html: string, file: string): { start: number; end: number } {
  const endTag = `</${element.tagName}>`;
  const elementEnd = element.position?.end.offset;
  const end = elementEnd === undefined ? undefined : elementEnd - endTag.length;
  const start = element.children.length > 0 ? element.children[0]?.position?.start.offset : end;
  if (start === undefined || end === undefined || html.slice(end, elementEnd) !== endTag) {
    throw new Error(`${file}: the download link's size slot [data-offline-size] needs an end tag`);
  }
  return { start, end };
}

/**
 * Writes `dist/explainers/<slug>/offline.html`, the finished page made self-contained (see
 * toOfflineDocument), then writes the copy's size into the page's download link
 * (`[data-offline-size]`), which could not know it while the page was being rendered. The page is
 * parsed once; its file is left exactly as Astro wrote it but for the size, put where the parser
 * placed the slot (replacing what an earlier export put there). `commit` is the version the page was
 * built from, when it is a committed one (named in the copy's provenance line).
 */
export function exportOfflinePage(dist: string, slug: string, site: string, commit?: string): ExportedPage {
  const folder = path.join(dist, 'explainers', slug);
  const pageFile = path.join(folder, 'index.html');
  const html = readFileSync(pageFile, 'utf8');
  const tree = parse(html);
  const slot = select('[data-offline-size]', tree);
  const slotAt = slot ? contentRange(slot, html, pageFile) : undefined;
  toOfflineDocument(tree, {
    site: new URL(site),
    pagePath: `/explainers/${slug}/`,
    ...(commit === undefined
      ? {}
      : { version: { commit, href: new URL(`${changesPath(slug)}#${versionAnchor(commit)}`, site).href } }),
    readAsset: (sitePath) => {
      const file = path.join(dist, sitePath);
      // Only files of the build: not "../" out of it, nor into a sibling folder named like it ("dist-old").
      const inside = path.relative(dist, file);
      const ok = inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
      return ok && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
    },
  });
  const offline = `${stringify(tree)}\n`;
  writeFileSync(path.join(folder, OFFLINE_FILE), offline);
  const size = formatKilobytes(Buffer.byteLength(offline));
  if (slotAt !== undefined) {
    const text = toHtml({ type: 'text', value: `(${size})` });
    writeFileSync(pageFile, html.slice(0, slotAt.start) + text + html.slice(slotAt.end));
  }
  return { size };
}
