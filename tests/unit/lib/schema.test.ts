import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { storySchema } from '../../../src/lib/story/schema';
import { event, minimalStory, quote } from './storyInput';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** The schema's issues for `input`, as plain path + message pairs (empty when it parses). */
const issuesOf = (input: unknown): Issue[] => {
  const result = storySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: [...i.path], message: i.message }));
};

/** The messages of the issues at exactly `path`. */
const messagesAt = (input: unknown, path: PropertyKey[]): string[] =>
  issuesOf(input)
    .filter((i) => JSON.stringify(i.path) === JSON.stringify(path))
    .map((i) => i.message);

const parse = (input: unknown) => {
  const result = storySchema.safeParse(input);
  if (!result.success) throw new Error(`expected the story to parse: ${JSON.stringify(result.error.issues)}`);
  return result.data;
};

describe('storySchema: a minimal story', () => {
  it('parses', () => {
    expect(issuesOf(minimalStory())).toEqual([]);
  });

  it('applies the defaults', () => {
    const story = parse({
      ...minimalStory(),
      quotes: [quote('q1', 'waltz')],
      timeline: [event('e1')],
    });
    expect(story.lang).toBe('en-GB');
    expect(story.tags).toEqual([]);
    expect(story.notes).toEqual([]);
    expect(story.unattributedQuotations).toEqual([]);
    expect(story.actors.map((a) => a.aliases)).toEqual([[], []]);
    expect(story.quotes[0]?.callout).toBe(false);
    expect(story.timeline[0]?.status).toBe('happened');
    expect(story.timeline[0]?.actors).toEqual([]);
    expect(parse(minimalStory()).quotes).toEqual([]);
    expect(parse(minimalStory()).timeline).toEqual([]);
  });

  it('rejects an unknown key (strict objects), naming it', () => {
    const issues = issuesOf({ ...minimalStory(), subtitle: 'x' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([]);
    expect(issues[0]?.message).toContain('subtitle');
  });

  it('rejects an unknown key in a nested object', () => {
    const input = minimalStory();
    input.actors[0] = { ...input.actors[0], title: 'Mr' };
    expect(issuesOf(input).map((i) => i.path)).toEqual([['actors', 0]]);
  });
});

describe('storySchema: required fields and list sizes', () => {
  it('rejects a missing title', () => {
    const { title: _title, ...input } = minimalStory();
    expect(issuesOf(input).map((i) => i.path)).toEqual([['title']]);
  });

  it('rejects a blank title', () => {
    expect(messagesAt({ ...minimalStory(), title: '   ' }, ['title'])).toEqual(['must not be empty']);
  });

  it('needs 1 to 5 key points', () => {
    expect(messagesAt({ ...minimalStory(), keyPoints: [] }, ['keyPoints'])).toEqual(['needs at least one key point']);
    const six = ['1', '2', '3', '4', '5', '6'].map((n) => `Point ${n}.`);
    expect(messagesAt({ ...minimalStory(), keyPoints: six }, ['keyPoints'])).toEqual(['has at most 5 key points']);
    expect(issuesOf({ ...minimalStory(), keyPoints: six.slice(0, 5) })).toEqual([]);
  });

  it('needs at least one section and one actor', () => {
    expect(messagesAt({ ...minimalStory(), sections: [] }, ['sections'])).toEqual(['needs at least one section']);
    expect(messagesAt({ ...minimalStory(), actors: [] }, ['actors'])).toEqual(['needs at least one actor']);
  });
});

describe('storySchema: ids', () => {
  it('rejects an id that is not a lowercase slug', () => {
    for (const bad of ['Mike Waltz', 'mike_waltz', 'waltz-', 'mike--waltz', 'Waltz']) {
      const input = minimalStory();
      input.actors[0] = { ...input.actors[0], id: bad };
      const messages = messagesAt(input, ['actors', 0, 'id']);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain('must be a lowercase slug');
    }
  });

  it('reports cross-check problems as issues at their paths', () => {
    const input = minimalStory();
    input.actors.push({ id: 'waltz', name: 'Other', kind: 'person', role: 'r' });
    const messages = messagesAt(input, ['actors', 2, 'id']);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('"waltz" is already the id of actors[0]');
  });

  it('reports a quote speaker that is not an actor, suggesting the close id', () => {
    const messages = messagesAt({ ...minimalStory(), quotes: [quote('q1', 'waltzz')] }, ['quotes', 0, 'speaker']);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('"waltzz" is not the id of any actor');
    expect(messages[0]).toContain('Did you mean "waltz"?');
  });
});

describe('storySchema: dates', () => {
  it('rejects updated before published and accepts the same moment or later', () => {
    const before = messagesAt({ ...minimalStory(), updated: '2025-03-05T18:29:00+00:00' }, ['updated']);
    expect(before).toHaveLength(1);
    expect(before[0]).toContain('is before published (2025-03-05T18:30:00+00:00)');
    // 19:30 at +01:00 is 18:30 UTC: the same moment as published.
    expect(issuesOf({ ...minimalStory(), updated: '2025-03-05T19:30:00+01:00' })).toEqual([]);
    expect(issuesOf({ ...minimalStory(), updated: '2025-03-06' })).toEqual([]);
  });

  it('accepts an update dated only by day on the day of a timed publication', () => {
    // Published 18:30 UTC on 5 March; "updated: 2025-03-05" (time unknown) is the same day, not earlier.
    expect(issuesOf({ ...minimalStory(), updated: '2025-03-05' })).toEqual([]);
  });

  it('rejects a published time with no offset, saying so', () => {
    const messages = messagesAt({ ...minimalStory(), published: '2025-03-05T10:00' }, ['published']);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('no UTC offset');
  });

  it('rejects an impossible timeline date at its path', () => {
    const messages = messagesAt({ ...minimalStory(), timeline: [event('e1', { date: '2025-02-30' })] }, [
      'timeline',
      0,
      'date',
    ]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('not a real calendar day');
  });

  it('rejects an impossible said.date of a quote', () => {
    const input = { ...minimalStory(), quotes: [quote('q1', 'waltz', { said: { setting: 'x', date: '2025-13' } })] };
    expect(messagesAt(input, ['quotes', 0, 'said', 'date'])[0]).toContain('has no month 13');
  });

  it('refuses a JS Date for published (an unquoted YAML date) and asks for quotes', () => {
    const messages = messagesAt({ ...minimalStory(), published: new Date(Date.UTC(2025, 2, 5)) }, ['published']);
    expect(messages.join(' ')).toContain('is a date without quotes');
    expect(messages.join(' ')).toContain('put it in quotes exactly as you wrote it');
  });

  it('refuses a JS Date with a time for published (an unquoted YAML timestamp) and asks for quotes', () => {
    const messages = messagesAt({ ...minimalStory(), published: new Date(Date.UTC(2025, 2, 5, 17, 30)) }, [
      'published',
    ]);
    expect(messages.join(' ')).toContain('put it in quotes with its UTC offset');
  });

  it('accepts a number for a timeline date, as YAML gives for an unquoted year', () => {
    const story = parse({ ...minimalStory(), timeline: [event('e1', { date: 2022 })] });
    expect(story.timeline[0]?.date).toBe('2022');
  });

  it('refuses an unquoted impossible date end to end, which js-yaml would have turned into 2 March', () => {
    const yaml = [
      '---',
      'title: A title',
      'dek: A dek.',
      'published: 2025-02-30',
      'source: { name: Wire }',
      'keyPoints: [One.]',
      'sections: [{ id: first, heading: First }]',
      'actors: [{ id: waltz, name: Mike Waltz, kind: person, role: Adviser }]',
      'timeline: [{ id: e1, date: 2022, title: Start }]',
      '---',
      '',
    ].join('\n');
    const frontmatter = parseFrontmatter(yaml).frontmatter;
    expect((frontmatter['published'] as Date).toISOString()).toBe('2025-03-02T00:00:00.000Z');
    expect(issuesOf(frontmatter).map((i) => [i.path, i.message.slice(0, 29)])).toEqual([
      [['published'], 'is a date without quotes, whi'],
    ]);
  });

  it('refuses an unquoted YAML timestamp without an offset (js-yaml reads it as UTC)', () => {
    // `published: 2025-03-05T10:00:00` names no offset; js-yaml silently turns it into 10:00 UTC.
    const yaml = [
      '---',
      'title: A title',
      'dek: A dek.',
      'published: 2025-03-05T10:00:00',
      'source: { name: Wire }',
      'keyPoints: [One.]',
      'sections: [{ id: first, heading: First }]',
      'actors: [{ id: waltz, name: Mike Waltz, kind: person, role: Adviser }]',
      '---',
      '',
    ].join('\n');
    const frontmatter = parseFrontmatter(yaml).frontmatter;
    expect(frontmatter['published']).toBeInstanceOf(Date);
    expect(issuesOf(frontmatter).map((i) => i.path)).toEqual([['published']]);
  });
});

describe('storySchema: source.url', () => {
  const withUrl = (url: string) => ({ ...minimalStory(), source: { name: 'Wire', url } });

  it('accepts https and http URLs', () => {
    expect(issuesOf(withUrl('https://example.com/news/1'))).toEqual([]);
    expect(issuesOf(withUrl('http://example.com/'))).toEqual([]);
  });

  it('rejects javascript:, data: and relative URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/news/1', 'JAVASCRIPT:alert(1)']) {
      const messages = messagesAt(withUrl(url), ['source', 'url']);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain('must be an absolute http:// or https:// URL');
    }
  });
});

describe('storySchema: other fields', () => {
  it('rejects an unknown actor kind and status', () => {
    const input = minimalStory();
    input.actors[0] = { ...input.actors[0], kind: 'robot' };
    expect(issuesOf(input).map((i) => i.path)).toEqual([['actors', 0, 'kind']]);
    const status = issuesOf({ ...minimalStory(), timeline: [event('e1', { status: 'rumoured' })] });
    expect(status.map((i) => i.path)).toEqual([['timeline', 0, 'status']]);
  });

  it('rejects a lang that is not a language tag', () => {
    expect(messagesAt({ ...minimalStory(), lang: 'english' }, ['lang'])).toEqual([
      'must be a language tag such as "en-GB"',
    ]);
    expect(issuesOf({ ...minimalStory(), lang: 'uk-UA' })).toEqual([]);
  });

  it('accepts a mention as a phrase or as { phrase, in }', () => {
    const timeline = [
      event('e1', { mention: 'on Wednesday' }),
      event('e2', { mention: { phrase: 'on Tuesday', in: 'revealed on Tuesday' } }),
    ];
    expect(issuesOf({ ...minimalStory(), timeline })).toEqual([]);
    const bad = issuesOf({ ...minimalStory(), timeline: [event('e1', { mention: { phrase: 'x' } })] });
    expect(bad.map((i) => i.path.slice(0, 3))).toEqual([['timeline', 0, 'mention']]);
  });
});
