import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareTargets } from '../../src/lib/share/shareTargets';
import { storySchema } from '../../src/lib/story/schema';
import { FIRST_STORY } from '../support/buildCopy';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const astro = path.join(repo, 'node_modules/astro/bin/astro.mjs');

// A copy of the site made as tests/support/buildCopy.ts makes it (only the first story, node_modules
// linked), but kept across several builds that share one preview cache folder.
let site: string;
let cache: string;

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'explainer-previews-'));
  cache = await mkdtemp(path.join(tmpdir(), 'explainer-preview-cache-'));
  for (const entry of [
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'src',
    'public',
    path.dirname(FIRST_STORY),
  ]) {
    await cp(path.join(repo, entry), path.join(site, entry), { recursive: true });
  }
  await symlink(path.join(repo, 'node_modules'), path.join(site, 'node_modules'), 'dir');
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

async function build(): Promise<{ rendered: number; cached: number }> {
  const { stdout } = await run(process.execPath, [astro, 'build'], {
    cwd: site,
    env: { ...process.env, PREVIEW_CACHE_DIR: cache },
    maxBuffer: 1 << 24,
  });
  return {
    rendered: stdout.match(/\[preview\] rendered /gu)?.length ?? 0,
    cached: stdout.match(/\[preview\] cached /gu)?.length ?? 0,
  };
}

describe('preview images are drawn once and then taken from the cache', () => {
  it('renders every card on the first build, none on the second, and only the story card after a new dek', async () => {
    const source = await readFile(path.join(repo, FIRST_STORY), 'utf8');
    const { frontmatter, content } = parseFrontmatter(source);
    // The story's own card, then one per section and quote callout.
    const cards = 1 + shareTargets(storySchema.parse(frontmatter), content).length;
    expect(cards).toBe(15);

    expect(await build()).toEqual({ rendered: cards, cached: 0 });
    expect(await build()).toEqual({ rendered: 0, cached: cards });

    // The dek is shown only on the story's own card.
    const edited = source.replace(/^dek: .*$/mu, 'dek: "A different standfirst, shown only on the story card."');
    expect(edited).not.toBe(source);
    await writeFile(path.join(site, FIRST_STORY), edited);
    expect(await build()).toEqual({ rendered: 1, cached: cards - 1 });
  }, 300_000);
});
