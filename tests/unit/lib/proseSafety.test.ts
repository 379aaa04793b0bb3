import { describe, expect, it } from 'vitest';
import { parseProse } from '../../../src/lib/story/storyMarkdown';
import { proseSafetyProblems, tooDeep, type ProseContext } from '../../../src/lib/story/proseSafety';

const context: ProseContext = {
  anchors: new Set(['timeline', 'council-vote', 'quote-okafor-lifeline']),
  slugs: new Set(['ferry-reopens', 'ferry-closes']),
  imageFileProblem: (relative) =>
    relative === 'harbour.jpg' || relative === 'photos/pier.png' ? undefined : 'is not in the story’s folder',
};
const problems = (markdown: string): string[] =>
  proseSafetyProblems(parseProse(markdown), context).map((p) => `${p.at?.line}:${p.at?.column} ${p.message}`);

describe('proseSafetyProblems: what a story may contain', () => {
  it('accepts Markdown and GFM: emphasis, lists, tables, strikethrough, bare addresses', () => {
    const markdown = [
      'Some **bold**, _italic_ and ~~struck~~ text, and www.example.com.',
      '',
      '- one',
      '- two',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '> A block quote.',
    ].join('\n');
    expect(problems(markdown)).toEqual([]);
  });

  it('accepts web, mail, in-page and site links, and empty or comment-only braces', () => {
    const markdown = [
      '[a](https://example.org/x?y=1#z) [b](http://example.org) [c](mailto:desk@example.org)',
      '[d](#timeline) [e](#quote-okafor-lifeline) [f](/) [g](/rss.xml) [h](/explainers/ferry-closes/)',
      '[i](/explainers/ferry-closes/#timeline) [j](/explainers/ferry-closes/share/timeline/)',
      '[k](/explainers/ferry-closes/offline.html) [l][ref]',
      '',
      '[ref]: https://example.org/ref',
      '',
      '{/* a note for the desk */} {}',
    ].join('\n');
    expect(problems(markdown)).toEqual([]);
  });

  it('accepts images that are files of the story, with alt text', () => {
    expect(problems('![The harbour](./harbour.jpg) ![The pier](./photos/pier.png)')).toEqual([]);
  });

  it('refuses code: import and export, and any expression that does something', () => {
    expect(problems("import x from 'node:fs'\n\nText {x} and {1 + 1}.")).toEqual([
      '1:1 `import` and `export` lines are code, which a story may not contain',
      '3:6 `{x}` is code (an MDX expression), which a story may not contain',
      '3:14 `{1 + 1}` is code (an MDX expression), which a story may not contain',
    ]);
  });

  it('refuses tags, whether HTML or components, inline or on their own line', () => {
    expect(problems('<Callout />\n\nText <b>bold</b> and <>frag</>.')).toEqual([
      '1:1 <Callout> is an HTML or component tag, which a story may not contain',
      '3:6 <b> is an HTML or component tag, which a story may not contain',
      '3:22 <> is a component fragment, which a story may not contain',
    ]);
  });

  it('refuses other links: schemes, relative paths, missing anchors and explainers, credentials', () => {
    expect(
      problems(
        [
          '[a](javascript:alert(1)) [b](data:text/html,x) [c](file:///etc/passwd) [d](page.html)',
          '[e](#nowhere) [f](/explainers/no-such/) [g](/explainers/ferry-closes) [h](/admin/)',
          '[i](https://user:pw@example.org/) [j](//evil.example/) [k][bad] [l](https:evil.example)',
          '[m](https://ex&#x09;ample.org)',
          '',
          '[bad]: javascript:alert(2)',
        ].join('\n'),
      ),
    ).toEqual([
      '1:1 the link "javascript:alert(1)" uses javascript:, which a story may not link to',
      '1:26 the link "data:text/html,x" uses data:, which a story may not link to',
      '1:48 the link "file:///etc/passwd" uses file:, which a story may not link to',
      '1:72 the link "page.html" is relative, and would break in shared and offline copies',
      '2:1 the link "#nowhere" points to no place on this page',
      '2:15 the link "/explainers/no-such/" names the explainer "no-such", which does not exist',
      '2:41 the link "/explainers/ferry-closes" is not a page of this site',
      '2:71 the link "/admin/" is not a page of this site',
      '3:1 the link "https://user:pw@example.org/" has a user name or password before "@", so it would take readers to example.org',
      '3:35 the link "//evil.example/" is relative, and would break in shared and offline copies',
      '3:65 the link "https:evil.example" must be an absolute http:// or https:// URL (javascript:, data: and relative URLs are refused)',
      '4:1 the link "https://ex\tample.org" has a space or an invisible character inside it',
      '6:1 the link "javascript:alert(2)" uses javascript:, which a story may not link to',
    ]);
  });

  it('refuses remote images, images outside the folder or missing, other formats, and no alt text', () => {
    expect(
      problems(
        [
          '![x](https://evil.example/a.png) ![x](//evil.example/a.png) ![x](../a.png) ![x](/a.png)',
          '![x](./missing.jpg) ![x](./map.svg) ![](./harbour.jpg) ![x][remote]',
          '![x](./harbour.jpg?w=1) ![x](./harbour.jpg#top) ![x](./sub%2Fharbour.jpg) ![x](.hidden.jpg)',
          '![x](harbour.jpg) ![x](zod/x.png)',
          '',
          '[remote]: https://evil.example/b.png',
        ].join('\n'),
      ).map((p) => p.replace(/^\S+ the image "[^"]*" /, '')),
    ).toEqual([
      'is not a file of the story, and would be loaded from another site',
      'is not a file of the story, and would be loaded from another site',
      'is outside the story’s folder',
      'is outside the story’s folder',
      'is not in the story’s folder',
      'is not a JPEG, PNG, WebP, AVIF or GIF file',
      'has no alt text',
      'is not a file of the story, and would be loaded from another site',
      'is not a plain file name',
      'is not a plain file name',
      'is not a plain file name',
      'is not a plain file name',
      'is not a plain file name',
      'is not a plain file name',
    ]);
  });

  it('refuses task-list items, which would put checkboxes in the story', () => {
    expect(problems('- [x] Vote held\n- [ ] Ferry sails\n- Tickets')).toEqual([
      '1:1 a task-list item ("[ ]" or "[x]") would put a form checkbox in the story',
      '2:1 a task-list item ("[ ]" or "[x]") would put a form checkbox in the story',
    ]);
  });

  it('refuses footnotes, which would add ids and a list of their own', () => {
    expect(problems('Text.[^1]\n\n[^1]: A footnote.')).toEqual([
      '1:6 footnotes are not part of an explainer (GFM would add a list and ids of its own to the page)',
      '3:1 footnotes are not part of an explainer (GFM would add a list and ids of its own to the page)',
    ]);
  });

  it('skips the anchor check when the frontmatter cannot say which anchors the page has', () => {
    const tree = parseProse('[a](#anything)');
    expect(proseSafetyProblems(tree, { ...context, anchors: undefined })).toEqual([]);
  });
});

describe('tooDeep', () => {
  it('finds nesting past the limit without recursion, at the first node too deep', () => {
    expect(tooDeep(parseProse('- a\n  - b\n    - c'))).toBeUndefined();
    const deep = tooDeep(parseProse(`${'> '.repeat(200)}deep`));
    expect(deep?.message).toContain('is nested more than 32 levels deep');
    expect(deep?.at?.line).toBe(1);
  });
});
