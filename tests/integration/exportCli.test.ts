import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../../src/cli/exportOffline.ts');

// A fake build: two explainers with small offline pages (distinct bytes, including non-ASCII).
const PAGES: Record<string, string> = {
  'alpha-story': '<!doctype html><title>Alpha</title><p>“Alpha” — ünïcode</p>\n',
  'beta-story': `<!doctype html><title>Beta</title>${'<p>beta</p>'.repeat(300)}\n`,
};
const page = (slug: string): string => PAGES[slug] ?? '';

let tmp: string;
let dist: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'export-cli-'));
  dist = path.join(tmp, 'dist');
  for (const [slug, html] of Object.entries(PAGES)) {
    await mkdir(path.join(dist, 'explainers', slug), { recursive: true });
    await writeFile(path.join(dist, 'explainers', slug, 'offline.html'), html);
  }
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function exportCli(args: readonly string[], options: { ulimitBlocks?: number } = {}): Run {
  const env = { ...process.env, npm_lifecycle_event: '', INIT_CWD: '' };
  const result =
    options.ulimitBlocks === undefined
      ? spawnSync(process.execPath, [script, ...args], { cwd: tmp, env, encoding: 'utf8' })
      : // A file-size limit makes the second, larger write fail part way (EFBIG), as a full disk would.
        spawnSync(
          'sh',
          ['-c', `ulimit -f ${options.ulimitBlocks} && exec "$0" "$@"`, process.execPath, script, ...args],
          { cwd: tmp, env, encoding: 'utf8' },
        );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, relative, sorted; [] when `dir` does not exist. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

function expectCleanError(run: Run, status: number): void {
  expect(run.status).toBe(status);
  expect(run.stderr).toMatch(/^export: /u);
  expect(run.stderr).not.toContain('    at ');
  expect(run.stdout).toBe('');
}

describe('npm run export (src/cli/exportOffline.ts)', () => {
  it('writes one explainer as <out>/<slug>.html with the exact bytes of its offline page', async () => {
    const out = path.join(tmp, 'out', 'nested');
    const run = exportCli(['alpha-story', '--dist', dist, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(await filesIn(out)).toEqual(['alpha-story.html']);
    expect(await readFile(path.join(out, 'alpha-story.html'))).toEqual(Buffer.from(page('alpha-story')));
    expect(run.stdout).toMatch(/^wrote out\/nested\/alpha-story\.html \(\d+\.\d KB\)\nexported 1 explainer to /u);
  });

  it('--all writes every explainer that has an offline page and lists each file', async () => {
    await mkdir(path.join(dist, 'explainers', 'not-built-yet'));
    const out = path.join(tmp, 'out');
    const run = exportCli(['--all', '--dist', dist, '--out', out]);
    expect(run.status).toBe(0);
    expect(await filesIn(out)).toEqual(['alpha-story.html', 'beta-story.html']);
    for (const slug of Object.keys(PAGES)) {
      expect(await readFile(path.join(out, `${slug}.html`), 'utf8')).toBe(page(slug));
    }
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^wrote out\/alpha-story\.html \(\d+\.\d KB\)$/u),
      // 3,330 bytes: the size is in KB with one decimal.
      'wrote out/beta-story.html (3.3 KB)',
      expect.stringMatching(/^exported 2 explainers to out$/u),
    ]);
  });

  it('writes to the current folder when --out is not given', async () => {
    const run = exportCli(['beta-story', '--dist', dist]);
    expect(run.status).toBe(0);
    expect(await readFile(path.join(tmp, 'beta-story.html'), 'utf8')).toBe(page('beta-story'));
  });

  it('refuses to overwrite an existing file without --force and then writes nothing at all', async () => {
    const out = path.join(tmp, 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'beta-story.html'), 'keep me');
    const run = exportCli(['--all', '--dist', dist, '--out', out]);
    expectCleanError(run, 1);
    expect(run.stderr).toContain('beta-story.html');
    expect(run.stderr).toContain('--force');
    // Not even the other explainer, whose file did not exist.
    expect(await filesIn(out)).toEqual(['beta-story.html']);
    expect(await readFile(path.join(out, 'beta-story.html'), 'utf8')).toBe('keep me');
  });

  it('--force replaces existing files and says so', async () => {
    const out = path.join(tmp, 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'beta-story.html'), 'old copy');
    const run = exportCli(['--all', '--force', '--dist', dist, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(await filesIn(out)).toEqual(['alpha-story.html', 'beta-story.html']);
    expect(await readFile(path.join(out, 'beta-story.html'), 'utf8')).toBe(page('beta-story'));
    expect(run.stdout).toContain('exported 2 explainers to out (1 replaced)');
  });

  it('names an unknown slug, suggests the close one, lists the known ones and exits 1 without a stack trace', async () => {
    const out = path.join(tmp, 'out');
    const run = exportCli(['alpha-story', 'beta-stroy', '--dist', dist, '--out', out]);
    expectCleanError(run, 1);
    expect(run.stderr).toContain('unknown explainer "beta-stroy" (did you mean "beta-story"?)');
    expect(run.stderr).toContain('known explainers: alpha-story, beta-story');
    // The valid slug given with it is not written either.
    expect(await filesIn(out)).toEqual([]);
  });

  it('tells the user to run `npm run build` when there is no built site', async () => {
    const run = exportCli(['--all', '--dist', path.join(tmp, 'no-dist'), '--out', path.join(tmp, 'out')]);
    expectCleanError(run, 1);
    expect(run.stderr).toContain('npm run build');
  });

  it('tells the user to run `npm run build` when an explainer has no offline page yet', async () => {
    await mkdir(path.join(dist, 'explainers', 'not-built-yet'));
    const run = exportCli(['not-built-yet', '--dist', dist, '--out', path.join(tmp, 'out')]);
    expectCleanError(run, 1);
    expect(run.stderr).toContain('not-built-yet/offline.html is missing: run `npm run build` first');
  });

  it('names an output folder it cannot create and writes nothing', async () => {
    await writeFile(path.join(tmp, 'file.txt'), 'a file, not a folder');
    const before = await filesIn(tmp);
    const run = exportCli(['--all', '--dist', dist, '--out', path.join(tmp, 'file.txt', 'sub')]);
    expectCleanError(run, 1);
    expect(run.stderr).toContain('file.txt/sub');
    expect(run.stderr).toContain('output folder');
    expect(await filesIn(tmp)).toEqual(before);
    expect(await readFile(path.join(tmp, 'file.txt'), 'utf8')).toBe('a file, not a folder');
  });

  it('is a usage error (exit 2) to give both slugs and --all', async () => {
    const run = exportCli(['alpha-story', '--all', '--dist', dist, '--out', path.join(tmp, 'out')]);
    expectCleanError(run, 2);
    expect(run.stderr).toContain('not both');
    expect(run.stderr).toContain('Usage:');
    expect(await filesIn(path.join(tmp, 'out'))).toEqual([]);
  });

  it('prints the usage (exit 2) when given no slug and no --all', () => {
    const run = exportCli(['--dist', dist]);
    expectCleanError(run, 2);
    expect(run.stderr).toContain('Usage:');
  });

  describe.skipIf(process.platform === 'win32')('a write that fails part way', () => {
    it('removes the files this run already wrote and leaves no temporary file', async () => {
      const out = path.join(tmp, 'out');
      // 2 blocks (1 KB in dash, 2 KB in bash) hold alpha-story.html but not beta-story.html (3.3 KB).
      const run = exportCli(['alpha-story', 'beta-story', '--dist', dist, '--out', out], { ulimitBlocks: 2 });
      expectCleanError(run, 1);
      expect(run.stderr).toContain('cannot write out/beta-story.html');
      expect(run.stderr).toContain('removed what this run had written: out/alpha-story.html');
      expect(await filesIn(out)).toEqual([]);
    });

    it('with --force, names the files it had already replaced', async () => {
      const out = path.join(tmp, 'out');
      await mkdir(out);
      await writeFile(path.join(out, 'alpha-story.html'), 'old alpha');
      const run = exportCli(['alpha-story', 'beta-story', '--force', '--dist', dist, '--out', out], {
        ulimitBlocks: 2,
      });
      expectCleanError(run, 1);
      expect(run.stderr).toContain(
        'already replaced before the failure (they now hold the new copy): out/alpha-story.html',
      );
      expect(await filesIn(out)).toEqual(['alpha-story.html']);
      expect(await readFile(path.join(out, 'alpha-story.html'), 'utf8')).toBe(page('alpha-story'));
    });
  });
});
