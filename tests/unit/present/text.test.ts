import { describe, expect, it } from 'vitest';
import { firstWords, initials } from '../../../src/lib/present/text';

describe('firstWords', () => {
  it('keeps short text whole', () => {
    expect(firstWords('We have, we have taken a step back')).toBe('We have, we have taken a step back');
  });

  it('cuts at a word boundary, drops trailing punctuation and adds an ellipsis', () => {
    expect(firstWords("Let's pause, I want to give you a chance to think about that", 8)).toBe(
      "Let's pause, I want to give you a…",
    );
    expect(firstWords('one two three, four five', 3)).toBe('one two three…');
  });

  it('prefers the end of an early first sentence', () => {
    expect(firstWords("It's time to end this senseless war. If you want to end wars, talk.", 8)).toBe(
      "It's time to end this senseless war…",
    );
  });
});

describe('initials', () => {
  it('takes the first and last names', () => {
    expect(initials('Mike Waltz')).toBe('MW');
    expect(initials('Mykola Bielieskov')).toBe('MB');
    expect(initials('John Lewis Ratcliffe')).toBe('JR');
  });

  it('handles one word, accents, suffixes and particles', () => {
    expect(initials('Ukraine')).toBe('U');
    expect(initials('émile zola')).toBe('ÉZ');
    expect(initials('Martin Luther King Jr.')).toBe('MK');
    expect(initials('Ursula von der Leyen')).toBe('UL');
  });

  it('never returns an empty string', () => {
    expect(initials('  ')).toBe('?');
  });
});
