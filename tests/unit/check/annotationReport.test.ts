import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationReport, annotationReportOf, type AnnotationReport } from '../../../src/check/annotationReport';
import { formatAnnotationReport } from '../../../src/check/formatAnnotationReport';
import { all, parse, text } from '../../support/html';
import { processStory } from '../../support/processStory';

const FILE = path.resolve(
  import.meta.dirname,
  '../../../content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx',
);
const SOURCE = readFileSync(FILE, 'utf8');
const LINES = SOURCE.split('\n');
const report = annotationReport(FILE, 'first-story.mdx');

/** The words of the file at a report's place. */
const at = (place: { line: number; column: number } | undefined, length: number): string =>
  place === undefined ? '' : (LINES[place.line - 1] ?? '').slice(place.column - 1, place.column - 1 + length);

describe('the annotation report of the first story', () => {
  it('is made in full: a published story the check accepts', () => {
    expect(report.unavailable).toBeUndefined();
    expect(report.draft).toBe(false);
    expect(report.reviewMarks).toEqual([]);
  });

  it('lists the actor mentions the page links, with the alias that matched', () => {
    const said = report.mentions.map((m) => `${m.words} -> ${m.actor} (${m.form})`);
    // The first mention of each actor in each section; a later one in the same section stays plain.
    expect(said).toEqual(
      expect.arrayContaining([
        'National Security Adviser Mike Waltz -> waltz (alias)',
        'Waltz -> waltz (alias)',
        'Washington -> united-states (alias)',
        'United States -> united-states (name)',
        'French President Emmanuel Macron -> macron (alias)',
        'Zelensky -> zelensky (alias)',
        'Russian President Vladimir Putin -> putin (alias)',
        'Mick Mulroy -> mulroy (name)',
        'Mykola Bielieskov -> bielieskov (name)',
        'a source familiar with the situation -> reuters-source (alias)',
        'Another source -> second-source (name)',
      ]),
    );
    // Waltz is linked in the first section and again in the last, where "While Waltz suggested" is.
    expect(report.mentions.filter((m) => m.actor === 'waltz').map((m) => m.words)).toEqual([
      'National Security Adviser Mike Waltz',
      'Waltz',
    ]);
    expect(LINES[report.mentions.find((m) => m.words === 'Waltz')!.place.line - 1]).toMatch(/^While Waltz suggested/u);
    // "CIA Director John Ratcliffe" touches the note on "CIA": Ratcliffe is linked at "Ratcliffe said".
    expect(report.mentions.filter((m) => m.actor === 'ratcliffe').map((m) => m.words)).toEqual(['Ratcliffe']);
  });

  it('places every mention on its words in the file', () => {
    for (const mention of report.mentions) expect(at(mention.place, mention.words.length)).toBe(mention.words);
  });

  it('shows what the page shows: the same mentions, in the same order, as the build pipeline links', async () => {
    const html = parse((await processStory(SOURCE, { path: FILE })).html);
    const built = all(html, 'a.actor-mention').map((a) => `${text(a)} -> ${String(a.properties['href'])}`);
    expect(report.mentions.map((m) => `${m.words} -> #actor-${m.actor}`)).toEqual(built);
  });

  it('lists every quotation with its speaker, who relayed it, its setting and whether it is a callout', () => {
    const quotes = Object.fromEntries(report.quotations.map((q) => [q.id, q]));
    expect(Object.keys(quotes)).toHaveLength(12);
    const speakers = Object.fromEntries(report.quotations.map((q) => [q.id, q.speaker]));
    expect(speakers).toEqual({
      'waltz-step-back': 'waltz',
      'waltz-all-aspects': 'waltz',
      'macron-stay-at-our-side': 'macron',
      'ratcliffe-real-question': 'ratcliffe',
      'trump-lets-pause': 'trump',
      'ratcliffe-pause-will-go-away': 'ratcliffe',
      'ratcliffe-shoulder-to-shoulder': 'ratcliffe',
      'mulroy-immediate-impact': 'mulroy',
      'mulroy-no-way-to-replace': 'mulroy',
      'trump-senseless-war': 'trump',
      'bielieskov-less-time': 'bielieskov',
      'waltz-nail-down': 'waltz',
    });
    expect(quotes['trump-lets-pause']).toMatchObject({ quotedBy: 'ratcliffe', callout: false });
    expect(quotes['mulroy-no-way-to-replace']).toMatchObject({ setting: 'Told the BBC', callout: true });
    expect(report.quotations.filter((q) => q.callout)).toHaveLength(8);
    // In reading order, each at its opening quotation mark, the words right after it.
    for (const quote of report.quotations) {
      expect(at(quote.place, 1), quote.id).toMatch(/^["“']$/u);
      expect(at(quote.place && { ...quote.place, column: quote.place.column + 1 }, 10)).toBe(quote.text.slice(0, 10));
    }
    expect(report.quotations[0]?.id).toBe('waltz-step-back');
    expect(report.quotations.at(-1)?.id).toBe('waltz-nail-down');
  });

  it('lists every date phrase with its event, the date as written and as the page shows it', () => {
    const dates = Object.fromEntries(report.dates.map((d) => [d.event, d]));
    expect(dates['waltz-confirms-suspension']).toMatchObject({
      phrase: 'on Wednesday',
      date: '2025-03-05',
      shown: '5 March 2025',
      datetime: '2025-03-05',
    });
    expect(dates['zelensky-letter-revealed']).toMatchObject({ phrase: 'on Tuesday', shown: '4 March 2025' });
    expect(dates['trump-addresses-congress']).toMatchObject({ phrase: 'on Tuesday', shown: '4 March 2025' });
    expect(dates['full-scale-invasion']).toMatchObject({ phrase: 'in 2022', shown: '2022', datetime: '2022' });
    expect(dates['paris-military-chiefs-meeting']).toMatchObject({
      phrase: 'next week',
      shown: 'week of 10 March 2025',
      datetime: '2025-W11',
      status: 'expected',
    });
    expect(dates['military-aid-halted']).toMatchObject({ phrase: 'earlier this week', datetime: '2025-W10' });
    expect(dates['military-aid-halted']?.shown).toMatch(/^3\s?–\s?4 March 2025$/u);
    // The two "on Tuesday"s are told apart by their passages: Trump's revelation, then his address.
    expect(LINES[dates['trump-addresses-congress']!.place!.line - 1]).toContain('Addressing Congress on Tuesday');
    for (const date of report.dates) expect(at(date.place, date.phrase!.length)).toBe(date.phrase);
  });

  it('lists every note term where the note is attached', () => {
    expect(report.notes.map((n) => [n.id, at(n.place, n.term.length)])).toEqual([
      ['cia', 'CIA'],
      ['nato', 'NATO'],
      ['back-channel-talks', 'back-channel talks'],
      ['niss', 'National Institute for Strategic Studies'],
    ]);
    expect(LINES[report.notes[0]!.place!.line - 1]).toMatch(/^CIA Director John Ratcliffe, speaking to Fox Business/u);
  });

  it('warns of the aliases that never link: inside a quotation, or over a note term', () => {
    expect(report.warnings.map((w) => w.message)).toEqual([
      'alias "CIA Director John Ratcliffe" of ratcliffe never links: it overlaps the note term "CIA"',
      'alias "President Trump" of trump never links: it is inside a quotation',
      'alias "President Zelensky" of zelensky never links: it is inside a quotation',
    ]);
    expect(at(report.warnings[2]?.place, 18)).toBe('President Zelensky');
  });

  it('reads in a terminal of 100 columns, one line per item under its heading', () => {
    const lines = formatAnnotationReport(report).split('\n');
    expect(lines.slice(0, 2)).toEqual(['Annotation report of a published story:', 'first-story.mdx']);
    expect(lines.filter((line) => [...line].length > 100)).toEqual([]);
    const heading = (title: string): number => lines.findIndex((line) => line.startsWith(`${title} (`));
    expect(lines[heading('Actor mentions')]).toMatch(/^Actor mentions \(30\): /u);
    expect(
      lines.slice(heading('Actor mentions') + 1, heading('Actor mentions') + 31).every((l) => /^ {2}\d+:\d+ /u.test(l)),
    ).toBe(true);
    const whileWaltz = LINES.findIndex((line) => line.startsWith('While Waltz suggested')) + 1;
    expect(lines).toContain(`  ${whileWaltz}:7     "Waltz" -> waltz (alias)`);
    expect(lines.find((line) => line.includes('"Let\'s pause'))).toMatch(/— trump, quoted by ratcliffe; /u);
    expect(lines.find((line) => line.includes('"on Wednesday"'))).toMatch(
      /^ {2}\d+:61 +"on Wednesday" -> waltz-confirms-suspension: 5 March 2025 \[2025-03-05\]$/u,
    );
    expect(heading('Quotations')).toBeLessThan(heading('Date mentions'));
    expect(heading('Note terms')).toBeLessThan(heading('Warnings'));
    expect(lines.at(-2)).toMatch(/^Review marks \(0\)/u);
    expect(lines.at(-1)).toBe('  none');
  });
});

/**
 * A draft made from the seed article's sentences with the slips an editor makes: a spelling of a
 * name the actors do not list ("Zelenskyy"), another style's acronym ("Nato"), an alias only ever
 * quoted, one actor's name inside another's alias, and names written where ids belong.
 */
const MISSES = `---
title: "US pauses intelligence sharing with Ukraine"
dek: "Washington has suspended intelligence sharing with Kyiv, days after halting military aid."
published: "2025-03-05"
draft: true
source:
  name: "A news report"
keyPoints:
  - "The United States has suspended intelligence sharing with Ukraine."
sections:
  - id: peace-process-link
    heading: "Pause linked to peace process"
actors:
  - id: trump
    name: "Donald Trump"
    aliases: ["President Trump", "Trump"]
    kind: person
    role: "President of the United States"
  - id: zelensky
    name: "Volodymyr Zelensky"
    aliases: ["President Zelensky", "Zelensky"]
    kind: person
    role: "President of Ukraine"
  - id: cia
    name: "CIA"
    kind: organisation
    role: "US foreign intelligence agency"
  - id: ratcliffe
    name: "John Ratcliffe"
    aliases: ["CIA Director John Ratcliffe", "Ratcliffe"]
    kind: person
    role: "CIA Director"
    review: "Role taken from the title before his name"
  - id: nato
    name: "NATO"
    kind: organisation
    role: "Military alliance of North American and European countries"
quotes:
  - id: ratcliffe-real-question
    speaker: "John Ratcliffe"
    text: "President Trump had a real question about whether President Zelensky was committed to the peace process, and he said, 'Let's pause, I want to give you a chance to think about that,'"
    said:
      setting: "Speaking to Fox Business"
  - id: trump-lets-pause
    speaker: trump
    quotedBy: ratcliffe
    text: "Let's pause, I want to give you a chance to think about that"
    said:
      setting: "Relayed by Ratcliffe speaking to Fox Business"
timeline:
  - id: zelensky-letter-revealed
    date: "2025-03-04"
    title: "Trump reveals Zelensky’s letter agreeing to negotiations"
    actors: [Trump, zelensky]
    mention: "on Tuesday"
---

## Pause linked to peace process

CIA Director John Ratcliffe, speaking to Fox Business, indicated that the pause was directly linked to Trump’s frustration over Ukraine’s commitment to peace negotiations.

"President Trump had a real question about whether President Zelensky was committed to the peace process, and he said, 'Let's pause, I want to give you a chance to think about that,'" Ratcliffe said.

The pressure appears to have yielded results, with Trump revealing on Tuesday that Zelenskyy had sent him a letter agreeing to negotiations.

The move is the latest indication of a shift in Trump’s foreign policy stance, which has unsettled Nato allies.
`;

describe('the annotation report of a story with near misses', () => {
  const missed: AnnotationReport = annotationReportOf('near-misses.mdx', MISSES, 'near-misses');
  const lines = MISSES.split('\n');
  const lineOf = (start: string): number => lines.findIndex((line) => line.startsWith(start)) + 1;

  it('is still made though the check refuses the names written for ids', () => {
    expect(missed.unavailable).toBeUndefined();
    expect(missed.quotations.map((q) => [q.id, q.speaker])).toEqual([
      ['ratcliffe-real-question', 'ratcliffe'],
      ['trump-lets-pause', 'trump'],
    ]);
    expect(missed.mentions.map((m) => `${m.words} -> ${m.actor}`)).toEqual([
      'CIA Director John Ratcliffe -> ratcliffe',
      'Trump -> trump',
    ]);
  });

  it('warns of each near miss, at its place, in the order of the file', () => {
    const said = missed.warnings.map((w) => [w.place?.line, w.message]);
    expect(said).toEqual([
      [
        lineOf('  - id: cia') + 1,
        'name "CIA" of cia stands inside alias "CIA Director John Ratcliffe" of ratcliffe: where the prose has the longer one, it links to ratcliffe',
      ],
      [lineOf('  - id: nato'), 'actor nato ("NATO") is never named in the prose, so nothing links to its card'],
      [
        lineOf('    speaker: "John Ratcliffe"'),
        'quotes[0].speaker is "John Ratcliffe", a name, not an actor id; did you mean "ratcliffe"?',
      ],
      [
        lineOf('    actors: [Trump, zelensky]'),
        'timeline[0].actors[0] is "Trump", a name, not an actor id; did you mean "trump"?',
      ],
      [
        lineOf('CIA Director'),
        'name "CIA" of cia never links: it is inside "CIA Director John Ratcliffe", a form of ratcliffe',
      ],
      [lineOf('"President Trump'), 'alias "President Trump" of trump never links: it is inside a quotation'],
      [lineOf('"President Trump'), 'alias "President Zelensky" of zelensky never links: it is inside a quotation'],
      [lineOf('The pressure'), '"Zelenskyy" is close to alias "Zelensky" of zelensky, so it is not linked'],
      [lineOf('The move'), '"Nato" is close to name "NATO" of nato, so it is not linked'],
    ]);
    const zelenskyy = missed.warnings.at(-2)!.place!;
    expect(lines[zelenskyy.line - 1]!.slice(zelenskyy.column - 1)).toMatch(/^Zelenskyy had sent him/u);
  });

  it('lists the review marks with their fields', () => {
    expect(missed.reviewMarks).toEqual([
      {
        place: { line: lineOf('    review:'), column: 13 },
        field: 'actors[3].review',
        text: 'Role taken from the title before his name',
      },
    ]);
    const text = formatAnnotationReport(missed);
    expect(text).toContain('Review marks (1): to settle before publishing\n  ');
    expect(text.split('\n').filter((line) => [...line].length > 100)).toEqual([]);
  });

  it('does not take a word that only begins like a name for a misspelling of it', () => {
    // "Russian" and "Ukrainian" are words of their own, not slips for "Russia" and "Ukraine".
    const story = MISSES.replace(
      '  - id: nato\n',
      '  - id: russia\n    name: "Russia"\n    kind: country\n    role: "At war with Ukraine"\n  - id: nato\n',
    ).replace('which has unsettled Nato allies.', 'which has unsettled NATO allies and Russian officials.');
    const messages = annotationReportOf('s.mdx', story, 's').warnings.map((w) => w.message);
    expect(messages.filter((m) => m.includes('Russia'))).toEqual([
      'actor russia ("Russia") is never named in the prose, so nothing links to its card',
    ]);
    expect(messages.filter((m) => m.includes('NATO'))).toEqual([]);
  });
});

describe('a story whose prose cannot be read', () => {
  it('says why the annotations cannot be listed, and still lists the review marks', () => {
    const broken = MISSES.replace('The move is the latest', 'The move {is the latest');
    const result = annotationReportOf('broken.mdx', broken, 'broken');
    expect(result.unavailable).toBe('the prose is not valid MDX');
    expect(result.reviewMarks.map((r) => r.field)).toEqual(['actors[3].review']);
    expect(formatAnnotationReport(result)).toContain(
      "The prose's annotations cannot be listed: the prose is not valid MDX (see the problems above).",
    );
  });

  it('says so when the frontmatter does not fit the schema, naming the names written for ids', () => {
    const result = annotationReportOf('bad.mdx', MISSES.replace('kind: person\n', 'kind: human\n'), 'bad');
    expect(result.unavailable).toBe('the frontmatter does not match the story schema');
    expect(result.warnings.map((w) => w.message)).toEqual([
      'quotes[0].speaker is "John Ratcliffe", a name, not an actor id; did you mean "ratcliffe"?',
      'timeline[0].actors[0] is "Trump", a name, not an actor id; did you mean "trump"?',
    ]);
  });
});
