import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { proseBlocks } from '../../../src/lib/annotate/blocks';
import { quotationRanges } from '../../../src/lib/import/dates';
import type { ProposedMention, SourceParagraph } from '../../../src/lib/import/proposal';
import { proposeTimeline, TITLE_REVIEW } from '../../../src/lib/import/timeline';
import { ID_MAX, ID_PATTERN } from '../../../src/lib/story/schema';
import { locateMention } from '../../../src/plugins/rehypeDateMentions';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seed: SourceParagraph[] = readFileSync(path.join(repoRoot, 'tests/fixtures/seed-article.txt'), 'utf-8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((text) => ({ text }));
const story = parseFrontmatter(
  readFileSync(
    path.join(repoRoot, 'content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx'),
    'utf-8',
  ),
).frontmatter as { timeline: { id: string; date: string; status: string; mention: ProposedMention }[] };

/** Actor ids by the names the seed uses, as the caller (actors.ts) would supply them. */
const NAMES: Record<string, string> = {
  Trump: 'trump',
  Macron: 'macron',
  Waltz: 'waltz',
  Russia: 'russia',
  Zelensky: 'zelensky',
};
const actorsIn = (sentence: string): string[] =>
  Object.entries(NAMES)
    .filter(([name]) => sentence.includes(name))
    .map(([, id]) => id);

/**
 * The paragraphs as the checker sees them once quotations are marked: each quotation a closed
 * element (as rehypeQuotes leaves it), the rest open text.
 */
function proseTree(paragraphs: readonly SourceParagraph[]): Root {
  const children: Element[] = paragraphs.map(({ text }) => {
    const parts: ElementContent[] = [];
    let at = 0;
    for (const q of quotationRanges(text)) {
      if (q.start > at) parts.push({ type: 'text', value: text.slice(at, q.start) });
      parts.push(h('span', { className: ['quote'] }, text.slice(q.start, q.end)));
      at = q.end;
    }
    if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
    return h('p', parts);
  });
  return { type: 'root', children };
}

/** Where the checker would mark a mention: paragraph index and range, or its error message. */
function marked(paragraphs: readonly SourceParagraph[], mention: ProposedMention): string | [number, number, number] {
  const blocks = proseBlocks(proseTree(paragraphs));
  const found = locateMention(blocks, mention);
  if (typeof found === 'string') return found;
  return [blocks.indexOf(found.block), found.start, found.end];
}

describe('proposeTimeline: the seed report, against the hand-checked first story', () => {
  const proposed = proposeTimeline(seed, '2025-03-05', actorsIn);

  it('proposes exactly the story\u2019s six events, oldest first, with its dates and statuses', () => {
    expect(proposed.map((e) => [e.date, e.status])).toEqual(story.timeline.map((e) => [e.date, e.status]));
  });

  it('marks, for each event, the same words of the prose as the story\u2019s own mention does', () => {
    proposed.forEach((event, i) => {
      const expected = story.timeline[i]?.mention as ProposedMention;
      const place = marked(seed, event.mention);
      expect(typeof place).not.toBe('string');
      expect(place).toEqual(marked(seed, expected));
    });
  });

  it('gives the phrase alone where it stands once, and a shortest passage for the two "on Tuesday"', () => {
    expect(proposed.map((e) => e.mention)).toEqual([
      'in 2022',
      'earlier this week',
      { phrase: 'on Tuesday', in: 'revealing on Tuesday' },
      { phrase: 'on Tuesday', in: 'Congress on Tuesday' },
      'on Wednesday',
      'next week',
    ]);
  });

  it('words each date basis as the first story does, with curly quotes', () => {
    expect(proposed.map((e) => e.dateBasis)).toEqual([
      'The report says \u201Cin 2022\u201D and gives no more precise date.',
      'The report, dated Wednesday 5 March 2025, says \u201Cearlier this week\u201D: between Monday 3 and Tuesday 4 March 2025; it gives no exact day.',
      'The report, dated Wednesday 5 March 2025, says \u201Con Tuesday\u201D in the past tense: Tuesday 4 March 2025.',
      'The report, dated Wednesday 5 March 2025, says \u201Con Tuesday\u201D in the past tense: Tuesday 4 March 2025.',
      'The report, dated Wednesday 5 March 2025, says \u201Con Wednesday\u201D, the day it dates from: Wednesday 5 March 2025.',
      'The report, dated Wednesday 5 March 2025, says \u201Cnext week\u201D: the week of Monday 10 March 2025 (ISO week 11); it gives no day.',
    ]);
  });

  it('titles each event by the clause that holds its date, the date taken out', () => {
    expect(proposed.map((e) => e.title)).toEqual([
      'Russia launched its full-scale invasion',
      'The move follows the halting of US military aid to Ukraine',
      'Trump revealing that Zelensky had sent him a letter agreeing to negotiations',
      'Addressing Congress, he said Kyiv had agreed to sign an agreement',
      'The move confirmed by National Security Adviser Mike Waltz',
      'French President Emmanuel Macron calling an urgent meeting of European military chiefs in Paris',
    ]);
    for (const event of proposed) {
      expect(event.title.length).toBeLessThanOrEqual(120);
      expect(event.review).toBe(TITLE_REVIEW);
    }
  });

  it('gives unique slugs of the title\u2019s key words, within the id limit', () => {
    const ids = proposed.map((e) => e.id);
    expect(ids[0]).toBe('russia-launched-full-scale-invasion');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(ID_PATTERN);
      expect(id.length).toBeLessThanOrEqual(ID_MAX);
    }
  });

  it('names the actors of the sentence that holds each date', () => {
    expect(proposed.map((e) => e.actors)).toEqual([
      ['russia'],
      ['waltz'],
      ['trump', 'zelensky'],
      [],
      ['waltz'],
      ['macron'],
    ]);
  });
});

describe('proposeTimeline: other reports', () => {
  // Times of Israel, Tuesday 1 July 2025: "on Monday" four times, twice past and twice future.
  const report: SourceParagraph[] = [
    {
      text: 'US President Donald Trump said on Tuesday that he hopes a Gaza ceasefire will be reached \u201Csometime next week,\u201D as the war between Israel and Hamas nears its 23rd month.',
    },
    {
      text: 'The US president\u2019s comments follow Prime Minister Benjamin Netanyahu\u2019s announcement on Monday that he will visit Washington DC next week to meet with Trump.',
    },
    { text: 'The prime minister is set to take off for the US capital on Saturday and meet with Trump on Monday.' },
    {
      text: 'Netanyahu said at a cabinet meeting on Monday that he will also meet with Vice President JD Vance, Secretary of State Marco Rubio, Defense Secretary Pete Hegseth, US Special Envoy to the Middle East Steve Witkoff, Commerce Secretary Howard Lutnick and senior lawmakers.',
    },
  ];
  const proposed = proposeTimeline(report, '2025-07-01', () => []);

  it('dates each "on Monday" by its own clause and orders the events by date', () => {
    expect(proposed.map((e) => [e.date, e.status])).toEqual([
      ['2025-06-30', 'happened'],
      ['2025-06-30', 'happened'],
      ['2025-07-01', 'happened'],
      ['2025-07-05', 'expected'],
      ['2025-07-07', 'expected'],
      ['2025-W28', 'expected'],
    ]);
  });

  it('gives each repeated phrase a passage that the checker finds once, at that phrase', () => {
    for (const event of proposed) {
      const place = marked(report, event.mention);
      expect(typeof place, JSON.stringify(event.mention)).not.toBe('string');
    }
    const mondays = proposed.filter((e) => typeof e.mention !== 'string' && e.mention.phrase === 'on Monday');
    const places = mondays.map((e) => marked(report, e.mention));
    expect(new Set(places.map((p) => JSON.stringify(p))).size).toBe(3);
  });

  it('does not propose the date inside the quotation, but says so on the event of its sentence', () => {
    expect(proposed.filter((e) => e.date === '2025-W28')).toHaveLength(1);
    const tuesday = proposed.find((e) => e.date === '2025-07-01');
    expect(tuesday?.review).toContain('\u201Cnext week\u201D, 2025-W28');
    expect(tuesday?.review).toContain('add it by hand if it is an event');
  });

  it('keeps the review of an unsure date before the title\u2019s', () => {
    const announcement = proposed.find((e) => e.title.startsWith('The US president'));
    expect(announcement?.review).toBe(
      `The tense does not settle which Monday this is; check the date. ${TITLE_REVIEW}`,
    );
  });

  it('titles an event by its clause (Anadolu, 8 October 2024)', () => {
    const [event] = proposeTimeline(
      [
        {
          text: "ASEAN foreign ministers met in Laos on Tuesday to prepare for the upcoming leaders' summit, chaired by Laos' Deputy Prime Minister Saleumxay Kommasith.",
        },
      ],
      '2024-10-08',
      () => [],
    );
    expect(event?.title).toBe("ASEAN foreign ministers met in Laos to prepare for the upcoming leaders' summit");
    expect(event?.id).toBe('asean-foreign-ministers-met-laos-prepare');
    expect(event?.mention).toBe('on Tuesday');
  });
});
