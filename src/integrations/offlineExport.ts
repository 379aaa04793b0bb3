import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { OFFLINE_FILE } from '../lib/offline/exportPage.ts';
import { publishedCommits } from './storyCommits.ts';
import { closeWorkers, offlineInWorker } from './storyWorkers.ts';
import { buildCacheFolder, diskCache } from '../lib/build/diskCache.ts';
import { siteCodeOf } from './incrementalBuild.ts';

/**
 * After the build, writes `/explainers/<slug>/offline.html` for every explainer, the finished page
 * made self-contained, and the copy's size into the page's download link (see exportOfflinePage),
 * one explainer per task on the build's worker threads, each naming the commit its story was built
 * from. It is the build's last step, so it also stops the threads.
 */
export default function offlineExport(): AstroIntegration {
  let site: URL | undefined;
  let root: string | undefined;
  return {
    name: 'news-explainer:offline-export',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (!site) throw new Error('The offline export needs `site` in astro.config.mjs (set SITE_URL).');
          const dist = fileURLToPath(dir);
          const explainers = path.join(dist, 'explainers');
          if (!existsSync(explainers)) return;
          const slugs = readdirSync(explainers)
            .filter((slug) => existsSync(path.join(explainers, slug, 'index.html')))
            .sort();
          const start = performance.now();
          // Each copy names the commit it was built from, where the story is exactly that commit's.
          const commits = publishedCommits(path.join(root ?? process.cwd(), 'content/explainers'), slugs);
          const base = root ?? process.cwd();
          const cache = { cacheFolder: buildCacheFolder(base, 'offline'), siteCode: siteCodeOf(base) };
          const exports = await Promise.all(
            slugs.map((slug) => offlineInWorker(dist, slug, site?.href ?? '', commits.get(slug), cache)),
          );
          const sizes = exports.map((done) => done.size);
          // Every explainer has been exported: only their cached copies stay.
          diskCache(cache.cacheFolder).prune(exports.flatMap((done) => done.keys));
          slugs.forEach((slug, i) => logger.info(`/explainers/${slug}/${OFFLINE_FILE} (${sizes[i] ?? ''})`));
          logger.info(
            `${slugs.length} offline ${slugs.length === 1 ? 'copy' : 'copies'} written in ${Math.round(performance.now() - start)} ms`,
          );
        } finally {
          await closeWorkers();
        }
      },
    },
  };
}
