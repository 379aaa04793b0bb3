import { describe, expect, it } from 'vitest';
import type { PreviewCardContent } from '../../../src/lib/preview/content';
import { collapseWhitespace, ELLIPSIS } from '../../../src/lib/preview/fitText';
import { inkExtent } from '../../../src/lib/preview/measureText';
import { CARD_WIDTH, previewCard } from '../../../src/lib/preview/previewCard';
import { renderedSize, renderPng, renderSvg } from '../../../src/lib/preview/renderPng';
import { firstStoryCards, textsOf } from './firstStory';

/** Width and height from a PNG's IHDR chunk: signature (8 bytes), length (4), "IHDR" (4), width, height. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(13);
const longActor = { name: long, role: long, initials: 'LI', unnamed: false };
const stress: PreviewCardContent[] = [
  { kind: 'story', siteName: 'Explainers', title: long, dek: long },
  { kind: 'story', siteName: 'Explainers', title: long, dek: long, format: '1x1' },
  { kind: 'section', siteName: 'Explainers', heading: long, description: long, storyTitle: long },
  { kind: 'quote', siteName: 'Explainers', text: long, speakerName: long, speakerRole: long, storyTitle: long },
  {
    kind: 'quote',
    siteName: 'Explainers',
    text: 'W'.repeat(1000),
    speakerName: 'Ł'.repeat(200),
    speakerRole: 'https://example.org/' + 'y'.repeat(300),
    storyTitle: 'Łódź',
  },
  {
    kind: 'timeline',
    siteName: 'Explainers',
    events: Array.from({ length: 20 }, (_, i) => ({ date: long, title: long, expected: i % 2 === 0 })),
    storyTitle: long,
  },
  { kind: 'event', siteName: 'Explainers', date: long, title: long, detail: long, expected: false, storyTitle: long },
  { kind: 'whos-who', siteName: 'Explainers', actors: Array.from({ length: 15 }, () => longActor), storyTitle: long },
  { kind: 'actor', siteName: 'Explainers', ...longActor, kindLabel: 'Person', quote: long, storyTitle: long },
];

// The card's text column ends 80 px from the right edge and the footer text sits above the bottom
// padding; glyphs may overhang their box by a hair, never into the margin.
const RIGHT_LIMIT = CARD_WIDTH - 80 + 2;
const bottomLimit = (content: PreviewCardContent): number => renderedSize(content).height - 40;

/** What a card must show whole, whatever else it shortens. */
function wholeTexts(content: PreviewCardContent): string[] {
  switch (content.kind) {
    case 'story':
      return [content.title, content.dek];
    case 'section':
      return [content.heading, content.storyTitle];
    case 'quote':
      return [content.text, content.speakerName, content.speakerRole, content.storyTitle];
    case 'timeline':
      // At least the first event, date and title.
      return [content.storyTitle, content.events[0]!.date, content.events[0]!.title];
    case 'event':
      return [content.expected ? `Expected · ${content.date}` : content.date, content.title, content.storyTitle];
    case 'whos-who':
      return [content.storyTitle, content.actors[0]!.name, content.actors[0]!.role];
    case 'actor':
      return [content.name, content.role, content.storyTitle, ...(content.quote === undefined ? [] : [content.quote])];
  }
}

describe('renderPng', () => {
  const cards = firstStoryCards();

  it('draws a 1200×630 PNG', async () => {
    const png = await renderPng(cards[0]!.content);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('draws the story’s article images 1200 pixels wide, in 16:9, 4:3 and 1:1', async () => {
    const sizes = await Promise.all(
      cards.filter(({ id }) => id.startsWith('story ')).map(async ({ content }) => pngSize(await renderPng(content))),
    );
    expect(sizes).toEqual([
      { width: 1200, height: 675 },
      { width: 1200, height: 900 },
      { width: 1200, height: 1200 },
    ]);
  });

  it('draws the timeline’s, an event’s, who’s who’s and an actor’s cards 1200×630', async () => {
    for (const id of ['timeline', 'event-full-scale-invasion', 'whos-who', 'actor-waltz']) {
      const content = cards.find((card) => card.id === id)!.content;
      expect(pngSize(await renderPng(content)), id).toEqual({ width: 1200, height: 630 });
    }
  });

  it('gives the same bytes for the same content', async () => {
    const quote = cards.find(({ id }) => id === 'quote-ratcliffe-real-question')!.content;
    expect(Buffer.from(await renderPng(quote)).equals(Buffer.from(await renderPng(quote)))).toBe(true);
  });

  it.each([
    ...cards.map(({ id, content }) => [id, content] as const),
    ...stress.map((c, i) => [`stress ${i}`, c] as const),
  ])('keeps every glyph of %s inside the card margins', async (_id, content) => {
    const ink = inkExtent(await renderSvg(content));
    expect(ink.right).toBeGreaterThan(600);
    expect(ink.right).toBeLessThanOrEqual(RIGHT_LIMIT);
    expect(ink.bottom).toBeLessThanOrEqual(bottomLimit(content));
  });
});

describe('previewCard', () => {
  it('shows the first story’s titles, headings, quotes and speakers whole', async () => {
    for (const { content } of firstStoryCards()) {
      // A card sets every run of white space as one space (a date range's thin spaces too).
      const texts = textsOf(await previewCard(content)).map(collapseWhitespace);
      for (const text of wholeTexts(content)) expect(texts).toContain(collapseWhitespace(text));
    }
  });

  it('shortens what does not fit at a word, with an ellipsis, and says which kind of card it is', async () => {
    const [story, square, section, quote, , timeline, event, whosWho, actor] = await Promise.all(
      stress.map((c) => previewCard(c)),
    );
    expect(textsOf(story)).toContain('Explainer');
    expect(textsOf(section)).toContain('Explainer · section');
    expect(textsOf(quote)).toContain('\u201C');
    expect(textsOf(timeline)).toContain('Explainer · timeline');
    expect(textsOf(event)).toContain('Explainer · timeline');
    expect(textsOf(whosWho)).toContain('Explainer · who’s who');
    expect(textsOf(actor)).toContain('Who’s who · Person');
    for (const card of [story!, square!, section!, quote!, event!, whosWho!, actor!]) {
      const shortened = textsOf(card).filter((t) => t.endsWith(ELLIPSIS));
      expect(shortened.length).toBeGreaterThan(0);
      for (const text of shortened) {
        const head = text.slice(0, -ELLIPSIS.length);
        expect(long.startsWith(head)).toBe(true);
        expect(long.charAt(head.length)).toMatch(/[\s,.]/u);
      }
    }
  });
});
