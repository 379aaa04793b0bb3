import type { Element, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../../../src/lib/story/schema';
import { storyFixture } from '../present/fixture';
import { all, one, render, text } from './render';

// Editor text that reorders what stands next to it when it is not isolated: a right-to-left name
// (its comma and the role after it would join its run) and one with an override that never closes.
const NAME = 'ليلى حداد';
const ROLE = 'مهندسة المياه (water engineer)';
const AFFILIATION = 'سلطة المياه';
const OVERRIDE = 'Eve \u202Eevil';
const OVERRIDE_ROLE = 'Chief \u202Eofficer';
const SETTING = 'في حفل التوقيع';
const QUOTE = 'الماء حق، وليس امتيازاً';
const TERM = 'Рівне-на-Річці \u202Eterm';
const SOURCE = 'نشرة المدن \u202Ewire';
const BYLINE = 'هيئة التحرير';

function bidiStory(): Story {
  const base = storyFixture();
  return storyFixture({
    source: { name: SOURCE, url: 'https://example.org/report' },
    byline: BYLINE,
    actors: [
      ...base.actors,
      { id: 'haddad', name: NAME, aliases: [], kind: 'person', role: ROLE, affiliation: AFFILIATION },
      { id: 'eve', name: OVERRIDE, aliases: [], kind: 'person', role: OVERRIDE_ROLE },
    ],
    quotes: [
      ...base.quotes,
      { id: 'water', speaker: 'haddad', text: QUOTE, said: { date: '2025-09-12', setting: SETTING }, callout: true },
      {
        id: 'relayed',
        speaker: 'eve',
        quotedBy: 'haddad',
        text: 'Data first',
        said: { setting: SETTING },
        callout: true,
      },
    ],
    timeline: [
      ...base.timeline,
      { id: 'signing', date: '2025-09-12', title: 'The pact is signed', actors: ['eve', 'haddad'], status: 'happened' },
    ],
    notes: [{ id: 'riverbend', term: TERM, text: 'An invented city.' }],
  });
}

// QuoteCallout loads its story by slug; the collection is replaced by the story above.
vi.mock('../../../src/data/explainers', () => ({
  getExplainer: async (id: string) =>
    id === 'bidi' ? { id, data: bidiStory(), body: `"${QUOTE}" she said.` } : undefined,
}));
vi.mock('../../../src/data/people', () => ({ getPeople: async () => new Map() }));

const { default: QuoteCallout } = await import('../../../src/components/QuoteCallout.astro');
const { default: WhosWho } = await import('../../../src/components/WhosWho.astro');
const { default: Timeline } = await import('../../../src/components/Timeline.astro');
const { default: NotesList } = await import('../../../src/components/NotesList.astro');
const { default: StoryHeader } = await import('../../../src/components/StoryHeader.astro');
const { default: Sources } = await import('../../../src/components/Sources.astro');
const { default: Isolate } = await import('../../../src/components/Isolate.astro');

/**
 * Every place the value is written, as the element that isolates it: the nearest <bdi> (or element
 * with dir) around the text. Undefined where the text stands in the flow of the site's own words.
 */
function isolations(tree: Root, value: string): (Element | undefined)[] {
  const found: (Element | undefined)[] = [];
  visitParents(tree, 'text', (node: Text, ancestors) => {
    if (!node.value.includes(value)) return;
    const isolate = ancestors
      .toReversed()
      .find((a): a is Element => a.type === 'element' && (a.tagName === 'bdi' || a.properties['dir'] !== undefined));
    found.push(isolate);
  });
  return found;
}

/**
 * The value is written `times` times, each time alone in an isolate of its own: a name in a plain
 * <bdi> (its own direction), a phrase such as a role in one that keeps the page's direction.
 */
function expectIsolated(tree: Root, value: string, times: number, dir: 'auto' | 'ltr' = 'auto'): void {
  const places = isolations(tree, value);
  expect(places, `${JSON.stringify(value)} is written ${places.length} times`).toHaveLength(times);
  for (const isolate of places) {
    expect(isolate, `${JSON.stringify(value)} is not isolated`).toBeDefined();
    expect(text(isolate!).trim()).toBe(value);
    expect(isolate!.properties['dir'] ?? 'auto').toBe(dir);
  }
}

describe('editor text that may carry right-to-left script or bidi controls is isolated', () => {
  it('in a quote callout: speaker, role, setting and who relayed it', async () => {
    const water = await render(QuoteCallout, { story: 'bidi', quote: 'water' });
    expectIsolated(water, NAME, 1);
    expectIsolated(water, ROLE, 1, 'ltr');
    expectIsolated(water, SETTING, 1, 'ltr');
    // The source's name is spoken after "In the original", the link to the quote in the reporting.
    expectIsolated(water, SOURCE, 1);
    // The speaker's link holds the isolated name and nothing else.
    expect(text(one(water, 'a.callout-speaker bdi'))).toBe(NAME);

    const relayed = await render(QuoteCallout, { story: 'bidi', quote: 'relayed' });
    expectIsolated(relayed, OVERRIDE, 1);
    expectIsolated(relayed, OVERRIDE_ROLE, 1, 'ltr');
    expectIsolated(relayed, NAME, 1); // "As quoted by"
  });

  it("in who's who: names, roles, affiliations and the first words of quotes", async () => {
    const tree = await render(WhosWho, { story: bidiStory(), registered: new Set<string>() });
    expectIsolated(tree, NAME, 1);
    expectIsolated(tree, ROLE, 1, 'ltr');
    expectIsolated(tree, AFFILIATION, 1);
    expectIsolated(tree, OVERRIDE, 1);
    expectIsolated(tree, OVERRIDE_ROLE, 1, 'ltr');
    expectIsolated(tree, QUOTE, 1);
  });

  it('in the timeline: the actors an event involves', async () => {
    const story = bidiStory();
    const tree = await render(Timeline, { events: story.timeline, actors: story.actors });
    expectIsolated(tree, OVERRIDE, 1);
    expectIsolated(tree, NAME, 1);
  });

  it("in the notes: each note's term", async () => {
    expectIsolated(await render(NotesList, { notes: bidiStory().notes }), TERM, 1);
  });

  it('in the header and the sources: the byline and the name of the reporting', async () => {
    const header = await render(StoryHeader, { story: bidiStory(), readingTime: '1 min read' });
    expectIsolated(header, BYLINE, 1);
    expectIsolated(header, SOURCE, 1);
    expectIsolated(await render(Sources, { story: bidiStory() }), SOURCE, 1);
    const unlinked = storyFixture({ source: { name: SOURCE } });
    expectIsolated(await render(Sources, { story: unlinked }), SOURCE, 1);
    expectIsolated(await render(StoryHeader, { story: unlinked, readingTime: '1 min read' }), SOURCE, 1);
  });
});

describe('Isolate', () => {
  it.each([
    ['Arabic', NAME],
    ['Hebrew', 'דנה כהן'],
    ['Syriac', 'ܐܪܡܝܐ'],
    ['Arabic presentation forms', '\uFEFB'],
    ['Adlam', '\u{1E900}'],
    ['a right-to-left mark', 'Ann\u200F'],
    ['an isolate', 'Ann \u2067x\u2069'],
    ['an override', OVERRIDE],
    ['a pop', 'Ann\u202C'],
  ])('writes text with %s in a <bdi> of its own', async (_what, value) => {
    const tree = await render(Isolate, { text: value });
    expect(all(tree, 'bdi')).toHaveLength(1);
    expect(text(one(tree, 'bdi'))).toBe(value);
    expect(one(tree, 'bdi').properties['dir']).toBeUndefined();
    const phrase = await render(Isolate, { text: value, dir: 'ltr' });
    expect(one(phrase, 'bdi').properties['dir']).toBe('ltr');
  });

  it('writes left-to-right text as it is: isolating it would change nothing on screen', async () => {
    for (const value of ['Mike Waltz', 'Володимир Коваленко', '王晓明', 'CIA 2025 (acting)']) {
      const tree = await render(Isolate, { text: value });
      expect(all(tree, 'bdi')).toHaveLength(0);
      expect(text(tree).trim()).toBe(value);
    }
  });
});
