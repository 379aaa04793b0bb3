import { describe, expect, it } from 'vitest';
import Timeline from '../../../src/components/Timeline.astro';
import { storyFixture } from '../present/fixture';
import { all, attr, one, render, text } from './render';

describe('Timeline', () => {
  it('is an ordered list of dated events, expected events apart', async () => {
    const story = storyFixture();
    const tree = await render(Timeline, { events: story.timeline, actors: story.actors });
    const section = one(tree, 'section#timeline');
    expect(text(one(section, 'h2'))).toBe('Timeline');

    const lists = all(section, 'ol');
    expect(lists).toHaveLength(2);
    expect(all(lists[0]!, 'li').map((li) => attr(li, 'id'))).toEqual([
      'event-invasion',
      'event-aid-halted-day',
      'event-aid-halted',
      'event-waltz-confirms',
    ]);
    expect(all(lists[1]!, 'li').map((li) => attr(li, 'id'))).toEqual(['event-paris-meeting']);
    expect(text(lists[1]!)).toContain('Expected');
    expect(text(one(section, 'h3#timeline-expected'))).toBe('Expected');
  });

  it('writes dates at their precision in <time datetime>', async () => {
    const story = storyFixture();
    const tree = await render(Timeline, { events: story.timeline, actors: story.actors });
    const time = (id: string) => one(tree, `#event-${id} time`);
    expect(attr(time('invasion'), 'dateTime')).toBe('2022');
    expect(text(time('invasion'))).toBe('2022');
    expect(attr(time('waltz-confirms'), 'dateTime')).toBe('2025-03-05');
    expect(text(time('waltz-confirms'))).toBe('5 March 2025');
    expect(attr(time('aid-halted'), 'dateTime')).toBe('2025-W10');
  });

  it('links actors, the event itself, and back to the mention in the story', async () => {
    const story = storyFixture();
    const tree = await render(Timeline, { events: story.timeline, actors: story.actors });
    const event = one(tree, '#event-waltz-confirms');
    expect(all(event, 'a[href^="#actor-"]').map((a) => attr(a, 'href'))).toEqual([
      '#actor-mike-waltz',
      '#actor-ukraine',
    ]);
    expect(text(one(event, 'a[href="#mention-waltz-confirms"]'))).toContain('Read in the story');
    expect(String(attr(one(event, 'a.anchor-link[href="#event-waltz-confirms"]'), 'ariaLabel'))).toContain(
      'Link to event',
    );
    expect(all(one(tree, '#event-invasion'), 'a[href^="#mention-"]')).toHaveLength(0);
  });

  it('shows how a date was worked out', async () => {
    const story = storyFixture();
    const events = story.timeline.map((e) => (e.id === 'aid-halted' ? { ...e, dateBasis: '"Earlier this week".' } : e));
    const tree = await render(Timeline, { events, actors: story.actors });
    expect(text(one(tree, '#event-aid-halted'))).toContain('How we dated this: “Earlier this week”.');
  });
});
