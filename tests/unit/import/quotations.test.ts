import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leftoverEntries, uncredited } from '../../../src/lib/import/quotations';
import { proposeActorsAndQuotes } from '../../../src/lib/import/quotesAndActors';
import { parseParagraphs } from '../../../src/lib/import/sentences';
import type { StoryInput } from '../../../src/lib/story/schema';
import { processStory } from '../../support/processStory';
import { baseStory, storySource } from '../../support/storySource';
import { paragraphsOf, REPORTS, type ReportName } from './realReports';

const propose = (name: ReportName) => proposeActorsAndQuotes(paragraphsOf(name));
const entry = (name: ReportName, text: string) => propose(name).unattributed.find((u) => u.text === text);

describe('quotations that are nobody’s words', () => {
  it('scare quotes after "so-called", which say so themselves (no review)', () => {
    const shadowFleet = entry('shadowFleetSanctions', 'shadow fleet');
    expect(shadowFleet).toEqual({ text: 'shadow fleet', reason: 'scare quotes' });
  });

  it('a term the report names ("calling it the "Gulf of Mexico"")', () => {
    expect(entry('apAccessRuling', 'Gulf of Mexico')).toMatchObject({ reason: 'a term' });
  });

  it('a name in quotation marks ("the “Gulf of America”")', () => {
    expect(entry('gulfOfAmerica', 'Gulf of America')).toMatchObject({ reason: 'a name or title' });
    expect(propose('gulfOfAmerica').quotes).toEqual([]);
  });

  it('scare quotes: a few words no one in the sentence says, for review ("the “black hole”", a headline’s \'black hole\')', () => {
    expect(entry('reevesPresentation', 'black hole')).toMatchObject({ reason: 'scare quotes or a term' });
    expect(entry('reevesPresentation', 'black hole')?.review).toBeDefined();
    expect(entry('reevesBlackHole', 'black hole')).toBeDefined();
    // In the same sentence, the words she promised are hers: ", but refused …" ends their reach.
    expect(propose('reevesPresentation').quotes.find((q) => q.text === 'fix the mess we inherited')?.speaker).toBe(
      'reeves',
    );
  });

  it('a phrase the reporter puts in marks mid-sentence, with no one saying it ("the \'coalition of the willing\' which …")', () => {
    expect(entry('healeyBootsOnTheGround', 'coalition of the willing')).toBeDefined();
    expect(entry('healeyBootsOnTheGround', 'ready to go')).toBeDefined();
  });
});

describe('quotations as the checker finds them', () => {
  it('a quotation inside a quotation is its own quote, relayed by the outer speaker (seed: Ratcliffe quoting Trump)', () => {
    const seed = readFileSync(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');
    const { quotes } = proposeActorsAndQuotes(
      seed
        .split('\n')
        .filter((p) => p.trim())
        .map((text) => ({ text })),
    );
    expect(quotes.find((q) => q.text === "Let's pause, I want to give you a chance to think about that")).toMatchObject(
      { speaker: 'trump', quotedBy: 'ratcliffe', callout: false },
    );
  });

  it('a quotation left open at the end of its paragraph runs to the paragraph’s end', () => {
    const texts = propose('sybihaEaster').quotes.map((q) => q.text);
    expect(texts).toContain(
      "Ukraine's position remains clear and consistent: back in Jeddah on 11 March, we unconditionally agreed to the US proposal for a full temporary ceasefire for 30 days.",
    );
    expect(texts).toContain(
      'Russia refused, and this Russian refusal to the United States has been going on for 39 days. Instead, during this time, the Moscow regime has imposed various conditions and intensified its terror against Ukraine, civilians and civilian infrastructure across our country.',
    );
  });

  it('words quoted twice cannot be one quote: the ambiguous ones become an entry for review, the distinct one a quote', () => {
    // Arab News prints the AP story under a summary that quotes Biden's words with a comma; the body,
    // with a full stop. "we must never descend into violence" stands as both quotations to the checker.
    const summary = 'Political passions can run high but “we must never descend into violence,” he said';
    const { quotes, unattributed } = proposeActorsAndQuotes([{ text: summary }, ...paragraphsOf('bidenPrimeTime')]);
    expect(unattributed.find((u) => u.text === 'we must never descend into violence')?.review).toMatch(/2 times/u);
    expect(quotes.find((q) => q.text === 'we must never descend into violence.')?.speaker).toBe('biden');
    expect(quotes.map((q) => q.text)).not.toContain('we must never descend into violence');
  });

  it('a fragment in marks twice, once with no one saying it, is an entry (CNN: “serious national security threat”)', () => {
    const { quotes, unattributed } = propose('turnerThreat');
    expect(unattributed.map((u) => u.text)).toContain('serious national security threat');
    expect(quotes.map((q) => q.text)).toContain('serious national security threat.');
  });

  it('leaves no quotation of any report uncredited, by the checker’s own search', () => {
    for (const name of Object.keys(REPORTS) as ReportName[]) {
      const { quotes, unattributed } = propose(name);
      const parsed = parseParagraphs(paragraphsOf(name));
      expect(
        uncredited(
          parsed,
          [...quotes, ...unattributed].map((q) => q.text),
        ),
        name,
      ).toEqual([]);
    }
  });

  it('lists a quotation left uncredited as an entry for review', () => {
    const parsed = parseParagraphs(paragraphsOf('bidenPrimeTime'));
    const entries = leftoverEntries(parsed, ['It’s time to cool it down.', 'we must never descend into violence.']);
    expect(entries.map((e) => e.text)).toEqual([
      'There is no place in America for this kind of violence — for any violence. Ever. Period. No exception. We can’t allow this violence to be normalized',
      'We can do this',
    ]);
    for (const e of entries) expect(e.review).toBeDefined();
  });

  it.each(Object.keys(REPORTS) as ReportName[])(
    '%s: quote ids are <speaker>-<words>, unique lowercase slugs of at most 60 characters',
    (name) => {
      const { quotes } = propose(name);
      const ids = quotes.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const quote of quotes) {
        expect(quote.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
        expect(quote.id.length).toBeLessThanOrEqual(60);
        expect(quote.id.startsWith(`${quote.speaker ?? 'unattributed'}-`)).toBe(true);
      }
    },
  );
});

/** Markdown would read "*we*" as emphasis; the draft writer escapes it, and so does this test. */
const asMarkdown = (text: string): string => text.replace(/([*_[\]<>`\\])/gu, '\\$1');

/** The proposal as a story's frontmatter, with the words a draft writer adds where the import has none. */
function storyOf(name: ReportName): StoryInput {
  const { actors, quotes, unattributed } = propose(name);
  return baseStory({
    actors: actors.map((a) => ({ id: a.id, name: a.name, aliases: [...a.aliases], kind: a.kind, role: a.role })),
    quotes: quotes.map((q) => ({
      id: q.id,
      speaker: q.speaker ?? actors[0]?.id ?? 'nobody',
      ...(q.quotedBy === undefined ? {} : { quotedBy: q.quotedBy }),
      text: q.text,
      said: { setting: q.setting ?? 'Setting not given in the report' },
      callout: q.callout,
    })),
    unattributedQuotations: unattributed.map((u) => ({ text: u.text, reason: u.reason })),
  });
}

describe('the proposal passes the project’s checker', () => {
  it.each([...(Object.keys(REPORTS) as ReportName[])])('%s', async (name) => {
    const prose = ['## First', '', ...REPORTS[name].paragraphs.map((p) => `${asMarkdown(p)}\n`)].join('\n');
    // The checker throws with every problem it finds; a draft it accepts renders.
    const { html } = await processStory(storySource(storyOf(name), prose));
    expect(html).toMatch(/class="quote|class="quotation-optout"/u);
  });
});
