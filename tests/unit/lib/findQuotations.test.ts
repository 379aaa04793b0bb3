import { describe, expect, it } from 'vitest';
import { findQuotations, type Quotation } from '../../../src/lib/quotes/findQuotations';
import { findQuote } from '../../../src/lib/quotes/matchQuote';
import { normalise } from '../../../src/lib/text/normalise';

const quotations = (prose: string): Quotation[] => findQuotations(normalise(prose));
const texts = (prose: string): string[] => quotations(prose).map((q) => q.text);

describe('findQuotations: double marks', () => {
  it('pairs double marks in order, with the span covering the marks', () => {
    const text = '"Stop," he said. "Now."';
    expect(findQuotations(text)).toEqual([
      { start: 0, end: 7, text: 'Stop,' },
      { start: 17, end: 23, text: 'Now.' },
    ]);
    for (const q of findQuotations(text)) expect(text.slice(q.start, q.end)).toBe(`"${q.text}"`);
  });

  it('finds curly double marks once the text is normalised', () => {
    expect(texts('He called it \u201Ca mistake\u201D.')).toEqual(['a mistake']);
  });

  it('reports an unclosed double mark as running to the end of the text', () => {
    const text = 'He said "we will not';
    expect(findQuotations(text)).toEqual([{ start: 8, end: text.length, text: 'we will not' }]);
  });

  it('keeps single marks inside a double-mark quotation as part of its words', () => {
    expect(texts('"He said \'no\' twice," she said.')).toEqual(["He said 'no' twice,"]);
  });
});

describe('findQuotations: single marks', () => {
  it('finds a single-mark quotation after a space', () => {
    const text = "He said 'no deal' today.";
    expect(findQuotations(text)).toEqual([{ start: 8, end: 17, text: 'no deal' }]);
  });

  it('finds a single-mark quotation at the start of the text and after a bracket or dash', () => {
    expect(texts("'Enough' he said.")).toEqual(['Enough']);
    expect(texts("the plan ('a pause') held")).toEqual(['a pause']);
    expect(texts('the plan \u2014\u2018a pause\u2019 \u2014 held')).toEqual(['a pause']);
  });

  it('does not treat the apostrophes of "Trump\'s", "Let\'s" and "Ukraine\'s" as quotation marks', () => {
    expect(quotations('Trump\u2019s envoy said Let\u2019s wait for Ukraine\u2019s reply.')).toEqual([]);
    expect(quotations("Trump's envoy said Let's wait for Ukraine's reply.")).toEqual([]);
  });

  it('skips apostrophes inside a single-mark quotation and closes at the mark not followed by a letter', () => {
    expect(texts("Trump's aide said 'it's over, let's go' on Monday.")).toEqual(["it's over, let's go"]);
  });

  it('does not open at a single mark with no closing mark', () => {
    expect(quotations("songs from the '90s were")).toEqual([]);
  });

  it('does not open at a mark followed by a space', () => {
    expect(quotations("the allies' position and ' stray")).toEqual([]);
  });
});

describe('findQuotations on many marks that close nothing', () => {
  it('finds no quotation among 60,000 words that start with an apostrophe, and the one after them', () => {
    const text = `Words ${"'a ".repeat(60_000)}and then "the end".`;
    expect(findQuotations(text).map((q) => q.text)).toEqual(['the end']);
  });
});

describe('findQuotations and findQuote agree on a quotation left open at the end of a paragraph', () => {
  it('reports the open quotation with words that findQuote then matches there, so a quote can credit it', () => {
    // European Pravda, 19 April 2025: the second paragraph of Sybiha's statement, set with the
    // newspaper convention (each paragraph of a long quotation opens with a mark, only the last closes).
    const text = normalise(
      '"Russia refused, and this Russian refusal to the United States has been going on for 39 days. Instead, during this time, the Moscow regime has imposed various conditions and intensified its terror against Ukraine, civilians and civilian infrastructure across our country.',
    );
    const [open] = findQuotations(text);
    expect(open).toMatchObject({ start: 0, end: text.length });
    expect(findQuote(text, open?.text ?? '')).toEqual([
      { start: 0, end: text.length, innerStart: 1, innerEnd: text.length },
    ]);
  });
});
