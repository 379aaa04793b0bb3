import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repository = path.resolve(import.meta.dirname, '../..');
const node = path.join(repository, 'node_modules/.bin/node');
const checkStories = path.join(repository, 'src/cli/checkStories.ts');
const FIRST = 'us-pauses-intelligence-sharing-with-ukraine';

const temp = mkdtempSync(path.join(tmpdir(), 'check-report-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** `npm run check -- …`, typed in `cwd`. */
function check(args: readonly string[], cwd = repository) {
  const env = { ...process.env, INIT_CWD: cwd };
  const result = spawnSync(node, [checkStories, ...args], { cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check -- --report <story>', () => {
  it('reports the first story by its slug: exit 0, every line within 100 columns', () => {
    const run = check(['--report', FIRST]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Annotation report of a published story:',
      `content/explainers/${FIRST}/index.mdx`,
    ]);
    expect(lines.filter((line) => [...line].length > 100)).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}\d+:\d+ +"Waltz" -> waltz \(alias\)$/u),
        expect.stringMatching(/^ {2}\d+:\d+ +"National Security Adviser Mike Waltz" -> waltz \(alias\)$/u),
        expect.stringMatching(/^ {2}\d+:\d+ +"We have, we have taken a step back" — waltz; callout; Told reporters/u),
        expect.stringMatching(/^ {2}\d+:\d+ +"next week" -> paris-military-chiefs-meeting: week of 10 March 2025/u),
        expect.stringMatching(/^ {2}\d+:\d+ +"CIA" -> cia$/u),
      ]),
    );
  });

  it('takes a path to the story file or folder from where the editor is, and --report=<story>', () => {
    const byFolder = check(['--report', FIRST], path.join(repository, 'content/explainers'));
    expect(byFolder.stdout.split('\n')[1]).toBe(`${FIRST}/index.mdx`);
    const byFile = check([`--report=content/explainers/${FIRST}/index.mdx`]);
    expect(byFile.status).toBe(0);
    expect(byFile.stdout).toBe(check(['--report', FIRST]).stdout);
  });

  it('prints the check’s problems first, still reports, and exits 1', () => {
    const folder = path.join(temp, 'content/explainers/speaker-by-name');
    mkdirSync(folder, { recursive: true });
    // The registry the first story's people come from, beside the stories as in the site.
    cpSync(path.join(repository, 'content/people'), path.join(temp, 'content/people'), { recursive: true });
    const source = readFileSync(path.join(repository, 'content/explainers', FIRST, 'index.mdx'), 'utf8').replace(
      '    speaker: mulroy\n    text: "an immediate impact"',
      '    speaker: "Mick Mulroy"\n    text: "an immediate impact"',
    );
    writeFileSync(path.join(folder, 'index.mdx'), source);
    const run = check(['--report', 'content/explainers/speaker-by-name'], temp);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^content\/explainers\/speaker-by-name\/index\.mdx:\d+:\d+ {2}quotes\[7\]\.speaker {2}/u);
    expect(lines[1]).toBe('1 problem (npm run check)');
    expect(run.stdout).toContain(
      '\nAnnotation report of a published story:\ncontent/explainers/speaker-by-name/index.mdx\n',
    );
    expect(run.stdout).toMatch(/"an immediate impact" — mulroy; Setting not given/u);
    expect(run.stdout).toMatch(
      /\n {2}\d+:\d+ +quotes\[7\]\.speaker is "Mick Mulroy", a name, not an actor id; did you mean "mulroy"\?\n/u,
    );
  });

  it('refuses an unknown story, or none, on one line with exit 1', () => {
    const unknown = check(['--report', 'us-pauses-intelligence-sharing-with-ukrain']);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      `check --report: there is no story "us-pauses-intelligence-sharing-with-ukrain" in content/explainers. Did you mean "${FIRST}"?\n`,
    );
    const none = check(['--report']);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^check --report: give one story/u);
    const folderOfStories = check(['--report', 'content/explainers']);
    expect(folderOfStories.status).toBe(1);
    expect(folderOfStories.stderr).toMatch(/^check --report: content\/explainers is not a story/u);
  });

  it('leaves the plain check as it was', () => {
    const run = check([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+ stor(y|ies) checked: no problems/mu);
  });
});
