import { describe, expect, it } from 'vitest';
import {
  actorById,
  actorEntries,
  actorInitials,
  groupActorsByKind,
  KIND_LABELS,
} from '../../../src/lib/present/actors';
import { storyFixture } from './fixture';

describe('groupActorsByKind', () => {
  it('puts people first, then countries and organisations, then unnamed sources, keeping the editor order', () => {
    const groups = groupActorsByKind(storyFixture().actors);
    expect(groups.map((g) => g.label)).toEqual(['People', 'Countries and organisations', 'Unnamed sources']);
    expect(groups.map((g) => g.actors.map((a) => a.id))).toEqual([
      ['mike-waltz', 'donald-trump', 'john-ratcliffe'],
      ['ukraine', 'nato'],
      ['reuters-source'],
    ]);
  });

  it('leaves out empty groups', () => {
    const people = storyFixture().actors.filter((a) => a.kind === 'person');
    expect(groupActorsByKind(people).map((g) => g.id)).toEqual(['people']);
  });
});

describe('KIND_LABELS', () => {
  it('says every kind in words', () => {
    expect(KIND_LABELS['unnamed-source']).toBe('Unnamed source');
    expect(KIND_LABELS.person).toBe('Person');
  });
});

describe('actorInitials', () => {
  it('uses an acronym alias for organisations, initials for people, "?" for unnamed sources', () => {
    const actors = storyFixture().actors;
    expect(actorInitials(actorById(actors, 'nato'))).toBe('NATO');
    expect(actorInitials(actorById(actors, 'mike-waltz'))).toBe('MW');
    expect(actorInitials(actorById(actors, 'reuters-source'))).toBe('?');
  });
});

describe('actorEntries', () => {
  it("lists each actor's quotes, relayed quotes and events in date order", () => {
    const entries = actorEntries(storyFixture());
    expect(entries.get('mike-waltz')?.quotes.map((q) => q.id)).toEqual(['step-back']);
    expect(entries.get('donald-trump')?.quotes.map((q) => q.id)).toEqual(['lets-pause']);
    expect(entries.get('john-ratcliffe')?.relayed.map((q) => q.id)).toEqual(['lets-pause']);
    expect(entries.get('john-ratcliffe')?.quotes).toEqual([]);
    expect(entries.get('ukraine')?.events.map((e) => e.id)).toEqual(['invasion', 'waltz-confirms']);
  });
});

describe('actorById', () => {
  it('names the missing id and the known ones', () => {
    expect(() => actorById(storyFixture().actors, 'mike-walz')).toThrow(/"mike-walz".*mike-waltz/);
  });
});
