import { describe, expect, it } from 'vitest';
import { checkStory, fieldName } from '../../../src/check/checkStory';
import { knownKeysAt } from '../../../src/check/knownKeys';
import { splitStory } from '../../../src/check/storyFile';
import { MAX_PROSE_CHARACTERS } from '../../../src/lib/story/proseSafety';
import { storyObjectSchema } from '../../../src/lib/story/schema';

describe('splitStory', () => {
  it('finds the frontmatter and the line the prose starts on, with LF, CRLF and a byte-order mark', () => {
    const lf = '---\ntitle: x\n---\n\nProse.';
    expect(splitStory(lf)).toEqual({ yaml: 'title: x', yamlLine: 2, body: '\nProse.', bodyLine: 4 });
    expect(splitStory(`\uFEFF${lf.replaceAll('\n', '\r\n')}`)).toEqual(splitStory(lf));
  });

  it('gives nothing when there is no closed frontmatter', () => {
    expect(splitStory('Prose only.')).toBeUndefined();
    expect(splitStory('---\ntitle: x\nProse.')).toBeUndefined();
  });
});

describe('knownKeysAt', () => {
  it('lists the fields of the story and of the objects in its lists', () => {
    expect(knownKeysAt(storyObjectSchema, [])).toContain('quotes');
    expect(knownKeysAt(storyObjectSchema, ['quotes', 2])).toEqual(
      expect.arrayContaining(['id', 'speaker', 'quotedBy', 'text', 'said', 'context', 'callout']),
    );
    expect(knownKeysAt(storyObjectSchema, ['quotes', 0, 'said'])).toEqual(['date', 'setting']);
    expect(knownKeysAt(storyObjectSchema, ['timeline', 0, 'mention'])).toEqual(['phrase', 'in']);
  });
});

/** A minimal story up to its prose: frontmatter (published on `published`), then a `## First` section. */
function storyHead(published: string): string {
  return [
    '---',
    'title: A title',
    'dek: A dek.',
    `published: "${published}"`,
    'source: { name: Wire }',
    'keyPoints: [One.]',
    'sections: [{ id: first, heading: First }]',
    'actors: [{ id: waltz, name: Mike Waltz, kind: person, role: Adviser }]',
    '---',
    '',
    '## First',
    '',
  ].join('\n');
}

describe('checkStory', () => {
  it('names fields the way the frontmatter is written', () => {
    expect(fieldName(['quotes', 3, 'said', 'date'])).toBe('quotes[3].said.date');
  });

  it('places a problem on the line and column where the value is written, counting the frontmatter', () => {
    const source = `${storyHead('2025-13-45')}\nProse.`;
    const [problem, ...rest] = checkStory('story.mdx', source);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'story.mdx', line: 4, column: 12, field: 'published' });
  });
});

describe('checkStory: limits on the prose', () => {
  const head = storyHead('2025-03-05');
  const context = { slugs: new Set(['story']), folder: '/nowhere/story', people: new Map() };

  it(`refuses prose longer than ${MAX_PROSE_CHARACTERS.toLocaleString('en-GB')} characters, before parsing it`, () => {
    const paragraph = `${'Word '.repeat(199)}end.\n\n`;
    const prose = paragraph.repeat(Math.ceil(MAX_PROSE_CHARACTERS / paragraph.length) + 1);
    const problems = checkStory('story.mdx', `${head}\n${prose}`, context);
    expect(problems.map((p) => [p.line, p.field, p.message.replace(/[\d,]+ characters/u, 'N characters')])).toEqual([
      [10, '(prose)', `is N characters long; a story may have at most ${MAX_PROSE_CHARACTERS.toLocaleString('en-GB')}`],
    ]);
  });

  it('accepts prose just under the limit', () => {
    const paragraph = `${'Word '.repeat(199)}end.\n\n`;
    const prose = paragraph.repeat(Math.floor((MAX_PROSE_CHARACTERS - 20) / paragraph.length));
    expect(checkStory('story.mdx', `${head}\n${prose}`, context)).toEqual([]);
  });
});
