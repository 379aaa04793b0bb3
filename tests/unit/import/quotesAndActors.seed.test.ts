import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { proposeActorsAndQuotes } from '../../../src/lib/import/quotesAndActors';
import { normaliseQuoteText } from '../../../src/lib/quotes/matchQuote';

/**
 * The seed article (the reporter's text of the first story) against the first story's hand-checked
 * frontmatter: every quotation, its speaker, who relayed it, its setting and callout, and the people
 * and places the story lists.
 */
const seed = readFileSync(new URL('../../fixtures/seed-article.txt', import.meta.url), 'utf8');
const paragraphs = seed
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((text) => ({ text }));

interface CheckedQuote {
  id: string;
  speaker: string;
  quotedBy?: string;
  text: string;
  said: { setting: string };
  callout?: boolean;
}
interface CheckedActor {
  id: string;
  name: string;
  aliases?: string[];
  kind: string;
  role: string;
}
const story = readFileSync(
  new URL('../../../content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx', import.meta.url),
  'utf8',
);
const checked = parse(story.split(/^---$/mu)[1] ?? '') as { quotes: CheckedQuote[]; actors: CheckedActor[] };

const proposal = proposeActorsAndQuotes(paragraphs);
const proposedFor = (quote: CheckedQuote) =>
  proposal.quotes.find((q) => normaliseQuoteText(q.text) === normaliseQuoteText(quote.text));

describe('proposeActorsAndQuotes on the seed article', () => {
  it('finds every quotation the first story credits, and nothing else', () => {
    expect(checked.quotes).toHaveLength(12);
    expect(proposal.quotes.map((q) => normaliseQuoteText(q.text)).sort()).toEqual(
      checked.quotes.map((q) => normaliseQuoteText(q.text)).sort(),
    );
    expect(proposal.unattributed).toEqual([]);
  });

  it.each(checked.quotes.map((q) => [q.id, q] as const))('credits %s to the story’s speaker', (_id, quote) => {
    const proposed = proposedFor(quote);
    expect(proposed?.speaker).toBe(quote.speaker);
    expect(proposed?.quotedBy).toBe(quote.quotedBy);
    expect(proposed?.callout).toBe(quote.callout ?? false);
  });

  it('gives the setting wherever the report gives one, and none where the story says it is not given', () => {
    for (const quote of checked.quotes) {
      const proposed = proposedFor(quote);
      if (quote.said.setting.startsWith('Setting not given')) expect(proposed?.setting, quote.id).toBeUndefined();
      else expect(proposed?.setting, quote.id).toBe(quote.said.setting);
    }
  });

  it('keeps each quote’s words as they stand between the marks (closing comma out, curly apostrophe kept)', () => {
    const texts = proposal.quotes.map((q) => q.text);
    expect(texts).toContain('We have, we have taken a step back');
    expect(texts).toContain('all aspects of this relationship.');
    expect(texts).toContain(
      'It’s time to end this senseless war. If you want to end wars, you have to talk to both sides',
    );
    expect(texts).toContain(
      "President Trump had a real question about whether President Zelensky was committed to the peace process, and he said, 'Let's pause, I want to give you a chance to think about that,'",
    );
  });

  it('asks for review on the speakers guessed from "he" and on nothing said by name', () => {
    const reviewed = proposal.quotes.filter((q) => q.review !== undefined).map((q) => q.text.slice(0, 20));
    expect(reviewed.sort()).toEqual(
      [
        'all aspects of this ', // He added …
        "Let's pause, I want ", // … and he said, inside Ratcliffe's words
        'We will have less ti', // …,” he said.
        'I think if we can na', // …," he told Fox News.
      ].sort(),
    );
  });

  it('proposes every actor of the story, under the story’s id', () => {
    for (const actor of checked.actors) {
      const proposed = proposal.actors.find((a) => a.id === actor.id || a.name === actor.name);
      expect(proposed, actor.id).toBeDefined();
    }
    const ids = proposal.actors.map((a) => a.id);
    for (const id of ['trump', 'waltz', 'macron', 'ratcliffe', 'mulroy', 'bielieskov', 'zelensky', 'putin'])
      expect(ids).toContain(id);
    for (const id of ['united-states', 'ukraine', 'russia', 'france']) expect(ids).toContain(id);
  });

  it('names people as the prose does, with the forms it uses and the role its titles and appositions give', () => {
    const actor = (id: string) => proposal.actors.find((a) => a.id === id);
    expect(actor('waltz')).toMatchObject({
      name: 'Mike Waltz',
      aliases: ['National Security Adviser Mike Waltz', 'Waltz'],
      role: 'National Security Adviser',
    });
    expect(actor('macron')).toMatchObject({ name: 'Emmanuel Macron', role: 'French President' });
    expect(actor('ratcliffe')).toMatchObject({
      aliases: ['CIA Director John Ratcliffe', 'Ratcliffe'],
      role: 'CIA Director',
    });
    expect(actor('mulroy')?.role).toBe('Former US deputy assistant secretary of defence');
    expect(actor('bielieskov')?.role).toBe('Researcher at Ukraine’s National Institute for Strategic Studies');
    expect(actor('trump')).toMatchObject({
      name: 'Donald Trump',
      aliases: expect.arrayContaining(['President Donald Trump', 'President Trump', 'Trump']) as unknown,
    });
    // The report never gives Zelensky's first name: the import does not invent it, and says so.
    expect(actor('zelensky')).toMatchObject({ name: 'Zelensky', aliases: ['President Zelensky'] });
    expect(actor('zelensky')?.review).toMatch(/full name/u);
  });

  it('gives countries the capitals the prose uses for their governments, not a city where something happens', () => {
    const actor = (id: string) => proposal.actors.find((a) => a.id === id);
    expect(actor('united-states')?.aliases).toEqual(['US', 'Washington']);
    expect(actor('ukraine')?.aliases).toEqual(['Kyiv']);
    expect(actor('russia')?.aliases).toEqual(['Moscow']);
    // "a meeting … in Paris next week": the place, not France's government.
    expect(actor('france')?.aliases).toEqual([]);
  });

  it('makes no actor of an adjective ("Russian movements", "European allies", "British and French officials")', () => {
    const names = proposal.actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const adjective of ['Russian', 'European', 'British', 'French', 'American'])
      expect(names).not.toContain(adjective);
  });

  it('makes unnamed sources of the sources who speak, with the words the prose uses for them', () => {
    const sources = proposal.actors.filter((a) => a.kind === 'unnamed-source');
    expect(sources.map((a) => [a.name, a.aliases])).toEqual([
      ['A source familiar with the situation', ['a source familiar with the situation']],
      ['Another source', []],
    ]);
    expect(sources[0]?.role).toBe('Unnamed source familiar with the situation');
  });

  it('leaves out who is only spoken to ("told Reuters", "speaking to Fox Business", "told the BBC")', () => {
    const names = proposal.actors.map((a) => a.name);
    for (const outlet of ['Reuters', 'Fox Business', 'BBC', 'Fox News']) expect(names).not.toContain(outlet);
  });
});
