import { describe, expect, it } from 'vitest';
import {
  countWords,
  mdxToPlainText,
  readingMinutes,
  readingTimeLabel,
  WORDS_PER_MINUTE,
} from '../../../src/lib/present/readingTime';

describe('countWords', () => {
  it('counts words, not punctuation or dashes', () => {
    expect(countWords('"We have, we have taken a step back," Waltz said — twice.')).toBe(11);
  });

  it('keeps contractions as one word', () => {
    expect(countWords("Let's pause, don't worry")).toBe(4);
  });

  it('is zero for empty text', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('mdxToPlainText', () => {
  it('drops imports, JSX tags, link targets and Markdown punctuation', () => {
    const text = mdxToPlainText(
      'import X from \'./x\'\n\n## What happened\n\n<QuoteCallout story="s" quote="q" />\n\nSee [the report](https://example.org/a-long-url).',
    );
    expect(countWords(text)).toBe(5);
    expect(text).not.toContain('QuoteCallout');
    expect(text).not.toContain('example');
  });
});

describe('readingMinutes', () => {
  it(`rounds at ${WORDS_PER_MINUTE} words a minute and never says zero`, () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(100)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE * 4)).toBe(4);
    expect(readingMinutes(WORDS_PER_MINUTE * 4 + 100)).toBe(4);
    expect(readingMinutes(WORDS_PER_MINUTE * 4 + 120)).toBe(5);
  });
});

describe('readingTimeLabel', () => {
  it('says "N min read"', () => {
    expect(readingTimeLabel('word '.repeat(920))).toBe('4 min read');
  });
});
