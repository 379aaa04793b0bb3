import { describe, expect, it } from 'vitest';
import { processStory } from '../../support/processStory';
import { baseStory, storySource } from '../../support/storySource';
import { all, one, parse, text } from '../../support/html';

const prose = '## First\n\nThe shift unsettled NATO allies. NATO met again.';
const notes = [{ id: 'nato', term: 'NATO', text: 'A military alliance of North American and European countries.' }];

describe('rehypeNotes', () => {
  it('marks the first use of a term, with a button after it that opens the note as a native popover', async () => {
    const tree = parse((await processStory(storySource(baseStory({ notes }), prose))).html);
    const terms = all(tree, '.note-term');
    expect(terms.map(text)).toEqual(['NATO']);
    const buttons = all(tree, 'button.note-button');
    expect(buttons).toHaveLength(1);
    const button = buttons[0]!;
    expect(button.properties['type']).toBe('button');
    expect(button.properties['ariaLabel']).toBe('Note: NATO');
    expect(text(button)).toBe('');
    const target = String(button.properties['popoverTarget'] ?? button.properties['popovertarget']);
    const popover = one(tree, `#${target}`);
    expect(popover.properties['popover']).toBeDefined();
    expect(text(popover)).toContain('A military alliance');
    expect(one(popover, 'a').properties['href']).toBe('#note-nato');
  });

  it('keeps the note out of the sentence, so reader modes and copy-paste get the prose as written', async () => {
    const tree = parse((await processStory(storySource(baseStory({ notes }), prose))).html);
    expect(text(one(tree, 'p'))).toBe('The shift unsettled NATO allies. NATO met again.');
    expect(all(tree, 'p .note-popover')).toHaveLength(0);
  });

  it('stops the build when the term is not in the prose', async () => {
    const missing = [{ id: 'eu', term: 'European Union', text: 'x' }];
    await expect(processStory(storySource(baseStory({ notes: missing }), prose))).rejects.toThrow(
      /notes\[0\]\.term .*"European Union" is not in the prose/,
    );
  });
});
