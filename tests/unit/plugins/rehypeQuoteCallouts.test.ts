import { describe, expect, it } from 'vitest';
import { processStory } from '../../support/processStory';
import { baseStory, storySource } from '../../support/storySource';
import { all, parse } from '../../support/html';

const prose = '## First\n\n"One thing," Waltz said. "Two things," he added.\n\nNext paragraph.';
const quotes = [
  { id: 'one', speaker: 'waltz', text: 'One thing', said: { setting: 'x' }, callout: true },
  { id: 'two', speaker: 'waltz', text: 'Two things', said: { setting: 'x' }, callout: true },
];

describe('rehypeQuoteCallouts', () => {
  it('places a callout for each callout quote right after its paragraph, in quote order', async () => {
    const { html } = await processStory(storySource(baseStory({ quotes }), prose), {
      path: '/x/content/explainers/my-story/index.mdx',
    });
    const section = all(parse(html), 'section')[0]!;
    const elements = section.children.filter((c) => c.type === 'element').map((e) => e.tagName);
    expect(elements).toEqual(['header', 'p', 'quote-callout', 'quote-callout', 'p']);
    const callouts = all(section, 'quote-callout');
    expect(callouts.map((c) => c.properties['dataQuote'])).toEqual(['one', 'two']);
    expect(callouts[0]!.properties['dataStory']).toBe('my-story');
  });

  it('places no callout for quotes without callout: true', async () => {
    const plain = quotes.map((q) => ({ ...q, callout: false }));
    const { html } = await processStory(storySource(baseStory({ quotes: plain }), prose));
    expect(all(parse(html), 'quote-callout')).toHaveLength(0);
  });
});
