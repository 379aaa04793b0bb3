import { describe, expect, it } from 'vitest';
import type { PreviewCardContent } from '../../../src/lib/preview/content';
import { collapseWhitespace } from '../../../src/lib/preview/fitText';
import { previewCard } from '../../../src/lib/preview/previewCard';
import { firstStoryCards, textsOf } from './firstStory';

const cards = firstStoryCards();
const contentOf = <K extends PreviewCardContent['kind']>(
  id: string,
  kind: K,
): Extract<PreviewCardContent, { kind: K }> => {
  const content = cards.find((card) => card.id === id)?.content;
  if (content?.kind !== kind) throw new Error(`${id} is not a ${kind} card`);
  return content as Extract<PreviewCardContent, { kind: K }>;
};
const texts = async (content: PreviewCardContent): Promise<string[]> =>
  textsOf(await previewCard(content)).map(collapseWhitespace);

describe('the timeline card', () => {
  it('shows the first events in order, date and title, and how many more there are', async () => {
    const timeline = contentOf('timeline', 'timeline');
    const shown = await texts(timeline);
    const listed = timeline.events.filter((e) => shown.includes(e.title));
    expect(listed.length).toBeGreaterThanOrEqual(3);
    // The first ones, in the page's order, each with its date just before its title.
    expect(listed).toEqual(timeline.events.slice(0, listed.length));
    for (const event of listed) {
      expect(shown[shown.indexOf(event.title) - 1]).toBe(collapseWhitespace(event.date));
    }
    expect(shown).toContain(`and ${timeline.events.length - listed.length} more events`);
  });

  it('lists a short timeline whole, with no line about more', async () => {
    const timeline = contentOf('timeline', 'timeline');
    const short = { ...timeline, events: timeline.events.slice(0, 2) };
    const shown = await texts(short);
    for (const event of short.events) expect(shown).toContain(event.title);
    expect(shown.some((t) => t.startsWith('and '))).toBe(false);
  });
});

describe('an event’s card', () => {
  it('shows its date and title, and says when it is only expected', async () => {
    const shown = await texts(contentOf('event-waltz-confirms-suspension', 'event'));
    expect(shown).toContain('5 March 2025');
    expect(shown).toContain('Waltz confirms the suspension of intelligence sharing with Ukraine');
    expect(await texts(contentOf('event-paris-military-chiefs-meeting', 'event'))).toContain(
      'Expected · week of 10 March 2025',
    );
  });
});

describe('the who’s who card', () => {
  it('shows the first people with their roles, and how many more there are', async () => {
    const whosWho = contentOf('whos-who', 'whos-who');
    const shown = await texts(whosWho);
    const listed = whosWho.actors.filter((a) => shown.includes(a.name));
    expect(listed.map((a) => a.name).slice(0, 2)).toEqual(['Donald Trump', 'Volodymyr Zelensky']);
    for (const actor of listed) expect(shown).toContain(actor.role);
    expect(shown).toContain(`and ${whosWho.actors.length - listed.length} more`);
  });
});

describe('an actor’s card', () => {
  it('shows their name, role and one quote', async () => {
    const shown = await texts(contentOf('actor-macron', 'actor'));
    expect(shown).toContain('Emmanuel Macron');
    expect(shown).toContain('President of France');
    expect(shown).toContain(
      'I want to believe the US will stay at our side, but we must be ready if that is not the case',
    );
    expect(shown).toContain('Who’s who · Person');
  });

  it('shows a country without a quote by its name and role', async () => {
    const shown = await texts(contentOf('actor-france', 'actor'));
    expect(shown).toContain('France');
    expect(shown).toContain('European ally of Ukraine; prepared a peace proposal with Ukraine and other partners');
    expect(shown).not.toContain('\u201C');
  });
});
