import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../support/snapshot';

const repository = path.resolve(import.meta.dirname, '../..');
const node = path.join(repository, 'node_modules/.bin/node');
const newStory = path.join(repository, 'src/cli/newStory.ts');
const checkStories = path.join(repository, 'src/cli/checkStories.ts');

let root: string;
let explainers: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'new-story-'));
  explainers = path.join(root, 'content', 'explainers');
  mkdirSync(explainers, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Runs a CLI from the temporary project, as an editor would with `npm run`, there. */
function run(script: string, args: readonly string[]) {
  const env = { ...process.env, npm_lifecycle_event: '', INIT_CWD: root };
  const result = spawnSync(node, [script, ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run new (src/cli/newStory.ts)', () => {
  it('writes a draft that npm run check passes, and says what to do next', () => {
    const made = run(newStory, ['ferry-reopens', '--root', root]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('wrote content/explainers/ferry-reopens/index.mdx');
    expect(made.stdout).toContain('npm run dev');
    expect(made.stdout).toContain('npm run check -- --report ferry-reopens');
    const today = new Date();
    const published = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    expect(readFileSync(path.join(explainers, 'ferry-reopens/index.mdx'), 'utf8')).toContain(
      `published: "${published}"`,
    );

    const checked = run(checkStories, ['content/explainers']);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/1 story checked: no problems, 3 warnings \(review marks of drafts\)\n$/u);
  });

  it('refuses to overwrite: exit 1, one line, the story byte for byte as it was', async () => {
    const folder = path.join(explainers, 'ferry-reopens');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'index.mdx'), '---\ntitle: "An editor’s work"\n---\n\nHalf written.\n');
    const before = await snapshot(root);
    const refused = run(newStory, ['ferry-reopens', '--root', root]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'new: content/explainers/ferry-reopens already exists; choose another slug, or edit the story that is there\n',
    );
    expect(await snapshot(root)).toEqual(before);
  });

  it('refuses a slug that is not one, writing nothing', async () => {
    const before = await snapshot(root);
    for (const slug of ['Ferry Reopens', 'ferry_reopens', 'a'.repeat(81)]) {
      const refused = run(newStory, [slug, '--root', root]);
      expect(refused.status, slug).toBe(1);
      expect(refused.stderr.trimEnd().split('\n'), slug).toHaveLength(1);
      expect(refused.stderr).toMatch(/^new: ".*" (is not a story slug|is 81 characters long)/u);
    }
    expect(await snapshot(root)).toEqual(before);
    // Not even an empty folder is left.
    expect(readdirSync(explainers)).toEqual([]);
    expect(run(newStory, ['--root', root]).stderr).toMatch(/^new: give the new story a slug/u);
  });

  it('takes a --root relative to where the editor is', () => {
    mkdirSync(path.join(root, 'site', 'content', 'explainers'), { recursive: true });
    expect(run(newStory, ['ferry-reopens', '--root', 'site']).status).toBe(0);
    expect(readFileSync(path.join(root, 'site/content/explainers/ferry-reopens/index.mdx'), 'utf8')).toMatch(/^---\n/u);
  });
});
