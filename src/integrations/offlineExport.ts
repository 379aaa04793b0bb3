import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { toOfflineDocument } from '../lib/offline/toOfflineDocument.ts';
import { formatKilobytes } from '../lib/present/size.ts';

/** Name of the offline copy beside each explainer's index.html. */
export const OFFLINE_FILE = 'offline.html';

const parse = (html: string): Root => unified().use(rehypeParse).parse(html);
const stringify = (tree: Root): string => unified().use(rehypeStringify).stringify(tree);

/**
 * After the build, writes `/explainers/<slug>/offline.html` for every explainer: the finished page made
 * self-contained (see toOfflineDocument). Then it writes the file's size into the page's download
 * link, which could not know it while the page was being rendered.
 */
export default function offlineExport(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'news-explainer:offline-export',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) throw new Error('The offline export needs `site` in astro.config.mjs (set SITE_URL).');
        const dist = fileURLToPath(dir);
        const explainers = path.join(dist, 'explainers');
        if (!existsSync(explainers)) return;
        const readAsset = (sitePath: string): Uint8Array | undefined => {
          const file = path.join(dist, sitePath);
          return file.startsWith(dist) && existsSync(file) ? readFileSync(file) : undefined;
        };
        for (const slug of readdirSync(explainers).sort()) {
          const pageFile = path.join(explainers, slug, 'index.html');
          if (!existsSync(pageFile)) continue;
          const pagePath = `/explainers/${slug}/`;
          const html = readFileSync(pageFile, 'utf8');
          const tree = parse(html);
          toOfflineDocument(tree, { site, pagePath, readAsset });
          const offline = `${stringify(tree)}\n`;
          writeFileSync(path.join(explainers, slug, OFFLINE_FILE), offline);
          const size = formatKilobytes(Buffer.byteLength(offline));
          writeFileSync(pageFile, withDownloadSize(html, size));
          logger.info(`${pagePath}${OFFLINE_FILE} (${size})`);
        }
      },
    },
  };
}

/** The page with the export's size in its download link (`[data-offline-size]`). */
function withDownloadSize(html: string, size: string): string {
  const tree = parse(html);
  const slot = select('[data-offline-size]', tree);
  if (!slot) return html;
  slot.children = [{ type: 'text', value: `(${size})` }];
  return stringify(tree);
}
