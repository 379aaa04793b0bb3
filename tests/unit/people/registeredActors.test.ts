import { describe, expect, it } from 'vitest';
import { personSchema, type People } from '../../../src/lib/people/person';
import { roleOn, withRegisteredActors } from '../../../src/lib/people/registeredActors';
import { Temporal } from 'temporal-polyfill';

const people: People = new Map([
  [
    'waltz',
    personSchema.parse({
      name: 'Mike Waltz',
      aliases: ['Waltz', 'National Security Adviser Mike Waltz'],
      kind: 'person',
      description: 'American Republican politician.',
      roles: [
        { role: 'US Representative for Florida', from: '2019-01-03', to: '2025-01-20' },
        { role: 'US National Security Adviser', from: '2025-01-20', to: '2025-05' },
      ],
    }),
  ],
  ['ukraine', personSchema.parse({ name: 'Ukraine', aliases: ['Kyiv'], kind: 'country', description: 'A country.' })],
]);

const story = (actors: unknown[], published = '2025-03-05') => ({ published, actors });

describe('withRegisteredActors', () => {
  it('writes out a registered actor from the registry, with the role it held on the story day', () => {
    const { data, problems } = withRegisteredActors(story([{ id: 'waltz' }]), people);
    expect(problems).toEqual([]);
    expect((data as { actors: unknown[] }).actors).toEqual([
      {
        id: 'waltz',
        name: 'Mike Waltz',
        kind: 'person',
        aliases: ['Waltz', 'National Security Adviser Mike Waltz'],
        role: 'US National Security Adviser',
      },
    ]);
    const earlier = withRegisteredActors(story([{ id: 'waltz' }], '2024-06-01'), people).data as {
      actors: { role: string }[];
    };
    expect(earlier.actors[0]?.role).toBe('US Representative for Florida');
  });

  it("keeps the story's own role and adds the story's own aliases after the registry's", () => {
    const { data } = withRegisteredActors(
      story([{ id: 'ukraine', role: 'Fighting the invasion', aliases: ['Ukrainian government', 'Kyiv'] }]),
      people,
    );
    expect((data as { actors: unknown[] }).actors[0]).toMatchObject({
      role: 'Fighting the invasion',
      aliases: ['Kyiv', 'Ukrainian government'],
    });
  });

  it('refuses an id without a name that is not registered, with the closest registered id', () => {
    const { problems } = withRegisteredActors(story([{ id: 'walz', role: 'x' }]), people);
    expect(problems).toEqual([
      expect.objectContaining({ path: ['actors', 0, 'id'], message: expect.stringContaining('Did you mean "waltz"?') }),
    ]);
  });

  it("refuses a story's own actor with a registered id, or a registered person's name or alias", () => {
    const own = { name: 'Mike Waltz', kind: 'person', role: 'Adviser' };
    expect(withRegisteredActors(story([{ id: 'waltz', ...own }]), people).problems[0]).toMatchObject({
      path: ['actors', 0, 'id'],
      message: expect.stringContaining('is a registered person (Mike Waltz, content/people/waltz.yaml)'),
    });
    expect(withRegisteredActors(story([{ id: 'mike-waltz', ...own }]), people).problems[0]).toMatchObject({
      path: ['actors', 0, 'name'],
      message: expect.stringContaining('Did you mean "id: waltz"?'),
    });
    // An alias counts, compared as the prose matcher compares names (case and quote style aside).
    const byAlias = { id: 'nsa', name: 'The adviser', aliases: ['WALTZ'], kind: 'person', role: 'x' };
    expect(withRegisteredActors(story([byAlias]), people).problems[0]?.path).toEqual(['actors', 0, 'aliases', 0]);
    // Someone else entirely is the story's own business.
    const other = { id: 'mulroy', name: 'Mick Mulroy', kind: 'person', role: 'Former official' };
    expect(withRegisteredActors(story([other]), people).problems).toEqual([]);
  });

  it('says when the registry has no role for the story day and the story gives none', () => {
    const { problems } = withRegisteredActors(story([{ id: 'ukraine' }]), people);
    expect(problems[0]).toMatchObject({ path: ['actors', 0, 'id'], fix: expect.stringContaining('role') });
  });
});

describe('roleOn', () => {
  it('takes month and year precision as the whole month or year', () => {
    const waltz = people.get('waltz')!;
    expect(roleOn(waltz, Temporal.PlainDate.from('2025-05-31'))).toBe('US National Security Adviser');
    expect(roleOn(waltz, Temporal.PlainDate.from('2025-06-01'))).toBeUndefined();
  });
});
