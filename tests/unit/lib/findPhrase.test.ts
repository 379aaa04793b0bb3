import { describe, expect, it } from 'vitest';
import { findPhrase } from '../../../src/lib/text/findPhrase';

/** The original text each found range covers. */
const found = (text: string, phrase: string): string[] =>
  findPhrase(text, phrase).map((r) => text.slice(r.start, r.end));

describe('findPhrase: whole words (letters and digits are word characters)', () => {
  it('does not find "US" inside "USA"', () => {
    expect(findPhrase('The USA said no.', 'US')).toEqual([]);
  });

  it('finds "US" next to a hyphen, since "-" is not a word character', () => {
    const text = 'a US-led coalition';
    expect(findPhrase(text, 'US')).toEqual([{ start: 2, end: 4 }]);
  });

  it('finds only the whole-word occurrence among partial ones', () => {
    const text = 'USA, USAID and the US.';
    expect(findPhrase(text, 'US')).toEqual([{ start: text.lastIndexOf('US'), end: text.lastIndexOf('US') + 2 }]);
  });

  it('treats digits as word characters', () => {
    expect(findPhrase('in 20255 or 12025', '2025')).toEqual([]);
    expect(found('in 2025, then', '2025')).toEqual(['2025']);
  });

  it('does not find "Trump" inside "Trumpet" but does in "Trump\u2019s"', () => {
    expect(findPhrase('a Trumpet solo', 'Trump')).toEqual([]);
    const text = 'It was Trump\u2019s call.';
    expect(findPhrase(text, 'Trump')).toEqual([{ start: 7, end: 12 }]);
  });

  it('treats non-ASCII letters as word characters', () => {
    expect(findPhrase('Zelenskyyé', 'Zelenskyy')).toEqual([]);
    expect(findPhrase('Kyivśka', 'Kyiv')).toEqual([]);
  });

  it('is case-sensitive', () => {
    expect(findPhrase('the us and them', 'US')).toEqual([]);
  });
});

describe('findPhrase: normalised comparison, original ranges', () => {
  it('finds a phrase broken over a line break and extra spaces, returning the original span', () => {
    const text = 'Then the vice\r\n  president spoke.';
    expect(found(text, 'vice president')).toEqual(['vice\r\n  president']);
  });

  it('matches curly apostrophes in the text with a straight one in the phrase, and vice versa', () => {
    expect(found('Ukraine\u2019s army held.', "Ukraine's army")).toEqual(['Ukraine\u2019s army']);
    expect(found("Ukraine's army held.", 'Ukraine\u2019s army')).toEqual(["Ukraine's army"]);
  });

  it('finds every occurrence, each mapped onto the original text', () => {
    const text = '  Waltz said.\n\nLater,\u00A0Waltz\tleft; Waltz!';
    const ranges = findPhrase(text, 'Waltz');
    expect(ranges).toHaveLength(3);
    for (const r of ranges) expect(text.slice(r.start, r.end)).toBe('Waltz');
    // Independently located occurrences.
    const expectedStarts: number[] = [];
    for (let i = text.indexOf('Waltz'); i >= 0; i = text.indexOf('Waltz', i + 1)) expectedStarts.push(i);
    expect(ranges.map((r) => r.start)).toEqual(expectedStarts);
  });

  it('finds a phrase that begins and ends with non-word characters without boundary checks on them', () => {
    expect(found('He said "stop" twice', '"stop"')).toEqual(['"stop"']);
  });

  it('returns nothing for an empty or all-space phrase', () => {
    expect(findPhrase('some text', '')).toEqual([]);
    expect(findPhrase('some text', ' \n ')).toEqual([]);
  });
});
