import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isPageOwnId } from './anchors.ts';
import { positionOf, type Problem } from './problem.ts';

/**
 * Headings of the prose that would break the page: a `#` heading is a second title (the page has
 * one, the story's `title`), and a `###`–`######` heading gets an id from its words, which must not be
 * an id the page already has (`### Timeline` would be a second `#timeline`). Section headings (`##`)
 * take their ids from `sections` and are checked there. Ids are made as the build makes them: GitHub's
 * slugs, one slugger per story, in reading order, for headings that have no id of their own.
 */
export function headingProblems(tree: Root, sectionIds: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const slugger = new GithubSlugger();
  const sections = new Set(sectionIds);
  const visit = (node: Nodes, atTop: boolean): void => {
    if (node.type === 'heading') check(node, atTop);
    if ('children' in node) for (const child of node.children) visit(child as Nodes, false);
  };
  const check = (heading: Heading, atTop: boolean): void => {
    // The build's text of a heading leaves image alt text out (rehypeHeadingIds reads text nodes only).
    const words = toString(heading, { includeImageAlt: false });
    if (heading.depth === 1) {
      problems.push({
        field: '(prose)',
        message: `the heading "# ${words}" would be a second title on the page`,
        fix: 'use "## " for a section (declared under sections), or "### " for a part of one',
        at: positionOf(heading),
      });
      return;
    }
    if (heading.depth === 2) {
      // Sections are the headings of the story itself; one inside a quote or a list is not a section.
      if (!atTop)
        problems.push({
          field: '(prose)',
          message: `the heading "## ${words}" stands inside a quote or a list, where it cannot start a section`,
          fix: 'put the heading on a line of its own, outside the quote or list',
          at: positionOf(heading),
        });
      return;
    }
    const id = slugger.slug(words);
    if (!/[\p{L}\p{N}]/u.test(words)) {
      problems.push({
        field: '(prose)',
        message: `the heading "${'#'.repeat(heading.depth)} ${words}" has no letters or digits to make its id from`,
        fix: 'give the heading words',
        at: positionOf(heading),
      });
      return;
    }
    if (isPageOwnId(id) || sections.has(id))
      problems.push({
        field: '(prose)',
        message: `the heading "${'#'.repeat(heading.depth)} ${words}" would get the id "${id}", which the page already uses`,
        fix: 'reword the heading',
        at: positionOf(heading),
      });
  };
  for (const child of tree.children) visit(child, true);
  return problems;
}
