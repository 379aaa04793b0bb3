import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseProse } from '../story/storyMarkdown.ts';
import { normalise } from '../text/normalise.ts';
import { segmenterFor } from '../text/intl.ts';

/** A story's prose as the build reads it (MDX with GFM), editors' comments (MDX expressions) taken out. */
function readerTree(body: string): Root {
  const tree = parseProse(body);
  const strip = (node: Nodes): void => {
    if (!('children' in node)) return;
    node.children = node.children.filter(
      (child) => child.type !== 'mdxFlowExpression' && child.type !== 'mdxTextExpression',
    ) as typeof node.children;
    for (const child of node.children) strip(child as Nodes);
  };
  strip(tree);
  return tree;
}

/**
 * The first paragraph under each `## heading` of a story's Markdown body, keyed by heading text
 * (normalised). Parsed as the build parses it, so neither Markdown syntax nor an editor's comment
 * leaks into a share card.
 */
export function sectionOpenings(body: string): Map<string, string> {
  const tree = readerTree(body);
  const openings = new Map<string, string>();
  let heading: string | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && (node as Heading).depth === 2) heading = normalise(toString(node));
    else if (node.type === 'paragraph' && heading !== undefined && !openings.has(heading)) {
      openings.set(heading, toString(node).replace(/\s+/g, ' ').trim());
    }
  }
  return openings;
}

/** The first sentence of `text`, by the locale's sentence rules. */
export function firstSentence(text: string, locale = 'en-GB'): string {
  const segmenter = segmenterFor(locale, 'sentence');
  for (const { segment } of segmenter.segment(text)) return segment.trim();
  return text.trim();
}

let lastBody: string | undefined;
let lastParagraphs: readonly string[] = [];

/**
 * The text of every paragraph of a story's Markdown body, in order, as a reader sees it. Every quote
 * callout of a story asks for the same body, so the last answer is kept.
 */
export function proseParagraphs(body: string): readonly string[] {
  if (body !== lastBody) {
    const tree = readerTree(body);
    lastParagraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    lastBody = body;
  }
  return lastParagraphs;
}
