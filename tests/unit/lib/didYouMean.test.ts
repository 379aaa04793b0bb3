import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from '../../../src/lib/text/didYouMean';

/** The story's top-level fields, in schema order. */
const FIELDS = [
  'title',
  'dek',
  'published',
  'updated',
  'publishedBasis',
  'lang',
  'tags',
  'source',
  'byline',
  'keyPoints',
  'sections',
  'actors',
  'quotes',
  'unattributedQuotations',
  'timeline',
  'notes',
];

describe('closestMatch', () => {
  it('suggests "quotes" for the typo "qoutes"', () => {
    expect(closestMatch('qoutes', FIELDS)).toBe('quotes');
  });

  it('suggests "waltz" for "waltzz" and ignores case when comparing', () => {
    expect(closestMatch('waltzz', ['trump', 'waltz', 'zelensky'])).toBe('waltz');
    expect(closestMatch('Waltz', ['trump', 'waltz'])).toBe('waltz');
    expect(closestMatch('keypoints', FIELDS)).toBe('keyPoints');
  });

  it('gives nothing for a string far from every candidate', () => {
    expect(closestMatch('nato', ['trump'])).toBeUndefined();
    expect(closestMatch('summary', FIELDS)).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });

  it('allows about one edit per three characters', () => {
    // "abcdef" (6 characters) allows 2 edits: "abcxyf" is 2 edits away, "axxxef" 3.
    expect(closestMatch('abcdef', ['abcxyf'])).toBe('abcxyf');
    expect(closestMatch('abcdef', ['axxxef'])).toBeUndefined();
    // A short id still allows one edit.
    expect(closestMatch('us', ['uk'])).toBe('uk');
    expect(closestMatch('us', ['eu'])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('words the suggestion for an error message', () => {
    expect(didYouMean('qoutes', FIELDS)).toBe(' Did you mean "quotes"?');
  });

  it('is empty when nothing is close', () => {
    expect(didYouMean('zzzzzzzz', FIELDS)).toBe('');
  });
});
