import { describe, expect, it } from 'vitest';
import { appearanceCounts, appearancesOf } from '../../../src/lib/people/appearances';
import type { Quote, TimelineEvent } from '../../../src/lib/story/schema';
import { storyFixture } from '../present/fixture';

const quote = (id: string, speaker: string, date?: string): Quote => ({
  id,
  speaker,
  text: `Words of ${id}`,
  said: { setting: 'To reporters', ...(date === undefined ? {} : { date }) },
  callout: false,
});
const event = (id: string, date: string, actors: string[]): TimelineEvent => ({
  id,
  date,
  title: id,
  actors,
  status: 'happened',
});

const first = {
  slug: 'first',
  story: storyFixture({
    published: '2025-03-05',
    quotes: [quote('early', 'mike-waltz', '2025-03-05'), quote('undated', 'mike-waltz'), quote('other', 'ukraine')],
    timeline: [event('confirms', '2025-03-05', ['mike-waltz']), event('invasion', '2022', ['ukraine'])],
  }),
};
const later = {
  slug: 'later',
  story: storyFixture({
    published: '2025-03-12',
    quotes: [quote('later-words', 'mike-waltz', '2025-03-11')],
    timeline: [event('jeddah', '2025-03-11', ['mike-waltz'])],
  }),
};
const without = { slug: 'without', story: storyFixture({ actors: [], quotes: [], timeline: [] }) };

describe('appearancesOf', () => {
  const seen = appearancesOf('mike-waltz', [first, without, later]);

  it('lists the explainers they are in, newest first, with their role in each', () => {
    expect(seen.explainers.map((e) => [e.slug, e.actor.role])).toEqual([
      ['later', 'National Security Adviser'],
      ['first', 'National Security Adviser'],
    ]);
  });

  it('lists their quotes from every explainer, newest first; an undated quote takes its story day', () => {
    expect(seen.quotes.map((q) => `${q.slug}#${q.quote.id}`)).toEqual([
      'later#later-words',
      'first#early',
      'first#undated',
    ]);
    expect(seen.quotes.map((q) => q.said?.precision)).toEqual(['day', 'day', undefined]);
  });

  it('lists the events they are in, in date order', () => {
    expect(seen.events.map((m) => m.shown.event.id)).toEqual(['confirms', 'jeddah']);
  });

  it('counts, per actor, the explainers and the quotes', () => {
    const counts = appearanceCounts([first, later]);
    expect(counts.get('mike-waltz')).toEqual({ explainers: 2, quotes: 3 });
    expect(counts.get('ukraine')).toEqual({ explainers: 2, quotes: 1 });
  });
});
