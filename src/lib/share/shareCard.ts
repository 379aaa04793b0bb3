import type { Story } from '../story/schema.ts';
import type { ShareTarget } from './shareTargets.ts';

/** What a link preview of one share page says: its title, description and image text. */
export interface ShareCard {
  readonly title: string;
  readonly description: string;
  /** Alternative text of the preview image. */
  readonly imageAlt: string;
  /** The page's visible heading for people who land on it. */
  readonly heading: string;
}

/** The words of a preview for a section or a quote callout of `story`. */
export function shareCard(story: Story, target: ShareTarget): ShareCard {
  if (target.kind === 'section') {
    return {
      title: `${target.heading} – ${story.title}`,
      description: target.description,
      imageAlt: `${target.heading}: a section of the explainer “${story.title}”`,
      heading: target.heading,
    };
  }
  const who = [target.speakerName, target.speakerRole].filter(Boolean).join(', ');
  return {
    title: `${target.speakerName}: “${target.text}”`,
    description: `${who}. ${target.setting}. From the explainer “${story.title}”.`,
    imageAlt: `Quote by ${who}: “${target.text}”`,
    heading: `“${target.text}”`,
  };
}
