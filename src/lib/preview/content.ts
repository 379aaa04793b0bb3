import { calloutText } from '../present/quotes.ts';
import { SITE_NAME } from '../present/site.ts';
import type { ShareTarget } from '../share/shareTargets.ts';
import type { Story } from '../story/schema.ts';

/** Everything a preview card shows, and nothing else: the cache key is made from it. */
export type PreviewCardContent =
  | {
      readonly kind: 'story';
      readonly siteName: string;
      readonly title: string;
      readonly dek: string;
    }
  | {
      readonly kind: 'section';
      readonly siteName: string;
      readonly heading: string;
      readonly description: string;
      readonly storyTitle: string;
    }
  | {
      readonly kind: 'quote';
      readonly siteName: string;
      readonly text: string;
      readonly speakerName: string;
      readonly speakerRole: string;
      readonly storyTitle: string;
    };

/** The card of a whole story: its title and standfirst. */
export function storyPreview(story: Pick<Story, 'title' | 'dek'>): PreviewCardContent {
  return { kind: 'story', siteName: SITE_NAME, title: story.title, dek: story.dek };
}

/** The card of one share target of a story: a section, or a quote callout. */
export function sharePreview(story: Pick<Story, 'title'>, target: ShareTarget): PreviewCardContent {
  return target.kind === 'section'
    ? {
        kind: 'section',
        siteName: SITE_NAME,
        heading: target.heading,
        description: target.description,
        storyTitle: story.title,
      }
    : {
        kind: 'quote',
        siteName: SITE_NAME,
        // As the callout on the page shows it: the comma that hands over to "he said" is dropped.
        text: calloutText(target.text),
        speakerName: target.speakerName,
        speakerRole: target.speakerRole,
        storyTitle: story.title,
      };
}
