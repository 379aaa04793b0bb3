import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenCases, describeExpected, REPO, reportedFile } from '../unit/check/catalogue';

const run = promisify(execFile);
const EXPLAINERS = 'content/explainers';
const cases = brokenCases();

interface BuildResult {
  readonly ok: boolean;
  readonly output: string;
}

/**
 * Builds a throwaway copy of the site whose only stories are the broken cases, each copied into
 * content/explainers/<case>/ (the case without index.mdx too), as an editor would run the build.
 */
async function buildWithBrokenCases(): Promise<BuildResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'explainer-broken-build-'));
  try {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
      await cp(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
    }
    for (const c of cases) {
      await cp(path.join(REPO, c.dir), path.join(dir, EXPLAINERS, c.name), { recursive: true });
    }
    await symlink(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const astro = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
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

// One real `astro build` with every broken case at once: it must stop before building anything and
// list every problem, each naming its file, as `npm run check` does.
describe('the build of a site holding every broken story', () => {
  let result: BuildResult;
  // eslint-disable-next-line no-control-regex -- colour codes, should the logger add them
  const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

  beforeAll(async () => {
    result = await buildWithBrokenCases();
    result = { ...result, output: plain(result.output) };
  }, 300_000);

  it('fails, and says nothing was built', () => {
    expect(result.ok).toBe(false);
    expect(result.output).toContain('nothing was built');
    expect(result.output).not.toMatch(/\[build\] Complete!/);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: the output names the file, line, field and message', (_, c) => {
    const file = reportedFile(c, `${EXPLAINERS}/${c.name}`);
    const lines = result.output.split('\n');
    for (const want of c.expected) {
      const head = `${file}:${want.line}:`;
      const found = lines.some(
        (line) => line.includes(head) && line.includes(`  ${want.field}  `) && line.includes(want.message),
      );
      expect(found, `${describeExpected(want, file)} in the build output:\n${result.output}`).toBe(true);
    }
  });
});
