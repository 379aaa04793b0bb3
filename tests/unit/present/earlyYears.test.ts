import { describe, expect, it } from 'vitest';
import { displayPartialDate } from '../../../src/lib/present/timeline';
import { all, one, parse, text } from '../../support/html';
import { processStory } from '../../support/processStory';
import { baseStory, storySource } from '../../support/storySource';

/**
 * Years 1-99 end to end: JS reads Date.UTC(50, …) as 1950, so an event in the year 50 must reach the
 * timeline and the date mention in the prose as the year 50, in words and in `<time datetime>`.
 */
describe('an event in the year 50', () => {
  it('is shown in the timeline as written, at every precision', () => {
    expect(displayPartialDate('0050')).toEqual({ datetime: '0050', text: '50' });
    expect(displayPartialDate('0050-03')).toEqual({ datetime: '0050-03', text: 'March 50' });
    expect(displayPartialDate('0050-03-05')).toEqual({ datetime: '0050-03-05', text: '5 March 50' });
  });

  it('gives its date mention in the prose <time datetime="0050-03-05">', async () => {
    const story = baseStory({
      timeline: [
        { id: 'harbour-founded', date: '0050-03-05', title: 'Roman harbour founded', mention: 'in the year 50' },
      ],
    });
    const prose = '## First\n\nThe harbour was founded in the year 50 by Roman engineers.';
    const tree = parse((await processStory(storySource(story, prose))).html);
    const mention = one(tree, 'a#mention-harbour-founded');
    expect(text(mention)).toBe('in the year 50');
    expect(all(mention, 'time').map((t) => t.properties['dateTime'])).toEqual(['0050-03-05']);
  });
});
