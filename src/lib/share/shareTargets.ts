import type { Story } from '../story/schema.ts';
import { calloutText } from '../present/quotes.ts';
import { normalise } from '../text/normalise.ts';
import { firstSentence, sectionOpenings } from './sectionOpenings.ts';

/**
 * A part of a story that has its own share URL and preview card: a section or a quote callout.
 * `id` is the anchor id on the explainer page, so `/share/<id>/` lands on `#<id>`.
 */
export type ShareTarget =
  | {
      readonly kind: 'section';
      readonly id: string;
      readonly heading: string;
      /** One sentence for the card: the section's `summary`, or its first sentence. */
      readonly description: string;
    }
  | {
      readonly kind: 'quote';
      readonly id: string;
      readonly quoteId: string;
      readonly text: string;
      readonly speakerName: string;
      readonly speakerRole: string;
      readonly setting: string;
    };

/** Every section, then every callout quote, in reading order of the frontmatter. */
export function shareTargets(story: Story, body: string): ShareTarget[] {
  const openings = sectionOpenings(body);
  const actors = new Map(story.actors.map((a) => [a.id, a]));
  const sections: ShareTarget[] = story.sections.map((section) => ({
    kind: 'section',
    id: section.id,
    heading: section.heading,
    description: section.summary ?? firstSentence(openings.get(normalise(section.heading)) ?? story.dek, story.lang),
  }));
  const quotes: ShareTarget[] = story.quotes
    .filter((quote) => quote.callout)
    .map((quote) => {
      const speaker = actors.get(quote.speaker);
      return {
        kind: 'quote',
        id: `quote-${quote.id}`,
        quoteId: quote.id,
        text: calloutText(quote.text),
        speakerName: speaker?.name ?? quote.speaker,
        speakerRole: speaker?.role ?? '',
        setting: quote.said.setting,
      };
    });
  return [...sections, ...quotes];
}

/** Site-relative URL of a story's explainer page. */
export const explainerPath = (slug: string): string => `/explainers/${slug}/`;
/** Site-relative URL of the share page for one target. */
export const sharePath = (slug: string, id: string): string => `/explainers/${slug}/share/${id}/`;
/** Site-relative URL of a preview image: the story's own, or one target's. */
export const previewImagePath = (slug: string, id?: string): string =>
  id === undefined ? `/explainers/${slug}/preview.png` : `${sharePath(slug, id)}preview.png`;
