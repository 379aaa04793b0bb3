import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStories } from '../../../src/check/checkStories';
import { storyHash } from '../../../src/check/checkStory';
import { rememberPassed } from '../../../src/check/passedStories';
import remarkStoryCheck from '../../../src/plugins/remarkStoryCheck';
import { storyFromFile } from '../../../src/plugins/storyFile';
import { REPO, TEMPLATE } from '../check/catalogue';

const root = mkdtempSync(path.join(tmpdir(), 'remark-story-check-'));
const template = readFileSync(path.join(REPO, TEMPLATE, 'index.mdx'));
function storyFile(slug: string, bytes: Uint8Array | string): string {
  const folder = path.join(root, 'content/explainers', slug);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.mdx'), bytes);
  return path.join(folder, 'index.mdx');
}
const run = (file: string): VFile => {
  const vfile = new VFile({ path: file, value: '' });
  remarkStoryCheck()({ type: 'root', children: [] } as Root, vfile);
  return vfile;
};

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('remarkStoryCheck, the first step of the MDX pipeline', () => {
  it('hands the plugins the story as the check read it', () => {
    const file = storyFile('ferry', template);
    const vfile = run(file);
    const expected = checkStories([file], root).passed.get(file)?.story;
    expect(vfile.data.checkedStory).toEqual(expected);
    expect(storyFromFile(vfile)?.story).toBe(vfile.data.checkedStory);
  });

  it('does not check again the bytes that passed the build’s check: it takes the story from there', () => {
    const file = storyFile('ferry-again', template);
    const [passed] = checkStories([file], root).passed.values();
    if (!passed) throw new Error('the template should pass');
    const handedOn = { ...passed.story, title: 'As the build’s check read it' };
    rememberPassed(new Map([[file, { ...passed, story: handedOn }]]));
    expect(run(file).data.checkedStory?.title).toBe('As the build’s check read it');
  });

  it('checks a file whose bytes changed since the build’s check, and refuses it with the check’s lines', () => {
    const file = storyFile('ferry-changed', template);
    const [passed] = checkStories([file], root).passed.values();
    rememberPassed(new Map([[file, passed!]]));
    writeFileSync(file, `${template.toString()}\n{process.exit(1)}\n`);
    expect(storyHash(readFileSync(file))).not.toBe(passed!.hash);
    expect(() => run(file)).toThrow(
      /ferry-changed\/index\.mdx: 1 problem \(npm run check\):\n.*ferry-changed\/index\.mdx:74:1 {2}\(prose\) {2}`\{process\.exit\(1\)\}` is code/u,
    );
  });

  it('leaves files that are not stories alone', () => {
    const vfile = new VFile({ path: path.join(root, 'src/pages/about.mdx'), value: '' });
    remarkStoryCheck()({ type: 'root', children: [] } as Root, vfile);
    expect(vfile.data.checkedStory).toBeUndefined();
  });
});
