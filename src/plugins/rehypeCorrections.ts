import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import { CHANGE_LABELS, changesAbout, type ShownChange } from '../lib/present/changes.ts';
import { anchorId } from '../lib/story/anchors.ts';
import type { Story } from '../lib/story/schema.ts';
import { storyPlugin } from './storyFile.ts';

/**
 * Places each correction and clarification beside what it corrects in the prose: under the heading of
 * a section it concerns, after the paragraph that holds a quote it concerns. A paragraph, not an aside,
 * so reader views and printouts keep it with the words it corrects. Each links to its entry in the
 * page's list of changes.
 */
export default storyPlugin((tree, { story }) => placeCorrections(tree, story));

/** The note of one change: "Correction 6 March 2025, 09:00 GMT: …", its label linking to `#change-<n>`. */
export function correctionNote(change: ShownChange): Element {
  return h('p', { className: ['correction'] }, [
    h('a', { href: `#${change.anchor}` }, CHANGE_LABELS[change.change.kind]),
    ' ',
    h('time', { dateTime: change.datetime }, change.when),
    `: ${change.change.text}`,
  ]);
}

export function placeCorrections(tree: Root, story: Story): void {
  const bySection = new Map(story.sections.map((s) => [s.id, changesAbout(story, s.id)]));
  const byQuote = new Map(story.quotes.map((q) => [anchorId('quote', q.id), changesAbout(story, q.id)]));
  const inserts: { after: Element; parent: Element | Root; notes: Element[] }[] = [];
  visitParents(tree, 'element', (node, ancestors) => {
    const id = node.properties['id'];
    if (typeof id !== 'string') return;
    const section = bySection.get(id);
    if (section?.length && /^h[2-6]$/u.test(node.tagName)) {
      // The prose's section heading stands in a <header> with its link control: the note goes after it.
      const parent = ancestors.at(-1);
      const header = parent?.type === 'element' && parent.tagName === 'header' ? parent : node;
      const holder = header === node ? parent : ancestors.at(-2);
      if (holder) inserts.push({ after: header, parent: holder as Element | Root, notes: section.map(correctionNote) });
      return;
    }
    const quote = byQuote.get(id);
    if (!quote?.length) return;
    const blockIndex = ancestors.findIndex((a) => a.type === 'element' && a.tagName === 'p');
    const block = ancestors[blockIndex];
    const parent = ancestors[blockIndex - 1];
    if (block?.type === 'element' && parent)
      inserts.push({ after: block, parent: parent as Element | Root, notes: quote.map(correctionNote) });
  });
  for (const { after, parent, notes } of inserts.reverse()) {
    parent.children.splice(parent.children.indexOf(after) + 1, 0, ...(notes as ElementContent[]));
  }
}
