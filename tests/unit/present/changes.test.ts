import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { changesAbout, changeTime, latestChange, shownChanges } from '../../../src/lib/present/changes';
import { placeCorrections } from '../../../src/plugins/rehypeCorrections';
import { lastModified } from '../../../src/lib/share/jsonLd';
import { crossCheckStory } from '../../../src/lib/story/crossCheck';
import { changesSince } from '../../../src/scripts/sinceLastRead';
import { storyFixture } from './fixture';
import type { Change } from '../../../src/lib/story/schema';

const correction: Change = {
  at: '2025-03-06T09:00:00+00:00',
  kind: 'correction',
  text: 'An earlier version of this explainer misquoted Mike Waltz.',
  concerns: ['step-back'],
};
const update: Change = {
  at: '2025-03-06T18:30:00+01:00',
  kind: 'update',
  text: 'Added Macron’s address.',
  concerns: ['why-now'],
};
const story = storyFixture({ changes: [correction, update] });

describe('changes as the page shows them', () => {
  it('writes the time in the offset it was given, named', () => {
    expect(changeTime('2025-03-06T09:00:00+00:00')).toEqual({
      datetime: '2025-03-06T09:00:00+00:00',
      when: expect.stringMatching(/^6 March 2025(?: at)?,? 09:00 GMT$/u),
    });
    expect(changeTime('2025-03-06T18:30:00+01:00').when).toMatch(/18:30 GMT\+1$/u);
  });

  it('numbers the anchors in the order listed and links what each concerns', () => {
    expect(shownChanges(story).map((c) => [c.anchor, c.concerns.map((x) => x.anchor)])).toEqual([
      ['change-1', ['quote-step-back']],
      ['change-2', ['why-now']],
    ]);
  });

  it('finds the latest by its moment, not its place in the list or its clock time', () => {
    // 18:30 at +01:00 is 17:30 UTC: later than 09:00 UTC.
    expect(latestChange(story)?.anchor).toBe('change-2');
    const earlierLast = storyFixture({ changes: [update, { ...correction, at: '2025-03-06T17:00:00+00:00' }] });
    expect(latestChange(earlierLast)?.anchor).toBe('change-1');
    expect(latestChange(storyFixture())).toBeUndefined();
    expect(lastModified(story)).toBe('2025-03-06T18:30:00+01:00');
    expect(lastModified(storyFixture())).toBe(storyFixture().published);
  });

  it('puts a correction after the paragraph of the quote it concerns, and no update', () => {
    const tree = fromHtml(
      '<header><h2 id="why-now">Why now</h2></header><p>Waltz said <q id="quote-step-back">We have taken a step back</q>.</p><p>Next.</p>',
      { fragment: true },
    );
    placeCorrections(tree, story);
    expect(toHtml(tree)).toMatch(
      /<\/q>\.<\/p><p class="correction"><a href="#change-1">Correction<\/a> <time datetime="2025-03-06T09:00:00\+00:00">[^<]+<\/time>: An earlier version of this explainer misquoted Mike Waltz\.<\/p><p>Next\.<\/p>$/u,
    );
    expect(changesAbout(story, 'why-now')).toEqual([]);
  });

  it('is refused when it concerns an id the story lacks, or predates the story', () => {
    const problems = crossCheckStory(
      storyFixture({ changes: [{ ...correction, concerns: ['step-bak'], at: '2025-03-01T09:00:00+00:00' }] }),
    );
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['changes.0.concerns.0', expect.stringContaining('Did you mean "step-back"?')],
      ['changes.0.at', expect.stringContaining('is before the story was published')],
    ]);
  });
});

describe('former ids', () => {
  it('are refused when they name another entry or are given twice', () => {
    const sections = [
      { id: 'what-happened', heading: 'What happened', formerIds: ['why-now'] },
      { id: 'why-now', heading: 'Why now', formerIds: ['old-section'] },
      { id: 'later', heading: 'Later', formerIds: ['old-section', 'timeline'] },
    ];
    const problems = crossCheckStory(storyFixture({ sections }));
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'sections.0.formerIds.0',
      'sections.2.formerIds.0',
      'sections.2.formerIds.1',
    ]);
  });
});

describe('what changed since the last visit', () => {
  it('is every change made after it', () => {
    const item = (at: string) => ({ dataset: { at } }) as unknown as HTMLElement;
    const items = [item('2025-03-06T09:00:00+00:00'), item('2025-03-06T18:30:00+01:00')];
    expect(changesSince(items, Date.parse('2025-03-06T12:00:00Z'))).toEqual([items[1]]);
    expect(changesSince(items, Date.parse('2025-03-07T00:00:00Z'))).toEqual([]);
  });
});
