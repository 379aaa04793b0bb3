import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');

/** The first story, always part of a copy. */
export const FIRST_STORY = 'content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx';

/** The site URL the copy is built with, so tests know every absolute URL in advance. */
export const TEST_SITE_URL = 'https://explainers.example.org';

export interface SiteBuild {
  readonly ok: boolean;
  /** Everything the build printed (stdout, then stderr). */
  readonly output: string;
  /** Milliseconds the `astro build` took. */
  readonly durationMs: number;
  /** Root of the throwaway copy. */
  readonly dir: string;
  /** Its built site. */
  readonly dist: string;
  /** Removes the copy and its preview cache. */
  readonly cleanup: () => Promise<void>;
}

export interface BuildSiteOptions {
  /**
   * Story folders to add, each copied byte for byte to content/explainers/<folder name>/ (so CRLF line
   * endings and byte order marks reach the build as they are).
   */
  readonly stories: readonly string[];
  /** Called after the copy is made and before the build, to adjust files in it. */
  readonly prepare?: (dir: string) => Promise<void>;
}

/**
 * The environment a person building has: vitest exports its own settings and Vite's `import.meta.env`
 * (NODE_ENV=test, DEV=1, MODE, SSR…) into process.env, and a build spawned with them is not the build
 * an editor runs.
 */
export function builderEnv(): NodeJS.ProcessEnv {
  const leaked = new Set(['TEST', 'NODE_ENV', 'SITE', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX']);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !leaked.has(key) && !key.startsWith('VITEST') && key !== 'SHOW_DRAFTS',
    ),
  );
}

/** A throwaway copy of the site, built as often as a test needs, always with the same image cache. */
export interface SiteCopy {
  readonly dir: string;
  readonly dist: string;
  /** The preview image cache its builds use (their PREVIEW_CACHE_DIR). */
  readonly cache: string;
  /** Runs `astro build` in the copy, with `env` added to its environment. */
  readonly build: (env?: Readonly<Record<string, string>>) => Promise<Omit<SiteBuild, 'dir' | 'dist' | 'cleanup'>>;
  /** Removes the copy and its preview cache. */
  readonly cleanup: () => Promise<void>;
}

/**
 * Copies the site with the first story plus `stories`, as `npm run build` would see it
 * (node_modules linked, preview images cached in a folder of their own). Other work in progress in
 * content/ is left out.
 */
export async function copySite({ stories, prepare }: BuildSiteOptions): Promise<SiteCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'explainer-site-'));
  const cache = await mkdtemp(path.join(tmpdir(), 'explainer-site-previews-'));
  const cleanup = async (): Promise<void> => {
    await rm(dir, { recursive: true, force: true });
    await rm(cache, { recursive: true, force: true });
  };
  try {
    for (const entry of [
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
      'src',
      'public',
      // The registry of people the first story names by id.
      'content/people',
      path.dirname(FIRST_STORY),
    ]) {
      await cp(path.join(repo, entry), path.join(dir, entry), { recursive: true });
    }
    const explainers = path.join(dir, 'content/explainers');
    await mkdir(explainers, { recursive: true });
    for (const story of stories) {
      const target = path.join(explainers, path.basename(story));
      await cp(story, target, { recursive: true, errorOnExist: true, force: false });
    }
    await symlink(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    await prepare?.(dir);
  } catch (error) {
    await cleanup();
    throw error;
  }

  const astro = path.join(repo, 'node_modules/astro/bin/astro.mjs');
  const env = { ...builderEnv(), PREVIEW_CACHE_DIR: cache, SITE_URL: TEST_SITE_URL };
  const build = async (
    extra: Readonly<Record<string, string>> = {},
  ): Promise<Omit<SiteBuild, 'dir' | 'dist' | 'cleanup'>> => {
    const started = performance.now();
    try {
      const { stdout, stderr } = await run(process.execPath, [astro, 'build'], {
        cwd: dir,
        env: { ...env, ...extra },
        maxBuffer: 1 << 26,
      });
      return { ok: true, output: stdout + stderr, durationMs: performance.now() - started };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message?: string };
      const output = `${e.stdout ?? ''}${e.stderr ?? ''}` || String(e.message);
      return { ok: false, output, durationMs: performance.now() - started };
    }
  };
  return { dir, dist: path.join(dir, 'dist'), cache, build, cleanup };
}

/** Copies the site (see copySite) and builds it once; the copy is kept until `cleanup`. */
export async function buildSiteWithStories(options: BuildSiteOptions): Promise<SiteBuild> {
  const site = await copySite(options);
  return { ...(await site.build()), dir: site.dir, dist: site.dist, cleanup: site.cleanup };
}
