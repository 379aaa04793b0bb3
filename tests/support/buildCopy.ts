import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
export const FIRST_STORY = 'content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx';

export interface BuildResult {
  readonly ok: boolean;
  readonly output: string;
}

/**
 * Builds a throwaway copy of the site in which `edit` has changed the first story, so a test can
 * see what an editor would see, without touching the real content.
 */
export async function buildWithEditedStory(edit: (source: string) => string): Promise<BuildResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'explainer-build-'));
  try {
    // Only the first story, so work in progress elsewhere in content/ cannot change the outcome.
    for (const entry of [
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
      'src',
      'public',
      path.dirname(FIRST_STORY),
    ]) {
      await cp(path.join(repo, entry), path.join(dir, entry), { recursive: true });
    }
    await symlink(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const story = path.join(dir, FIRST_STORY);
    await writeFile(story, edit(await readFile(story, 'utf8')));
    const astro = path.join(repo, 'node_modules/astro/bin/astro.mjs');
    try {
      const { stdout, stderr } = await run(process.execPath, [astro, 'build'], { cwd: dir, maxBuffer: 1 << 24 });
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
