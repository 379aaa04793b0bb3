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

describe('actors: names that hold "and", abbreviations, names in quotations, groups', () => {
  it('"Department of Health and Human Services (HHS)": a name that holds "and" is one organisation, its abbreviation an alias', () => {
    const actors = actorsOf('kennedyNomination');
    expect(named('kennedyNomination', 'Department of Health and Human Services')).toMatchObject({
      kind: 'organisation',
      aliases: ['HHS'],
    });
    expect(named('kennedyNomination', 'Food and Drug Administration')?.aliases).toEqual(['FDA']);
    expect(named('kennedyNomination', 'Centers for Disease Control and Prevention')?.aliases).toEqual(['CDC']);
    expect(named('kennedyNomination', 'National Institutes of Health')?.aliases).toEqual(['NIH']);
    const names = actors.map((a) => a.name);
    for (const part of ['Department of Health', 'Human Services', 'Drug Administration', 'HHS', 'FDA', 'CDC'])
      expect(names).not.toContain(part);
  });

  it('"Pakistan Peoples Party (PPP)", "National Assembly (NA)": the abbreviation in brackets is no actor of its own', () => {
    expect(named('raisiCondolences', 'Pakistan Peoples Party')?.aliases).toEqual(['PPP']);
    expect(named('raisiCondolences', 'National Assembly')?.aliases).toEqual(['NA']);
    const names = actorsOf('raisiCondolences').map((a) => a.name);
    expect(names).not.toContain('PPP');
    expect(names).not.toContain('NA');
  });

  it('a person named only inside what someone says is no actor; the one who says it is', () => {
    const names = actorsOf('ebyTariffTools').map((a) => a.name);
    expect(names).not.toContain('Donald Trump');
    expect(named('ebyTariffTools', 'David Eby')).toMatchObject({ kind: 'person', role: 'BC Premier' });
  });

  it('"Canada\'s premiers are asking …": people a name qualifies, acting together, are a group (for review)', () => {
    const premiers = named('premiersUrgentMeeting', "Canada's premiers");
    expect(premiers).toMatchObject({ kind: 'group' });
    expect(premiers?.review).toMatch(/group of people acting together/u);
    // The country stays an actor of its own.
    expect(named('premiersUrgentMeeting', 'Canada')?.kind).toBe('country');
  });
});

describe('actors: organisations and places, bands', () => {
  it('"The Parliamentary and Health Service Ombudsman (PHSO) said the Department for Work and Pensions (DWP) …"', () => {
    expect(named('waspiOmbudsman', 'Parliamentary and Health Service Ombudsman')?.aliases).toEqual(['PHSO']);
    expect(named('waspiOmbudsman', 'Department for Work and Pensions')?.aliases).toEqual(['DWP']);
    // The ombudsman speaks, past the abbreviation in brackets before "said".
    const { quotes } = proposeActorsAndQuotes(paragraphsOf('waspiOmbudsman'));
    expect(quotes[0]?.speaker).toBe('parliamentary-and-health-service-ombudsman');
  });

  it('"Parliament Square", "Bridge Street": a place whose name holds an organisation word is no actor', () => {
    const names = actorsOf('parliamentSquareProtest').map((a) => a.name);
    expect(names).not.toContain('Parliament Square');
    expect(names).not.toContain('Bridge Street');
    expect(names).toContain('Metropolitan Police');
  });

  it('"British rock band Oasis": a band is a group, what the report calls it its role, and "the band" speaks for it', () => {
    expect(named('oasisReunion', 'Oasis')).toMatchObject({ kind: 'group', role: 'British rock band' });
    const { quotes } = proposeActorsAndQuotes(paragraphsOf('oasisReunion'));
    const quote = quotes.find((q) => q.text.startsWith('This is it'));
    expect(quote?.speaker).toBe('oasis');
    expect(quote?.review).toMatch(/"the band"/u);
  });
});

describe('actors: a second name for the same one', () => {
  it('"UNRWA, or the United Nations Relief and Works Agency,": the name after ", or the" is an alias, not a second actor (Outlook India, January 2024)', () => {
    const { actors } = proposeActorsAndQuotes([
      {
        text: "UNRWA, or the United Nations Relief and Works Agency, was established in 1949. It is the largest UN agency operating in Gaza and provides healthcare, education, and humanitarian aid to Palestinians in Gaza, the West Bank, Jordan, Lebanon, and Syria. Employing around 13,000 people within Gaza, UNRWA has played a crucial role in assisting displaced civilians during Israel's offensive.",
      },
    ]);
    // An organisation opening its sentence in capitals is not a dateline ("WASHINGTON, May 22").
    const unrwa = actors.find((a) => a.name === 'UNRWA');
    expect(unrwa).toMatchObject({ kind: 'organisation' });
    expect(unrwa?.aliases).toContain('United Nations Relief and Works Agency');
    expect(actors.map((a) => a.name)).not.toContain('United Nations Relief and Works Agency');
  });

  it('"A- and H-Bomb": a hyphen left hanging joins the name across "and" (goinggaijin.com, 13 October 2024)', () => {
    const { actors } = proposeActorsAndQuotes([
      {
        text: 'The Nihon Hidankyo – short and Japanese for The Japan Confederation of A- and H-Bomb Sufferers Organizations – has been awarded the 2024 Nobel Peace Prize after having been nominated several times before.',
      },
    ]);
    const names = actors.map((a) => a.name);
    expect(names.some((n) => n.endsWith('Japan Confederation of A- and H-Bomb Sufferers Organizations'))).toBe(true);
    expect(names).not.toContain('H-Bomb Sufferers Organizations');
  });
});

describe('actors: a title with its "of"', () => {
  it('"the Governor of the Bank of England Andrew Bailey": the office is the title, the given name starts the person (i, 4 August 2023)', () => {
    const { actors } = proposeActorsAndQuotes([
      {
        text: "Demonstrators wearing masks depicting the Governor of the Bank of England Andrew Bailey and Britain's Prime Minister Rishi Sunak",
      },
    ]);
    expect(actors.find((a) => a.id === 'bailey')).toMatchObject({
      name: 'Andrew Bailey',
      role: 'Governor of the Bank of England',
    });
  });
});

describe('actors: a role written after the name without an article', () => {
  it('"says Matthew Holmes, executive vice-president at …": lower-case title words tied by "at" or "of" are the role (Dow Jones, 3 March 2025)', () => {
    const { actors, quotes } = proposeActorsAndQuotes([
      {
        text: '"Businesses can\'t just switch their whole model to avoid tariffs and then go back again, depending on what politicians decide on any given day," says Matthew Holmes, executive vice-president at the country\'s biggest business-lobby group. "Every day with tariff threats makes us weaker as allies."',
      },
    ]);
    expect(actors.find((a) => a.id === 'holmes')?.role).toBe(
      "Executive vice-president at the country's biggest business-lobby group",
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['holmes', 'holmes']);
  });
});

describe('actors: a plural for people opening a sentence', () => {
  it('"Witnesses reported hearing …": people capitalised only because they open the sentence are a group, not a person (Bosman Business World, 19 October 2024)', () => {
    const { actors } = proposeActorsAndQuotes([
      {
        text: 'The explosion took place at a two-story family home in the heart of a small town, flattening the building and sending debris flying into neighboring properties. Witnesses reported hearing a thunderous boom, followed by plumes of smoke rising into the sky.',
      },
    ]);
    expect(actors.find((a) => a.name === 'Witnesses')?.kind).toBe('group');
    expect(actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});
