import { describe, expect, it } from 'vitest';
import { displayPartialDate, sortTimeline, splitTimeline } from '../../../src/lib/present/timeline';
import { storyFixture } from './fixture';

describe('sortTimeline', () => {
  it('orders by date across precisions, the more precise date first when both start the same day', () => {
    expect(sortTimeline(storyFixture().timeline).map((e) => e.id)).toEqual([
      'invasion',
      'aid-halted-day',
      'aid-halted',
      'waltz-confirms',
      'paris-meeting',
    ]);
  });

  it('keeps the editor order for equal dates and does not change its input', () => {
    const events = storyFixture().timeline.map((e, i) => ({ ...e, date: '2025-03-05', id: `e${i}` }));
    const before = events.map((e) => e.id);
    expect(sortTimeline(events).map((e) => e.id)).toEqual(before);
    expect(events.map((e) => e.id)).toEqual(before);
  });
});

describe('splitTimeline', () => {
  it('sets expected events apart, each list in date order', () => {
    const { happened, expected } = splitTimeline(storyFixture().timeline);
    expect(happened.map((e) => e.id)).toEqual(['invasion', 'aid-halted-day', 'aid-halted', 'waltz-confirms']);
    expect(expected.map((e) => e.id)).toEqual(['paris-meeting']);
  });
});

describe('displayPartialDate', () => {
  it('gives the datetime attribute and words at the precision known', () => {
    expect(displayPartialDate('2025-03-05')).toEqual({ datetime: '2025-03-05', text: '5 March 2025' });
    expect(displayPartialDate('2025-03')).toEqual({ datetime: '2025-03', text: 'March 2025' });
    expect(displayPartialDate('2022')).toEqual({ datetime: '2022', text: '2022' });
    expect(displayPartialDate('2025-W10').datetime).toBe('2025-W10');
  });
});
