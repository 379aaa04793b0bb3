import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeActorMentions from './rehypeActorMentions.ts';
import rehypeCorrections from './rehypeCorrections.ts';
import rehypeDateMentions from './rehypeDateMentions.ts';
import rehypeLineEndings from './rehypeLineEndings.ts';
import rehypeNotes from './rehypeNotes.ts';
import rehypeQuoteCallouts from './rehypeQuoteCallouts.ts';
import rehypeQuotes from './rehypeQuotes.ts';
import rehypeStorySections from './rehypeStorySections.ts';
import rehypeTypography from './rehypeTypography.ts';
import remarkStoryCheck from './remarkStoryCheck.ts';
import { STORY_MARKDOWN } from '../lib/story/storyMarkdown.ts';

/**
 * The story pipeline, assembled here and nowhere else: astro.config.mjs hands it to Astro's unified
 * processor (MDX inherits it), the check parses with the same Markdown options (storyMarkdown.ts)
 * and calls the same annotation functions. The check runs first: a story it refuses is never
 * compiled. Then, in order: sections first (they scope "first mention"), then quotes (the
 * speaker's words are closed to other annotations), callouts after the quoted paragraphs, and the
 * quieter annotations last; line endings are made LF first. Smart quotes stay off so the prose keeps the reporting's own characters.
 */
export const storyAnnotationPlugins: UnifiedProcessorOptions = {
  ...STORY_MARKDOWN,
  remarkPlugins: [remarkStoryCheck],
  rehypePlugins: [
    rehypeLineEndings,
    rehypeStorySections,
    rehypeQuotes,
    rehypeQuoteCallouts,
    rehypeDateMentions,
    rehypeNotes,
    rehypeActorMentions,
  ],
};

/**
 * What the site builds a story's page with (astro.config.mjs): the pipeline above, the corrections beside
 * what they correct (rehypeCorrections), then typographic
 * quotation marks in what the page shows (rehypeTypography). Only marks change, after every check and
 * annotation has read the reporting's own characters, so tests of the annotations run the pipeline
 * above and see the text as written.
 */
export const storyPagePlugins: UnifiedProcessorOptions = {
  ...storyAnnotationPlugins,
  rehypePlugins: [...(storyAnnotationPlugins.rehypePlugins ?? []), rehypeCorrections, rehypeTypography],
};
