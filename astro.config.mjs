// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { storyPagePlugins } from './src/plugins/index.ts';
import { resolveSiteUrl } from './src/lib/site/siteUrl.ts';
import { inSitemap } from './src/lib/site/sitemap.ts';
import buildLock from './src/integrations/buildLock.ts';
import drafts from './src/integrations/drafts.ts';
import incrementalBuild from './src/integrations/incrementalBuild.ts';
import offlineExport from './src/integrations/offlineExport.ts';
import previewImages from './src/integrations/previewImages.ts';
import searchIndex from './src/integrations/searchIndex.ts';
import storyCheck from './src/integrations/storyCheck.ts';

// The public origin every absolute URL is built on (canonical, Open Graph, JSON-LD, RSS, sitemap).
// Set SITE_URL=https://news.example.com; unset, it is https://explainers.example.org. A bad value stops here.
const site = resolveSiteUrl(process.env.SITE_URL);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Share pages point their canonical link at the explainer, so they stay out of the sitemap.
  // Stories are checked before anything is built; preview images are drawn in worker threads while the
  // pages are built; the offline export runs last, on the finished pages.
  integrations: [
    buildLock(),
    drafts(),
    storyCheck(),
    previewImages(),
    mdx({ optimize: true }),
    sitemap({ filter: inSitemap }),
    // Removes from dist/ what this build no longer makes, before the search index and the offline
    // copies are made from the pages there.
    incrementalBuild(),
    searchIndex(),
    offlineExport(),
  ],
  markdown: {
    // Astro 7's default engine runs no remark/rehype plugins; the unified processor does.
    processor: unified(storyPagePlugins),
    syntaxHighlight: false,
  },
  // Astro hashes the pages' own scripts and styles (script-src, style-src); everything else is closed
  // but what the pages use: their own images and the CSS's data: icons. The site's scripts never write
  // markup from strings, so Trusted Types can forbid it outright. A meta CSP cannot carry
  // frame-ancestors, report-uri or sandbox, so they are not here. Requests stay on the site's own origin
  // (Lighthouse's robots.txt audit fetches from the page). tests/output/csp.mjs checks these.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
        "frame-src 'none'",
        "child-src 'none'",
        "worker-src 'none'",
        "connect-src 'self'",
        "font-src 'none'",
        "media-src 'none'",
        "manifest-src 'none'",
        "img-src 'self' data:",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
      ],
    },
  },
  build: { inlineStylesheets: 'always', concurrency: 16 },
  devToolbar: { enabled: false },
  // A rebuild re-uses every page whose cacheKey (src/data/pageKeys.ts) and code are unchanged.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's own MDX content modules start with a "use astro:head-inject" directive that the bundler
        // warns about, ten lines per story; at a thousand stories that buries every real warning.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
