import { describe, expect, it } from 'vitest';
import type { ProposedQuote } from '../../../src/lib/import/proposal';
import { proposeActorsAndQuotes } from '../../../src/lib/import/quotesAndActors';
import { paragraphsOf, type ReportName } from './realReports';

/** The quotes of a real report, looked up by the words they start with. */
function quotesOf(name: ReportName): (start: string) => ProposedQuote {
  const { quotes } = proposeActorsAndQuotes(paragraphsOf(name));
  return (start) => {
    const quote = quotes.find((q) => q.text.startsWith(start));
    if (quote === undefined)
      throw new Error(`no quote starts "${start}" in ${name}: ${quotes.map((q) => q.text).join(' | ')}`);
    return quote;
  };
}

describe('attribution: the speaker named next to the quotation', () => {
  it('"X, who was first elected …, said … “words”": the name before a relative clause speaks', () => {
    const quote = quotesOf('angusKing');
    expect(quote('we’re losing the middle in the Senate.')).toMatchObject({ speaker: 'king', callout: false });
    expect(quote('I think I have a role to play').speaker).toBe('king');
  });

  it('"…," X said (Biden) and "…," X told Y (Kirby), by name and without review', () => {
    const biden = quotesOf('bidenPrimeTime')('There is no place in America');
    expect(biden).toMatchObject({ speaker: 'biden', callout: true });
    expect(biden.review).toBeUndefined();
    const kirby = quotesOf('burnsHostageDeal')('has been… involved');
    expect(kirby).toMatchObject({
      speaker: 'kirby',
      setting: 'Told reporters traveling with U.S. President Joe Biden aboard Air Force One',
      callout: false,
    });
    expect(kirby.review).toBeUndefined();
  });

  it('"…," said X: the speaker after the verb (wrote McFadden)', () => {
    expect(quotesOf('apAccessRuling')('The AP seeks restored eligibility')).toMatchObject({ speaker: 'mcfadden' });
  });

  it('X, a description, wrote: the name before an apposition (Alexa Henning, Gabbard’s deputy chief of staff)', () => {
    expect(quotesOf('apRetraction')('The [AP] is total trash')).toMatchObject({
      speaker: 'henning',
      setting: 'Wrote on X',
    });
  });

  it('according to X: the quotation handed to whoever "according to" names (Ms. Reeves)', () => {
    const quote = quotesOf('reevesForecasts')('The full economic and fiscal forecasts');
    expect(quote.speaker).toBe('reeves');
    // The quotation is the subject of the reporter's own sentence ("… will be presented"): a fragment.
    expect(quote.callout).toBe(false);
  });

  it('X said: "…" and X added, "…": the attribution before the quotation', () => {
    expect(quotesOf('trumpMarALago')('She’s a woman.')).toMatchObject({ speaker: 'trump', callout: true });
    expect(quotesOf('trumpMarALago')('You don’t win Alabama')).toMatchObject({ speaker: 'trump' });
    expect(quotesOf('escobarAnonymousSources')('Their perception is')).toMatchObject({ speaker: 'escobar' });
    expect(quotesOf('reevesBlackHole')("We don't accept the positive")).toMatchObject({ speaker: 'source' });
  });

  it('X warned/noted/insisted that … "words": a partial quotation inside what the verb reports', () => {
    const farewell = quotesOf('bidenFarewell');
    expect(farewell('play by the same rules')).toMatchObject({ speaker: 'biden', callout: false });
    expect(farewell('pay their fair share of taxes.')).toMatchObject({ speaker: 'biden', callout: false });
    // "According to The Post Millennial, Biden also noted that …": the verb nearer the words speaks.
    expect(farewell('fully informed')).toMatchObject({ speaker: 'biden' });
    expect(quotesOf('sybihaNato')('talks about demands and conditions')).toMatchObject({
      speaker: 'sybiha',
      callout: false,
    });
  });

  it('"…, X said, …": a participle after the verb speaks for the same speaker ("saying, …")', () => {
    expect(quotesOf('bidenPrimeTime')('It’s time to cool it down.')).toMatchObject({ speaker: 'biden', callout: true });
  });
});

describe('attribution: a pronoun or a title resolved to a person named before it', () => {
  it('"he" is the subject of the sentence before (Sybiha), with a review naming the others it could be', () => {
    const quote = quotesOf('sybihaNato')('Russia must get serious about peace');
    expect(quote.speaker).toBe('sybiha');
    expect(quote.review).toMatch(/"he".*Andrii Sybiha/u);
    expect(quote.review).toMatch(/Vladimir Putin could be meant too/u);
  });

  it('"she said during a CNN interview": the person the paragraph before was about, and the setting', () => {
    const quote = quotesOf('escobarAnonymousSources')('While some folks are commenting');
    expect(quote).toMatchObject({ speaker: 'escobar', setting: 'During a CNN interview' });
    expect(quote.review).toMatch(/"she"/u);
  });

  it('"he said on Truth Social" after "The former president announced …": a title resolved, then "he"', () => {
    const quote = quotesOf('trumpMarALago')('I will expose Kamala');
    expect(quote).toMatchObject({ speaker: 'trump', setting: 'On Truth Social' });
  });

  it('"what he termed": the subject of the clause the pronoun stands in (Turner), not the sentence’s first name', () => {
    const quote = quotesOf('turnerThreat')('serious national security threat.');
    expect(quote.speaker).toBe('turner');
    expect(quote.review).toMatch(/Jake Sullivan could be meant too/u);
  });

  it('"continued the judge" and "The Ukrainian foreign minister said": a title matched to the named person', () => {
    const judge = quotesOf('apAccessRuling')('That is all the Court orders today');
    expect(judge.speaker).toBe('mcfadden');
    expect(judge.review).toMatch(/"the judge"/u);
    const minister = quotesOf('sybihaNato')('real, full-scale war going on in Europe');
    expect(minister.speaker).toBe('sybiha');
    expect(minister.review).toMatch(/Ukrainian foreign minister/u);
  });
});

describe('attribution: a title no one named before fits', () => {
  it('"…," the Iranian foreign minister added: the one the sentences around it name as speaking, for review', () => {
    // Araghchi "denied … and said" before, and "further stated" after; no earlier name says "minister".
    const quote = quotesOf('araghchiDenial')('Contrary to what has been reported');
    expect(quote.speaker).toBe('araghchi');
    expect(quote.review).toMatch(/Iranian foreign minister/u);
  });
});

describe('attribution: quotations that go on from the one before', () => {
  it('"…," he wrote, "…": a quotation split by its attribution, both parts to the same speaker', () => {
    const quote = quotesOf('escobarAnonymousSources');
    expect(quote('Most every reporter').speaker).toBe('bates');
    expect(quote('But for the outliers').speaker).toBe('bates');
  });

  it('"…," X said from the White House. "…": the next quotation keeps the speaker and the setting', () => {
    const quote = quotesOf('turnerThreat');
    expect(quote('I reached out earlier this week')).toMatchObject({
      speaker: 'sullivan',
      setting: 'From the White House',
    });
    expect(quote('That’s been on the books.')).toMatchObject({ speaker: 'sullivan', setting: 'From the White House' });
  });

  it('a long quotation over three paragraphs, each opening with a mark: the speaker of the paragraph before, for review', () => {
    const quote = quotesOf('sybihaEaster');
    for (const start of ["Ukraine's position remains", 'Russia refused, and this', 'Now, Putin has made']) {
      expect(quote(start).speaker).toBe('sybiha');
      expect(quote(start).review).toMatch(/carried over from the paragraph before/u);
      expect(quote(start).callout).toBe(true);
    }
    // "…," he said, after "Sybiha stressed that …".
    expect(quote('We want to see Russian forces').speaker).toBe('sybiha');
  });

  it('quotes in single marks, as British papers print them (he told the BBC; he admitted to ABC’s This Week)', () => {
    const quote = quotesOf('healeyBootsOnTheGround');
    expect(quote('In the circumstances of a ceasefire')).toMatchObject({ speaker: 'healey', setting: 'Told the BBC' });
    expect(quote('They are ready to go')).toMatchObject({ speaker: 'healey', setting: 'Told the BBC' });
    expect(quote('There remain some big areas')).toMatchObject({ speaker: 'rubio', setting: "To ABC's This Week" });
  });
});

describe('attribution: settings', () => {
  it('takes the setting from the sentence that introduces the speaker just before ("In a solemn address …, Biden …")', () => {
    expect(quotesOf('bidenFarewell')('No president is immune')).toMatchObject({
      speaker: 'biden',
      setting: 'In a solemn address from the Oval Office',
    });
  });

  it('"at a news conference with …": the setting as the report words it, the place included, the day left out', () => {
    expect(quotesOf('sybihaNato')('I came to NATO headquarters')).toMatchObject({
      speaker: 'sybiha',
      setting: 'At a news conference with NATO Secretary-General Mark Rutte in Brussels',
    });
    expect(quotesOf('apRetraction')('AP stands for Associated Propaganda')).toMatchObject({
      speaker: 'musk',
      setting: 'Wrote on X',
    });
  });

  it('gives no setting where the report gives none', () => {
    expect(quotesOf('bidenPrimeTime')('We can do this').setting).toBeUndefined();
    expect(quotesOf('trumpMarALago')('She’s a woman.').setting).toBeUndefined();
  });
});

describe('attribution: a speaker the verb shares, a title that stands for someone, a name before a colon', () => {
  it('"X referenced … and said …": a verb joined by "and" to the one before has its subject (Trump)', () => {
    const quote = quotesOf('trumpVictorySpeech')('to restore America to greatness.');
    expect(quote.speaker).toBe('trump');
    expect(quote.callout).toBe(false);
  });

  it('"…," said BC Premier David Eby, then "…," said Eby: the name after the verb, its title and all, speaks', () => {
    const quote = quotesOf('ebyTariffTools');
    for (const start of ['This is our message to Donald Trump', 'It’s not something that we would do lightly']) {
      expect(quote(start).speaker).toBe('eby');
      expect(quote(start).review).toBeUndefined();
    }
  });

  it('"Name, description: “…”" with no verb: the name before the colon speaks, and the paragraphs that go on quoting', () => {
    const quote = quotesOf('guardiolaGroundskeeper');
    expect(quote('Surprised with the amount of chances')).toMatchObject({ speaker: 'guardiola', callout: true });
    expect(quote('Surprised with the amount of chances').review).toBeUndefined();
    expect(quote('We have an incredible groundskeeper').speaker).toBe('guardiola');
  });

  it('"The British prime minister said": a title naming a country is not the one the report calls Israeli', () => {
    const quote = quotesOf('palestineRecognition')('appalling situation in Gaza');
    // Netanyahu is the only one the report calls a prime minister, and he is Israel's; Starmer has no title.
    expect(quote.speaker).not.toBe('netanyahu');
    expect(quote.review).toMatch(/The British prime minister/u);
    expect(quotesOf('palestineRecognition')('We will also have to fight').speaker).toBe('netanyahu');
  });
});
