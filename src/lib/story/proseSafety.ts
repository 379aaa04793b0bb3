import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { positionOf, type Problem, type ProsePosition } from './problem.ts';
import { webUrlProblem } from './safeUrl.ts';
import { unsafeCharacters } from './textSafety.ts';

/**
 * What a story's prose may contain. A story is text written by people trusted with words, not with
 * code: Markdown (CommonMark and GFM) and nothing that runs or becomes markup the site did not write.
 * The MDX parser still reads the prose (the files are .mdx), so everything MDX adds to Markdown is
 * refused here, before anything is compiled or run.
 */
export interface ProseContext {
  /** Ids the explainer page has (`pageAnchorIds`), for in-page `#links`; undefined when the frontmatter cannot say. */
  readonly anchors: ReadonlySet<string> | undefined;
  /** Slugs of the site's stories, for links to other explainers. */
  readonly slugs: ReadonlySet<string>;
  /**
   * What is wrong with the image file at this path relative to the story's folder (missing, not a
   * regular file of the folder, not an image), or undefined when it is a real image of the story.
   */
  readonly imageFileProblem: (relativePath: string) => string | undefined;
  /**
   * Told of each link to another explainer that exists: whether that one is a draft is only known
   * once every story is read (see checkStories).
   */
  readonly onStoryLink?: (slug: string, at: ProsePosition | undefined) => void;
}

/** How deep the prose's Markdown may nest (a quote in a list in a quote…); real stories stay under 10. */
export const MAX_NESTING = 32;
/** The largest prose accepted, in characters (the first story has ~5,000; a very long read ~100,000). */
export const MAX_PROSE_CHARACTERS = 200_000;

const IMAGE_EXTENSION = /\.(?:jpe?g|png|webp|avif|gif)$/iu;
/**
 * `./photo.jpg`, `./photos/pier-2.png`: names of letters, digits, "-", "_" and ".", not starting with
 * ".", after "./" (without it the bundler looks for an npm package of that name first).
 */
const IMAGE_PATH = /^\.\/(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.(?:jpe?g|png|webp|avif|gif)$/iu;

const MARKDOWN_INSTEAD =
  'write it in Markdown (**bold**, _italic_, [text](https://…), ## heading); to show a literal < or { write \\< or \\{';

/** A node of MDX's own syntax (mdast-util-mdx types), seen as a plain node with a type. */
interface MdxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly value?: string;
  readonly data?: { estree?: { body?: unknown[] } | null };
  readonly position?: Nodes['position'];
}

/**
 * The deepest nesting in the tree, found without recursion, and the first node at more than
 * `MAX_NESTING` levels. Runs before anything walks the tree recursively, so a 3,000-level
 * nesting is a message, not a stack overflow.
 */
export function tooDeep(tree: Root): Problem | undefined {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_NESTING) {
      return {
        field: '(prose)',
        message: `is nested more than ${MAX_NESTING} levels deep (lists, quotes, emphasis or tags inside each other)`,
        fix: 'flatten it: a story needs a few levels at most',
        at: positionOf(node),
      };
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child as Nodes, depth: depth + 1 });
  }
  return undefined;
}

/**
 * Every construct in the prose a story may not contain, each at its line and column: `import` and
 * `export`, `{expressions}` (but empty ones and `{/* comments *\/}`), JSX and HTML elements, links
 * other than web, mail, in-page and site links, and images other than files in the story's folder
 * with alt text. Call `tooDeep` first: this walks the tree recursively.
 */
export function proseSafetyProblems(tree: Root, context: ProseContext): Problem[] {
  const problems: Problem[] = [];
  const report = (node: { position?: Nodes['position'] }, message: string, fix: string): void => {
    problems.push({ field: '(prose)', message, fix, at: positionOf(node) });
  };
  const definitions = new Map<string, string>();
  const walk = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);

  const visit = (node: Nodes): void => {
    const mdx = node as unknown as MdxNode;
    switch (mdx.type) {
      case 'mdxjsEsm':
        report(
          node,
          '`import` and `export` lines are code, which a story may not contain',
          'remove the line: a story is text, and the page supplies everything else',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* a comment */}` and `{}` compile to nothing; anything else would run at build time.
        if ((mdx.data?.estree?.body?.length ?? 0) > 0)
          report(
            node,
            `\`{${abbreviate(mdx.value ?? '')}}\` is code (an MDX expression), which a story may not contain`,
            'remove it; to show a literal { write \\{',
          );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        report(
          node,
          mdx.name
            ? `<${mdx.name}> is an HTML or component tag, which a story may not contain`
            : '<> is a component fragment, which a story may not contain',
          MARKDOWN_INSTEAD,
        );
        return;
      case 'html':
        report(node, 'raw HTML is not allowed in a story', MARKDOWN_INSTEAD);
        return;
      default:
        break;
    }
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      report(
        node,
        'a task-list item ("[ ]" or "[x]") would put a form checkbox in the story',
        'write the item without the brackets',
      );
    }
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      report(
        node,
        'footnotes are not part of an explainer (GFM would add a list and ids of its own to the page)',
        'put the words in the prose, or add a note under notes in the frontmatter',
      );
      return;
    }
    if (node.type === 'link') linkProblem(node, node.url, context, report);
    else if (node.type === 'definition') linkProblem(node, node.url, context, report);
    else if (node.type === 'image') imageProblem(node, node.url, node.alt ?? '', context, report);
    else if (node.type === 'imageReference')
      imageProblem(node, definitions.get(node.identifier) ?? '', node.alt ?? '', context, report);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return problems;
}

function abbreviate(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

type Report = (node: { position?: Nodes['position'] }, message: string, fix: string) => void;

/** Site pages a story may link to: the home page, the feed, and explainers (their share pages and offline copies). */
const SITE_PAGE = /^\/(?:(?:rss\.xml)|explainers\/([^/?#]+)\/(?:(?:share\/[^/?#]+\/)|offline\.html)?)?$/;

function linkProblem(node: { position?: Nodes['position'] }, url: string, context: ProseContext, report: Report): void {
  if (url.startsWith('#')) {
    const id = decodeURIComponentSafe(url.slice(1));
    if (context.anchors && !context.anchors.has(id))
      report(
        node,
        `the link "${url}" points to no place on this page`,
        'use the id of a section, or #quote-<id>, #event-<id>, #actor-<id>, #note-<id>',
      );
    return;
  }
  if (url.startsWith('/') && !url.startsWith('//')) {
    const pathOnly = url.replace(/[?#].*$/, '');
    const match = SITE_PAGE.exec(pathOnly);
    if (!match) {
      report(
        node,
        `the link "${url}" is not a page of this site`,
        'link to /, /rss.xml or /explainers/<slug>/ (with the trailing slash)',
      );
      return;
    }
    const slug = match[1];
    if (slug !== undefined && !context.slugs.has(slug))
      report(node, `the link "${url}" names the explainer "${slug}", which does not exist`, 'check the slug');
    else if (slug !== undefined) context.onStoryLink?.(slug, positionOf(node));
    return;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'mailto') return;
  if (scheme === 'http' || scheme === 'https') {
    const problem = webUrlProblem(url);
    if (problem) report(node, `the link "${url}" ${problem.message}`, problem.fix);
    return;
  }
  report(
    node,
    scheme
      ? `the link "${url}" uses ${scheme}:, which a story may not link to`
      : `the link "${url}" is relative, and would break in shared and offline copies`,
    'link to an https:// address, a mailto: address, #an-anchor on this page, or /explainers/<slug>/',
  );
}

function imageProblem(
  node: { position?: Nodes['position'] },
  url: string,
  alt: string,
  context: ProseContext,
  report: Report,
): void {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    report(
      node,
      `the image "${url}" is not a file of the story, and would be loaded from another site`,
      'put the image file in the story’s folder and write ![what it shows](./photo.jpg)',
    );
    return;
  }
  // A plain path only: no query, fragment or %-escape, which the check and the bundler would each
  // read their own way, and no "..", which would leave the story's folder.
  if (url.startsWith('/') || url.split('/').includes('..')) {
    report(node, `the image "${url}" is outside the story’s folder`, 'put the image file in the story’s folder');
    return;
  }
  if (!IMAGE_PATH.test(url)) {
    report(
      node,
      IMAGE_EXTENSION.test(url.replace(/[?#].*$/, ''))
        ? `the image "${url}" is not a plain file name`
        : `the image "${url}" is not a JPEG, PNG, WebP, AVIF or GIF file`,
      IMAGE_EXTENSION.test(url.replace(/[?#].*$/, ''))
        ? 'write the path as ./photo.jpg: "./", then letters, digits, "-", "_" and ".", without "?", "#" or "%"'
        : 'save the image in one of these formats (SVG is refused: it can hold scripts)',
    );
    return;
  }
  const relative = path.posix.normalize(url);
  const problem = context.imageFileProblem(relative);
  if (problem) {
    report(node, `the image "${url}" ${problem}`, 'put the image file itself (not a link to it) beside index.mdx');
    return;
  }
  if (alt.trim().length === 0)
    report(
      node,
      `the image "${url}" has no alt text`,
      'describe what it shows between the brackets: ![Ships in the harbour at dawn](./photo.jpg)',
    );
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Unsafe characters that the prose's text holds only once Markdown is read: a character reference
 * such as `&#x202E;` is harmless as written and a direction override on the page. Checks every text
 * the page shows or uses (text, code, alt text, titles, addresses), each at its node.
 */
export function decodedCharacterProblems(tree: Root): Problem[] {
  const problems: Problem[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const texts = [
      'value' in node && typeof node.value === 'string' ? node.value : undefined,
      'alt' in node ? node.alt : undefined,
      'title' in node ? node.title : undefined,
      'url' in node ? node.url : undefined,
    ];
    for (const text of texts) {
      const [first] = text ? unsafeCharacters(text, true) : [];
      if (first)
        problems.push({ field: '(prose)', message: `contains ${first.what}`, fix: first.fix, at: positionOf(node) });
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return problems.sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.column ?? 0) - (b.at?.column ?? 0));
}
