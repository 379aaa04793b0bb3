import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** A link of a Markdown file that leads nowhere: the file it is in (relative to the root), its line, and why. */
export interface BrokenLink {
  readonly file: string;
  readonly line: number;
  readonly url: string;
  readonly why: string;
}

/** A link to a place in the repository, as written: `../authoring.md#quotes`, `#dates`, `tests/fixtures/broken/`. */
export interface LocalLink {
  readonly url: string;
  readonly line: number;
}

// Parsed as GitHub renders it (GFM), so a link in a table or a bare www. address is read as GitHub reads it.
const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

/** Whether a URL leaves the repository: it has a scheme (`https:`, `mailto:`) or is protocol-relative. */
const isExternal = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/** Every link, image and link definition of `markdown` that points into the repository. */
export function localLinks(markdown: string): LocalLink[] {
  const links: LocalLink[] = [];
  visit(parse(markdown), (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isExternal(node.url)) {
      links.push({ url: node.url, line: node.position?.start.line ?? 0 });
    }
  });
  return links;
}

/** The `#anchors` GitHub gives the headings of `markdown` (a repeated heading gets `-1`, `-2`, …). */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parse(markdown), 'heading', (heading) => {
    anchors.add(slugger.slug(toString(heading)));
  });
  return anchors;
}

/** The Markdown files of `dir` and its folders, as paths relative to `root`. */
export function markdownFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(root, relative);
    return entry.name.endsWith('.md') ? [relative] : [];
  });
}

/**
 * The links of `files` (relative to `root`) to a file or folder that does not exist, or to an `#anchor` that
 * is not a heading of the Markdown file it names. A link starting with `/` is read from the root, as
 * GitHub reads it.
 */
export function brokenLinks(root: string, files: readonly string[]): BrokenLink[] {
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (file: string): Set<string> => {
    let found = anchorsOf.get(file);
    if (!found) {
      found = headingAnchors(readFileSync(file, 'utf8'));
      anchorsOf.set(file, found);
    }
    return found;
  };

  const broken: BrokenLink[] = [];
  for (const file of files) {
    const source = path.join(root, file);
    for (const { url, line } of localLinks(readFileSync(source, 'utf8'))) {
      const report = (why: string): void => {
        broken.push({ file, line, url, why });
      };
      const hash = url.indexOf('#');
      const target = decodeURIComponent(hash < 0 ? url : url.slice(0, hash));
      const anchor = hash < 0 ? undefined : decodeURIComponent(url.slice(hash + 1));
      const resolved =
        target === ''
          ? source
          : target.startsWith('/')
            ? path.join(root, target)
            : path.resolve(path.dirname(source), target);
      if (!existsSync(resolved)) {
        report(`${path.relative(root, resolved)} does not exist`);
        continue;
      }
      if (target.endsWith('/') && !statSync(resolved).isDirectory()) {
        report(`${path.relative(root, resolved)} is not a folder`);
        continue;
      }
      if (anchor === undefined) continue;
      if (!resolved.endsWith('.md')) {
        report(`the anchor #${anchor} is in ${path.relative(root, resolved)}, which is not a Markdown file`);
      } else if (!anchors(resolved).has(anchor)) {
        report(`${path.relative(root, resolved)} has no heading with the anchor #${anchor}`);
      }
    }
  }
  return broken;
}
