import { describe, expect, it } from 'vitest';
import { processStory } from '../../support/processStory';
import { baseStory, storySource } from '../../support/storySource';
import { all, one, parse, text } from '../../support/html';

const prose = [
  '## First',
  '',
  'The move, confirmed by Waltz on Wednesday, follows the halt of aid earlier this week.',
  '',
  'Trump revealed on Tuesday that a letter came. Addressing Congress on Tuesday, he spoke.',
].join('\n');

const timeline = [
  { id: 'confirmed', date: '2025-03-05', title: 'Waltz confirms', mention: 'on Wednesday' },
  { id: 'aid-halted', date: '2025-03-03/2025-03-04', title: 'Aid halted', mention: 'earlier this week' },
  {
    id: 'letter',
    date: '2025-03-04',
    title: 'Letter revealed',
    mention: { phrase: 'on Tuesday', in: 'revealed on Tuesday' },
  },
  {
    id: 'congress',
    date: '2025-03-04',
    title: 'Congress',
    mention: { phrase: 'on Tuesday', in: 'Addressing Congress on Tuesday' },
  },
  { id: 'paris', date: '2025-W11', title: 'Paris meeting', status: 'expected' as const },
];

const run = (t: unknown[] = timeline, body = prose) =>
  processStory(storySource(baseStory({ timeline: t as never }), body));

describe('rehypeDateMentions', () => {
  it('wraps each mention in <time datetime> linked to its event, at the precision of the event', async () => {
    const tree = parse((await run()).html);
    const wednesday = one(tree, 'a#mention-confirmed');
    expect(wednesday.properties['href']).toBe('#event-confirmed');
    expect(one(wednesday, 'time').properties['dateTime']).toBe('2025-03-05');
    expect(text(wednesday)).toBe('on Wednesday');
    // 3 and 4 March 2025 are in ISO week 10; HTML has no interval, so the week is the honest value.
    expect(one(tree, '#mention-aid-halted time').properties['dateTime']).toBe('2025-W10');
  });

  it('tells two identical phrases apart by the passage around them', async () => {
    const tree = parse((await run()).html);
    const [first, second] = all(all(tree, 'p')[1]!, 'a.date-mention');
    expect(first?.properties['id']).toBe('mention-letter');
    expect(second?.properties['id']).toBe('mention-congress');
  });

  it('stops the build when a mention is not in the prose', async () => {
    const broken = [...timeline.slice(0, 4), { id: 'x', date: '2025', title: 'X', mention: 'last month' }];
    await expect(run(broken)).rejects.toThrow(/timeline\[4\]\.mention .*event "x": "last month" is not in the prose/);
  });

  it('stops the build when a plain mention is ambiguous and says how to fix it', async () => {
    const broken = [{ id: 'x', date: '2025-03-04', title: 'X', mention: 'on Tuesday' }];
    await expect(run(broken)).rejects.toThrow(/"on Tuesday" stands 2 times in the prose; write mention as \{ phrase/);
  });

  it('does not change the text a reader sees', async () => {
    const tree = parse((await run()).html);
    expect(all(tree, 'p').map(text).join('\n')).toBe(prose.split('\n').slice(2).filter(Boolean).join('\n'));
  });
});
