import { spawn, spawnSync } from 'node:child_process';
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

// File systems mounted and files made immutable by a test, undone after it.
const undo: (() => void)[] = [];

afterEach(async () => {
  for (const step of undo.splice(0).reverse()) step();
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
    it('writes nothing at all when one copy cannot be written in full, and leaves no temporary file', async () => {
      const out = path.join(tmp, 'out');
      // 2 blocks (1 KB in dash, 2 KB in bash) hold alpha-story.html but not beta-story.html (3.3 KB).
      const run = exportCli(['alpha-story', 'beta-story', '--dist', dist, '--out', out], { ulimitBlocks: 2 });
      expectCleanError(run, 1);
      expect(run.stderr).toBe(
        'export: cannot write out/beta-story.html: the file is too large for this file system or limit; nothing was changed\n',
      );
      expect(await filesIn(out)).toEqual([]);
    });

    it('with --force, replaces nothing when one copy cannot be written in full', async () => {
      const out = path.join(tmp, 'out');
      await mkdir(out);
      await writeFile(path.join(out, 'alpha-story.html'), 'old alpha');
      const run = exportCli(['alpha-story', 'beta-story', '--force', '--dist', dist, '--out', out], {
        ulimitBlocks: 2,
      });
      expectCleanError(run, 1);
      expect(run.stderr).toContain('cannot write out/beta-story.html');
      expect(run.stderr).toContain('nothing was changed');
      expect(await filesIn(out)).toEqual(['alpha-story.html']);
      expect(await readFile(path.join(out, 'alpha-story.html'), 'utf8')).toBe('old alpha');
    });

    it('on a disk that fills up, --all --force keeps every file of the user as it was', async () => {
      const out = path.join(tmp, 'out');
      await mkdir(out);
      // A 96 KB file system (tmpfs; mounting one needs root) holds the user's two 20 KB files and one new
      // 40 KB copy but not two: the disk fills up while the second is written, after the first would have
      // replaced the user's file. Where it cannot be mounted, a file-size limit makes the second write fail.
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', out]).status === 0;
      if (mounted) {
        undo.push(() => spawnSync('umount', [out]));
        for (const slug of Object.keys(PAGES)) {
          await writeFile(path.join(dist, 'explainers', slug, 'offline.html'), `<!doctype html>${'x'.repeat(40_000)}`);
        }
      }
      const alpha = `the user's alpha${' '.repeat(20_000)}`;
      const beta = `the user's beta${' '.repeat(20_000)}`;
      await writeFile(path.join(out, 'alpha-story.html'), alpha);
      await writeFile(path.join(out, 'beta-story.html'), beta);
      const run = exportCli(['--all', '--force', '--dist', dist, '--out', out], mounted ? {} : { ulimitBlocks: 2 });
      expectCleanError(run, 1);
      expect(run.stderr).toMatch(
        /^export: cannot write out\/beta-story\.html: (the disk is full|the file is too large for this file system or limit); nothing was changed\n$/u,
      );
      expect(await filesIn(out)).toEqual(['alpha-story.html', 'beta-story.html']);
      expect(await readFile(path.join(out, 'alpha-story.html'), 'utf8')).toBe(alpha);
      expect(await readFile(path.join(out, 'beta-story.html'), 'utf8')).toBe(beta);

      // With room made, the same command goes through.
      await rm(path.join(out, 'beta-story.html'));
      await rm(path.join(out, 'alpha-story.html'));
      if (!mounted) return;
      const again = exportCli(['--all', '--force', '--dist', dist, '--out', out]);
      expect(again.stderr).toBe('');
      expect(again.status).toBe(0);
      expect(await filesIn(out)).toEqual(['alpha-story.html', 'beta-story.html']);
    });

    // Root can make a file immutable; nobody else can make a rename in their own folder fail.
    const root = process.getuid?.() === 0;
    it.runIf(root)('puts back the files it had already replaced when a later one cannot be replaced', async () => {
      const out = path.join(tmp, 'out');
      await mkdir(out);
      await writeFile(path.join(out, 'alpha-story.html'), "the user's alpha");
      await writeFile(path.join(out, 'beta-story.html'), "the user's beta");
      // alpha-story.html is replaced first; then beta-story.html, immutable, refuses to be.
      expect(spawnSync('chattr', ['+i', path.join(out, 'beta-story.html')]).status).toBe(0);
      undo.push(() => spawnSync('chattr', ['-i', path.join(out, 'beta-story.html')]));
      const run = exportCli(['--all', '--force', '--dist', dist, '--out', out]);
      expectCleanError(run, 1);
      expect(run.stderr).toBe(
        'export: cannot write out/beta-story.html: operation not permitted; every file was put back as it was\n',
      );
      expect(await filesIn(out)).toEqual(['alpha-story.html', 'beta-story.html']);
      expect(await readFile(path.join(out, 'alpha-story.html'), 'utf8')).toBe("the user's alpha");
      expect(await readFile(path.join(out, 'beta-story.html'), 'utf8')).toBe("the user's beta");
    });
  });

  describe('files left by an export that was killed', () => {
    /** The pid of a process that has ended, as the 8 hex digits a run puts in its file names. */
    async function deadPidHex(): Promise<string> {
      const child = spawn(process.execPath, ['-e', '']);
      await new Promise((resolve) => child.once('exit', resolve));
      return (child.pid ?? 0).toString(16).padStart(8, '0');
    }

    it('removes its temporary files on the next run, and leaves those of a run still going', async () => {
      const out = path.join(tmp, 'out');
      await mkdir(out);
      // Named as a run names them: `.<name>.<hex>.tmp`, the hex being the run's pid (8 digits) and 8 random
      // ones; the 12-digit form is what earlier versions wrote.
      const killed = `.beta-story.html.${await deadPidHex()}0a1b2c3d.tmp`;
      const older = '.alpha-story.html.0123456789ab.tmp';
      const live = `.alpha-story.html.${process.pid.toString(16).padStart(8, '0')}deadbeef.tmp`;
      for (const name of [killed, older, live]) await writeFile(path.join(out, name), '<!doctype html><p>half a pa');
      await writeFile(path.join(out, 'notes.tmp'), 'not ours');

      const run = exportCli(['--all', '--dist', dist, '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(
        `removed 2 files left by an export that was interrupted: out/${older}, out/${killed}`,
      );
      expect(await filesIn(out)).toEqual([live, 'alpha-story.html', 'beta-story.html', 'notes.tmp'].sort());
    });

    it('removes a backup that holds what its file holds, and keeps and names one that holds something else', async () => {
      const out = path.join(tmp, 'out');
      await mkdir(out);
      const pid = await deadPidHex();
      const same = `.alpha-story.html.${pid}00000001.bak`;
      const different = `.beta-story.html.${pid}00000002.bak`;
      await writeFile(path.join(out, 'alpha-story.html'), 'alpha as it is');
      await writeFile(path.join(out, same), 'alpha as it is');
      await writeFile(path.join(out, 'beta-story.html'), 'beta as the killed run left it');
      await writeFile(path.join(out, different), 'beta as it was before');

      const run = exportCli(['--all', '--force', '--dist', dist, '--out', out]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe(
        `export: out/${different} holds out/beta-story.html as it was before an export that was interrupted; ` +
          'rename it to beta-story.html to get that back, or delete it\n',
      );
      expect(run.stdout.split('\n')[0]).toBe(`removed a file left by an export that was interrupted: out/${same}`);
      expect(await filesIn(out)).toEqual([different, 'alpha-story.html', 'beta-story.html'].sort());
      expect(await readFile(path.join(out, different), 'utf8')).toBe('beta as it was before');
    });
  });
});
