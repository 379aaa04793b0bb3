import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  importArticle,
  loadArticles,
  renderMarkdown,
  withImportSection,
  type Article,
  type ArticleResult,
} from '../../../bench/importAccuracy.ts';
import {
  answersFromStory,
  locatePhrase,
  proseOf,
  ratio,
  sameQuoteText,
  scoreActors,
  scoreArticle,
  scoreEvents,
  scoreQuotes,
  scoreUnattributed,
  totalsOf,
  type Answers,
  type ArticleScore,
  type ProposalLike,
} from '../../../bench/importScore.ts';
import { parsePartialDate } from '../../../src/lib/dates/partialDate.ts';
import type { ActorKind, ProposedActor, ProposedEvent, ProposedQuote } from '../../../src/lib/import/proposal.ts';
import { findQuote } from '../../../src/lib/quotes/matchQuote.ts';
import { normalise } from '../../../src/lib/text/normalise.ts';

// Small hand-made proposals and answers, in the words of the first story's report.
const actor = (id: string, name: string, aliases: string[] = [], kind: ActorKind = 'person'): ProposedActor => ({
  id,
  name,
  aliases,
  kind,
  role: 'Role not given in the report',
});
const quote = (text: string, speaker?: string, quotedBy?: string): ProposedQuote => ({
  id: `q-${text.length}-${speaker ?? 'none'}`,
  text,
  callout: false,
  ...(speaker === undefined ? {} : { speaker }),
  ...(quotedBy === undefined ? {} : { quotedBy }),
});
const event = (mention: ProposedEvent['mention'], date: string, status: 'happened' | 'expected' = 'happened') =>
  ({
    id: `e-${date}`,
    date,
    dateBasis: 'Worked out from the publication day',
    title: 'An event',
    mention,
    status,
    actors: [],
  }) satisfies ProposedEvent;
const proposal = (parts: Partial<ProposalLike>): ProposalLike => ({
  actors: [],
  quotes: [],
  unattributed: [],
  timeline: [],
  ...parts,
});
const answers = (parts: Partial<Answers>): Answers => ({
  published: '2025-03-05',
  quotes: [],
  unattributed: [],
  actors: [],
  events: [],
  ...parts,
});

const WALTZ = {
  name: 'Mike Waltz',
  kind: 'person',
  aliases: ['National Security Adviser Mike Waltz', 'Waltz'],
} as const;
const TRUMP = {
  name: 'Donald Trump',
  kind: 'person',
  aliases: ['President Donald Trump', 'President Trump', 'Trump'],
} as const;
const RATCLIFFE = {
  name: 'John Ratcliffe',
  kind: 'person',
  aliases: ['CIA Director John Ratcliffe', 'Ratcliffe'],
} as const;

describe('sameQuoteText: quotations compared as the checker compares them', () => {
  it('takes curly and straight marks, and a closing comma kept or left out, as the same words', () => {
    expect(sameQuoteText('It’s time to end this senseless war.', "It's time to end this senseless war.")).toBe(true);
    expect(sameQuoteText('We have, we have taken a step back,', 'We have, we have taken a step back')).toBe(true);
  });

  it('lets a full stop before the closing mark be kept or left out', () => {
    expect(sameQuoteText('all aspects of this relationship.', 'all aspects of this relationship')).toBe(true);
  });

  it('does not take a shortened or altered quotation for the whole one', () => {
    expect(sameQuoteText('We have taken a step back', 'We have, we have taken a step back')).toBe(false);
    expect(sameQuoteText('work shoulder', 'work shoulder to shoulder')).toBe(false);
    expect(sameQuoteText('an immediate impact.', 'an immediate impact!')).toBe(false);
  });
});

describe('scoreQuotes', () => {
  const theAnswers = answers({
    actors: [WALTZ, TRUMP, RATCLIFFE],
    quotes: [
      { text: 'We have, we have taken a step back', speaker: 'Mike Waltz' },
      {
        text: "Let's pause, I want to give you a chance to think about that",
        speaker: 'Donald Trump',
        quotedBy: 'John Ratcliffe',
      },
    ],
  });

  it('counts quotations found, extra ones, and speakers right by shared name or alias', () => {
    const score = scoreQuotes(
      proposal({
        actors: [actor('waltz', 'Waltz'), actor('ratcliffe', 'John Ratcliffe', ['Ratcliffe'])],
        quotes: [
          quote('We have, we have taken a step back,', 'waltz'),
          quote('Let’s pause, I want to give you a chance to think about that', 'ratcliffe'),
          quote('an immediate impact', 'waltz'),
        ],
      }),
      theAnswers,
    );
    expect(score).toMatchObject({ expected: 2, found: 2, proposed: 3, correct: 2, speakersRight: 1 });
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.extra).toEqual(['an immediate impact']);
    expect(score.wrongSpeakers).toEqual([
      {
        text: "Let's pause, I want to give you a chance to think about that",
        expected: 'Donald Trump',
        proposed: 'John Ratcliffe (ratcliffe)',
      },
    ]);
    expect(score).toMatchObject({ quotedByChecked: 1, quotedByRight: 0 });
  });

  it('credits the right speaker and relayer, and a missing speaker is wrong', () => {
    const right = scoreQuotes(
      proposal({
        actors: [actor('trump', 'President Donald Trump', ['Trump']), actor('ratcliffe', 'Ratcliffe')],
        quotes: [
          quote("Let's pause, I want to give you a chance to think about that", 'trump', 'ratcliffe'),
          quote('We have, we have taken a step back'),
        ],
      }),
      theAnswers,
    );
    expect(right).toMatchObject({ found: 2, speakersRight: 1, quotedByChecked: 1, quotedByRight: 1 });
    expect(right.wrongSpeakers).toEqual([
      { text: 'We have, we have taken a step back', expected: 'Mike Waltz', proposed: '(none)' },
    ]);
  });

  it('matches each answer once: the same words proposed twice are one found and one extra', () => {
    const score = scoreQuotes(
      proposal({
        actors: [actor('waltz', 'Mike Waltz')],
        quotes: [
          quote('We have, we have taken a step back', 'waltz'),
          quote('We have, we have taken a step back', 'waltz'),
        ],
      }),
      answers({ actors: [WALTZ], quotes: [{ text: 'We have, we have taken a step back', speaker: 'Mike Waltz' }] }),
    );
    expect(score).toMatchObject({ expected: 1, found: 1, proposed: 2, correct: 1 });
  });

  it('neither counts an optional answer as expected nor its proposal as a mistake', () => {
    const score = scoreQuotes(
      proposal({ quotes: [quote('beacon of compassion')] }),
      answers({ quotes: [{ text: 'beacon of compassion', speaker: 'World leaders', optional: true }] }),
    );
    expect(score).toMatchObject({ expected: 0, found: 0, proposed: 1, correct: 1 });
    expect(score.recall).toBeUndefined();
    expect(score.precision).toBe(1);
  });
});

describe('scoreUnattributed', () => {
  it('finds scare quotes proposed as nobody’s words and counts the rest as extra', () => {
    const score = scoreUnattributed(
      proposal({
        unattributed: [
          { text: 'shadow fleet', reason: 'scare quotes' },
          { text: 'an immediate impact', reason: 'no speaker found' },
        ],
      }),
      answers({ unattributed: [{ text: 'shadow fleet', reason: 'a term' }] }),
    );
    expect(score).toMatchObject({ expected: 1, found: 1, proposed: 2, correct: 1, extra: ['an immediate impact'] });
  });
});

describe('scoreActors', () => {
  it('pairs actors one to one by name or alias, the closest pair first', () => {
    const score = scoreActors(
      proposal({
        actors: [
          actor('trump', 'Trump'),
          actor('donald-trump', 'Donald Trump', ['President Donald Trump', 'Trump']),
          actor('reuters-source', 'a source familiar with the situation', [], 'unnamed-source'),
          actor('fox-business', 'Fox Business', [], 'organisation'),
        ],
      }),
      answers({
        actors: [
          TRUMP,
          WALTZ,
          {
            name: 'A source familiar with the situation',
            kind: 'unnamed-source',
            aliases: ['a source familiar with the situation'],
          },
        ],
      }),
    );
    expect(score).toMatchObject({ expected: 3, found: 2, proposed: 4, correct: 2, kindRight: 2 });
    expect(score.missed).toEqual(['Mike Waltz']);
    expect(score.extra).toEqual(['Trump', 'Fox Business']);
  });

  it('reports a found actor of the wrong kind, and takes "the" and case as no difference', () => {
    const score = scoreActors(
      proposal({ actors: [actor('united-states', 'the united states', ['Washington'], 'organisation')] }),
      answers({ actors: [{ name: 'United States', kind: 'country', aliases: ['US', 'Washington'] }] }),
    );
    expect(score).toMatchObject({ found: 1, kindRight: 0 });
    expect(score.wrongKinds).toEqual([{ name: 'United States', expected: 'country', proposed: 'organisation' }]);
  });

  it('does not count an optional actor as missed, nor its proposal as extra', () => {
    const score = scoreActors(
      proposal({ actors: [actor('nato', 'NATO', [], 'organisation')] }),
      answers({ actors: [WALTZ, { name: 'NATO', kind: 'organisation', aliases: [], optional: true }] }),
    );
    expect(score).toMatchObject({ expected: 1, found: 0, proposed: 1, correct: 1, missed: ['Mike Waltz'], extra: [] });
  });
});

describe('where a date phrase stands in the draft', () => {
  const mdx = [
    '---',
    'timeline:',
    '  - mention: "on Tuesday"',
    '---',
    '',
    'The pressure appears to have yielded results, with Trump revealing on Tuesday that Zelensky had sent him a letter agreeing to negotiations.',
    '',
    'Meanwhile, Trump has sought to link future US assistance to economic deals with Ukraine. Addressing Congress on Tuesday, he said Kyiv had agreed to sign an agreement allowing American firms access to its critical mineral reserves.',
  ].join('\n');

  it('reads the prose after the frontmatter only', () => {
    expect(proseOf(mdx).startsWith('\nThe pressure appears')).toBe(true);
    expect(proseOf('No frontmatter here.')).toBe('No frontmatter here.');
  });

  it('finds a phrase inside the passage given, ignoring case and mark style, else its first occurrence', () => {
    const prose = proseOf(mdx);
    const first = locatePhrase(prose, 'on Tuesday');
    const second = locatePhrase(prose, 'On Tuesday', 'Addressing Congress on Tuesday');
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second!.start).toBeGreaterThan(first!.start);
    expect(locatePhrase(prose, 'on Tuesday', 'Addressing Parliament on Tuesday')).toBeUndefined();
    expect(locatePhrase(prose, 'next week')).toBeUndefined();
  });
});

describe('scoreEvents', () => {
  const seedAnswers = answers({
    events: [
      {
        phrase: 'on Tuesday',
        in: 'with Trump revealing on Tuesday',
        date: '2025-03-04',
        status: 'happened',
      },
      { phrase: 'on Tuesday', in: 'Addressing Congress on Tuesday', date: '2025-03-04', status: 'happened' },
    ],
  });
  const prose = proseOf(
    [
      'The pressure appears to have yielded results, with Trump revealing on Tuesday that Zelensky had sent him a letter agreeing to negotiations.',
      '',
      'Meanwhile, Trump has sought to link future US assistance to economic deals with Ukraine. Addressing Congress on Tuesday, he said Kyiv had agreed to sign an agreement allowing American firms access to its critical mineral reserves.',
    ].join('\n'),
  );

  it('tells two "on Tuesday" apart by where they stand, and needs the right date', () => {
    const score = scoreEvents(
      proposal({
        timeline: [
          event({ phrase: 'on Tuesday', in: 'Addressing Congress on Tuesday, he said' }, '2025-03-04'),
          event('on Tuesday', '2025-03-11'),
        ],
      }),
      seedAnswers,
      prose,
    );
    expect(score).toMatchObject({ expected: 2, found: 1, phraseFound: 2, proposed: 2, correct: 1 });
    expect(score.wrongDates).toEqual([
      { phrase: 'on Tuesday (in "with Trump revealing on Tuesday")', expected: '2025-03-04', proposed: '2025-03-11' },
    ]);
    expect(score.extra).toEqual(['on Tuesday → 2025-03-11']);
  });

  it('does not let a right date at one "on Tuesday" stand for the other', () => {
    const score = scoreEvents(
      proposal({ timeline: [event({ phrase: 'on Tuesday', in: 'with Trump revealing on Tuesday' }, '2025-03-04')] }),
      seedAnswers,
      prose,
    );
    expect(score).toMatchObject({ found: 1, missed: ['on Tuesday (in "Addressing Congress on Tuesday")'] });
  });

  it('matches overlapping phrases, accepts the other forms an answer allows, and checks the status', () => {
    const canada =
      'Prime Minister Mark Carney promised to unite the country and govern for all after Canadians handed the Liberals a fourth consecutive mandate in Monday’s federal election.';
    const score = scoreEvents(
      proposal({ timeline: [event('Monday', '2025-04-28', 'expected')] }),
      answers({
        events: [
          {
            phrase: 'Monday’s federal election',
            date: '2025-04-27',
            alsoAccept: ['2025-04-28'],
            status: 'happened',
          },
        ],
      }),
      canada,
    );
    expect(score).toMatchObject({ found: 1, correct: 1, statusRight: 0 });
  });

  it('counts an event whose phrase is not in the prose as extra, and an optional answer as neither', () => {
    const score = scoreEvents(
      proposal({ timeline: [event('in 2019', '2019'), event('Monday', '2025-04-28')] }),
      answers({
        events: [{ phrase: 'Monday', date: '2025-04-28', status: 'happened', optional: true }],
      }),
      'Canadians voted on Monday.',
    );
    expect(score).toMatchObject({ expected: 0, proposed: 2, correct: 1, extra: ['in 2019 → 2019'] });
    expect(score.recall).toBeUndefined();
    expect(score.precision).toBe(0.5);
  });
});

describe('answersFromStory', () => {
  it('names speakers by their actors’ names and turns mentions into phrases, leaving out events without one', () => {
    const result = answersFromStory({
      published: '2025-03-05',
      actors: [
        { id: 'trump', name: 'Donald Trump', aliases: ['Trump'], kind: 'person' },
        { id: 'ratcliffe', name: 'John Ratcliffe', kind: 'person' },
      ],
      quotes: [{ text: "Let's pause", speaker: 'trump', quotedBy: 'ratcliffe' }],
      timeline: [
        {
          date: '2025-03-04',
          title: 'Trump reveals a letter',
          mention: { phrase: 'on Tuesday', in: 'with Trump revealing on Tuesday' },
        },
        { date: '2025-W11', status: 'expected', title: 'A meeting', mention: 'next week' },
        { date: '2022', title: 'No mention' },
      ],
    });
    expect(result.actors[1]).toEqual({ name: 'John Ratcliffe', kind: 'person', aliases: [] });
    expect(result.quotes).toEqual([{ text: "Let's pause", speaker: 'Donald Trump', quotedBy: 'John Ratcliffe' }]);
    expect(result.events).toEqual([
      {
        phrase: 'on Tuesday',
        in: 'with Trump revealing on Tuesday',
        date: '2025-03-04',
        status: 'happened',
        what: 'Trump reveals a letter',
      },
      { phrase: 'next week', date: '2025-W11', status: 'expected', what: 'A meeting' },
    ]);
  });
});

describe('totalsOf and ratio', () => {
  it('adds every article’s counts, and gives no share of nothing', () => {
    const one = scoreArticle(
      proposal({ actors: [actor('waltz', 'Waltz')], quotes: [quote('We have, we have taken a step back', 'waltz')] }),
      'We have, we have taken a step back.',
      answers({ actors: [WALTZ], quotes: [{ text: 'We have, we have taken a step back', speaker: 'Mike Waltz' }] }),
    );
    const two = scoreArticle(
      proposal({}),
      '',
      answers({ actors: [TRUMP], quotes: [{ text: 'It’s time to end this senseless war.', speaker: 'Donald Trump' }] }),
    );
    const totals = totalsOf([one, two]);
    expect(totals.quotes).toMatchObject({ expected: 2, found: 1, proposed: 1, correct: 1, recall: 0.5 });
    expect(totals).toMatchObject({ speakersRight: 1, speakersChecked: 1, speakerShare: 1 });
    expect(totals.actors).toMatchObject({ expected: 2, found: 1 });
    expect(ratio(0, 0)).toBeUndefined();
  });
});

describe('withImportSection', () => {
  it('adds the section at the end once, then replaces only what stands between its markers', () => {
    const benchmarks = '# Benchmarks\n\n## Latest run\n\nUntouched.\n';
    const once = withImportSection(benchmarks, 'First run.');
    expect(once.startsWith(benchmarks.trimEnd())).toBe(true);
    expect(once).toContain('## Import accuracy');
    const twice = withImportSection(`${once}\n## Notes written later\n\nKept.\n`, 'Second run.');
    expect(twice).not.toContain('First run.');
    expect(twice).toContain('Second run.');
    expect(twice).toContain('## Notes written later\n\nKept.');
    expect(twice.match(/## Import accuracy/g)).toHaveLength(1);
  });
});

describe('renderMarkdown: reports held out from the tuning', () => {
  const found = scoreArticle(
    proposal({
      actors: [actor('waltz', 'Mike Waltz')],
      quotes: [quote('We have, we have taken a step back', 'waltz')],
    }),
    '',
    answers({ actors: [WALTZ], quotes: [{ text: 'We have, we have taken a step back', speaker: 'Mike Waltz' }] }),
  );
  const missed = scoreArticle(
    proposal({}),
    '',
    answers({ actors: [TRUMP], quotes: [{ text: 'It’s time to end this senseless war.', speaker: 'Donald Trump' }] }),
  );
  const result = (name: string, heldOut: boolean, score: ArticleScore): ArticleResult => ({
    name,
    format: 'text',
    published: '2025-03-05',
    source: undefined,
    heldOut,
    words: 10,
    importMs: { median: 1, runs: [1] },
    score,
  });

  it('marks the held-out rows and adds them up apart, beside the total of all', () => {
    const markdown = renderMarkdown(
      [result('tuned-on', false, found), result('new-report', true, missed)],
      '2025-03-05T12:00:00.000Z',
      'abc1234',
    );
    expect(markdown).toContain('| `tuned-on` (text) |');
    expect(markdown).toContain('| `new-report` (text), held out |');
    expect(markdown).toMatch(/\| \*\*all\*\* \| 20 \| 1\/2 \(50 %\) \|/u);
    expect(markdown).toMatch(/\| \*\*held out\*\* \(1 report\) \| 10 \| 0\/1 \(0 %\) \|/u);
    expect(markdown).toContain('- **new-report** (held out): ');
  });

  it('has no held-out row when no report is held out', () => {
    const markdown = renderMarkdown([result('tuned-on', false, found)], '2025-03-05T12:00:00.000Z', 'abc1234');
    expect(markdown).toMatch(/\| \*\*all\*\* \|/u);
    expect(markdown).not.toMatch(/\| \*\*held out\*\*/u);
  });
});

const articles = await loadArticles();

/** The report's own words as one text: the text file, or the page's article paragraphs. */
function reportText(article: Article): string {
  if (article.format === 'text') return article.source;
  const { document } = parseHTML(article.source);
  return [...document.querySelectorAll('article p')].map((p) => p.textContent ?? '').join('\n\n');
}

/**
 * Whether a quotation stands in the report: in the whole text, or in one paragraph, where a quotation
 * that goes on in the next paragraph (opened and left open, as newspapers do) ends with its paragraph.
 */
function quoteStands(article: Article, text: string, quote: string): boolean {
  if (findQuote(text, quote).length > 0) return true;
  return reportText(article)
    .split(/\n+/u)
    .some((paragraph) => findQuote(normalise(paragraph), quote).length > 0);
}

describe('the hand-checked answers agree with their reports', () => {
  it.each(articles.filter((a) => a.name !== 'seed').map((a) => [a.name, a] as const))('%s', (_name, article) => {
    const text = normalise(reportText(article));
    const { answers: expected } = article;
    expect(parsePartialDate(expected.published).ok).toBe(true);
    const names = expected.actors.map((a) => a.name);
    for (const q of expected.quotes.filter((q) => q.optional !== true)) {
      expect(names, q.speaker).toContain(q.speaker);
      expect(quoteStands(article, text, q.text), q.text).toBe(true);
    }
    for (const u of expected.unattributed) expect(quoteStands(article, text, u.text), u.text).toBe(true);
    for (const e of expected.events) {
      expect(parsePartialDate(e.date).ok, e.date).toBe(true);
      expect(locatePhrase(text, e.phrase, e.in), e.phrase).toBeDefined();
      // A passage given to tell a phrase apart must itself stand once.
      if (e.in !== undefined) expect(text.split(normalise(e.in)).length - 1, e.in).toBe(1);
      else expect(text.toLowerCase().split(normalise(e.phrase).toLowerCase()).length - 1, e.phrase).toBe(1);
    }
  });
});

const scores = new Map<string, ArticleScore>(
  articles.map((article) => {
    const draft = importArticle(article);
    return [article.name, scoreArticle(draft.proposal, draft.mdx, article.answers)];
  }),
);
const scoreOf = (name: string): ArticleScore => {
  const score = scores.get(name);
  if (score === undefined) throw new Error(`no article ${name}`);
  return score;
};

describe('the import on the first story’s report (the goals of the import issue)', () => {
  const seed = scoreOf('seed');

  it('finds every quotation of the first story', () => {
    expect(seed.quotes.expected).toBe(12);
    expect(seed.quotes.missed).toEqual([]);
  });

  it('credits at least 95 % of the quotations to the right speaker', () => {
    expect(seed.quotes.wrongSpeakers.length / seed.quotes.expected).toBeLessThanOrEqual(0.05);
    expect(seed.quotes.speakersRight / seed.quotes.expected).toBeGreaterThanOrEqual(0.95);
  });

  it('finds every dated event of the first story with the right date', () => {
    expect(seed.events.expected).toBe(6);
    expect(seed.events.missed).toEqual([]);
    expect(seed.events.wrongDates).toEqual([]);
  });
});

/**
 * Floors a little under what `npm run bench:import` measured at commit 5b1d1f4, or for a held-out report at
 * the commit its comment names (BENCHMARKS.md, "Import accuracy"): shares of the hand-checked answers found (recall) and of the proposals that are right
 * (precision). The comments give the counts measured, in the order of the fields. The reports are
 * short, so one more miss than measured falls below its floor.
 */
const FLOORS: Record<
  string,
  {
    quotes: number;
    quotePrecision: number;
    speakers: number;
    actors: number;
    actorPrecision: number;
    events: number;
    eventPrecision: number;
  }
> = {
  // Measured held out at cfdd0ec; the import was changed afterwards with its output in view, so it is held out no longer.
  // Measured 3/3, 3/3, 3/3, 4/6, 4/6, 5/6, 6/6.
  'boeing-machinists-end-strike': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.95,
    actors: 0.6,
    actorPrecision: 0.6,
    events: 0.8,
    eventPrecision: 0.95,
  },
  // Measured 8/8, 8/8, 8/8, 5/5, 7/7, 1/1, 3/3.
  'canada-election-carney': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.95,
    actors: 0.95,
    actorPrecision: 0.95,
    events: 0.95,
    eventPrecision: 0.95,
  },
  // Measured held out at 4328c4e; the import was tuned on it afterwards, so it is held out no longer.
  // Measured 5/5, 5/5, 1/5, 3/5, 6/8, 1/3, 1/3.
  'canada-premiers-tariffs': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.15,
    actors: 0.55,
    actorPrecision: 0.7,
    events: 0.3,
    eventPrecision: 0.3,
  },
  // Held out: measured at b8a6917 before anyone tuned the import on it (see its SOURCE.md).
  // Measured 8/8, 8/8, 8/8, 3/3, 3/4, 4/5, 4/5.
  'central-bedfordshire-flood-costs': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.95,
    actors: 0.95,
    actorPrecision: 0.7,
    events: 0.75,
    eventPrecision: 0.75,
  },
  // Measured 1/1, 1/1, 1/1, 6/6, 9/9, 4/5, 4/5.
  'estonia-tanker-detained': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.95,
    actors: 0.95,
    actorPrecision: 0.95,
    events: 0.75,
    eventPrecision: 0.75,
  },
  // Held out: added after the import was tuned on the others (see its SOURCE.md).
  // Measured 2/2, 2/2, 1/2, 7/9, 7/7, 4/5, 4/5.
  'gaza-cairo-talks': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.45,
    actors: 0.75,
    actorPrecision: 0.95,
    events: 0.75,
    eventPrecision: 0.75,
  },
  // Measured held out at 4328c4e; the import was tuned on it afterwards, so it is held out no longer.
  // Measured 6/6, 6/6, 4/6, 7/7, 9/9, 2/3, 2/2.
  'healey-ukraine-talks': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.65,
    actors: 0.95,
    actorPrecision: 0.95,
    events: 0.65,
    eventPrecision: 0.95,
  },
  // Measured held out at cfdd0ec; the import was changed afterwards with its output in view, so it is held out no longer.
  // Measured 5/5, 5/5, 4/5, 4/4, 6/6, 3/4, 3/3.
  'hidankyo-nobel-tokyo': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.75,
    actors: 0.95,
    actorPrecision: 0.95,
    events: 0.7,
    eventPrecision: 0.95,
  },
  // Held out: measured at b8a6917 before anyone tuned the import on it (see its SOURCE.md).
  // Measured 6/6, 6/6, 5/6, 2/4, 2/4, 1/2, 1/2.
  'hospital-funding-butler-sunrise': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.8,
    actors: 0.45,
    actorPrecision: 0.45,
    events: 0.45,
    eventPrecision: 0.45,
  },
  // Measured held out at cfdd0ec; the import was changed afterwards with its output in view, so it is held out no longer.
  // Measured 5/7, 5/5, 4/5, 5/5, 9/13, 3/3, 3/3.
  'kneecap-terror-case-dismissed': {
    quotes: 0.7,
    quotePrecision: 0.95,
    speakers: 0.75,
    actors: 0.95,
    actorPrecision: 0.65,
    events: 0.95,
    eventPrecision: 0.95,
  },
  // Held out: measured at b8a6917 before anyone tuned the import on it (see its SOURCE.md).
  // Measured 6/8, 6/6, 6/6, 4/5, 5/8, 1/2, 1/2.
  'nz-mega-strike-open-letter': {
    quotes: 0.7,
    quotePrecision: 0.95,
    speakers: 0.95,
    actors: 0.75,
    actorPrecision: 0.6,
    events: 0.45,
    eventPrecision: 0.45,
  },
  // Measured 11/11, 11/11, 11/11, 9/9, 11/13, 5/5, 5/5.
  'pope-francis-tributes': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.95,
    actors: 0.95,
    actorPrecision: 0.8,
    events: 0.95,
    eventPrecision: 0.95,
  },
  // Measured 6/6, 6/6, 6/6, 5/5, 5/5, 3/3, 3/3.
  'starliner-astronauts-return': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.95,
    actors: 0.95,
    actorPrecision: 0.95,
    events: 0.95,
    eventPrecision: 0.95,
  },
  // Measured held out at 4328c4e; the import was tuned on it afterwards, so it is held out no longer.
  // Measured 5/5, 5/5, 5/5, 8/8, 10/10, 3/4, 3/3.
  'trump-putin-budapest-call': {
    quotes: 0.95,
    quotePrecision: 0.95,
    speakers: 0.95,
    actors: 0.95,
    actorPrecision: 0.95,
    events: 0.7,
    eventPrecision: 0.95,
  },
};

describe('the import on other reports stays above its measured floors', () => {
  it('has a floor for every fixture', () => {
    expect(Object.keys(FLOORS).sort()).toEqual(
      articles
        .filter((a) => a.name !== 'seed')
        .map((a) => a.name)
        .sort(),
    );
  });

  it.each(Object.entries(FLOORS))('%s', (name, floor) => {
    const { quotes, actors, events } = scoreOf(name);
    const share = (value: number | undefined): number => value ?? 0;
    expect(share(quotes.recall), `quotations found; missed: ${quotes.missed.join(' | ')}`).toBeGreaterThanOrEqual(
      floor.quotes,
    );
    expect(share(quotes.precision), `quotation precision; extra: ${quotes.extra.join(' | ')}`).toBeGreaterThanOrEqual(
      floor.quotePrecision,
    );
    expect(share(quotes.speakerShare), 'speakers right').toBeGreaterThanOrEqual(floor.speakers);
    expect(share(actors.recall), `actors found; missed: ${actors.missed.join(', ')}`).toBeGreaterThanOrEqual(
      floor.actors,
    );
    expect(share(actors.precision), `actor precision; extra: ${actors.extra.join(', ')}`).toBeGreaterThanOrEqual(
      floor.actorPrecision,
    );
    expect(share(events.recall), `dated events; missed: ${events.missed.join(', ')}`).toBeGreaterThanOrEqual(
      floor.events,
    );
    expect(share(events.precision), `event precision; extra: ${events.extra.join(', ')}`).toBeGreaterThanOrEqual(
      floor.eventPrecision,
    );
  });
});
