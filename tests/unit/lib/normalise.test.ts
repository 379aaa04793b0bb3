import { describe, expect, it } from 'vitest';
import { normalise, normaliseChar, normaliseWithMap, toOriginalRange } from '../../../src/lib/text/normalise';

describe('normalise: quotation marks', () => {
  it('folds curly, low and straight double marks to "', () => {
    expect(normalise('\u201CYes\u201D \u201EJa\u201F "no"')).toBe('"Yes" "Ja" "no"');
    expect(normalise('\u00ABoui\u00BB')).toBe('"oui"');
  });

  it("folds curly, low and straight single marks and apostrophes to '", () => {
    expect(normalise("\u2018fine\u2019 Trump\u2019s \u201Aa\u201B 'b'")).toBe("'fine' Trump's 'a' 'b'");
  });

  it('leaves other characters alone', () => {
    expect(normalise('a–b — c…')).toBe('a–b — c…');
    expect(normaliseChar('x')).toBe('x');
    expect(normaliseChar('\u201C')).toBe('"');
    expect(normaliseChar('\u2019')).toBe("'");
  });
});

describe('normalise: white space', () => {
  it('folds a run of spaces, tabs, CRLF and no-break spaces to one space', () => {
    expect(normalise('a  b\tc\r\nd\u00A0e \t\r\n \u00A0f')).toBe('a b c d e f');
  });

  it('drops leading and trailing white space', () => {
    expect(normalise(' \r\n\t\u00A0word  ')).toBe('word');
    expect(normalise('   ')).toBe('');
  });
});

describe('normaliseWithMap', () => {
  it('maps each normalised character back to the index it came from', () => {
    //           0123456789
    const orig = '  a \r\n b\u201Dc';
    const n = normaliseWithMap(orig);
    expect(n.text).toBe('a b"c');
    // 'a' at 2; the folded space at the first white-space character (3); 'b' at 7; the mark at 8; 'c' at 9.
    expect(n.map).toEqual([2, 3, 7, 8, 9]);
  });

  it('has one map entry per normalised character', () => {
    const n = normaliseWithMap('One\u00A0\u00A0two\r\n\r\nthree');
    expect(n.map).toHaveLength(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      const original = 'One\u00A0\u00A0two\r\n\r\nthree'[n.map[i] ?? -1] ?? '';
      if (n.text[i] === ' ') expect(original).toMatch(/\s/);
      else expect(original).toBe(n.text[i]);
    }
  });
});

describe('toOriginalRange', () => {
  it('maps a normalised match back onto the original text', () => {
    const orig = 'He said \u201Cwe  are\r\ndone\u201D today.';
    const n = normaliseWithMap(orig);
    const at = n.text.indexOf('we are done');
    expect(at).toBeGreaterThan(0);
    const range = toOriginalRange(n, at, at + 'we are done'.length);
    expect(orig.slice(range.start, range.end)).toBe('we  are\r\ndone');
  });

  it('includes the marks when the normalised range does', () => {
    const orig = '\u2018ok\u2019';
    const n = normaliseWithMap(`  ${orig}`);
    const range = toOriginalRange(n, 0, n.text.length);
    expect(range).toEqual({ start: 2, end: 6 });
  });

  it('throws a RangeError outside the text', () => {
    const n = normaliseWithMap('abc');
    expect(() => toOriginalRange(n, 1, 5)).toThrow(RangeError);
    expect(() => toOriginalRange(n, 4, 5)).toThrow(RangeError);
  });
});
