import { describe, expect, it } from 'vitest';
import { actorReferenceField, crossCheckStory, nameInsteadOfId } from '../../../src/lib/story/crossCheck';
import { storyObjectSchema } from '../../../src/lib/story/schema';
import { event, minimalStory, quote } from './storyInput';

/** The first story's actors, as its frontmatter gives them. */
const ACTORS = [
  { id: 'trump', name: 'Donald Trump', aliases: ['President Donald Trump', 'President Trump', 'Trump'] },
  { id: 'waltz', name: 'Mike Waltz', aliases: ['National Security Adviser Mike Waltz', 'Waltz'] },
  { id: 'ratcliffe', name: 'John Ratcliffe', aliases: ['CIA Director John Ratcliffe', 'Ratcliffe'] },
];

describe('nameInsteadOfId', () => {
  it('says which id a name stands for', () => {
    expect(nameInsteadOfId(ACTORS, 'Mike Waltz', 'speaker')).toBe(
      '"Mike Waltz" is a name, not an id: write speaker: waltz',
    );
  });

  it('says which actor an alias belongs to', () => {
    expect(nameInsteadOfId(ACTORS, 'CIA Director John Ratcliffe', 'quotedBy')).toBe(
      '"CIA Director John Ratcliffe" is an alias of John Ratcliffe, not an id: write quotedBy: ratcliffe',
    );
  });

  it('compares names as the prose matcher does: case, spaces and quote style aside', () => {
    expect(nameInsteadOfId(ACTORS, 'president  trump', 'speaker')).toContain('write speaker: trump');
    expect(nameInsteadOfId(ACTORS, 'WALTZ', 'speaker')).toContain('write speaker: waltz');
  });

  it('recognises an id made from a name', () => {
    expect(nameInsteadOfId(ACTORS, 'john-ratcliffe', 'speaker')).toBe(
      '"john-ratcliffe" is not the id of any actor, but it spells the name "John Ratcliffe": write speaker: ratcliffe',
    );
  });

  it('shows a timeline event’s list of actors as it should read', () => {
    expect(nameInsteadOfId(ACTORS, 'Waltz', 'actors', ['trump', 'Waltz', 'Ratcliffe'])).toBe(
      '"Waltz" is an alias of Mike Waltz, not an id: write actors: [trump, waltz, ratcliffe]',
    );
  });

  it('says nothing of a word that names no actor', () => {
    expect(nameInsteadOfId(ACTORS, 'Emmanuel Macron', 'speaker')).toBeUndefined();
    expect(nameInsteadOfId(ACTORS, 'Mike', 'speaker')).toBeUndefined();
  });
});

describe('actorReferenceField', () => {
  it('knows the fields that hold actor ids, and no others', () => {
    expect(actorReferenceField(['quotes', 2, 'speaker'])).toBe('speaker');
    expect(actorReferenceField(['quotes', 0, 'quotedBy'])).toBe('quotedBy');
    expect(actorReferenceField(['timeline', 1, 'actors', 0])).toBe('actors');
    expect(actorReferenceField(['actors', 0, 'id'])).toBeUndefined();
    expect(actorReferenceField(['quotes', 0, 'text'])).toBeUndefined();
  });
});

describe('crossCheckStory, for an id that is a name', () => {
  it('says which id is meant instead of guessing at a near miss', () => {
    const story = storyObjectSchema.parse({
      ...minimalStory(),
      quotes: [quote('q1', 'mike-waltz')],
      timeline: [event('e1', { actors: ['donald-trump', 'waltz'] })],
    });
    expect(crossCheckStory(story)).toEqual([
      {
        path: ['quotes', 0, 'speaker'],
        message: '"mike-waltz" is not the id of any actor, but it spells the name "Mike Waltz": write speaker: waltz',
      },
      {
        path: ['timeline', 0, 'actors', 0],
        message:
          '"donald-trump" is not the id of any actor, but it spells the name "Donald Trump": write actors: [trump, waltz]',
      },
    ]);
  });

  it('keeps "did you mean" for a mistyped id', () => {
    const story = storyObjectSchema.parse({ ...minimalStory(), quotes: [quote('q1', 'waltzz')] });
    expect(crossCheckStory(story)[0]?.message).toContain('"waltzz" is not the id of any actor. Did you mean "waltz"?');
  });
});
