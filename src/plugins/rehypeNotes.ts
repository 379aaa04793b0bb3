import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import { isOpenRange, openText, proseBlocks } from '../lib/annotate/blocks.ts';
import { wrapRange } from '../lib/annotate/wrapRange.ts';
import type { Problem } from '../lib/story/problem.ts';
import type { Story } from '../lib/story/schema.ts';
import { findPhrase } from '../lib/text/findPhrase.ts';
import { storyPlugin } from './storyFile.ts';

/**
 * Attaches each note to the first use of its term: the term becomes a button that opens the note in
 * place with the native `popover` attribute, which works by mouse, touch and keyboard with no
 * JavaScript. The full list of notes is rendered under the article (`#note-<id>`).
 */
export default storyPlugin((tree, { story }) => annotateNotes(tree, story));

export function annotateNotes(tree: Root, story: Story): Problem[] {
  const problems: Problem[] = [];
  story.notes.forEach((note, index) => {
    for (const block of proseBlocks(tree)) {
      const { text } = openText(block.element);
      const range = findPhrase(text.text, note.term).find((r) => isOpenRange(text, r.start, r.end));
      if (range === undefined) continue;
      const button = h('button', {
        type: 'button',
        className: ['note-term'],
        popovertarget: `note-popover-${note.id}`,
      });
      wrapRange(block.element, range.start, range.end, button);
      insertAfter(tree, button, popover(note.id, note.term, note.text));
      return;
    }
    problems.push({
      field: `notes[${index}].term`,
      message: `note "${note.id}": the term "${note.term}" is not in the prose (outside quotations and links)`,
      fix: 'write the term exactly as the prose has it',
    });
  });
  return problems;
}

function popover(id: string, term: string, text: string): Element {
  return h('span', { className: ['note-popover'], id: `note-popover-${id}`, popover: 'auto' }, [
    h('strong', `${term}: `),
    text,
    ' ',
    h('a', { href: `#note-${id}` }, 'All notes'),
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
