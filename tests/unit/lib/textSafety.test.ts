import { describe, expect, it } from 'vitest';
import { unsafeCharacters } from '../../../src/lib/story/textSafety';

const found = (text: string, allowNewlines = false): [number, string][] =>
  unsafeCharacters(text, allowNewlines).map((c) => [c.index, c.what.split(',')[0] ?? '']);

describe('unsafeCharacters', () => {
  it('passes ordinary text in any script, with tabs, and line breaks where allowed', () => {
    expect(found('Mike Waltz said “we have taken a step back”.')).toEqual([]);
    expect(found('Володимир Зеленський, 习近平, محمد بن سلمان\tend')).toEqual([]);
    expect(found('one\ntwo\r\nthree', true)).toEqual([]);
  });

  it('names control characters, with where they stand', () => {
    expect(found('Ferry\u000breopens')).toEqual([[5, 'the control character U+000B']]);
    expect(found('a\u0000b\u007fc\u0085d')).toEqual([
      [1, 'the control character U+0000'],
      [3, 'the control character U+007F'],
      [5, 'the control character U+0085'],
    ]);
    expect(found('one\ntwo')).toEqual([[3, 'a line break']]);
  });

  it('names Unicode non-characters, also beyond the first plane', () => {
    expect(found('a\uFFFEb\uFDD0c\u{1FFFF}d')).toEqual([
      [1, 'the non-character U+FFFE'],
      [3, 'the non-character U+FDD0'],
      [5, 'the non-character U+1FFFF'],
    ]);
  });

  it('refuses a direction override or isolate left open, and a close that closes nothing', () => {
    expect(found('Grace \u202eOkafor')).toEqual([[6, 'the direction control U+202E']]);
    expect(found('\u2067مرحبا')).toEqual([[0, 'the direction control U+2067']]);
    expect(found('text\u202c')).toEqual([[4, 'the direction mark U+202C that closes nothing']]);
    // An isolate is not closed by the embedding's pop, nor the other way round.
    expect(found('\u2066a\u202c')).toEqual(
      [
        [2, 'the direction mark U+202C that closes nothing'],
        [0, 'the direction control U+2066'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)) as [number, string][],
    );
  });

  it('accepts balanced direction controls, which some names need, and ends them at a line break', () => {
    expect(found('Report by \u2067محمد\u2069 and \u202bאבג\u202c today')).toEqual([]);
    expect(found('\u202eopen\nclosed\u202c', true)).toEqual([
      [0, 'the direction control U+202E'],
      [12, 'the direction mark U+202C that closes nothing'],
    ]);
  });
});
