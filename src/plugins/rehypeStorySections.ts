import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { Problem } from '../lib/story/problem';
import type { Section } from '../lib/story/schema';
import { sharePath } from '../lib/share/shareTargets';
import { normalise } from '../lib/text/normalise';
import { storyPlugin } from './storyFile';

/**
 * Gives every `## heading` of the story the stable id declared for it under `sections`, a visible
 * link to itself, and wraps it with the content that follows in `<section aria-labelledby>`. Ids come
 * from the frontmatter, never from the heading's wording, so rewording a heading keeps shared links.
 */
export default storyPlugin((tree, { story, slug }) => {
  const problems = sectionProblems(tree, story.sections);
  // Sections are only wrapped when every heading is accounted for; otherwise the build stops.
  if (problems.length === 0) wrapSections(tree, story.sections, slug);
  return problems;
});

const isH2 = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'h2';

export function sectionProblems(tree: Root, sections: readonly Section[]): Problem[] {
  const headings = tree.children.filter(isH2).map((h2) => toString(h2).trim());
  const declared = sections.map((s) => s.heading);
  const problems: Problem[] = [];
  headings.forEach((heading, i) => {
    const at = declared.findIndex((d) => normalise(d) === normalise(heading));
    if (at < 0) {
      problems.push({
        field: 'sections',
        message: `the prose has the heading "## ${heading}" but no section declares it`,
        fix: `add { id: <a-stable-slug>, heading: "${heading}" } to sections, in reading order`,
      });
    } else if (at !== i) {
      problems.push({
        field: `sections[${at}].heading`,
        message: `"${heading}" is heading ${i + 1} in the prose but section ${at + 1} in the frontmatter`,
        fix: 'list sections in the order their headings appear in the prose',
      });
    }
  });
  sections.forEach((section, i) => {
    if (!headings.some((heading) => normalise(heading) === normalise(section.heading))) {
      problems.push({
        field: `sections[${i}].heading`,
        message: `no "## ${section.heading}" heading is in the prose`,
        fix: `write the heading as "## ${section.heading}" in the prose, or correct the heading here`,
      });
    }
  });
  return problems;
}

function wrapSections(tree: Root, sections: readonly Section[], slug: string): void {
  const byHeading = new Map(sections.map((s) => [normalise(s.heading), s]));
  const out: RootContent[] = [];
  let current: Element | undefined;
  for (const node of tree.children) {
    if (isH2(node)) {
      const section = byHeading.get(normalise(toString(node).trim()));
      if (section) {
        current = sectionElement(node, section, slug);
        out.push(current);
        continue;
      }
    }
    if (current && node.type !== 'doctype') current.children.push(node as ElementContent);
    else out.push(node);
  }
  tree.children = out;
}

function sectionElement(heading: Element, section: Section, slug: string): Element {
  heading.properties = { ...heading.properties, id: section.id };
  return h('section', { className: ['story-section'], ariaLabelledBy: section.id }, [
    h('div', { className: ['section-heading'] }, [
      heading,
      // The "#" is named for assistive technology by aria-label; a hidden span per anchor would cost
      // bytes on every page and in every offline copy.
      h(
        'a',
        {
          className: ['anchor-link'],
          href: `#${section.id}`,
          ariaLabel: `Link to section: ${section.heading}`,
          dataSharePath: sharePath(slug, section.id),
        },
        '#',
      ),
    ]),
  ]);
}
