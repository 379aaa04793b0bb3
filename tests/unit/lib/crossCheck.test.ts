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

  describe('names, aliases and note terms a mention could not tell apart', () => {
    /** The story's two actors (waltz, trump) plus the United States, with the aliases given. */
    const withAliases = (trump: string[], us: string[], notes: Record<string, unknown>[] = []): unknown => {
      const input = minimalStory();
      (input.actors[1] as Record<string, unknown>)['aliases'] = trump;
      input.actors.push({ id: 'us', name: 'United States', aliases: us, kind: 'country', role: 'Country' });
      return { ...input, notes };
    };

    it('accepts an alias of one actor that holds a shorter alias of another ("the US president", "US")', () => {
      expect(problemsOf(withAliases(['the US president', 'Trump'], ['US']))).toEqual([]);
    });

    it('reports an alias shared by two actors at the second, naming both actors and the first field', () => {
      const problems = problemsOf(withAliases(['Trump', 'Washington'], ['US', 'Washington']));
      expect(problems.map((p) => p.path)).toEqual([['actors', 2, 'aliases', 1]]);
      const message = problems[0]?.message ?? '';
      expect(message).toContain('"Washington" names two actors');
      expect(message).toContain('actors[1].aliases[1] ("Donald Trump", id trump)');
      expect(message).toContain('actors[2] ("United States", id us)');
      expect(message).toContain('give the other a form of its own');
    });

    it('compares names and aliases ignoring case, white space and quotation-mark style', () => {
      const problems = problemsOf(withAliases(['the  President’s office'], ["The president's  office"]));
      expect(problems.map((p) => p.path)).toEqual([['actors', 2, 'aliases', 0]]);
      expect(problems[0]?.message).toContain('names two actors: actors[1].aliases[0]');
    });

    it("reports one actor's alias equal to another actor's name", () => {
      const problems = problemsOf(withAliases([], ['Mike Waltz']));
      expect(problems.map((p) => p.path)).toEqual([['actors', 2, 'aliases', 0]]);
      expect(problems[0]?.message).toContain('actors[0].name ("Mike Waltz", id waltz)');
    });

    it('reports two actors with the same name at the second name', () => {
      const input = minimalStory();
      input.actors.push({ id: 'trump-jr', name: 'Donald Trump', kind: 'person', role: 'Son' });
      const problems = problemsOf(input);
      expect(problems.map((p) => p.path)).toEqual([['actors', 2, 'name']]);
      expect(problems[0]?.message).toContain('actors[1].name ("Donald Trump", id trump)');
      expect(problems[0]?.message).toContain('actors[2] ("Donald Trump", id trump-jr)');
    });

    it('lets one actor give the same form twice (a capitalised name and a lower-case alias)', () => {
      const input = minimalStory();
      input.actors.push({
        id: 'source',
        name: 'A source familiar with the situation',
        aliases: ['a source familiar with the situation'],
        kind: 'unnamed-source',
        role: 'Unnamed source',
      });
      expect(problemsOf(input)).toEqual([]);
    });

    it("reports a note term equal to an actor's alias or name, naming the note and the actor", () => {
      const problems = problemsOf(
        withAliases(
          ['Trump'],
          ['US'],
          [
            { id: 'us-note', term: 'us', text: 'The United States of America.' },
            { id: 'waltz-note', term: 'Mike Waltz', text: 'The adviser.' },
            { id: 'fine', term: 'US president', text: 'A longer phrase is fine.' },
          ],
        ),
      );
      expect(problems.map((p) => p.path)).toEqual([
        ['notes', 0, 'term'],
        ['notes', 1, 'term'],
      ]);
      expect(problems[0]?.message).toContain(
        'the term "us" of note "us-note" is also actors[2].aliases[0] ("United States", id us)',
      );
      expect(problems[0]?.message).toContain("the note would take that actor's link");
      expect(problems[1]?.message).toContain('is also actors[0].name ("Mike Waltz", id waltz)');
    });
  });
});
