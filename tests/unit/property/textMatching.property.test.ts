import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/lib/quotes/findQuotations';
import { findQuote, normaliseQuoteText } from '../../../src/lib/quotes/matchQuote';
import { findPhrase, findPhraseIn } from '../../../src/lib/text/findPhrase';
import { normalise, normaliseChar, normaliseWithMap } from '../../../src/lib/text/normalise';
import { rawProse, runs } from './arbitraries';

const RUNS = runs(300);
const MARK = /^["']$/;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * A phrase to look for: a piece of the prose itself (so there are hits), often one that runs from just
 * after a mark to just before another (so there are quotation-like hits), or other prose.
 */
const proseAndPhrase = fc
  .tuple(rawProse, fc.nat(), fc.nat(), rawProse, fc.constantFrom('any', 'marks', 'other'))
  .map(([text, a, b, other, cut]) => {
    if (cut === 'other') return { text, phrase: other };
    const normalised = normalise(text);
    const marks = [...normalised].flatMap((ch, i) => (MARK.test(ch) ? [i] : []));
    if (cut === 'marks' && marks.length >= 2) {
      const open = marks[a % marks.length]!;
      const close = marks[b % marks.length]!;
      return { text, phrase: normalised.slice(open + 1, Math.max(open + 1, close)) };
    }
    const start = a % (text.length + 1);
    const end = start + (b % (text.length - start + 1));
    return { text, phrase: text.slice(start, end) };
  });

describe('normaliseWithMap (property)', () => {
  it('maps every normalised character back to the original character it came from, in order', () => {
    fc.assert(
      fc.property(rawProse, (original) => {
        const { text, map } = normaliseWithMap(original);
        expect(map).toHaveLength(text.length);
        for (let i = 0; i < map.length; i++) {
          const at = map[i]!;
          expect(Number.isInteger(at) && at >= 0 && at < original.length).toBe(true);
          if (i > 0) expect(at).toBeGreaterThan(map[i - 1]!);
          const source = original[at]!;
          if (text[i] === ' ') expect(source).toMatch(/^\s$/u);
          else expect(text[i]).toBe(normaliseChar(source));
        }
        // White space collapses to single spaces between words; nothing else is dropped.
        expect(text).not.toMatch(/^ | $| {2}|[^\S ]/u);
        expect(text.replaceAll(' ', '').length).toBe(original.replace(/\s/gu, '').length);
        expect(normalise(original)).toBe(text);
        expect(normalise(text)).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('findQuotations (property)', () => {
  it('returns ordered, disjoint quotations inside the text, each opening at a mark and holding its words', () => {
    fc.assert(
      fc.property(rawProse, (original) => {
        const text = normalise(original);
        let previousEnd = 0;
        for (const q of findQuotations(text)) {
          expect(q.start).toBeGreaterThanOrEqual(previousEnd);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(text[q.start]).toMatch(MARK);
          expect(text.slice(q.start + 1, q.start + 1 + q.text.length)).toBe(q.text);
          // Closed at a mark, or (a double mark left open) running to the end of the text.
          const closed = q.start + 1 + q.text.length === q.end - 1 && MARK.test(text[q.end - 1] ?? '');
          const open = q.start + 1 + q.text.length === q.end && q.end === text.length;
          expect(closed || open).toBe(true);
          if (text[q.start] === "'") {
            // Single marks: an apostrophe inside a word ("Trump's") neither opens nor closes a quotation.
            expect(closed).toBe(true);
            expect(text[q.start - 1] ?? ' ').not.toMatch(LETTER);
            expect(text[q.start + 1]).toMatch(LETTER);
            expect(text[q.end] ?? ' ').not.toMatch(LETTER);
          }
          previousEnd = q.end;
        }
      }),
      RUNS,
    );
  });
});

describe('findQuote (property)', () => {
  it('never throws and returns only whole quotations of exactly the wanted words, inside the text', () => {
    fc.assert(
      fc.property(proseAndPhrase, ({ text: original, phrase }) => {
        const text = normalise(original);
        const wanted = normaliseQuoteText(phrase);
        let previousStart = -1;
        for (const m of findQuote(text, phrase)) {
          expect(m.start).toBeGreaterThan(previousStart);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.innerStart).toBe(m.start + 1);
          expect(m.innerEnd).toBe(m.innerStart + wanted.length);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.innerStart, m.innerEnd)).toBe(wanted);
          expect(text[m.start]).toMatch(MARK);
          if (m.end === m.innerEnd) {
            // A double mark left open runs to the end of the text, as findQuotations reads it.
            expect(m.end).toBe(text.length);
            expect(text[m.start]).toBe('"');
            expect(text.slice(m.start + 1)).not.toContain('"');
          } else {
            expect([1, 2]).toContain(m.end - m.innerEnd);
            expect(text[m.end - 1]).toMatch(MARK);
          }
          // A mark after a letter, or before one, is an apostrophe ("Ukraine's"), not a quotation mark.
          expect(text[m.start - 1] ?? ' ').not.toMatch(LETTER);
          expect(text[m.end] ?? ' ').not.toMatch(LETTER);
          previousStart = m.start;
        }
      }),
      RUNS,
    );
  });

  it('finds words set between marks in any prose', () => {
    const words = fc
      .array(fc.constantFrom('we', 'step', 'back', 'Kyiv', 'it’s', 'taken,'), { minLength: 1, maxLength: 4 })
      .map((ws) => ws.join(' ').replace(/,$/, ''));
    const marks = fc.constantFrom(['"', '"'], ['\u201C', '\u201D'], ['\u2018', '\u2019'], ["'", "'"]);
    fc.assert(
      fc.property(rawProse, words, marks, rawProse, (before, quote, [open, close], after) => {
        const prose = `${before} ${open}${quote}${close} ${after}`;
        const text = normalise(prose);
        const at = normalise(`${before} ${open}`).length;
        expect(findQuote(text, quote).map((m) => m.innerStart)).toContain(at);
      }),
      RUNS,
    );
  });
});

describe('findPhrase (property)', () => {
  it('never throws and returns ranges of the original text that read as the phrase', () => {
    fc.assert(
      fc.property(proseAndPhrase, ({ text, phrase }) => {
        const needle = normalise(phrase);
        let previousStart = -1;
        for (const r of findPhrase(text, phrase)) {
          expect(r.start).toBeGreaterThan(previousStart);
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(normalise(text.slice(r.start, r.end))).toBe(needle);
          previousStart = r.start;
        }
      }),
      RUNS,
    );
  });

  it('finds exactly what a search of the whole normalised text finds (its quick rule-out drops no match)', () => {
    fc.assert(
      fc.property(proseAndPhrase, ({ text, phrase }) => {
        expect(findPhrase(text, phrase)).toEqual(findPhraseIn(normaliseWithMap(text), phrase));
      }),
      RUNS,
    );
  });
});
