import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';

/**
 * The Markdown a story is written in, as the MDX compiler of the build reads it: CommonMark with
 * MDX's syntax and GFM (tables, autolinks such as www.example.com, strikethrough), smart quotes off
 * so the prose keeps the reporting's own characters. `astro.config.mjs` hands these options to
 * Astro's processor and the check parses with the same extensions, so the two see the same tree.
 */
export const STORY_MARKDOWN = { gfm: true, smartypants: false } as const;

/** MDX nodes go through to hast untouched, as the MDX compiler lets them. */
const TO_HAST: RemarkRehypeOptions = {
  allowDangerousHtml: true,
  passThrough: ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression'],
};

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const toHast = unified().use(remarkRehype, TO_HAST);

/** The prose's Markdown tree. Throws the MDX parser's error (with its place) on prose MDX cannot read. */
export function parseProse(body: string): MdastRoot {
  return parser.runSync(parser.parse(body)) as MdastRoot;
}

/** The prose as HTML elements, as the MDX compiler hands them to the rehype plugins. */
export function proseToHast(tree: MdastRoot): HastRoot {
  return toHast.runSync(tree) as HastRoot;
}
