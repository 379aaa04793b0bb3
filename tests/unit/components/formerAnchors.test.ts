import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import NotesList from '../../../src/components/NotesList.astro';
import Timeline from '../../../src/components/Timeline.astro';
import WhosWho from '../../../src/components/WhosWho.astro';
import { storyFixture } from '../present/fixture';
import { all, attr, one, render, text } from './render';

/** The ids of the empty elements in a tree: the former anchors, and nothing else of the page is empty with an id. */
const emptyIds = (tree: Root | Element): unknown[] => all(tree, '[id]:empty').map((element) => attr(element, 'id'));

describe('former anchors of the reference parts', () => {
  it('keep an event’s former ids as empty elements first in its date line, and add nothing to other events', async () => {
    const story = storyFixture();
    const events = story.timeline.map((event) =>
      event.id === 'waltz-confirms' ? { ...event, formerIds: ['suspension-confirmed', 'waltz-step-back'] } : event,
    );
    const tree = await render(Timeline, { events, actors: story.actors });
    const when = one(tree, 'li#event-waltz-confirms > p.event-when');
    expect(when.children.slice(0, 2)).toMatchObject([
      { tagName: 'span', properties: { id: 'event-suspension-confirmed' }, children: [] },
      { tagName: 'span', properties: { id: 'event-waltz-step-back' }, children: [] },
    ]);
    expect(text(when)).toBe('5 March 2025');
    expect(emptyIds(tree)).toEqual(['event-suspension-confirmed', 'event-waltz-step-back']);

    const without = await render(Timeline, { events: story.timeline, actors: story.actors });
    expect(emptyIds(without)).toEqual([]);
  });

  it('keep an actor’s former ids as empty elements first in the card’s kind line', async () => {
    const actors = storyFixture().actors.map((actor) =>
      actor.id === 'mike-waltz' ? { ...actor, formerIds: ['waltz'] } : actor,
    );
    const tree = await render(WhosWho, { story: storyFixture({ actors }), registered: new Set<string>() });
    const kind = one(tree, 'li#actor-mike-waltz p.card-kind');
    expect(kind.children[0]).toMatchObject({ tagName: 'span', properties: { id: 'actor-waltz' }, children: [] });
    expect(text(kind)).toBe('Person');
    expect(emptyIds(tree)).toEqual(['actor-waltz']);
  });

  it('keep a note’s former ids as empty elements first in its term', async () => {
    const notes = [
      {
        id: 'cia',
        term: 'CIA',
        text: 'The CIA, the Central Intelligence Agency, is the United States government’s main foreign intelligence agency.',
        formerIds: ['central-intelligence-agency'],
      },
      {
        id: 'nato',
        term: 'NATO',
        text: 'NATO, the North Atlantic Treaty Organization, is a military alliance of North American and European countries, founded in 1949.',
      },
    ];
    const tree = await render(NotesList, { notes });
    const term = one(tree, 'li#note-cia dfn');
    expect(term.children[0]).toMatchObject({
      tagName: 'span',
      properties: { id: 'note-central-intelligence-agency' },
      children: [],
    });
    expect(text(term)).toBe('CIA');
    expect(emptyIds(tree)).toEqual(['note-central-intelligence-agency']);
  });
});
