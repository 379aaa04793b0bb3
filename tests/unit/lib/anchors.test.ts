import { describe, expect, it } from 'vitest';
import { formerAnchorIds, movedAnchors, pageAnchorIds } from '../../../src/lib/story/anchors';
import type { Story } from '../../../src/lib/story/schema';
import { firstStory } from '../preview/firstStory';

const { story } = firstStory();

/** The first story after an editor renamed one entry of each kind, keeping the old ids in formerIds. */
function renamedStory(): Story {
  const rename = <T extends { id: string }>(
    entries: readonly T[],
    from: string,
    to: string,
    formerIds: string[],
  ): T[] => entries.map((entry) => (entry.id === from ? { ...entry, id: to, formerIds } : entry));
  return {
    ...story,
    sections: rename(story.sections, 'suspension-confirmed', 'pause-confirmed', ['suspension-confirmed']),
    quotes: rename(story.quotes, 'waltz-step-back', 'waltz-stepped-back', ['waltz-step-back', 'waltz-we-have']),
    timeline: rename(story.timeline, 'waltz-confirms-suspension', 'waltz-confirms', ['waltz-confirms-suspension']),
    actors: rename(story.actors, 'second-source', 'other-source', ['second-source']),
    notes: rename(story.notes, 'back-channel-talks', 'back-channel', ['back-channel-talks']),
  };
}

describe('formerAnchorIds', () => {
  it('makes a former id into an anchor as the entry’s id is made: a section’s as it is, the rest with their prefix', () => {
    expect(formerAnchorIds('section', { formerIds: ['suspension-confirmed'] })).toEqual(['suspension-confirmed']);
    expect(formerAnchorIds('quote', { formerIds: ['waltz-step-back', 'waltz-we-have'] })).toEqual([
      'quote-waltz-step-back',
      'quote-waltz-we-have',
    ]);
    expect(formerAnchorIds('event', { formerIds: ['waltz-confirms-suspension'] })).toEqual([
      'event-waltz-confirms-suspension',
    ]);
    expect(formerAnchorIds('actor', { formerIds: ['second-source'] })).toEqual(['actor-second-source']);
    expect(formerAnchorIds('note', { formerIds: ['back-channel-talks'] })).toEqual(['note-back-channel-talks']);
  });

  it('gives nothing for an entry that was never renamed', () => {
    expect(formerAnchorIds('quote', {})).toEqual([]);
    expect(formerAnchorIds('section', { formerIds: [] })).toEqual([]);
  });
});

describe('movedAnchors', () => {
  it('leads each former anchor of the page to the entry’s anchor now, in the story’s order', () => {
    expect([...movedAnchors(renamedStory())]).toEqual([
      ['suspension-confirmed', 'pause-confirmed'],
      ['quote-waltz-step-back', 'quote-waltz-stepped-back'],
      ['quote-waltz-we-have', 'quote-waltz-stepped-back'],
      ['event-waltz-confirms-suspension', 'event-waltz-confirms'],
      ['actor-second-source', 'actor-other-source'],
      ['note-back-channel-talks', 'note-back-channel'],
    ]);
  });

  it('is empty for the first story as published, which has renamed nothing', () => {
    expect(movedAnchors(story).size).toBe(0);
  });
});

describe('pageAnchorIds', () => {
  it('has the former anchors beside the current ones, so an in-page link to an old id is accepted', () => {
    const anchors = pageAnchorIds(renamedStory());
    for (const id of [
      'suspension-confirmed',
      'pause-confirmed',
      'quote-waltz-step-back',
      'quote-waltz-we-have',
      'quote-waltz-stepped-back',
      'event-waltz-confirms-suspension',
      'event-waltz-confirms',
      'actor-second-source',
      'actor-other-source',
      'note-back-channel-talks',
      'note-back-channel',
    ])
      expect(anchors.has(id), id).toBe(true);
    // A former id made with another kind's prefix is no anchor of the page.
    expect(anchors.has('event-waltz-step-back')).toBe(false);
    expect(anchors.has('waltz-step-back')).toBe(false);
  });

  it('has the same ids as before for a story without former ids', () => {
    const renamed = pageAnchorIds(renamedStory());
    const published = pageAnchorIds(story);
    expect(published.has('suspension-confirmed')).toBe(true);
    expect(published.has('pause-confirmed')).toBe(false);
    expect(renamed.size - published.size).toBe(6);
  });
});
