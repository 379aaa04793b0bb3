import { describe, expect, it } from 'vitest';
import type { TextStyle } from '../../../src/lib/preview/element';
import { ELLIPSIS, fitText } from '../../../src/lib/preview/fitText';
import { SERIF } from '../../../src/lib/preview/fonts';
import { fitLines, fits, measureText } from '../../../src/lib/preview/measureText';
import { firstStoryCards } from './firstStory';

/** A box that holds `n` characters, to test the shortening rules apart from any font. */
const upTo = (n: number) => (text: string) => [...text].length <= n;

/** `shortened` ends with "…" and, without it, is the start of `original` up to a word boundary. */
function expectCutAtWord(shortened: string, original: string): void {
  expect(shortened.endsWith(ELLIPSIS)).toBe(true);
  const head = shortened.slice(0, -ELLIPSIS.length);
  expect(original.startsWith(head)).toBe(true);
  expect(original.charAt(head.length)).toMatch(/[\s,;:.]/u);
  expect(head).not.toMatch(/[\s,;:]$/u);
}

describe('fitText', () => {
  it('leaves a text that fits untouched', async () => {
    expect(await fitText('Alarm in Europe', upTo(40))).toEqual({ text: 'Alarm in Europe', shortened: false });
  });

  it('shows runs of white space as one space', async () => {
    expect((await fitText('  Alarm \n in\tEurope ', upTo(40))).text).toBe('Alarm in Europe');
  });

  it('cuts at a word boundary and ends with an ellipsis', async () => {
    const original = 'The quick brown fox jumps over the lazy dog';
    const { text, shortened } = await fitText(original, upTo(22));
    expect(shortened).toBe(true);
    expect(text).toBe('The quick brown fox…');
    expectCutAtWord(text, original);
  });

  it('never cuts inside a word, even when a longer cut would fit', async () => {
    const { text } = await fitText('Intelligence sharing suspended', upTo(20));
    expect(text).toBe('Intelligence…');
  });

  it('drops the comma or colon before the ellipsis', async () => {
    expect((await fitText('committed to the peace process, and he said', upTo(32))).text).toBe(
      'committed to the peace process…',
    );
    expect((await fitText('One thing: the pause', upTo(14))).text).toBe('One thing…');
  });

  it('cuts a single word too long for the box between characters, as the only exception', async () => {
    const { text, shortened } = await fitText('Supercalifragilisticexpialidocious', upTo(10));
    expect(shortened).toBe(true);
    expect(text).toBe('Supercali…');
    expect((await fitText('x'.repeat(1000), upTo(10))).text).toBe(`${'x'.repeat(9)}…`);
  });

  it('never splits a grapheme (an emoji flag, a letter with a combining accent)', async () => {
    const { text } = await fitText('🇺🇦🇺🇦🇺🇦e\u0301e\u0301e\u0301', upTo(5));
    expect(text).toBe('🇺🇦🇺🇦…');
  });

  it('returns an empty text as it is', async () => {
    expect(await fitText('   ', upTo(0))).toEqual({ text: '', shortened: false });
  });
});

describe('fitLines (measured with the card fonts by satori)', () => {
  const style: TextStyle = { fontFamily: SERIF, fontSize: 48, fontWeight: 400, lineHeight: 60 };
  const width = 944;

  it('keeps the longest quote of the first story whole in five lines', async () => {
    const longest = firstStoryCards()
      .map(({ content }) => (content.kind === 'quote' ? content.text : ''))
      .reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest).toMatch(/^President Trump had a real question/u);
    expect(await fitLines(longest, style, width, 5)).toEqual({ text: longest, shortened: false });
  });

  it('shortens the longest quote at a word when it gets only two lines, and the result fits', async () => {
    const longest = firstStoryCards()
      .map(({ content }) => (content.kind === 'quote' ? content.text : ''))
      .reduce((a, b) => (b.length > a.length ? b : a));
    const { text, shortened } = await fitLines(longest, style, width, 2);
    expect(shortened).toBe(true);
    expectCutAtWord(text, longest);
    const measure = await measureText(text, style, width);
    expect(measure.lines).toBe(2);
    expect(fits(measure, style, width, 2)).toBe(true);
  });

  it('shortens a 1000-character text to fit its box, at a word', async () => {
    const original = Array.from({ length: 100 }, (_, i) => `word${i} lorem`)
      .join(' ')
      .slice(0, 1000);
    const { text } = await fitLines(original, style, width, 3);
    expectCutAtWord(text, original);
    const measure = await measureText(text, style, width);
    expect(measure.lines).toBeLessThanOrEqual(3);
    expect(measure.inkRight).toBeLessThanOrEqual(width + 1);
  });

  it('fits a single 1000-character word inside the box, ellipsis included', async () => {
    const { text } = await fitLines('W'.repeat(1000), style, width, 2);
    expect(text).toMatch(/^W+…$/u);
    const measure = await measureText(text, style, width);
    expect(measure.lines).toBeLessThanOrEqual(2);
    expect(measure.inkRight).toBeLessThanOrEqual(width + 1);
  });
});
