import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import { isOpenRange, openText, proseBlocks } from '../lib/annotate/blocks.ts';
import { wrapRange } from '../lib/annotate/wrapRange.ts';
import type { Problem } from '../lib/story/problem.ts';
import type { Note, Story } from '../lib/story/schema.ts';
import { findPhrase } from '../lib/text/findPhrase.ts';
import { storyPlugin } from './storyFile.ts';

/**
 * Attaches each note to the first use of its term: the term is marked, and a small button after it
 * opens the note in place with the native `popover` attribute (mouse, touch and keyboard, no
 * JavaScript). The term stays plain text and the notes themselves wait at the end of the prose in an
 * <aside> (role none: a mark for extractors, no landmark), so reader modes (Readability drops
 * asides), read-later apps and copy-paste get the sentence as written and no notes appended to the
 * story. The full list of notes is rendered under
 * the article (`#note-<id>`).
 */
export default storyPlugin((tree, { story }) => annotateNotes(tree, story));

export function annotateNotes(tree: Root, story: Story): Problem[] {
  const problems: Problem[] = [];
  const popovers: Element[] = [];
  story.notes.forEach((note, index) => {
    for (const block of proseBlocks(tree)) {
      const { text } = openText(block.element);
      const range = findPhrase(text.text, note.term).find((r) => isOpenRange(text, r.start, r.end));
      if (range === undefined) continue;
      const term = h('span', { className: ['note-term'] });
      wrapRange(block.element, range.start, range.end, term);
      insertAfter(tree, term, button(note));
      popovers.push(popover(note));
      return;
    }
    problems.push({
      field: `notes[${index}].term`,
      message: `note "${note.id}": the term "${note.term}" is not in the prose (outside quotations and links)`,
      fix: 'write the term exactly as the prose has it',
    });
  });
  if (popovers.length > 0) tree.children.push(h('aside', { className: ['note-popovers'], role: 'none' }, popovers));
  return problems;
}

function button(note: Note): Element {
  return h('button', {
    type: 'button',
    className: ['note-button'],
    popovertarget: `note-popover-${note.id}`,
    ariaLabel: `Note: ${note.term}`,
  });
}

function popover(note: Note): Element {
  return h('div', { className: ['note-popover'], id: `note-popover-${note.id}`, popover: 'auto' }, [
    h('p', [h('strong', `${note.term}: `), note.text, ' ', h('a', { href: `#note-${note.id}` }, 'All notes')]),
  ]);
}

function insertAfter(tree: Root, target: Element, node: Element): void {
  visitParents(tree, 'element', (element, ancestors) => {
    if (element !== target) return;
    const parent = ancestors.at(-1);
    if (parent === undefined) return;
    const siblings = (parent as Element).children;
    siblings.splice(siblings.indexOf(element) + 1, 0, node);
  });
}
