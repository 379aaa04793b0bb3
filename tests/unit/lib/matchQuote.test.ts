import { describe, expect, it } from 'vitest';
import { closestPassage, findQuote, normaliseQuoteText } from '../../../src/lib/quotes/matchQuote';
import { normalise } from '../../../src/lib/text/normalise';

/** findQuote works on normalised prose, as the plugin calls it. */
const find = (prose: string, quote: string) => findQuote(normalise(prose), quote);

/** What each match covers, marks included and words only. */
const covered = (prose: string, quote: string): [string, string][] => {
  const text = normalise(prose);
  return findQuote(text, quote).map((m) => [text.slice(m.start, m.end), text.slice(m.innerStart, m.innerEnd)]);
};

describe('normaliseQuoteText', () => {
  it('drops the trailing comma that hands over to "he said"', () => {
    expect(normaliseQuoteText('we are done,')).toBe('we are done');
  });

  it('normalises marks and white space', () => {
    expect(normaliseQuoteText(' We\u2019re\r\n  done, ')).toBe("We're done");
  });

  it('keeps a closing full stop and a comma inside the words', () => {
    expect(normaliseQuoteText('No, we are done.')).toBe('No, we are done.');
  });
});

describe('findQuote: what counts as a quotation', () => {
  it('finds words that stand between quotation marks, with both indexes', () => {
    const text = normalise('He said "the talks are over" and left.');
    const open = text.indexOf('"');
    const close = text.indexOf('"', open + 1);
    expect(findQuote(text, 'the talks are over')).toEqual([
      { start: open, end: close + 1, innerStart: open + 1, innerEnd: close },
    ]);
  });

  it('does not count words that merely occur in the prose', () => {
    expect(find('He said the talks are over.', 'the talks are over')).toEqual([]);
  });

  it('needs a mark on both sides', () => {
    expect(find('He said "the talks are over and left.', 'the talks are over')).toEqual([]);
    expect(find('He said the talks are over" and left.', 'the talks are over')).toEqual([]);
  });

  it('does not find a quote that is only part of what stands between the marks', () => {
    expect(find('"The talks are over for now," he said.', 'The talks are over')).toEqual([]);
    expect(find('"Frankly, the talks are over," he said.', 'the talks are over')).toEqual([]);
  });

  it('does not stop at an apostrophe inside a word: "I don" is not a quotation in "I don\u2019t know"', () => {
    // The closing side must be a quotation mark, not the apostrophe of a contraction or possessive.
    expect(find('\u201CI don\u2019t know,\u201D he said.', 'I don')).toEqual([]);
    expect(find('\u201CWe must help Ukraine\u2019s army,\u201D he said.', 'We must help Ukraine')).toEqual([]);
  });

  it('allows one closing comma or full stop before the closing mark', () => {
    expect(covered('"The talks are over," he said.', 'The talks are over')).toEqual([
      ['"The talks are over,"', 'The talks are over'],
    ]);
    expect(covered('He said: "The talks are over."', 'The talks are over')).toEqual([
      ['"The talks are over."', 'The talks are over'],
    ]);
  });

  it('does not allow two punctuation characters or a punctuation character with no mark after it', () => {
    expect(find('"The talks are over,." he said.', 'The talks are over')).toEqual([]);
    expect(find('"The talks are over, he said.', 'The talks are over')).toEqual([]);
  });

  it('accepts the quote written with its closing comma', () => {
    expect(covered('"The talks are over," he said.', 'The talks are over,')).toEqual([
      ['"The talks are over,"', 'The talks are over'],
    ]);
  });

  it('compares straight and curly marks alike once both sides are normalised', () => {
    expect(find('\u201CWe\u2019re done,\u201D she said.', "We're done")).toHaveLength(1);
    expect(find('"We\'re done," she said.', 'We\u2019re done')).toHaveLength(1);
    expect(find('\u2018We\u2019re done,\u2019 she said.', "We're done")).toHaveLength(1);
  });

  it('compares white space normalised (a quote broken over lines in the prose)', () => {
    expect(find('"The talks\r\n   are over," he said.', 'The talks are over')).toHaveLength(1);
  });

  it('finds a quotation nested inside another, and the outer one too', () => {
    const prose = '"He told me, \u2018we are done,\u2019 and left," she said.';
    expect(covered(prose, 'we are done')).toEqual([["'we are done,'", 'we are done']]);
    expect(covered(prose, "He told me, 'we are done,' and left")).toEqual([
      [`"He told me, 'we are done,' and left,"`, "He told me, 'we are done,' and left"],
    ]);
  });

  it('finds each occurrence of a quote said twice', () => {
    const text = normalise('"No," he said. Asked again, he said: "No."');
    const matches = findQuote(text, 'No');
    expect(matches.map((m) => m.innerStart)).toEqual([1, text.lastIndexOf('No')]);
  });

  it('finds nothing for an empty quote', () => {
    expect(find('"" and ","', '')).toEqual([]);
    expect(find('"" and ","', ',')).toEqual([]);
  });
});

describe('findQuote: a quotation that runs on into the next paragraph', () => {
  // European Pravda, 19 April 2025: Sybiha's statement, whose first paragraph leaves the quotation
  // open because the next paragraph goes on quoting him.
  const opening =
    'Quote: "Ukraine\'s position remains clear and consistent: back in Jeddah on 11 March, we unconditionally agreed to the US proposal for a full temporary ceasefire for 30 days.';
  const words =
    "Ukraine's position remains clear and consistent: back in Jeddah on 11 March, we unconditionally agreed to the US proposal for a full temporary ceasefire for 30 days.";

  it('matches the words from the open mark to the end of the paragraph, with no closing mark in the range', () => {
    const text = normalise(opening);
    const open = text.indexOf('"');
    expect(findQuote(text, words)).toEqual([
      { start: open, end: text.length, innerStart: open + 1, innerEnd: text.length },
    ]);
  });

  it('needs the words to run to the end: a quote that stops short of it is not the quotation', () => {
    expect(find(opening, "Ukraine's position remains clear and consistent")).toEqual([]);
    expect(find(opening, words.replace(/\.$/u, ''))).toEqual([]);
  });

  it('takes only a double mark left open, as findQuotations reads one; a lone single mark opens nothing', () => {
    expect(find(opening.replace('"', "'"), words)).toEqual([]);
  });

  it('does not run past a closing mark: a quotation closed before the end is matched as closed', () => {
    const closed = `${opening.replace('days.', 'days."')} Sybiha said.`;
    expect(covered(closed, words)).toEqual([[`"${words}"`, words]]);
    expect(find(closed, `${words}" Sybiha said.`)).toEqual([]);
  });
});

describe('closestPassage', () => {
  const paragraph =
    'Asked about the pause, he said: \u201CWe will not be pushed around by anyone,\u201D and left the room.';

  it('finds the passage with one word changed, without the prose\u2019s marks', () => {
    const best = closestPassage([paragraph], 'We will not be pulled around by anyone');
    // "pushed" -> "pulled" is two substitutions (s->l, h->l).
    expect(best).toEqual({ passage: 'We will not be pushed around by anyone', distance: 2 });
  });

  it('returns the exact passage at distance 0 when the quote is there verbatim', () => {
    expect(closestPassage([paragraph], 'left the room.')).toEqual({ passage: 'left the room.', distance: 0 });
  });

  it('also tries windows one word shorter than the quote (a word added in the quote)', () => {
    // Deleting "ever " (5 characters) from the quote gives the prose's 8 words.
    expect(closestPassage([paragraph], 'We will not ever be pushed around by anyone')).toEqual({
      passage: 'We will not be pushed around by anyone',
      distance: 5,
    });
  });

  it('looks in every block and picks the closest', () => {
    const best = closestPassage(['Nothing to see here at all.', paragraph], 'We will not be pulled around by anyone');
    expect(best?.passage).toBe('We will not be pushed around by anyone');
  });

  it('never joins words from two blocks into one passage', () => {
    const blocks = ['He said: \u201CWe will not be pushed', 'around,\u201D he added.'];
    const best = closestPassage(blocks, 'We will not be pushed around');
    expect(best).toBeDefined();
    expect(best?.distance).toBeGreaterThan(0);
    const inOneBlock = blocks.some((b) => normalise(b).includes(best?.passage ?? '\u0000'));
    expect(inOneBlock).toBe(true);
  });

  it('copes with a block shorter than the quote', () => {
    expect(closestPassage(['No deal'], 'No deal today')?.passage).toBe('No deal');
  });

  it('returns nothing when there is no prose', () => {
    expect(closestPassage([], 'anything')).toBeUndefined();
    expect(closestPassage(['', '  '], 'anything')).toBeUndefined();
  });
});
