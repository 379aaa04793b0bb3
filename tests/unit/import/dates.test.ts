import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDatePhrases, sentenceRanges, quotationRanges } from '../../../src/lib/import/dates';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seed = readFileSync(path.join(repoRoot, 'tests/fixtures/seed-article.txt'), 'utf-8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((text) => ({ text }));

/** The phrases found in one paragraph, as phrase, date and status. */
function datesIn(text: string, published: string): { text: string; date: string; status: string }[] {
  return findDatePhrases([{ text }], published).map((p) => ({ text: p.text, date: p.date, status: p.status }));
}

function only(text: string, published: string): ReturnType<typeof findDatePhrases>[number] {
  const found = findDatePhrases([{ text }], published);
  expect(found).toHaveLength(1);
  return found[0] as ReturnType<typeof findDatePhrases>[number];
}

describe('findDatePhrases: the seed report (dated Wednesday 5 March 2025)', () => {
  // The answers of the hand-checked first story (content/explainers/us-pauses-intelligence-sharing-with-ukraine).
  it('finds every dated event, in the order of the text, with the right date and status', () => {
    expect(findDatePhrases(seed, '2025-03-05').map((p) => [p.text, p.date, p.status])).toEqual([
      ['on Wednesday', '2025-03-05', 'happened'],
      ['earlier this week', '2025-03-03/2025-03-04', 'happened'],
      ['next week', '2025-W11', 'expected'],
      ['in 2022', '2022', 'happened'],
      ['on Tuesday', '2025-03-04', 'happened'],
      ['on Tuesday', '2025-03-04', 'happened'],
    ]);
  });

  it('explains each date in a reader\u2019s words', () => {
    const basis = Object.fromEntries(findDatePhrases(seed, '2025-03-05').map((p) => [p.text, p.basis]));
    expect(basis['on Tuesday']).toBe(
      'The report, dated Wednesday 5 March 2025, says \u201Con Tuesday\u201D in the past tense: Tuesday 4 March 2025.',
    );
    expect(basis['on Wednesday']).toBe(
      'The report, dated Wednesday 5 March 2025, says \u201Con Wednesday\u201D, the day it dates from: Wednesday 5 March 2025.',
    );
    expect(basis['next week']).toBe(
      'The report, dated Wednesday 5 March 2025, says \u201Cnext week\u201D: the week of Monday 10 March 2025 (ISO week 11); it gives no day.',
    );
    expect(basis['earlier this week']).toBe(
      'The report, dated Wednesday 5 March 2025, says \u201Cearlier this week\u201D: between Monday 3 and Tuesday 4 March 2025; it gives no exact day.',
    );
    expect(basis['in 2022']).toBe('The report says \u201Cin 2022\u201D and gives no more precise date.');
  });

  it('marks none of the seed\u2019s dates for review: each is settled by its words and tense', () => {
    expect(findDatePhrases(seed, '2025-03-05').filter((p) => p.review !== undefined)).toEqual([]);
  });

  it('gives each phrase the sentence that holds it', () => {
    const tuesday = findDatePhrases(seed, '2025-03-05').filter((p) => p.text === 'on Tuesday');
    expect(tuesday.map((p) => p.sentence.text)).toEqual([
      'The pressure appears to have yielded results, with Trump revealing on Tuesday that Zelensky had sent him a letter agreeing to negotiations.',
      'Addressing Congress on Tuesday, he said Kyiv had agreed to sign an agreement allowing American firms access to its critical mineral reserves.',
    ]);
  });
});

describe('findDatePhrases: weekdays read with the tense of their clause', () => {
  it('the brief\u2019s case: "She spoke on Saturday" in a report of Friday 7 March 2025 is the Saturday before, 1 March', () => {
    expect(datesIn('She spoke on Saturday.', '2025-03-07')).toEqual([
      { text: 'on Saturday', date: '2025-03-01', status: 'happened' },
    ]);
  });

  it('the publication day\u2019s own weekday is that day (Punch, Tuesday 11 February 2025)', () => {
    const text =
      'The Minister of Information and National Orientation, Mohammed Idris, announced this during a press conference in Abuja on Tuesday.';
    expect(datesIn(text, '2025-02-11')).toEqual([{ text: 'on Tuesday', date: '2025-02-11', status: 'happened' }]);
  });

  it('a past, a future and a bare weekday in one report (Anadolu, Tuesday 8 October 2024)', () => {
    const text =
      "ASEAN foreign ministers met in Laos on Tuesday to prepare for the upcoming leaders' summit, chaired by Laos' Deputy Prime Minister Saleumxay Kommasith. The summit, beginning Wednesday, will focus on enhancing regional connectivity and resilience, with leaders from member countries and partners like China, Japan, and South Korea in attendance.";
    expect(datesIn(text, '2024-10-08')).toEqual([
      { text: 'on Tuesday', date: '2024-10-08', status: 'happened' },
      { text: 'Wednesday', date: '2024-10-09', status: 'expected' },
    ]);
    expect(datesIn("The ASEAN leaders' summit will kick off on Wednesday.", '2024-10-08')).toEqual([
      { text: 'on Wednesday', date: '2024-10-09', status: 'expected' },
    ]);
  });

  it('a range of weekdays is a span (Anadolu, Tuesday 8 October 2024)', () => {
    const text =
      'Several ASEAN leaders have arrived in the capital Vientiane to attend the event from Wednesday to Friday.';
    expect(datesIn(text, '2024-10-08')).toEqual([
      { text: 'from Wednesday to Friday', date: '2024-10-09/2024-10-11', status: 'expected' },
    ]);
  });

  it('the same weekday a week apart: "on Monday" past and future in one report (Times of Israel, Tuesday 1 July 2025)', () => {
    expect(
      datesIn(
        'The prime minister is set to take off for the US capital on Saturday and meet with Trump on Monday.',
        '2025-07-01',
      ),
    ).toEqual([
      { text: 'on Saturday', date: '2025-07-05', status: 'expected' },
      { text: 'on Monday', date: '2025-07-07', status: 'expected' },
    ]);
    expect(
      datesIn(
        'Netanyahu said at a cabinet meeting on Monday that he will also meet with Vice President JD Vance, Secretary of State Marco Rubio, Defense Secretary Pete Hegseth, US Special Envoy to the Middle East Steve Witkoff, Commerce Secretary Howard Lutnick and senior lawmakers.',
        '2025-07-01',
      ),
    ).toEqual([{ text: 'on Monday', date: '2025-06-30', status: 'happened' }]);
  });

  it('a present tense does not settle the week: the nearest Monday, marked for review (Times of Israel, 1 July 2025)', () => {
    const found = findDatePhrases(
      [
        {
          text: 'The US president\u2019s comments follow Prime Minister Benjamin Netanyahu\u2019s announcement on Monday that he will visit Washington DC next week to meet with Trump.',
        },
      ],
      '2025-07-01',
    );
    expect(found.map((p) => [p.text, p.date, p.status])).toEqual([
      ['on Monday', '2025-06-30', 'happened'],
      ['next week', '2025-W28', 'expected'],
    ]);
    expect(found[0]?.review).toBe('The tense does not settle which Monday this is; check the date.');
    expect(found[1]?.review).toBeUndefined();
  });

  it('a bare weekday after "earlier" and one after an attribution (AP, Tuesday 24 September 2024)', () => {
    const text =
      'President Joe Biden will make his long-awaited visit to Africa when he travels to Germany and Angola in mid-October, the White House announced Tuesday.';
    expect(datesIn(text, '2024-09-24')).toEqual([
      { text: 'in mid-October', date: '2024-10', status: 'expected' },
      { text: 'Tuesday', date: '2024-09-24', status: 'happened' },
    ]);
  });

  it('a past weekday a day back, a week-long gap ahead (Arise News, Friday 16 August 2024)', () => {
    expect(
      datesIn(
        'Ceasefire talks aimed at ending the ongoing conflict between Israel and Hamas in Gaza were paused on Friday, with negotiators scheduled to meet again next week.',
        '2024-08-16',
      ),
    ).toEqual([
      { text: 'on Friday', date: '2024-08-16', status: 'happened' },
      { text: 'next week', date: '2024-W34', status: 'expected' },
    ]);
    expect(
      datesIn(
        'The current round of talks, which began on Thursday, is part of ongoing efforts to end the war in Gaza, which has resulted in the deaths of tens of thousands of Palestinians.',
        '2024-08-16',
      ),
    ).toEqual([{ text: 'on Thursday', date: '2024-08-15', status: 'happened' }]);
  });
});

describe('findDatePhrases: days, weeks and months counted from the publication day', () => {
  it('"yesterday" and "in July" (10 Downing Street, Friday 13 September 2024)', () => {
    const text =
      'The UK confirmed an extra \u00A3600 million of support for Ukraine yesterday, on top of the \u00A33 billion a year for as long as needed confirmed by the Prime Minister in July.';
    expect(datesIn(text, '2024-09-13')).toEqual([
      { text: 'yesterday', date: '2024-09-12', status: 'happened' },
      { text: 'in July', date: '2024-07', status: 'happened' },
    ]);
  });

  it('"today [13 September 2024]" is one date, not two (10 Downing Street, 13 September 2024)', () => {
    const text =
      'The Prime Minister has arrived in Washington to hold talks with U.S. President Joe Biden today [13 September 2024].';
    expect(datesIn(text, '2024-09-13')).toEqual([{ text: 'today', date: '2024-09-13', status: 'expected' }]);
  });

  it('"this week" is the ISO week of the report (10 Downing Street, 13 September 2024; Bank of England report, 19 December 2024)', () => {
    expect(
      datesIn(
        'It follows the Foreign Secretary and US Secretary of State\u2019s visit to Kyiv this week, where they heard directly from President Zelenskyy about Ukraine\u2019s current position.',
        '2024-09-13',
      ),
    ).toEqual([{ text: 'this week', date: '2024-W37', status: 'happened' }]);
    expect(
      datesIn(
        'The announcement follows the Office for National Statistics (ONS) reporting this week that CPI inflation had hit 2.6% in the year to November.',
        '2024-12-19',
      ),
    ).toEqual([{ text: 'this week', date: '2024-W51', status: 'happened' }]);
  });

  it('"this week\u2019s Israel-Iran ceasefire" (The National, Saturday 28 June 2025)', () => {
    const text =
      'In Qatar, which has been mediating in the conflict together with the US and Egypt, Foreign Ministry spokesman Majed Al Ansari said negotiators are engaging with Israel and Hamas to build on momentum from this week\u2019s Israel-Iran ceasefire and work towards a Gaza truce and the release of hostages held by Hamas-led groups.';
    expect(datesIn(text, '2025-06-28')).toEqual([{ text: 'this week', date: '2025-W26', status: 'happened' }]);
  });

  it('"last month" (Bank of England report, Thursday 19 December 2024)', () => {
    expect(
      datesIn('It follows the central bank\u2019s move to cut its base rate last month by 0.25%.', '2024-12-19'),
    ).toEqual([{ text: 'last month', date: '2024-11', status: 'happened' }]);
  });

  it('"earlier this month" and "since 2015" (T\u00FCrkiye Today, Wednesday 27 March 2024)', () => {
    const text =
      'Armed Forces Minister James Heappey, who has served as a parliamentarian since 2015, revealed his intention to resign as a lawmaker and relinquish his ministerial post earlier this month.';
    expect(datesIn(text, '2024-03-27')).toEqual([
      { text: 'since 2015', date: '2015', status: 'happened' },
      { text: 'earlier this month', date: '2024-03-01/2024-03-26', status: 'happened' },
    ]);
  });

  it('"earlier this week" in a report of Friday 19 July 2024 runs Monday to Thursday (FCDO)', () => {
    const text =
      'The Foreign Secretary was clear on his visit to Israel and the Occupied Palestinian Territories earlier this week that the UK is strongly opposed to the expansion of illegal settlements and rising settler violence.';
    expect(datesIn(text, '2024-07-19')).toEqual([
      { text: 'earlier this week', date: '2024-07-15/2024-07-18', status: 'happened' },
    ]);
  });

  it('"earlier this week" in a report dated a Monday has no earlier day: Sunday or Monday, marked for review', () => {
    // The FCDO sentence again, as if the statement were dated Monday 15 July 2024.
    const text =
      'The Foreign Secretary was clear on his visit to Israel and the Occupied Palestinian Territories earlier this week that the UK is strongly opposed to the expansion of illegal settlements and rising settler violence.';
    const phrase = only(text, '2024-07-15');
    expect(phrase.date).toBe('2024-07-14/2024-07-15');
    expect(phrase.review).toContain('dated a Monday');
  });

  it('"later this week" runs from the day after the report to Sunday (MENAFN, Wednesday 13 August 2025)', () => {
    const text =
      'On Tuesday, representatives from Moscow and Washington, DC, engaged in discussions concerning what Russian officials referred to as \u201Ccertain aspects\u201D of preparations for a forthcoming summit between Russian President Vladimir Putin and US President Donald Trump, scheduled to occur later this week in Alaska.';
    expect(datesIn(text, '2025-08-13')).toEqual([
      { text: 'On Tuesday', date: '2025-08-12', status: 'happened' },
      { text: 'later this week', date: '2025-08-14/2025-08-17', status: 'expected' },
    ]);
  });

  it('"next week" and "early next week" (Editorji/AP, Friday 25 July 2025)', () => {
    const text =
      'Ceasefire discussions between Hamas and Israel are set to reconvene next week as Israeli airstrikes continue to pound Gaza, amid growing concerns over a looming famine among Palestinians. Hamas official Bassem Naim stated on Friday that he received information about an Israeli delegation intending to begin consultations early next week.';
    expect(datesIn(text, '2025-07-25')).toEqual([
      { text: 'next week', date: '2025-W31', status: 'expected' },
      { text: 'on Friday', date: '2025-07-25', status: 'happened' },
      { text: 'early next week', date: '2025-W31', status: 'expected' },
    ]);
  });
});

describe('findDatePhrases: calendar dates and the year they fall in', () => {
  it('a day and a month without a year, in the past tense (The National, Saturday 28 June 2025)', () => {
    const text =
      'The US, Qatar and Egypt have been trying to broker a new ceasefire after that truce collapsed on March 18 when Israel resumed military operations, two weeks after it ordered a halt to relief aid entering the coastal strip.';
    expect(datesIn(text, '2025-06-28')).toEqual([{ text: 'on March 18', date: '2025-03-18', status: 'happened' }]);
    expect(
      datesIn(
        '"We have seen US pressure and what it can accomplish," he said, referring to a truce agreed in January.',
        '2025-06-28',
      ),
    ).toEqual([{ text: 'in January', date: '2025-01', status: 'happened' }]);
  });

  it('a weekday with its date settles the year (FCDO, Friday 19 July 2024; Ukrainska Pravda, Monday 16 June 2025)', () => {
    expect(
      datesIn(
        'We have received the Advisory Opinion issued by the International Court of Justice on Friday 19 July and are considering it carefully before responding.',
        '2024-07-19',
      ),
    ).toEqual([{ text: 'on Friday 19 July', date: '2024-07-19', status: 'happened' }]);
    expect(
      datesIn(
        'Source: an official statement by the Council of the EU on Monday 16 June, as reported by European Pravda',
        '2025-06-16',
      ),
    ).toEqual([{ text: 'on Monday 16 June', date: '2025-06-16', status: 'happened' }]);
  });

  it('a month with its year, and "since" a year (Ukrainska Pravda, 16 June 2025)', () => {
    expect(datesIn('Details: The EU first introduced these sanctions in June 2014.', '2025-06-16')).toEqual([
      { text: 'in June 2014', date: '2014-06', status: 'happened' },
    ]);
    expect(
      datesIn(
        'The EU statement highlights that since 2022, Russia has violated Ukraine\u2019s sovereignty and territorial integrity further by launching an unprovoked and unjustified war.',
        '2025-06-16',
      ),
    ).toEqual([{ text: 'since 2022', date: '2022', status: 'happened' }]);
  });

  it('"June 17th" and a bound that dates nothing (Civic Creed, Tuesday 18 June 2024)', () => {
    const text =
      'The European Union (EU) has extended sanctions imposed on Crimea following its reunification with Russia in June 2014, according to an announcement made by the EU Council on June 17th. These restrictions will now remain in place until June 23rd, 2025.';
    expect(datesIn(text, '2024-06-18')).toEqual([
      { text: 'in June 2014', date: '2014-06', status: 'happened' },
      { text: 'on June 17th', date: '2024-06-17', status: 'happened' },
    ]);
  });

  it('a full date still to come (Insurance Asset Management, Thursday 19 December 2024)', () => {
    expect(datesIn('The BoE\u2019s next base rate announcement is due on 6 February 2025.', '2024-12-19')).toEqual([
      { text: 'on 6 February 2025', date: '2025-02-06', status: 'expected' },
    ]);
  });

  it('ranges of days are spans (AP, 24 September 2024; Business Day Africa, 26 September 2024)', () => {
    expect(
      datesIn(
        'Now, with just a few months left in office after he ended his reelection campaign, Biden plans to travel to Berlin and Luanda, Angola, from Oct. 10-15, White House press secretary Karine Jean-Pierre announced while Biden was in New York.',
        '2024-09-24',
      ),
    ).toEqual([{ text: 'from Oct. 10-15', date: '2024-10-10/2024-10-15', status: 'expected' }]);
    expect(
      datesIn(
        "Mr Biden, who will not seek reelection in November, is set to visit Angola's capital, Luanda, from October 13 to 15.",
        '2024-09-26',
      ),
    ).toEqual([
      { text: 'in November', date: '2024-11', status: 'expected' },
      { text: 'from October 13 to 15', date: '2024-10-13/2024-10-15', status: 'expected' },
    ]);
  });

  it('the tense moves a month into the next year, and says so (Reuters, Wednesday 22 May 2024)', () => {
    const text =
      'WASHINGTON, May 22 (Reuters) \u2013 U.S. President Joe Biden announced plans to visit Africa in February, contingent on his re-election in the upcoming presidential race against former President Donald Trump.';
    const found = findDatePhrases([{ text }], '2024-05-22');
    // The dateline dates the report, not an event.
    expect(found.map((p) => [p.text, p.date, p.status])).toEqual([['in February', '2025-02', 'expected']]);
    expect(found[0]?.review).toBe('The year is not given; it was taken from the tense (2025). Check the year.');
  });

  it('the tense moves a month into the year before (Reuters, 22 May 2024), as "last November" does (West Africa Weekly, 22 or 23 May 2024)', () => {
    expect(
      datesIn(
        'In a previous meeting in late November with Angolan President Joao Lourenco, Biden hinted at a potential trip to Angola, though no specific date was provided.',
        '2024-05-22',
      ),
    ).toEqual([{ text: 'in late November', date: '2023-11', status: 'happened' }]);
    const lastNovember =
      'Last November, during a meeting with the Angolan President, Joao Lourenco, Biden hinted at a possible visit to Angola, though he did not specify a date.';
    for (const published of ['2024-05-22', '2024-05-23']) {
      expect(datesIn(lastNovember, published)).toEqual([
        { text: 'Last November', date: '2023-11', status: 'happened' },
      ]);
    }
  });

  it('"promised for February" is the February to come (Business Day Africa, 26 September 2024)', () => {
    const text =
      'The trip, initially promised for February after his reelection, follows a commitment Mr Biden made to visit Africa while in office.';
    expect(datesIn(text, '2024-09-26')).toEqual([{ text: 'February', date: '2025-02', status: 'expected' }]);
  });

  it('a day later in the year, in the present tense, stays in the year of the report (Reuters, 22 May 2024)', () => {
    const text =
      'As a Democratic incumbent, Biden is seeking another term in the November 5 election, where he faces his Republican rival, Trump.';
    expect(datesIn(text, '2024-05-22')).toEqual([{ text: 'November 5', date: '2024-11-05', status: 'expected' }]);
  });

  it('"in late 2022" is the year (AP, 24 September 2024)', () => {
    const text =
      'Biden had promised during a summit of African leaders he hosted in Washington in late 2022 to visit Africa the following year.';
    expect(datesIn(text, '2024-09-24')).toEqual([{ text: 'in late 2022', date: '2022', status: 'happened' }]);
  });
});

describe('findDatePhrases: what is not a date of an event', () => {
  it('"until", "no later than": bounds of a period (Ukrainska Pravda, 16 June 2025; T\u00FCrkiye Today, 27 March 2024)', () => {
    expect(
      datesIn(
        'The Council of the European Union has extended sanctions imposed in response to Russia\u2019s illegal annexation of Crimea and the city of Sevastopol until 23 June 2026.',
        '2025-06-16',
      ),
    ).toEqual([]);
    expect(
      datesIn(
        'Robert Halfon, a seasoned member of Parliament, announced his unexpected decision to step down as the education minister and exit the Commons at the next general election, which is to be held no later than Jan. 28, 2025.',
        '2024-03-27',
      ),
    ).toEqual([]);
  });

  it('marks a date inside quotation marks as quoted (Times of Israel, 1 July 2025)', () => {
    const text =
      'US President Donald Trump said on Tuesday that he hopes a Gaza ceasefire will be reached \u201Csometime next week,\u201D as the war between Israel and Hamas nears its 23rd month.';
    expect(findDatePhrases([{ text }], '2025-07-01').map((p) => [p.text, p.date, p.quoted])).toEqual([
      ['on Tuesday', '2025-07-01', false],
      ['next week', '2025-W28', true],
    ]);
  });
});

describe('sentenceRanges', () => {
  const split = (text: string): string[] =>
    sentenceRanges(text, quotationRanges(text)).map((r) => text.slice(r.start, r.end));

  it('does not end a sentence inside a quotation (the seed report)', () => {
    const text =
      '\u201CWe will have less time to react, more destruction, potentially more casualties. It will all weaken us very, very much,\u201D he said.';
    expect(split(text)).toEqual([text]);
  });

  it('does not end a sentence after "U.S.", "U.N." or "Oct." (AP, 24 September 2024)', () => {
    const first =
      'Now, with just a few months left in office after he ended his reelection campaign, Biden plans to travel to Berlin and Luanda, Angola, from Oct. 10-15, White House press secretary Karine Jean-Pierre announced while Biden was in New York.';
    const second = 'He delivered his final address as president to the U.N. General Assembly earlier Tuesday.';
    expect(split(`${first} ${second}`)).toEqual([first, second]);
    expect(split('Biden will be the first U.S. president to visit sub-Saharan Africa since 2015.')).toHaveLength(1);
  });

  it('does not end a sentence after "Jan." before a day (T\u00FCrkiye Today, 27 March 2024)', () => {
    const text =
      'Robert Halfon, a seasoned member of Parliament, announced his unexpected decision to step down as the education minister and exit the Commons at the next general election, which is to be held no later than Jan. 28, 2025.';
    expect(split(text)).toEqual([text]);
  });
});

describe('findDatePhrases: dates near the turn of a year, deadlines, nights, years before a noun', () => {
  it('a day without a year that the tense leaves open is the nearer one: "takes place on January 20" in November is next January (cdinwcrz.space, 7 November 2024)', () => {
    const text =
      'Inauguration Day is always planned by the Joint Congressional Committee on Inaugural Ceremonies (JCCIC), and it takes place on January 20—or January 21 if January 20 falls on a Sunday.';
    const found = findDatePhrases([{ text }], '2024-11-07');
    expect(found[0]).toMatchObject({ text: 'on January 20', date: '2025-01-20', status: 'expected' });
    expect(found[0]?.review).toBe('The year is not given; it was taken as the nearer one (2025). Check the year.');
  });

  it('"by March 31" is a deadline: an event dated the day it is due, for review (ANI, Sunday 30 March 2025)', () => {
    const found = only(
      "Pakistan's Ministry of Interior has asked Afghan Citizen Card (ACC) holders, staying in Pakistan, to leave the country by March 31.",
      '2025-03-30',
    );
    expect(found).toMatchObject({ text: 'by March 31', date: '2025-03-31', status: 'expected' });
    expect(found.review).toMatch(/“by March 31” is a deadline/u);
  });

  it('"last night" is the day before the report (Nigel Farage, quoted on Friday 5 July 2024)', () => {
    const found = only(
      'Mr Farage said: "The political establishment are in fear in private as to what happened last night with those results in the election."',
      '2024-07-05',
    );
    expect(found).toMatchObject({ text: 'last night', date: '2024-07-04', status: 'happened', quoted: true });
  });

  it('a year before a noun dates what the noun names: "after a 2020 loss" (CBS News, 6 November 2024)', () => {
    expect(
      datesIn(
        'Trump won the election in a historic comeback after a 2020 loss, indictments and a bruising campaign.',
        '2024-11-06',
      ),
    ).toEqual([{ text: 'a 2020 loss', date: '2020', status: 'happened' }]);
  });
});
