import { describe, expect, it } from 'vitest';
import { claims, withSentenceCase } from '../../../src/plugins/rehypeActorMentions';
import { processStory } from '../../support/processStory';
import { baseStory, storySource } from '../../support/storySource';
import { all, parse, text } from '../../support/html';

const prose = [
  'Intro: Trump spoke.',
  '',
  '## First',
  '',
  'President Trump met Waltz. Later Trump and Waltz left.',
  '',
  '"Trump is right," Waltz said.',
  '',
  '## Second',
  '',
  'Waltz returned; Trump stayed.',
].join('\n');

const story = baseStory({
  sections: [
    { id: 'first', heading: 'First' },
    { id: 'second', heading: 'Second' },
  ],
  quotes: [{ id: 'right', speaker: 'waltz', text: 'Trump is right', said: { setting: 'x' } }],
});

describe('rehypeActorMentions', () => {
  it('links only the first mention of each actor in each section, preferring the longest form', async () => {
    const tree = parse((await processStory(storySource(story, prose))).html);
    const links = all(tree, 'a.actor-mention').map((a) => [text(a), a.properties['href']]);
    expect(links).toEqual([
      ['Trump', '#actor-trump'], // intro, before the first section
      ['President Trump', '#actor-trump'],
      ['Waltz', '#actor-waltz'],
      ['Waltz', '#actor-waltz'], // second section starts afresh
      ['Trump', '#actor-trump'],
    ]);
  });

  it('leaves mentions inside quotations alone', async () => {
    const tree = parse((await processStory(storySource(story, prose))).html);
    expect(all(tree, '.quote a.actor-mention')).toHaveLength(0);
  });
});

describe('rehypeActorMentions: the longest form claims its words', () => {
  // The case from issue 10: Trump's alias "the US president" holds the United States' alias "US".
  const usStory = baseStory({
    sections: [{ id: 'first', heading: 'First' }],
    actors: [
      { id: 'trump', name: 'Donald Trump', aliases: ['the US president', 'Trump'], kind: 'person', role: 'President' },
      { id: 'us', name: 'United States', aliases: ['US'], kind: 'country', role: 'Country' },
    ],
  });

  const htmlOf = async (...paragraphs: string[]): Promise<string> =>
    (await processStory(storySource(usStory, ['## First', '', ...paragraphs].join('\n\n')))).html;

  /** The linked mentions, as [text, href] pairs in reading order. */
  const linksOf = async (...paragraphs: string[]): Promise<[string, unknown][]> =>
    all(parse(await htmlOf(...paragraphs)), 'a.actor-mention').map((a) => [text(a), a.properties['href']]);

  it('never links "US" inside "the US president" once Trump is already linked in the section', async () => {
    expect(await linksOf('Trump spoke first. Later the US president said more.')).toEqual([['Trump', '#actor-trump']]);
  });

  it('nor in a later paragraph of the same section', async () => {
    expect(await linksOf('Trump spoke first.', 'Then the US president said more.')).toEqual([
      ['Trump', '#actor-trump'],
    ]);
  });

  it('links the longer alias itself when it is the first mention of its actor', async () => {
    expect(await linksOf('Then the US president said more.')).toEqual([['the US president', '#actor-trump']]);
  });

  it('claims the alias at the start of a sentence too ("The US president")', async () => {
    expect(await linksOf('Trump spoke. The US president said more.')).toEqual([['Trump', '#actor-trump']]);
    expect(await linksOf('The US president said more.')).toEqual([['The US president', '#actor-trump']]);
  });

  it('still links "US" where it stands on its own, outside the longer alias', async () => {
    const html = await htmlOf('Trump spoke. The US president said the US would act.');
    expect(all(parse(html), 'a.actor-mention').map((a) => text(a))).toEqual(['Trump', 'US']);
    expect(html).toContain('The US president said the <a class="actor-mention" href="#actor-us">US</a> would act.');
  });
});

describe('claims', () => {
  const forms = [
    { id: 'trump', form: 'the US president' },
    { id: 'trump', form: 'Trump' },
    { id: 'us', form: 'US' },
    { id: 'tower', form: 'Trump Tower' },
  ];
  const found = (text: string, isOpen?: (start: number, end: number) => boolean): string[] =>
    claims(text, forms, isOpen).map((c) => `${c.id}:${text.slice(c.start, c.end)}${c.open ? '' : ' (closed)'}`);

  it('gives each word to the longest form that holds it, in reading order', () => {
    expect(found('the US president and the US')).toEqual(['trump:the US president', 'us:US']);
  });

  it('lets a longer form win over a shorter one that overlaps it only in part', () => {
    // "Trump Tower" (11 characters) overlaps "Trump" and wins; nothing else is claimed inside it.
    expect(found('at Trump Tower today')).toEqual(['tower:Trump Tower']);
  });

  it('keeps a claim that is closed (in a quotation), so a shorter form cannot link inside it', () => {
    // Characters 4-9 ("US pr") are closed, as if inside a quotation.
    const closedAt = (start: number, end: number): boolean => end <= 4 || start >= 9;
    expect(found('the US president', closedAt)).toEqual(['trump:the US president (closed)']);
  });
});

describe('withSentenceCase', () => {
  it('adds the capitalised form of a form starting in lower case, and nothing else', () => {
    expect(withSentenceCase('the council')).toEqual(['the council', 'The council']);
    expect(withSentenceCase('Trump')).toEqual(['Trump']);
    expect(withSentenceCase('US')).toEqual(['US']);
    expect(withSentenceCase('Ülke')).toEqual(['Ülke']);
    expect(withSentenceCase('émigrés')).toEqual(['émigrés', 'Émigrés']);
    expect(withSentenceCase('王晓明')).toEqual(['王晓明']);
  });
});
