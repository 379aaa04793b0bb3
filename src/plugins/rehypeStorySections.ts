import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { positionOf, type Problem } from '../lib/story/problem.ts';
import { formerAnchorIds } from '../lib/story/anchors.ts';
import type { Section } from '../lib/story/schema.ts';
import { explainerPath, sharePath } from '../lib/share/shareTargets.ts';
import { normalise } from '../lib/text/normalise.ts';
import { storyPlugin } from './storyFile.ts';

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
  const headings = tree.children.filter(isH2).map((node) => ({ node, text: toString(node).trim() }));
  const declaredAt = (text: string): number => sections.findIndex((s) => normalise(s.heading) === normalise(text));
  const problems: Problem[] = [];
  let previous = -1;
  /** Sections whose heading has been seen: a second such heading would give the page the id twice. */
  const seen = new Set<number>();
  for (const heading of headings) {
    const at = declaredAt(heading.text);
    if (at < 0) {
      problems.push({
        field: 'sections',
        at: positionOf(heading.node),
        message: `the prose has the heading "## ${heading.text}" but no section declares it`,
        fix: `add { id: <a-stable-slug>, heading: "${heading.text}" } to sections, in reading order`,
      });
      continue;
    }
    if (seen.has(at)) {
      const section = sections[at];
      problems.push({
        field: `sections[${at}].heading`,
        at: positionOf(heading.node),
        message: `the heading "## ${heading.text}" stands in the prose a second time here; both would get the id "${section?.id ?? ''}", so a link to the section could lead to either`,
        fix: 'give this part a heading of its own and declare it under sections with its own id, or remove this heading so its paragraphs join the section before it',
      });
      continue;
    }
    seen.add(at);
    if (at < previous) {
      problems.push({
        field: `sections[${at}].heading`,
        at: positionOf(heading.node),
        message: `"${heading.text}" comes after "${sections[previous]?.heading ?? ''}" in the prose but before it in sections`,
        fix: 'list sections in the order their headings appear in the prose',
      });
    }
    previous = Math.max(previous, at);
  }
  sections.forEach((section, i) => {
    if (!headings.some((heading) => normalise(heading.text) === normalise(section.heading))) {
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
  // Links to the section's former ids land on its heading too: an empty element holds each.
  heading.children.unshift(...formerAnchorIds('section', section).map((id) => h('span', { id })));
  return h('section', { className: ['story-section'], ariaLabelledBy: section.id }, [
    // A <header>, not a <div>: Readability drops a div whose only other child was the share-link control,
    // and the heading with it.
    h('header', { className: ['section-heading'] }, [
      heading,
      // The "#" is named for assistive technology by aria-label; a hidden span per anchor would cost
      // bytes on every page and in every offline copy.
      h(
        'a',
        {
          // share-link: the class reader views drop as a share widget, as AnchorLink's control has it.
          className: ['anchor-link', 'share-link'],
          href: `#${section.id}`,
          ariaLabel: `Link to section: ${section.heading}`,
          // Relative to the explainer, as AnchorLink writes it: the same address in fewer bytes.
          dataSharePath: sharePath(slug, section.id).slice(explainerPath(slug).length),
        },
        '#',
      ),
    ]),
  ]);
}
