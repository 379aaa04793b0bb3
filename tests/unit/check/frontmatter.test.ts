import { describe, expect, it } from 'vitest';
import {
  expandedSize,
  MAX_FRONTMATTER_NESTING,
  MAX_FRONTMATTER_VALUES,
  readFrontmatter,
  tooDeepLine,
} from '../../../src/check/frontmatter';

const story = (yaml: string): string => `---\n${yaml}\n---\n\nProse.\n`;

describe('readFrontmatter', () => {
  it('gives the values the build reads, with YAML aliases expanded', () => {
    const read = readFrontmatter(story("brief: &brief { setting: 'Told reporters' }\nsaid: *brief\nagain: *brief"));
    if (!('frontmatter' in read)) throw new Error(JSON.stringify(read.problems));
    expect(read.frontmatter.data).toEqual({
      brief: { setting: 'Told reporters' },
      said: { setting: 'Told reporters' },
      again: { setting: 'Told reporters' },
    });
  });

  it('reads an unquoted date as the build does: a Date, already changed (2025-02-30 is 2 March)', () => {
    const read = readFrontmatter(story('published: 2025-02-30'));
    if (!('frontmatter' in read)) throw new Error('expected values');
    expect((read.frontmatter.data as { published: Date }).published.toISOString()).toBe('2025-03-02T00:00:00.000Z');
  });

  it('locates fields at their line in the file', () => {
    const read = readFrontmatter(story('title: A\ndek: B'));
    if (!('frontmatter' in read)) throw new Error('expected values');
    expect(read.frontmatter.place(9)).toEqual({ line: 3, column: 1 });
  });

  it('refuses YAML that either parser refuses, at its line', () => {
    const unclosed = readFrontmatter(story('title: "A\ndek: B'));
    expect('problems' in unclosed && unclosed.problems[0]).toMatchObject({
      field: '(frontmatter)',
      message: expect.stringContaining('the quotation mark " opened on line 2 is never closed'),
    });
    // A raw control character inside double quotes: js-yaml (the build's reader) refuses it.
    const control = readFrontmatter(story('title: "A\u000bB"'));
    expect('problems' in control && control.problems[0]?.message).toBe(
      'is not valid YAML: expected valid JSON character',
    );
  });

  it('refuses aliases that stand for more values than the limit, without expanding them', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const read = readFrontmatter(story(levels.join('\n')));
    expect('problems' in read && read.problems[0]?.message).toContain(
      `stands for more than ${MAX_FRONTMATTER_VALUES.toLocaleString('en-GB')} values`,
    );
  });

  it('says when there is no frontmatter', () => {
    const read = readFrontmatter('Prose only.\n');
    expect('problems' in read && read.problems[0]?.message).toContain('does not start with YAML frontmatter');
  });
});

describe('expandedSize', () => {
  it('counts every value, shared ones each time they are used', () => {
    const shared = { setting: 'x' };
    expect(expandedSize({ a: shared, b: shared })).toBe(5);
    expect(expandedSize([1, [2, [3]]])).toBe(6);
  });

  it('stops at the limit, and at a value that contains itself', () => {
    expect(expandedSize(Array(20).fill(0), 10)).toBe(Infinity);
    const loop: unknown[] = [];
    loop.push(loop);
    expect(expandedSize(loop)).toBe(Infinity);
  });
});

describe('tooDeepLine', () => {
  it('passes the nesting real frontmatter has', () => {
    expect(tooDeepLine('actors:\n  - id: a\n    aliases: [A, "B [x]"]\n    said: { setting: x }')).toBeUndefined();
  });

  it('finds the line where lists, groups or brackets nest too deep, from the text alone', () => {
    expect(tooDeepLine(`title: x\nzz:\n  ${'- '.repeat(100)}x`)).toBe(2);
    expect(tooDeepLine(`title: x\nzz: ${'['.repeat(MAX_FRONTMATTER_NESTING + 1)}`)).toBe(1);
    expect(tooDeepLine(`zz: "${'['.repeat(100)}"`)).toBeUndefined(); // inside quotes: text, not nesting
    expect(tooDeepLine(`${'  '.repeat(200)}x: 1`)).toBe(0);
  });
});
