import { execFile } from 'node:child_process';
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/buildSite';
import { brokenCases, describeExpected, REPO, reportedFile, TEMPLATE } from '../unit/check/catalogue';

const run = promisify(execFile);
const EXPLAINERS = 'content/explainers';
const cases = brokenCases();

/**
 * Story folders the build could skip or choke on, beside the catalogue: each must be a problem of
 * its own, from the check and from the build alike. Each holds a valid story.
 */
const FOLDER_CASES: { name: string; message: string }[] = [
  { name: '.hidden-story', message: 'is a hidden folder' },
  { name: 'a#hash', message: 'is not a valid story folder name' },
  { name: 'a?q=1', message: 'is not a valid story folder name' },
  { name: 'a%20b', message: 'is not a valid story folder name' },
  { name: 'back\\slash', message: 'is not a valid story folder name' },
  { name: `long${'-slug'.repeat(50)}`, message: 'is 254 characters long; a story folder' },
  { name: 'linked-story', message: 'is a symbolic link' },
];

interface Run {
  readonly ok: boolean;
  readonly output: string;
}

// eslint-disable-next-line no-control-regex -- colour codes, should the logger add them
const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');
/** A problem line as `npm run check` prints it: `file:line:column  field  message  (fix: …)`. */
const PROBLEM = /^\S.*:\d+:\d+ {2}\S+ {2}.+$/u;
const problemLines = (output: string): string[] =>
  plain(output)
    .split('\n')
    .filter((line) => PROBLEM.test(line));

let site: SiteCopy;
let build: Run;
let check: Run;

/**
 * One copy of the site holding every broken case beside the first story (each copied into
 * content/explainers/<case>/, the case without index.mdx too) and the folder cases; then
 * `npm run check` and `astro build` in it, as an editor would run them.
 */
beforeAll(async () => {
  site = await copySite({
    stories: cases.map((c) => path.join(REPO, c.dir)),
    prepare: async (dir) => {
      const template = await import('node:fs/promises').then((fs) =>
        fs.readFile(path.join(REPO, TEMPLATE, 'index.mdx')),
      );
      for (const { name } of FOLDER_CASES) {
        if (name === 'linked-story') continue;
        await mkdir(path.join(dir, EXPLAINERS, name));
        await writeFile(path.join(dir, EXPLAINERS, name, 'index.mdx'), template);
      }
      // The fixtures' registry (a fictional person the people cases name) beside the site's own.
      await cp(path.join(REPO, 'tests/fixtures/people/moreau.yaml'), path.join(dir, 'content/people/moreau.yaml'));
      await mkdir(path.join(dir, 'outside/linked-story'), { recursive: true });
      await writeFile(path.join(dir, 'outside/linked-story/index.mdx'), template);
      await symlink(path.join(dir, 'outside/linked-story'), path.join(dir, EXPLAINERS, 'linked-story'), 'dir');
    },
  });
  try {
    const { stdout } = await run(process.execPath, ['src/cli/checkStories.ts'], {
      cwd: site.dir,
      env: { ...process.env, INIT_CWD: site.dir },
      maxBuffer: 1 << 26,
    });
    check = { ok: true, output: stdout };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    check = { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
  build = await site.build();
}, 300_000);

afterAll(async () => {
  await site?.cleanup();
});

// One real `astro build` with every broken case at once: it must stop before building anything and
// list every problem, each naming its file, exactly as `npm run check` does in the same folder.
describe('the build of a site holding every broken story', () => {
  it('fails, and says nothing was built', () => {
    expect(build.ok).toBe(false);
    expect(plain(build.output)).toContain('nothing was built');
    expect(plain(build.output)).not.toMatch(/\[build\] Complete!/);
  });

  it('prints the same problems as npm run check, line for line and in the same order', () => {
    expect(check.ok).toBe(false);
    const fromCheck = problemLines(check.output);
    expect(fromCheck.length).toBeGreaterThan(cases.length);
    expect(problemLines(build.output)).toEqual(fromCheck);
  });

  it('gives no stack trace', () => {
    expect(plain(build.output)).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
    expect(plain(check.output)).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: the output names the file, line, field and message', (_, c) => {
    const file = reportedFile(c, `${EXPLAINERS}/${c.name}`);
    const lines = problemLines(build.output);
    for (const want of c.expected) {
      const head = `${file}:${want.line}:`;
      const found = lines.some(
        (line) => line.startsWith(head) && line.includes(`  ${want.field}  `) && line.includes(want.message),
      );
      expect(found, `${describeExpected(want, file)} in the build output:\n${build.output}`).toBe(true);
    }
  });

  it.each(FOLDER_CASES.map((c) => [c.name, c] as const))('folder %s: refused by name, never skipped', (_, c) => {
    const lines = problemLines(build.output);
    const found = lines.some((line) => line.startsWith(`${EXPLAINERS}/${c.name}/:1:1  (folder)  ${c.message}`));
    expect(found, `${c.name} in:\n${lines.join('\n')}`).toBe(true);
  });
});
