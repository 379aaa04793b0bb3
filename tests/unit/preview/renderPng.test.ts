import { describe, expect, it } from 'vitest';
import type { PreviewCardContent } from '../../../src/lib/preview/content';
import { ELLIPSIS } from '../../../src/lib/preview/fitText';
import { inkExtent } from '../../../src/lib/preview/measureText';
import { CARD_HEIGHT, CARD_WIDTH, previewCard } from '../../../src/lib/preview/previewCard';
import { renderPng, renderSvg } from '../../../src/lib/preview/renderPng';
import { firstStoryCards, textsOf } from './firstStory';

/** Width and height from a PNG's IHDR chunk: signature (8 bytes), length (4), "IHDR" (4), width, height. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(13);
const stress: PreviewCardContent[] = [
  { kind: 'story', siteName: 'Explainers', title: long, dek: long },
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
];

// The card's text column ends 80 px from the right edge and the footer text sits above the bottom
// padding; glyphs may overhang their box by a hair, never into the margin.
const RIGHT_LIMIT = CARD_WIDTH - 80 + 2;
const BOTTOM_LIMIT = CARD_HEIGHT - 40;

describe('renderPng', () => {
  const cards = firstStoryCards();

  it('draws a 1200×630 PNG', async () => {
    const png = await renderPng(cards[0]!.content);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
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
    expect(ink.bottom).toBeLessThanOrEqual(BOTTOM_LIMIT);
  });
});

describe('previewCard', () => {
  it('shows the first story’s titles, headings, quotes and speakers whole', async () => {
    for (const { content } of firstStoryCards()) {
      const texts = textsOf(await previewCard(content));
      const whole =
        content.kind === 'story'
          ? [content.title, content.dek]
          : content.kind === 'section'
            ? [content.heading, content.storyTitle]
            : [content.text, content.speakerName, content.speakerRole, content.storyTitle];
      for (const text of whole) expect(texts).toContain(text);
    }
  });

  it('shortens what does not fit at a word, with an ellipsis, and says which kind of card it is', async () => {
    const [story, section, quote] = await Promise.all(stress.slice(0, 3).map((c) => previewCard(c)));
    expect(textsOf(story)).toContain('Explainer');
    expect(textsOf(section)).toContain('Explainer · section');
    expect(textsOf(quote)).toContain('\u201C');
    for (const card of [story, section, quote]) {
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
