import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Text written with Windows line endings (CRLF) keeps them through Markdown into the page. Browsers
 * read CR LF as one line break, as the HTML standard normalises them, so the page reads the same
 * either way; this makes it so in the bytes too, so a story saved on Windows and the same story saved
 * elsewhere build the same page.
 */
export default function rehypeLineEndings() {
  return (tree: Root): void => {
    visit(tree, 'text', (node) => {
      if (node.value.includes('\r')) node.value = node.value.replace(/\r\n?/g, '\n');
    });
  };
}
