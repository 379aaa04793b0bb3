import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processStory } from '../../support/processStory';
import { all, one, parse, text } from '../../support/html';

const storyPath = path.resolve('content/explainers/us-pauses-intelligence-sharing-with-ukraine/index.mdx');
const tree = parse((await processStory(readFileSync(storyPath, 'utf8'), { path: storyPath })).html);

describe('the first story, annotated', () => {
  it('anchors all twelve quotations (8 full, 3 partial, 1 nested) and places 8 callouts', () => {
    expect(all(tree, '[id^="quote-"]')).toHaveLength(12);
    expect(all(tree, 'quote-callout')).toHaveLength(8);
    expect(all(tree, '.quote-nested')).toHaveLength(1);
    expect(text(one(tree, '.quote-nested'))).toContain("Let's pause");
  });

  it('credits each full quote to the right speaker', () => {
    const speakerOf = (start: string): unknown =>
      all(tree, 'a.quote').find((a) => text(a).replace(/^["“]/, '').startsWith(start))?.properties['href'];
    expect(speakerOf('We have, we have')).toBe('#actor-waltz');
    expect(speakerOf('I want to believe')).toBe('#actor-macron');
    expect(speakerOf('President Trump had a real question')).toBe('#actor-ratcliffe');
    expect(speakerOf('I think on the military front')).toBe('#actor-ratcliffe');
    expect(speakerOf('There is no way')).toBe('#actor-mulroy');
    expect(speakerOf('It’s time to end')).toBe('#actor-trump');
    expect(speakerOf('We will have less time')).toBe('#actor-bielieskov');
    expect(speakerOf('I think if we can nail down')).toBe('#actor-waltz');
  });

  it('dates each relative phrase to the day the reporting supports', () => {
    // Trump addressed Congress on Tuesday 4 March 2025; the report is from Wednesday 5 March.
    const datetimeOf = (phrase: string): string[] =>
      all(tree, 'a.date-mention')
        .filter((a) => text(a) === phrase)
        .map((a) => String(one(a, 'time').properties['dateTime']));
    expect(datetimeOf('on Wednesday')).toEqual(['2025-03-05']);
    expect(datetimeOf('on Tuesday')).toEqual(['2025-03-04', '2025-03-04']);
    expect(datetimeOf('in 2022')).toEqual(['2022']);
    expect(datetimeOf('earlier this week')).toEqual(['2025-W10']);
    expect(datetimeOf('next week')).toEqual(['2025-W11']);
  });

  it('links every one of the eight people at least once', () => {
    const linked = new Set(all(tree, 'a.actor-mention').map((a) => a.properties['href']));
    for (const person of ['trump', 'zelensky', 'putin', 'waltz', 'macron', 'ratcliffe', 'mulroy', 'bielieskov']) {
      expect(linked, person).toContain(`#actor-${person}`);
    }
  });

  it('keeps the article text unchanged by annotation', () => {
    const seed = readFileSync(path.resolve('tests/fixtures/seed-article.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0);
    const paragraphs = all(tree, 'section > p').map((p) => text(p));
    expect(paragraphs).toEqual(seed);
  });
});
