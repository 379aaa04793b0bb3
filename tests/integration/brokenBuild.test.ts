import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteWithStories } from '../support/buildSite';
import { brokenCases, describeExpected, REPO, reportedFile } from '../unit/check/catalogue';

const EXPLAINERS = 'content/explainers';
const cases = brokenCases();

interface BuildResult {
  readonly ok: boolean;
  readonly output: string;
}

/**
 * Builds a throwaway copy of the site holding every broken case beside the first story, each copied
 * into content/explainers/<case>/ (the case without index.mdx too), as an editor would run the build.
 */
async function buildWithBrokenCases(): Promise<BuildResult> {
  const build = await buildSiteWithStories({ stories: cases.map((c) => path.join(REPO, c.dir)) });
  await build.cleanup();
  return { ok: build.ok, output: build.output };
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
