import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brokenLinks, headingAnchors, localLinks, markdownFiles } from './markdownLinks';

const REPO = path.resolve(import.meta.dirname, '../../..');

describe('links in README.md and docs/', () => {
  const files = ['README.md', ...markdownFiles(REPO, 'docs')];

  it('covers the README and every document', () => {
    for (const doc of [
      'docs/authoring.md',
      'docs/architecture.md',
      'docs/security.md',
      'docs/reference/frontmatter.md',
      'docs/reference/errors.md',
    ]) {
      expect(files).toContain(doc);
    }
    // Every case of the errors reference links to its fixture, so there are well over a hundred links to check.
    const links = files.flatMap((file) => localLinks(readFileSync(path.join(REPO, file), 'utf8')));
    expect(links.length).toBeGreaterThan(100);
  });

  it('all lead to a file, folder or heading that exists', () => {
    expect(brokenLinks(REPO, files)).toEqual([]);
  });
});

describe('brokenLinks', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'doc-links-'));
    mkdirSync(path.join(root, 'docs/reference'), { recursive: true });
    // Headings of the first story; the second one twice, as GitHub numbers a repeated heading.
    writeFileSync(
      path.join(root, 'docs/story.md'),
      '# US pauses intelligence sharing with Ukraine\n\n## Pause linked to peace process\n\n## Alarm in Europe\n\n## Alarm in Europe\n',
    );
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const check = (markdown: string): string[] => {
    writeFileSync(path.join(root, 'docs/reference/page.md'), markdown);
    return brokenLinks(root, ['docs/reference/page.md']).map((link) => `${link.line} ${link.url}`);
  };

  it('accepts links to existing files, folders and headings, relative to the file', () => {
    expect(
      check(
        '[story](../story.md), [section](../story.md#pause-linked-to-peace-process), ' +
          '[again](../story.md#alarm-in-europe-1), [folder](../), [from the root](/docs/story.md)\n\n' +
          '## Here\n\n[on this page](#here)\n',
      ),
    ).toEqual([]);
  });

  it('reports a file that does not exist, relative to the folder of the file the link is in', () => {
    // story.md is one folder up: a link written as if from docs/ is broken in docs/reference/.
    expect(check('# Page\n\nSee [the story](story.md).\n')).toEqual(['3 story.md']);
  });

  it('reports an anchor no heading has, in another file or this one', () => {
    expect(check('[a](../story.md#alarm-in-europe-2)\n\n[b](#alarm-in-europe)\n')).toEqual([
      '1 ../story.md#alarm-in-europe-2',
      '3 #alarm-in-europe',
    ]);
  });

  it('reads links inside tables and link definitions, and leaves web addresses alone', () => {
    expect(
      check(
        '| case | fix |\n| --- | --- |\n| [gone](../gone/) | x |\n\n[def]: ../missing.md\n\n' +
          '[web](https://www.reuters.com/) www.example.com [mail](mailto:desk@example.org)\n',
      ),
    ).toEqual(['3 ../gone/', '5 ../missing.md']);
  });

  it('reports a folder link to a file', () => {
    expect(check('[story](../story.md/)\n')).toEqual(['1 ../story.md/']);
  });
});

describe('headingAnchors and localLinks', () => {
  it('make anchors as GitHub does: lowercase, punctuation dropped, spaces as hyphens', () => {
    expect([...headingAnchors("## Who's who\n\n### Quotations inside quotations\n\n## `review`\n")]).toEqual([
      'whos-who',
      'quotations-inside-quotations',
      'review',
    ]);
  });

  it('skip links in code', () => {
    expect(localLinks('`[a](b.md)`\n\n```md\n[c](d.md)\n```\n\n[e](f.md)\n')).toEqual([{ url: 'f.md', line: 7 }]);
  });
});
