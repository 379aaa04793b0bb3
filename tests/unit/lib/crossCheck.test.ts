import { describe, expect, it } from 'vitest';
import { crossCheckStory, type StoryProblem } from '../../../src/lib/story/crossCheck';
import { storyObjectSchema } from '../../../src/lib/story/schema';
import { event, minimalStory, quote } from './storyInput';

/** The cross-check problems of `input` after the field-by-field schema has parsed it. */
const problemsOf = (input: unknown): StoryProblem[] => crossCheckStory(storyObjectSchema.parse(input));

const at = (problems: StoryProblem[], path: (string | number)[]): string[] =>
  problems.filter((p) => JSON.stringify(p.path) === JSON.stringify(path)).map((p) => p.message);

describe('crossCheckStory', () => {
  it('finds nothing wrong in a consistent story', () => {
    const input = {
      ...minimalStory(),
      quotes: [quote('q1', 'waltz'), quote('q2', 'trump', { quotedBy: 'waltz' })],
      timeline: [event('e1', { actors: ['trump', 'waltz'] })],
      notes: [{ id: 'n1', term: 'Five Eyes', text: 'An alliance.' }],
    };
    expect(problemsOf(input)).toEqual([]);
  });

  it('reports a duplicate actor id at the second one, naming the first', () => {
    const input = minimalStory();
    input.actors.push({ id: 'trump', name: 'Another', kind: 'person', role: 'r' });
    const problems = problemsOf(input);
    expect(problems.map((p) => p.path)).toEqual([['actors', 2, 'id']]);
    expect(problems[0]?.message).toContain('"trump" is already the id of actors[1]');
  });

  it('reports a duplicate quote id', () => {
    const problems = problemsOf({ ...minimalStory(), quotes: [quote('same', 'waltz'), quote('same', 'trump')] });
    expect(problems.map((p) => p.path)).toEqual([['quotes', 1, 'id']]);
    expect(problems[0]?.message).toContain('"same" is already the id of quotes[0]');
  });

  it('reports duplicate ids in timeline, notes and sections too', () => {
    const input = {
      ...minimalStory(),
      sections: [
        { id: 'one', heading: 'One' },
        { id: 'one', heading: 'Two' },
      ],
      timeline: [event('e'), event('e')],
      notes: [
        { id: 'n', term: 'a', text: 'b' },
        { id: 'n', term: 'c', text: 'd' },
      ],
    };
    expect(problemsOf(input).map((p) => p.path)).toEqual([
      ['sections', 1, 'id'],
      ['timeline', 1, 'id'],
      ['notes', 1, 'id'],
    ]);
  });

  it('allows the same id in two different lists', () => {
    const input = { ...minimalStory(), quotes: [quote('waltz', 'waltz')], timeline: [event('waltz')] };
    expect(problemsOf(input)).toEqual([]);
  });

  it('reports a speaker that is not an actor, suggesting the close id and listing the ids', () => {
    const problems = problemsOf({ ...minimalStory(), quotes: [quote('q1', 'waltzz')] });
    expect(problems.map((p) => p.path)).toEqual([['quotes', 0, 'speaker']]);
    const message = problems[0]?.message ?? '';
    expect(message).toContain('"waltzz" is not the id of any actor.');
    expect(message).toContain('Did you mean "waltz"?');
    expect(message).toContain('Use one of: waltz, trump');
  });

  it('makes no suggestion when no actor id is close', () => {
    const message = at(problemsOf({ ...minimalStory(), quotes: [quote('q1', 'zelensky')] }), ['quotes', 0, 'speaker']);
    expect(message).toHaveLength(1);
    expect(message[0]).not.toContain('Did you mean');
  });

  it('reports an unknown quotedBy', () => {
    const problems = problemsOf({ ...minimalStory(), quotes: [quote('q1', 'trump', { quotedBy: 'vance' })] });
    expect(problems.map((p) => p.path)).toEqual([['quotes', 0, 'quotedBy']]);
    expect(problems[0]?.message).toContain('"vance" is not the id of any actor');
  });

  it('reports an unknown actor of a timeline event at its index in the list', () => {
    const problems = problemsOf({ ...minimalStory(), timeline: [event('e1', { actors: ['trump', 'nato'] })] });
    expect(problems.map((p) => p.path)).toEqual([['timeline', 0, 'actors', 1]]);
    expect(problems[0]?.message).toContain('"nato" is not the id of any actor');
  });

  it('reports a section id the page itself uses', () => {
    for (const id of ['timeline', 'top', 'whos-who', 'sources']) {
      const problems = problemsOf({ ...minimalStory(), sections: [{ id, heading: 'H' }] });
      expect(problems.map((p) => p.path)).toEqual([['sections', 0, 'id']]);
      expect(problems[0]?.message).toContain(`"${id}" is used by the page itself`);
    }
  });

  it('reports a section id with a prefix of the page anchors', () => {
    for (const id of ['quote-x', 'event-1', 'actor-waltz', 'note-a', 'mention-b', 'callout-c']) {
      const problems = problemsOf({ ...minimalStory(), sections: [{ id, heading: 'H' }] });
      expect(problems.map((p) => p.path)).toEqual([['sections', 0, 'id']]);
    }
  });

  it('allows section ids that only resemble reserved ones', () => {
    for (const id of ['quotes', 'timeline-of-events', 'the-timeline', 'actors']) {
      expect(problemsOf({ ...minimalStory(), sections: [{ id, heading: 'H' }] })).toEqual([]);
    }
  });

  it('reports a duplicate section heading at the second section', () => {
    const input = {
      ...minimalStory(),
      sections: [
        { id: 'one', heading: 'Background' },
        { id: 'two', heading: 'Next' },
        { id: 'three', heading: 'Background' },
      ],
    };
    const problems = problemsOf(input);
    expect(problems.map((p) => p.path)).toEqual([['sections', 2, 'heading']]);
    expect(problems[0]?.message).toContain('"Background" is already the heading of sections[0]');
  });
});
