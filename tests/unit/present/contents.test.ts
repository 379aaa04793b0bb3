import { describe, expect, it } from 'vitest';
import { contentsEntries } from '../../../src/lib/present/contents';
import { storyFixture } from './fixture';

describe('contentsEntries', () => {
  it('lists the sections and their sources, then timeline and who’s who; notes only when there are notes', () => {
    expect(contentsEntries(storyFixture()).map((e) => e.id)).toEqual([
      'what-happened',
      'why-now',
      'sources',
      'timeline',
      'whos-who',
    ]);
    const withNotes = storyFixture({ notes: [{ id: 'nato', term: 'NATO', text: 'An alliance.' }] });
    expect(contentsEntries(withNotes).map((e) => e.id)).toContain('notes');
  });

  it('uses the frontmatter headings as labels and leaves out an empty timeline', () => {
    const entries = contentsEntries(storyFixture({ timeline: [] }));
    expect(entries[0]).toEqual({ id: 'what-happened', label: 'What happened' });
    expect(entries.map((e) => e.id)).not.toContain('timeline');
  });
});
