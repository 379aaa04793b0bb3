import { describe, expect, it } from 'vitest';
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
