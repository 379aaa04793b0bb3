import { describe, expect, it } from 'vitest';
import { crossCheckStory } from '../../../src/lib/story/crossCheck';
import { storyFixture } from '../present/fixture';

describe('crossCheckStory: a note’s former ids', () => {
  const cia = {
    id: 'cia',
    term: 'CIA',
    text: 'The CIA, the Central Intelligence Agency, is the United States government’s main foreign intelligence agency.',
  };

  it('refuses one starting "popover-", whose anchor would be the id of another note’s popover', () => {
    const notes = [
      { ...cia, id: 'cia', formerIds: ['central-intelligence-agency', 'popover-back-channel-talks'] },
      {
        id: 'back-channel-talks',
        term: 'back-channel talks',
        text: 'Back-channel talks are unofficial or private negotiations held outside formal, public diplomatic channels.',
      },
    ];
    expect(crossCheckStory(storyFixture({ notes }))).toEqual([
      {
        path: ['notes', 0, 'formerIds', 1],
        message:
          '"popover-back-channel-talks" starts with "popover-", which no note\'s id may, so it was never a note\'s id',
        fix: 'remove it from formerIds',
      },
    ]);
  });

  it('accepts other former ids, and "popover-" on entries that are not notes', () => {
    const notes = [{ ...cia, formerIds: ['central-intelligence-agency'] }];
    const sections = [{ id: 'what-happened', heading: 'What happened', formerIds: ['popover-question'] }];
    expect(crossCheckStory(storyFixture({ notes, sections }))).toEqual([]);
  });
});
