import { describe, expect, it } from 'vitest';
import { storyCards } from '../../../src/lib/preview/storyCards';
import { firstStory } from './firstStory';

describe('storyCards', () => {
  const { story, body } = firstStory();
  const cards = storyCards('slug', story, body);
  const at = (path: string) => cards.find((card) => card.path === path);

  it('lists the story card, its three article images, then one card per shareable part, each at its own URL', () => {
    const callouts = story.quotes.filter((quote) => quote.callout);
    // Story, 3 article images, sections, callouts, the timeline and its events, who's who and its actors.
    expect(cards).toHaveLength(
      1 + 3 + story.sections.length + callouts.length + 1 + story.timeline.length + 1 + story.actors.length,
    );
    expect(cards).toHaveLength(40);
    expect(cards[0]).toMatchObject({
      path: '/explainers/slug/preview.png',
      content: { kind: 'story', title: story.title },
    });
    expect(cards[0]?.content).not.toHaveProperty('format');
    expect(new Set(cards.map((card) => card.path)).size).toBe(cards.length);
  });

  it('draws the article images of the JSON-LD in 16:9, 4:3 and 1:1', () => {
    expect(cards.slice(1, 4)).toEqual([
      {
        path: '/explainers/slug/preview-16x9.png',
        content: expect.objectContaining({ kind: 'story', format: '16x9' }),
      },
      { path: '/explainers/slug/preview-4x3.png', content: expect.objectContaining({ kind: 'story', format: '4x3' }) },
      { path: '/explainers/slug/preview-1x1.png', content: expect.objectContaining({ kind: 'story', format: '1x1' }) },
    ]);
  });

  it('has a card for every section and quote callout', () => {
    for (const section of story.sections) {
      expect(at(`/explainers/slug/share/${section.id}/preview.png`)?.content).toMatchObject({
        kind: 'section',
        heading: section.heading,
      });
    }
    for (const quote of story.quotes.filter((q) => q.callout)) {
      expect(at(`/explainers/slug/share/quote-${quote.id}/preview.png`)?.content.kind, quote.id).toBe('quote');
    }
  });

  it('has a card for the timeline, each event, who’s who and each actor', () => {
    expect(at('/explainers/slug/share/timeline/preview.png')?.content).toMatchObject({
      kind: 'timeline',
      events: expect.arrayContaining([
        { date: '2022', title: 'Russia launches its full-scale invasion of Ukraine', expected: false },
      ]),
    });
    for (const event of story.timeline) {
      expect(at(`/explainers/slug/share/event-${event.id}/preview.png`)?.content).toMatchObject({
        kind: 'event',
        title: event.title,
      });
    }
    expect(at('/explainers/slug/share/whos-who/preview.png')?.content.kind).toBe('whos-who');
    for (const actor of story.actors) {
      expect(at(`/explainers/slug/share/actor-${actor.id}/preview.png`)?.content).toMatchObject({
        kind: 'actor',
        name: actor.name,
        role: actor.role,
      });
    }
    expect(at('/explainers/slug/share/actor-bielieskov/preview.png')?.content).toMatchObject({
      quote:
        'We will have less time to react, more destruction, potentially more casualties. It will all weaken us very, very much',
    });
  });
});
