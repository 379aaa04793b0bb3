import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimEnd, trimStart } from '../../../src/lib/text/trimEnd';

describe('trimEnd and trimStart', () => {
  it('take off the matching characters at the end or the start only', () => {
    expect(trimEnd('We will, we will,,', /,/u)).toBe('We will, we will');
    expect(trimEnd('“Stay at our side.”', /[^\p{L}\p{N}]/u)).toBe('“Stay at our side');
    expect(trimStart('“Stay at our side.”', /[^\p{L}\p{N}]/u)).toBe('Stay at our side.”');
    expect(trimEnd(',,,', /,/u)).toBe('');
    expect(trimEnd('', /,/u)).toBe('');
  });

  it('keep a letter beyond the first plane whole', () => {
    expect(trimEnd('Ferry 𝐀!', /[^\p{L}\p{N}]/u)).toBe('Ferry 𝐀');
    expect(trimStart('!𝐀 ferry', /[^\p{L}\p{N}]/u)).toBe('𝐀 ferry');
    expect(trimEnd('a 😀', /[^\p{L}\p{N}]/u)).toBe('a');
  });

  it('give what the regular expression gives, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '.', ' ', '"', 'é', '𝐀', '😀') }), (text) => {
        expect(trimEnd(text, /[.,\s"]/u)).toBe(text.replace(/[.,\s"]+$/u, ''));
        expect(trimEnd(text, /[^\p{L}\p{N}]/u)).toBe(text.replace(/[^\p{L}\p{N}]+$/u, ''));
        expect(trimStart(text, /[^\p{L}\p{N}]/u)).toBe(text.replace(/^[^\p{L}\p{N}]+/u, ''));
      }),
      { seed: 20261126, numRuns: 500 },
    );
  });
});
