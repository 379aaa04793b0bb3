import { describe, expect, it } from 'vitest';
import { decodeStory } from '../../../src/check/storySource';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const problemOf = (bytes: Uint8Array) => {
  const result = decodeStory(bytes);
  return 'problem' in result ? result.problem : undefined;
};

describe('decodeStory', () => {
  it('reads UTF-8 with LF or CRLF line endings, and drops a byte order mark', () => {
    expect(decodeStory(utf8('---\ntitle: “Ферри”\n---\n'))).toEqual({ text: '---\ntitle: “Ферри”\n---\n' });
    expect(decodeStory(utf8('a\r\nb\r\n'))).toEqual({ text: 'a\r\nb\r\n' });
    expect(decodeStory(utf8('\uFEFF---\n'))).toEqual({ text: '---\n' });
  });

  it('names UTF-16, with or without its byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x2d, 0x00, 0x2d, 0x00]);
    expect(problemOf(le)).toMatchObject({
      field: '(file)',
      line: 1,
      column: 1,
      message: 'is saved as UTF-16, not UTF-8',
    });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x2d]);
    expect(problemOf(be)?.message).toBe('is saved as UTF-16, not UTF-8');
    expect(problemOf(new Uint8Array([0x2d, 0x00, 0x0a, 0x00]))?.message).toContain('contains NUL bytes');
  });

  it('names a byte of another encoding at its line and character column', () => {
    // Line 2 is “é” (two bytes in UTF-8) then a Windows-1252 opening quote (0x93).
    const bytes = new Uint8Array([...utf8('title\né'), 0x93, ...utf8('x')]);
    expect(problemOf(bytes)).toMatchObject({ line: 2, column: 2, message: expect.stringContaining('the byte 0x93') });
  });

  it('refuses overlong forms, surrogates and truncated sequences, which a lenient decoder would hide', () => {
    expect(problemOf(new Uint8Array([0xc0, 0xaf]))?.message).toContain('0xC0'); // overlong "/"
    expect(problemOf(new Uint8Array([0xed, 0xa0, 0x80]))?.message).toContain('0xED'); // U+D800
    expect(problemOf(new Uint8Array([0x61, 0xe2, 0x80]))).toMatchObject({ column: 2 }); // cut short
    expect(problemOf(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))?.message).toContain('0xF4'); // beyond U+10FFFF
  });

  it('names old Mac line endings (a carriage return alone) at their line', () => {
    expect(problemOf(utf8('one\ntwo\rthree'))).toMatchObject({
      line: 2,
      message: expect.stringContaining('carriage return alone'),
    });
  });
});
