import { describe, expect, it } from 'vitest';
import { clauseTense } from '../../../src/lib/import/tense';

/** The tense of the clause holding `phrase` (its first occurrence) in `sentence`. */
function tenseOf(sentence: string, phrase: string, occurrence = 0): ReturnType<typeof clauseTense> {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = sentence.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" is not in the sentence`);
  return clauseTense(sentence, { start, end: start + phrase.length });
}

describe('clauseTense: the seed report', () => {
  it('reads "confirmed by … on Wednesday" as past, from the participle before the date', () => {
    const sentence =
      'The move, confirmed by National Security Adviser Mike Waltz on Wednesday, follows the halting of US military aid to Ukraine earlier this week.';
    expect(tenseOf(sentence, 'on Wednesday')).toMatchObject({ tense: 'past', cue: 'confirmed' });
  });

  it('lets "next week" make the meeting future, though the sentence reports a call and has "has raised"', () => {
    const sentence =
      'The decision has raised alarm among European allies, with French President Emmanuel Macron calling an urgent meeting of European military chiefs in Paris next week.';
    expect(tenseOf(sentence, 'next week').tense).toBe('future');
  });

  it('reads "earlier this week" as past although the clause\u2019s verb ("follows") is present', () => {
    const sentence =
      'The move, confirmed by National Security Adviser Mike Waltz on Wednesday, follows the halting of US military aid to Ukraine earlier this week.';
    expect(tenseOf(sentence, 'earlier this week').tense).toBe('past');
  });

  it('takes the tense of a participle ("revealing on Tuesday") from the finite verbs around it', () => {
    const sentence =
      'The pressure appears to have yielded results, with Trump revealing on Tuesday that Zelensky had sent him a letter agreeing to negotiations.';
    expect(tenseOf(sentence, 'on Tuesday').tense).toBe('past');
  });

  it('reads a fronted participle clause ("Addressing Congress on Tuesday, he said") by its main verb', () => {
    const sentence =
      'Addressing Congress on Tuesday, he said Kyiv had agreed to sign an agreement allowing American firms access to its critical mineral reserves.';
    expect(tenseOf(sentence, 'on Tuesday')).toMatchObject({ tense: 'past' });
    expect(tenseOf(sentence, 'on Tuesday').cue).toContain('said');
  });

  it('reads "launched its full-scale invasion in 2022" as past', () => {
    const sentence =
      'The suspension of intelligence sharing comes at a crucial juncture for Ukraine, which has relied heavily on US support since Russia launched its full-scale invasion in 2022.';
    expect(tenseOf(sentence, 'in 2022')).toMatchObject({ tense: 'past', cue: 'launched' });
  });
});

describe('clauseTense: future markers', () => {
  it('"will": "The ASEAN leaders\u2019 summit will kick off on Wednesday." (Anadolu, 8 October 2024)', () => {
    expect(tenseOf("The ASEAN leaders' summit will kick off on Wednesday.", 'on Wednesday').tense).toBe('future');
  });

  it('"is set to", and a second verb joined by "and" shares it (Times of Israel, 1 July 2025)', () => {
    const sentence =
      'The prime minister is set to take off for the US capital on Saturday and meet with Trump on Monday.';
    expect(tenseOf(sentence, 'on Saturday').tense).toBe('future');
    expect(tenseOf(sentence, 'on Monday').tense).toBe('future');
  });

  it('"is due on" (Insurance Asset Management, 19 December 2024)', () => {
    const sentence = 'The BoE\u2019s next base rate announcement is due on 6 February 2025.';
    expect(tenseOf(sentence, 'on 6 February 2025').tense).toBe('future');
  });

  it('an infinitive of purpose after a perfect looks ahead: "have arrived … to attend the event from Wednesday to Friday"', () => {
    const sentence =
      'Several ASEAN leaders have arrived in the capital Vientiane to attend the event from Wednesday to Friday.';
    expect(tenseOf(sentence, 'from Wednesday to Friday').tense).toBe('future');
  });

  it('a participle before the date takes the finite verb\u2019s future: "The summit, beginning Wednesday, will focus"', () => {
    const sentence =
      'The summit, beginning Wednesday, will focus on enhancing regional connectivity and resilience, with leaders from member countries and partners like China, Japan, and South Korea in attendance.';
    expect(tenseOf(sentence, 'Wednesday').tense).toBe('future');
  });
});

describe('clauseTense: past markers', () => {
  it('"said": "US President Donald Trump said on Tuesday that he hopes a Gaza ceasefire will be reached"', () => {
    const sentence =
      'US President Donald Trump said on Tuesday that he hopes a Gaza ceasefire will be reached \u201Csometime next week,\u201D as the war between Israel and Hamas nears its 23rd month.';
    expect(tenseOf(sentence, 'on Tuesday')).toMatchObject({ tense: 'past', cue: 'said' });
  });

  it('"said at a cabinet meeting on Monday": a gerund after "a" is a noun, so "said" governs', () => {
    const sentence =
      'Netanyahu said at a cabinet meeting on Monday that he will also meet with Vice President JD Vance.';
    expect(tenseOf(sentence, 'on Monday')).toMatchObject({ tense: 'past', cue: 'said' });
  });

  it('a passive with "were": "Ceasefire talks … were paused on Friday" (Arise News, August 2024)', () => {
    const sentence =
      'Ceasefire talks aimed at ending the ongoing conflict between Israel and Hamas in Gaza were paused on Friday, with negotiators scheduled to meet again next week.';
    expect(tenseOf(sentence, 'on Friday').tense).toBe('past');
    expect(tenseOf(sentence, 'next week').tense).toBe('future');
  });

  it('an "-ed" main verb: "two ministers tendered their resignations on Tuesday" (T\u00FCrkiye Today, 27 March 2024)', () => {
    const sentence =
      'In a significant blow to British Prime Minister Rishi Sunak, two ministers tendered their resignations on Tuesday, precipitating a shake-up in junior ranks within the government.';
    expect(tenseOf(sentence, 'on Tuesday')).toMatchObject({ tense: 'past', cue: 'tendered' });
  });

  it('the brief\u2019s own case: "She spoke on Saturday" is past', () => {
    expect(tenseOf('She spoke on Saturday.', 'on Saturday').tense).toBe('past');
  });
});

describe('clauseTense: the nearer verb governs', () => {
  it('a verb before the date, across an apposition, beats a trailing attribution (AP, 24 September 2024)', () => {
    const sentence =
      'Now, with just a few months left in office after he ended his reelection campaign, Biden plans to travel to Berlin and Luanda, Angola, from Oct. 10-15, White House press secretary Karine Jean-Pierre announced while Biden was in New York.';
    expect(tenseOf(sentence, 'from Oct. 10-15')).toMatchObject({ tense: 'future', cue: 'plans to travel' });
  });

  it('a date that opens its sentence takes the verb after it (MENAFN, 13 August 2025)', () => {
    const sentence =
      'On Tuesday, representatives from Moscow and Washington, DC, engaged in discussions concerning what Russian officials referred to as \u201Ccertain aspects\u201D of preparations for a forthcoming summit.';
    expect(tenseOf(sentence, 'On Tuesday')).toMatchObject({ tense: 'past', cue: 'engaged' });
  });

  it('"promised for February": a date something is meant for is ahead, whatever the verb (Business Day Africa, 26 September 2024)', () => {
    const sentence =
      'The trip, initially promised for February after his reelection, follows a commitment Mr Biden made to visit Africa while in office.';
    expect(tenseOf(sentence, 'February')).toMatchObject({ tense: 'future', cue: 'for' });
  });

  it('"plans to visit Africa in February": the infinitive after "plans to" is future (Reuters, 22 May 2024)', () => {
    const sentence =
      'U.S. President Joe Biden announced plans to visit Africa in February, contingent on his re-election in the upcoming presidential race against former President Donald Trump.';
    expect(tenseOf(sentence, 'in February').tense).toBe('future');
  });
});

describe('clauseTense: what does not settle the tense', () => {
  it('a plain present ("comments follow … announcement on Monday") is present, not past', () => {
    const sentence =
      'The US president\u2019s comments follow Prime Minister Benjamin Netanyahu\u2019s announcement on Monday that he will visit Washington DC next week to meet with Trump.';
    expect(tenseOf(sentence, 'on Monday')).toMatchObject({ tense: 'present', cue: 'follow' });
  });

  it('a possessive date ("this week\u2019s Israel-Iran ceasefire") belongs to its noun, not to the verb', () => {
    const sentence =
      'Foreign Ministry spokesman Majed Al Ansari said negotiators are engaging with Israel and Hamas to build on momentum from this week\u2019s Israel-Iran ceasefire.';
    expect(tenseOf(sentence, 'this week').tense).toBeUndefined();
  });
});
