import { describe, expect, it } from 'vitest';
import { pageAnchorIds } from '../../../src/lib/story/anchors';
import {
  movedShareIds,
  sharePath,
  sharePathFor,
  shareTargets,
  shareableIds,
  type ShareTarget,
} from '../../../src/lib/share/shareTargets';
import { firstStory } from '../preview/firstStory';

const { story, body } = firstStory();
const targets = shareTargets(story, body);
const byId = (id: string): ShareTarget | undefined => targets.find((t) => t.id === id);

describe('shareTargets of the first story', () => {
  it('lists sections, quote callouts, the timeline and its events, who’s who and its actors, in reading order', () => {
    expect(targets.map((t) => t.id)).toEqual([
      'suspension-confirmed',
      'european-alarm',
      'peace-process-link',
      'allies-unsettled',
      'aid-and-deals',
      'battlefield-impact',
      'quote-waltz-step-back',
      'quote-macron-stay-at-our-side',
      'quote-ratcliffe-real-question',
      'quote-ratcliffe-pause-will-go-away',
      'quote-mulroy-no-way-to-replace',
      'quote-trump-senseless-war',
      'quote-bielieskov-less-time',
      'quote-waltz-nail-down',
      'timeline',
      // What happened by date, then what is expected, as the page's timeline shows them.
      'event-full-scale-invasion',
      'event-military-aid-halted',
      'event-zelensky-letter-revealed',
      'event-trump-addresses-congress',
      'event-waltz-confirms-suspension',
      'event-paris-military-chiefs-meeting',
      'whos-who',
      // People, then countries, then unnamed sources, as who's who groups them.
      'actor-trump',
      'actor-zelensky',
      'actor-putin',
      'actor-waltz',
      'actor-macron',
      'actor-ratcliffe',
      'actor-mulroy',
      'actor-bielieskov',
      'actor-united-states',
      'actor-ukraine',
      'actor-russia',
      'actor-france',
      'actor-reuters-source',
      'actor-second-source',
    ]);
  });

  it('names each by an anchor id the explainer page has', () => {
    const anchors = pageAnchorIds(story);
    for (const target of targets) expect(anchors.has(target.id), target.id).toBe(true);
  });

  it('gives the timeline every event with its date in words, at the precision the story knows', () => {
    const timeline = byId('timeline');
    expect(timeline?.kind === 'timeline' && timeline.events.slice(0, 3)).toEqual([
      {
        id: 'event-full-scale-invasion',
        date: '2022',
        title: 'Russia launches its full-scale invasion of Ukraine',
        expected: false,
      },
      {
        id: 'event-military-aid-halted',
        // Intl writes a range with thin spaces around the dash.
        date: '3\u2009–\u20094 March 2025',
        title: 'US halts military aid to Ukraine',
        expected: false,
      },
      {
        id: 'event-zelensky-letter-revealed',
        date: '4 March 2025',
        title: 'Trump reveals Zelensky’s letter agreeing to negotiations',
        expected: false,
      },
    ]);
    expect(timeline?.kind === 'timeline' && timeline.events.at(-1)).toMatchObject({
      date: 'week of 10 March 2025',
      expected: true,
    });
  });

  it('gives an event its date, title and detail', () => {
    expect(byId('event-trump-addresses-congress')).toEqual({
      kind: 'event',
      id: 'event-trump-addresses-congress',
      eventId: 'trump-addresses-congress',
      date: '4 March 2025',
      title: 'Trump tells Congress that Kyiv has agreed to a minerals deal',
      expected: false,
      detail:
        'Addressing Congress, Trump said Kyiv had agreed to sign an agreement allowing American firms access to its critical mineral reserves.',
    });
  });

  it('gives an actor their name, role, initials and one quote in their own words, a callout first', () => {
    expect(byId('actor-waltz')).toMatchObject({
      kind: 'actor',
      name: 'Mike Waltz',
      role: 'US National Security Adviser',
      kindLabel: 'Person',
      initials: 'MW',
      affiliation: 'Trump administration',
      quote: { id: 'waltz-step-back', text: 'We have, we have taken a step back' },
    });
    // Mulroy's first quote, "an immediate impact", is not a callout; his callout is chosen.
    expect(byId('actor-mulroy')).toMatchObject({ quote: { id: 'mulroy-no-way-to-replace' } });
    // Trump's words relayed by Ratcliffe are his, but his own callout comes first.
    expect(byId('actor-trump')).toMatchObject({ quote: { id: 'trump-senseless-war' } });
    // The callout's words as the callout shows them: the comma handing over to "Ratcliffe said" is dropped.
    const ratcliffe = byId('actor-ratcliffe');
    expect(ratcliffe?.kind === 'actor' && ratcliffe.quote?.text).toMatch(/think about that'$/u);
    expect(byId('actor-united-states')).not.toHaveProperty('quote');
    expect(byId('actor-reuters-source')).toMatchObject({ kindLabel: 'Unnamed source', initials: '?' });
  });

  it('lists who’s who in the page’s order', () => {
    const whosWho = byId('whos-who');
    expect(whosWho?.kind === 'whos-who' && whosWho.actors.map((a) => a.name).slice(0, 3)).toEqual([
      'Donald Trump',
      'Volodymyr Zelensky',
      'Vladimir Putin',
    ]);
  });

  it('has no timeline targets for a story without a timeline', () => {
    const ids = shareTargets({ ...story, timeline: [] }, body).map((t) => t.id);
    expect(ids.filter((id) => id === 'timeline' || id.startsWith('event-'))).toEqual([]);
    expect(ids).toContain('whos-who');
  });
});

describe('shareableIds and sharePathFor', () => {
  it('are the ids of shareTargets, without reading the prose', () => {
    expect(shareableIds(story)).toEqual(targets.map((t) => t.id));
  });

  it('give a share URL to every shareable element and none to the rest', () => {
    const slug = 'us-pauses-intelligence-sharing-with-ukraine';
    expect(sharePathFor(slug, story, 'event-waltz-confirms-suspension')).toBe(
      `/explainers/${slug}/share/event-waltz-confirms-suspension/`,
    );
    expect(sharePathFor(slug, story, 'actor-macron')).toBe(sharePath(slug, 'actor-macron'));
    expect(sharePathFor(slug, story, 'timeline')).toBe(sharePath(slug, 'timeline'));
    expect(sharePathFor(slug, story, 'whos-who')).toBe(sharePath(slug, 'whos-who'));
    // A quote that is not a callout, a note and the page's own parts have no card of their own.
    expect(sharePathFor(slug, story, 'quote-waltz-all-aspects')).toBeUndefined();
    expect(sharePathFor(slug, story, 'note-cia')).toBeUndefined();
    expect(sharePathFor(slug, story, 'sources')).toBeUndefined();
  });
});

describe('movedShareIds', () => {
  /** The first story after an editor renamed parts of it, keeping their old ids in formerIds. */
  const renamed = {
    ...story,
    sections: story.sections.map((s) =>
      s.id === 'suspension-confirmed' ? { ...s, id: 'pause-confirmed', formerIds: ['suspension-confirmed'] } : s,
    ),
    quotes: story.quotes.map((q) =>
      q.id === 'waltz-step-back'
        ? { ...q, id: 'waltz-stepped-back', formerIds: ['waltz-step-back'] }
        : // "all aspects of this relationship." is no callout: it has no share page, before or after.
          q.id === 'waltz-all-aspects'
          ? { ...q, id: 'waltz-relationship', formerIds: ['waltz-all-aspects'] }
          : q,
    ),
    timeline: story.timeline.map((e) =>
      e.id === 'waltz-confirms-suspension'
        ? { ...e, id: 'waltz-confirms', formerIds: ['waltz-confirms-suspension'] }
        : e,
    ),
    actors: story.actors.map((a) =>
      a.id === 'second-source' ? { ...a, id: 'other-source', formerIds: ['second-source'] } : a,
    ),
    // A note has no share page: its former id keeps only its anchor.
    notes: story.notes.map((n) => (n.id === 'niss' ? { ...n, id: 'institute', formerIds: ['niss'] } : n)),
  };

  it('keeps the old share page of each renamed part that has one, sending it to the part’s id now', () => {
    expect([...movedShareIds(renamed)]).toEqual([
      ['suspension-confirmed', 'pause-confirmed'],
      ['quote-waltz-step-back', 'quote-waltz-stepped-back'],
      ['event-waltz-confirms-suspension', 'event-waltz-confirms'],
      ['actor-second-source', 'actor-other-source'],
    ]);
    // Each leads to a part with a share page and a card of its own.
    const ids = new Set(shareableIds(renamed));
    for (const now of movedShareIds(renamed).values()) expect(ids.has(now), now).toBe(true);
    // The old ids themselves are no share targets: no card is drawn for them.
    for (const old of movedShareIds(renamed).keys()) expect(ids.has(old), old).toBe(false);
  });

  it('keeps none for the first story as published', () => {
    expect(movedShareIds(story).size).toBe(0);
  });
});
