// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { storyAnnotationPlugins } from './src/plugins/index.ts';

const site = process.env.SITE_URL ?? 'https://explainers.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Astro 7's default engine runs no remark/rehype plugins; the unified processor does.
    processor: unified(storyAnnotationPlugins),
    syntaxHighlight: false,
  },
  security: { csp: true },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
