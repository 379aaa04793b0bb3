import { describe, expect, it } from 'vitest';
import { calloutText, capitaliseFirst, quoteCaption } from '../../../src/lib/present/quotes';
import { storyFixture } from './fixture';

describe('quoteCaption', () => {
  it('gives speaker, when and setting', () => {
    const story = storyFixture();
    const caption = quoteCaption(story.quotes[0]!, story.actors);
    expect(caption.speaker.name).toBe('Mike Waltz');
    expect(caption.when).toEqual({ datetime: '2025-03-05', text: '5 March 2025' });
    expect(caption.setting).toBe('To reporters');
    expect(caption.relayedBy).toBeUndefined();
  });

  it('omits when without a date and names who relayed the words', () => {
    const story = storyFixture();
    const caption = quoteCaption(story.quotes[1]!, story.actors);
    expect(caption.when).toBeUndefined();
    expect(caption.relayedBy?.name).toBe('John Ratcliffe');
  });
});

describe('capitaliseFirst', () => {
  it('capitalises only the first letter', () => {
    expect(capitaliseFirst('speaking to the BBC')).toBe('Speaking to the BBC');
    expect(capitaliseFirst('')).toBe('');
  });
});

describe('calloutText', () => {
  it('drops the hand-over comma before closing nested marks, and nothing else', () => {
    expect(calloutText("he said, 'Let's pause, think about that,'")).toBe("he said, 'Let's pause, think about that'");
    expect(calloutText('We have, we have taken a step back,')).toBe('We have, we have taken a step back');
    expect(calloutText('all aspects of this relationship.')).toBe('all aspects of this relationship.');
    expect(calloutText('first, second')).toBe('first, second');
  });
});
