import { describe, expect, it } from 'vitest';
import type { ProposedActor } from '../../../src/lib/import/proposal';
import { proposeActorsAndQuotes } from '../../../src/lib/import/quotesAndActors';
import { normalise } from '../../../src/lib/text/normalise';
import { paragraphsOf, REPORTS, type ReportName } from './realReports';

const actorsOf = (name: ReportName): ProposedActor[] => proposeActorsAndQuotes(paragraphsOf(name)).actors;
const named = (name: ReportName, actorName: string): ProposedActor | undefined =>
  actorsOf(name).find((a) => a.name === actorName);

describe('actors: people', () => {
  it('splits a title from the name and keeps every form the prose uses ("Ukrainian Foreign Minister Andrii Sybiha")', () => {
    expect(named('sybihaNato', 'Andrii Sybiha')).toMatchObject({
      id: 'sybiha',
      kind: 'person',
      role: 'Ukrainian Foreign Minister',
      aliases: ['Ukrainian Foreign Minister Andrii Sybiha', 'Minister Andrii Sybiha'],
    });
    expect(named('sybihaNato', 'Mark Rutte')).toMatchObject({ role: 'NATO Secretary-General' });
  });

  it('reads a title written in lower case before the name ("White House national security spokesman John Kirby")', () => {
    expect(named('burnsHostageDeal', 'John Kirby')?.role).toBe('White House national security spokesman');
    expect(named('healeyBootsOnTheGround', 'Marco Rubio')?.role).toBe('Secretary of state');
    // The organisation inside the title is part of the title, not an actor of its own.
    expect(actorsOf('burnsHostageDeal').map((a) => a.name)).not.toContain('White House');
  });

  it('takes the role from an apposition when no title stands before the name', () => {
    expect(named('apRetraction', 'Alexa Henning')?.role).toBe('Gabbard’s deputy chief of staff');
    // With both, the title: "U.S. District Court Judge Trevor McFadden, a Trump appointee".
    expect(named('apAccessRuling', 'Trevor McFadden')?.role).toBe('U.S. District Court Judge');
  });

  it('writes out an abbreviated title and keeps "former" with it', () => {
    expect(named('escobarAnonymousSources', 'Veronica Escobar')).toMatchObject({
      role: 'Representative',
      aliases: ['Rep. Veronica Escobar', 'Escobar'],
    });
    expect(named('bidenPrimeTime', 'Donald Trump')?.role).toBe('Former President');
  });

  it('reads a surname that is also a title word ("Independent U.S. Sen. Angus King", then "King")', () => {
    expect(named('angusKing', 'Angus King')).toMatchObject({
      id: 'king',
      kind: 'person',
      role: 'Independent U.S. Senator',
      aliases: ['Independent U.S. Sen. Angus King', 'King'],
    });
  });

  it('keeps a party label out of the name ("Republican Demi Kouzounas, a former GOP state chair, …")', () => {
    expect(named('angusKing', 'Demi Kouzounas')).toMatchObject({
      aliases: ['Republican Demi Kouzounas'],
      role: 'Former GOP state chair',
    });
    expect(named('angusKing', 'David Costello')?.aliases).toEqual(['Democrat David Costello']);
  });

  it('gives a person named only by a surname that surname, and asks for the full name', () => {
    const starmer = named('healeyBootsOnTheGround', 'Starmer');
    expect(starmer?.id).toBe('starmer');
    expect(starmer?.review).toMatch(/full name/u);
  });

  it('puts a neutral role and a review where the report gives none', () => {
    const healey = named('healeyBootsOnTheGround', 'John Healey');
    expect(healey?.role).toBe('Role not given in the report');
    expect(healey?.review).toMatch(/no role/u);
  });
});

describe('actors: countries, organisations and unnamed sources', () => {
  it('takes "US" and "U.S." as the United States, and a capital used for a government as its alias', () => {
    expect(named('sybihaNato', 'United States')?.aliases).toEqual(['US']);
    expect(named('apAccessRuling', 'United States')?.aliases).toEqual(['U.S.']);
    expect(named('sybihaNato', 'Russia')?.aliases).toEqual(['Moscow']);
  });

  it('makes no country of an adjective ("Israeli, Egyptian and Qatari officials", "Russian forces")', () => {
    const names = [...actorsOf('burnsHostageDeal'), ...actorsOf('sybihaEaster')].map((a) => a.name);
    for (const country of ['Israel', 'Egypt', 'Qatar']) expect(names).not.toContain(country);
    expect(names).not.toContain('Russian');
    expect(names).not.toContain('Israeli');
  });

  it('makes organisations of names with an organisation word and of acronyms, but not of a dateline', () => {
    const names = actorsOf('reevesPresentation').map((a) => a.name);
    expect(names).toContain('Parliament');
    expect(actorsOf('reevesForecasts').map((a) => a.name)).toContain('Office for Budget Responsibility');
    expect(actorsOf('sybihaNato').map((a) => a.name)).toContain('NATO');
    expect(actorsOf('burnsHostageDeal').map((a) => a.name)).not.toContain('WASHINGTON');
    // "PORTLAND, Maine (AP) —": the dateline and the agency's credit.
    expect(actorsOf('angusKing').map((a) => a.name)).not.toContain('PORTLAND');
    expect(actorsOf('angusKing').map((a) => a.name)).not.toContain('AP');
  });

  it('makes an unnamed source of one who speaks without a name, the words as the prose has them', () => {
    expect(named('burnsHostageDeal', 'A source familiar with the matter')).toMatchObject({
      id: 'source-familiar-with-the-matter',
      kind: 'unnamed-source',
      aliases: ['a source familiar with the matter'],
      role: 'Unnamed source familiar with the matter',
    });
    expect(named('reevesBlackHole', 'A source')).toMatchObject({ kind: 'unnamed-source', aliases: [] });
    // Reuters, only told something, is a setting, not an actor.
    expect(actorsOf('burnsHostageDeal').map((a) => a.name)).not.toContain('Reuters');
  });

  it('makes an organisation of an outlet that is quoted as a source ("According to The Post Millennial")', () => {
    expect(named('bidenFarewell', 'Post Millennial')?.kind).toBe('organisation');
  });
});

describe('actors: what the checker requires', () => {
  const names = Object.keys(REPORTS) as ReportName[];

  it.each(names)('%s: ids are unique lowercase slugs of at most 60 characters', (name) => {
    const ids = actorsOf(name).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+){0,30}$/u);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(60);
  });

  it.each(names)('%s: no name or alias is shared by two actors (case and marks aside)', (name) => {
    const owner = new Map<string, string>();
    for (const actor of actorsOf(name)) {
      for (const form of new Set([actor.name, ...actor.aliases].map((f) => normalise(f).toLowerCase()))) {
        expect(owner.get(form) ?? actor.id, `"${form}"`).toBe(actor.id);
        owner.set(form, actor.id);
      }
    }
  });

  it.each(names)('%s: every alias is a form the prose uses', (name) => {
    const prose = normalise(REPORTS[name].paragraphs.join('\n'));
    for (const actor of actorsOf(name))
      for (const alias of actor.aliases) expect(prose, `${actor.id}: ${alias}`).toContain(normalise(alias));
  });
});
