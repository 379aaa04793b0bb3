import { describe, expect, it } from 'vitest';
import { mergedTimeline } from '../../../src/lib/topics/mergedTimeline';
import { topicsOf, topicSlug } from '../../../src/lib/topics/topics';
import { storyRelations } from '../../../src/lib/topics/relations';
import { storyFixture } from '../present/fixture';
import type { TimelineEvent } from '../../../src/lib/story/schema';

const event = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  title: `Event ${id}`,
  actors: [],
  status: 'happened',
  ...extra,
});

// Real dates of the running story: the aid halt (3-4 March 2025, "last week" in a later report) and the Jeddah talks.
const pause = {
  slug: 'pause',
  story: storyFixture({
    title: 'US pauses intelligence sharing',
    tags: ['Ukraine', 'Intelligence'],
    timeline: [
      event('invasion', '2022'),
      event('aid-halted', '2025-03-03/2025-03-04'),
      event('talks-expected', '2025-W11', { status: 'expected' }),
    ],
  }),
};
const resumed = {
  slug: 'resumed',
  story: storyFixture({
    title: 'Military aid resumes',
    tags: ['ukraine', 'Military aid'],
    follows: 'pause',
    published: '2025-03-12',
    timeline: [
      event('aid-halted-again', '2025-W10', { sameAs: { story: 'pause', event: 'aid-halted' } }),
      event('jeddah', '2025-03-11'),
      event('march', '2025-03'),
    ],
  }),
};
const signals = {
  slug: 'signals',
  story: storyFixture({
    title: 'Putin sends signals',
    follows: 'resumed',
    published: '2025-03-14',
    timeline: [event('jeddah-accepted', '2025-03-11', { sameAs: { story: 'resumed', event: 'jeddah' } })],
  }),
};

describe('mergedTimeline', () => {
  const merged = mergedTimeline([pause, resumed, signals]);

  it('puts every event in date order, precision kept, expected events last', () => {
    expect(merged.map((m) => `${m.shown.slug}#${m.shown.event.id}`)).toEqual([
      'pause#invasion',
      'resumed#march',
      'pause#aid-halted',
      'resumed#jeddah',
      'pause#talks-expected',
    ]);
  });

  it('shows an event reported twice once, the named one shown, with every report', () => {
    const halted = merged.find((m) => m.shown.event.id === 'aid-halted');
    expect(halted?.reports.map((r) => `${r.slug}#${r.event.id}`)).toEqual([
      'pause#aid-halted',
      'resumed#aid-halted-again',
    ]);
    const jeddah = merged.find((m) => m.shown.event.id === 'jeddah');
    expect(jeddah?.reports.map((r) => r.slug)).toEqual(['resumed', 'signals']);
  });

  it('follows sameAs from story to story, and leaves an event alone when the other story is not among them', () => {
    const chained = mergedTimeline([
      pause,
      resumed,
      {
        ...signals,
        story: {
          ...signals.story,
          timeline: [event('x', '2025-03-11', { sameAs: { story: 'resumed', event: 'aid-halted-again' } })],
        },
      },
    ]);
    expect(chained.find((m) => m.shown.event.id === 'aid-halted')?.reports).toHaveLength(3);
    const alone = mergedTimeline([resumed]);
    expect(alone.map((m) => m.shown.event.id)).toContain('aid-halted-again');
  });
});

describe('a sameAs written before the other story renamed its event', () => {
  it('still finds the event by its former id', () => {
    const renamed = {
      ...pause,
      story: {
        ...pause.story,
        timeline: pause.story.timeline.map((e) =>
          e.id === 'aid-halted' ? { ...e, id: 'us-halts-military-aid', formerIds: ['aid-halted'] } : e,
        ),
      },
    };
    const merged = mergedTimeline([renamed, resumed]);
    const halted = merged.find((m) => m.shown.event.id === 'us-halts-military-aid');
    expect(halted?.reports.map((r) => r.event.id)).toEqual(['us-halts-military-aid', 'aid-halted-again']);
  });
});

describe('topics and relations', () => {
  it('makes one topic of tags that differ in case, with a URL part', () => {
    const topics = topicsOf([resumed, pause]);
    expect(topics.map((t) => [t.slug, t.name, t.stories.map((s) => s.slug)])).toEqual([
      ['ukraine', 'ukraine', ['resumed', 'pause']],
      ['intelligence', 'Intelligence', ['pause']],
      ['military-aid', 'Military aid', ['resumed']],
    ]);
    expect(topicSlug('Russia-Ukraine war')).toBe('russia-ukraine-war');
  });

  it('gives an explainer the one it follows, those that follow it, and its topics', () => {
    const relations = storyRelations('resumed', [pause, resumed, signals]);
    expect(relations.earlier).toEqual({ href: '/explainers/pause/', text: 'US pauses intelligence sharing' });
    expect(relations.later).toEqual([{ href: '/explainers/signals/', text: 'Putin sends signals' }]);
    expect(relations.topics.map((t) => t.href)).toEqual(['/topics/ukraine/', '/topics/military-aid/']);
    expect(storyRelations('pause', [pause]).later).toEqual([]);
  });
});
