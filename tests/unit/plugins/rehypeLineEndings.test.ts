import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeLineEndings from '../../../src/plugins/rehypeLineEndings';

const fromMarkdown = (markdown: string): string =>
  String(
    unified().use(remarkParse).use(remarkRehype).use(rehypeLineEndings).use(rehypeStringify).processSync(markdown),
  );

describe('rehypeLineEndings', () => {
  it('turns the CR LF and lone CR line breaks inside prose into LF', () => {
    const html = fromMarkdown(
      '"We are not moving a single ship until the board\r\nsits down," she said.\r\nThen\rmore.\r\n',
    );
    expect(html).not.toContain('\r');
    expect(html).toContain('until the board\nsits down');
    expect(html).toContain('Then\nmore.');
  });

  it('builds the same page from a story saved with CRLF as from one saved with LF', () => {
    const lf = 'A paragraph\nover two lines.\n\n## A heading\n\nAnother.\n';
    expect(fromMarkdown(lf.replace(/\n/g, '\r\n'))).toBe(fromMarkdown(lf));
  });

  it('leaves text without carriage returns as it is', () => {
    const tree = unified().use(rehypeParse, { fragment: true }).parse('<p>Line one\nline two</p>');
    const before = JSON.stringify(tree);
    unified().use(rehypeLineEndings).runSync(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });
});
