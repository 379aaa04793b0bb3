import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { buildCacheFolder, diskCache, projectStateFolder, type DiskCache } from '../lib/build/diskCache.ts';
import { siteCodeDigest } from '../lib/build/digest.ts';
import { OFFLINE_FILE } from '../lib/offline/exportPage.ts';
import { keptOutputs } from './buildOutputs.ts';
import { mdxCompileCache, type Compiled } from './mdxCompileCache.ts';

const MODULE = 'virtual:news-explainer/site-code';

/**
 * What the project's last build wrote, and with what code. A build into another folder than the last
 * one, or with other code, starts from an empty output folder: Astro keeps a page it re-uses as it
 * finds it there, so that folder must hold exactly what the last build (whose record Astro keeps) wrote.
 */
interface BuildState {
  readonly siteCode: string;
  readonly outDir: string;
}

/** Outputs every build writes afresh (emptied before the build, so whatever is there afterwards is new). */
const REWRITTEN = ['_astro', 'pagefind'];
const isSitemap = (name: string): boolean => /^sitemap-[\w-]*\.xml$/.test(name);

const digests = new Map<string, string>();

/** The digest of the site's code (lib/build/digest.ts), computed once per build. */
export function siteCodeOf(root: string): string {
  let digest = digests.get(root);
  if (digest === undefined) digests.set(root, (digest = siteCodeDigest(root)));
  return digest;
}

/** Empties `folder` but for the entries `keep` names (or keeps nothing). */
function emptyFolder(folder: string, keep: (name: string) => boolean = () => false): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder))
    if (!keep(name)) rmSync(path.join(folder, name), { recursive: true, force: true });
}

/** Every file under `folder`, relative to it with "/" separators. */
function filesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Removes the folders under `folder` left empty (deepest first); `folder` itself stays. */
function removeEmptyFolders(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const inner = path.join(folder, entry.name);
    removeEmptyFolders(inner);
    if (readdirSync(inner).length === 0) rmdirSync(inner);
  }
}

/**
 * Rebuilds that do only what changed. Astro's incremental build (`experimental.incrementalBuild`) re-uses
 * every page whose `cacheKey` (src/data/pageKeys.ts) and code are unchanged; this integration gives it
 * what it needs to be right and fast:
 * - `virtual:news-explainer/site-code`, the digest of the site's code, config, public files and locked
 *   dependencies, which every page key holds (a style used by a few pages still changes every page's
 *   Content-Security-Policy, which Astro's own dependency hash does not see);
 * - the stories' compiled MDX kept between builds (mdxCompileCache.ts);
 * - `dist/` kept between builds when the site's code is unchanged, so a re-used page is not copied
 *   back, and what a full build would not write is removed at the end: the pages of a story taken
 *   out, images and offline copies no longer made. Astro's own emptying of `dist/` is switched off;
 *   with other code, `dist/` is emptied here instead, as Astro would.
 */
export default function incrementalBuild(): AstroIntegration {
  let root = '';
  let stateFile = '';
  let outDir = '';
  let compiled: DiskCache<Compiled> | undefined;
  return {
    name: 'news-explainer:incremental-build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = fileURLToPath(config.root);
        outDir = path.resolve(fileURLToPath(config.outDir));
        stateFile = path.join(projectStateFolder(root), 'state.json');
        const siteCode = command === 'build' ? siteCodeOf(root) : command;
        const plugins: Plugin[] = [
          {
            name: 'news-explainer:site-code',
            resolveId: (id: string) => (id === MODULE ? `\0${MODULE}` : undefined),
            load: (id: string) =>
              id === `\0${MODULE}` ? `export const siteCode = ${JSON.stringify(siteCode)};` : undefined,
          },
        ];
        if (command === 'build') {
          compiled = diskCache<Compiled>(buildCacheFolder(root, 'mdx'));
          plugins.push(mdxCompileCache(compiled, siteCode, root));
        }
        updateConfig({ vite: { plugins, build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        const dist = outDir;
        let previous: BuildState | undefined;
        try {
          previous = JSON.parse(readFileSync(stateFile, 'utf8')) as BuildState;
        } catch {
          previous = undefined;
        }
        // A build that stops half-way leaves no state, so the next one starts from an empty dist/.
        rmSync(stateFile, { force: true });
        if (previous?.siteCode !== siteCodeOf(root) || previous.outDir !== dist) emptyFolder(dist);
        else emptyFolder(dist, (name) => !REWRITTEN.includes(name) && !isSitemap(name));
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const dist = path.resolve(fileURLToPath(dir));
        const expected = new Set<string>(keptOutputs());
        for (const urls of assets.values())
          for (const url of urls) expected.add(path.relative(dist, fileURLToPath(url)).split(path.sep).join('/'));
        for (const file of filesIn(path.join(root, 'public'))) expected.add(file);
        // Each explainer's offline copy, written after this step (offlineExport.ts) beside its page.
        for (const file of [...expected]) {
          const explainer = /^explainers\/[^/]+\/index\.html$/.test(file);
          if (explainer) expected.add(file.replace(/index\.html$/, OFFLINE_FILE));
        }
        let removed = 0;
        for (const file of filesIn(dist)) {
          const [top = ''] = file.split('/');
          if (expected.has(file) || REWRITTEN.includes(top) || (!file.includes('/') && isSitemap(file))) continue;
          rmSync(path.join(dist, file));
          removed++;
        }
        removeEmptyFolders(dist);
        if (removed > 0) logger.info(`${removed} file(s) no longer built removed from dist/`);
        // Every story was compiled (or found compiled) by this build: other compiled stories are stale.
        compiled?.prune();
        mkdirSync(path.dirname(stateFile), { recursive: true });
        writeFileSync(stateFile, JSON.stringify({ siteCode: siteCodeOf(root), outDir: dist } satisfies BuildState));
      },
    },
  };
}
