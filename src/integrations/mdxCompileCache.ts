import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Plugin } from 'vite';
import { digestOf } from '../lib/build/digest.ts';
import type { DiskCache } from '../lib/build/diskCache.ts';
import { isStoryPath } from '../plugins/storyFile.ts';
import { readPeopleFolder } from '../check/peopleFolder.ts';

/** The MDX plugin whose transform compiles a story (the @astrojs/mdx integration's). */
const MDX_PLUGIN = '@mdx-js/rolldown';

/** What the MDX plugin's transform returns: the module's code, its source map and Astro's metadata. */
export interface Compiled {
  readonly code: string;
  readonly map?: unknown;
  readonly meta?: unknown;
}

type Transform = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<Compiled | null | undefined>;

/**
 * The registry as the check reads it (a registered person's name, aliases and role are written into the
 * prose): the same function, so a file it leaves out (a note in a dot-folder) changes nothing here either.
 */
function registryDigest(root: string): string {
  return digestOf([...readPeopleFolder(path.join(root, 'content/people')).people]);
}

/**
 * Keeps each story's compiled MDX between builds, in `folder`: compiling a story through the annotation
 * plugins costs tens of milliseconds, and a rebuild after one story changed would otherwise compile them
 * all again. The key is the story's bytes (frontmatter and prose, as Vite hands them over), its module id,
 * the registry and the site's code (which holds the plugins and every package's version), so a compiled
 * story is only ever re-used for exactly the input that made it. A story that does not compile is not
 * kept: its error comes from the compiler every time.
 */
export function mdxCompileCache(cache: DiskCache<Compiled>, siteCode: string, root: string): Plugin {
  const registry = registryDigest(root);
  return {
    name: 'news-explainer:mdx-compile-cache',
    configResolved(resolved) {
      const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
      const hook = mdx?.transform;
      if (!hook || typeof hook !== 'object' || typeof hook.handler !== 'function') {
        throw new Error(`The MDX plugin "${MDX_PLUGIN}" has no transform to wrap; @astrojs/mdx has changed.`);
      }
      const compile = hook.handler as Transform;
      const cached: Transform = async function (code, id, ...rest) {
        if (!isStoryPath(id.split('?')[0] ?? id)) return compile.call(this, code, id, ...rest);
        const key = digestOf(siteCode, registry, id, code);
        const kept = cache.get(key);
        if (kept) return kept;
        // The frontmatter blanked out (its lines kept, so places in the prose stay where they are): the
        // pages take a story's data from the check, and a compiled story would otherwise carry its whole
        // frontmatter again as an export, bundled into every build (half the module's size).
        const prose = parseFrontmatter(code, { frontmatter: 'empty-with-spaces' }).content;
        const result = await compile.call(this, prose, id, ...rest);
        if (result && typeof result === 'object')
          cache.set(key, { code: result.code, map: result.map ?? null, meta: result.meta });
        return result;
      };
      (hook as { handler: Transform }).handler = cached;
    },
  };
}
