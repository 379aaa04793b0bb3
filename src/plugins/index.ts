import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeActorMentions from './rehypeActorMentions';
import rehypeDateMentions from './rehypeDateMentions';
import rehypeNotes from './rehypeNotes';
import rehypeQuoteCallouts from './rehypeQuoteCallouts';
import rehypeQuotes from './rehypeQuotes';
import rehypeStorySections from './rehypeStorySections';

/**
 * The story pipeline, in order: sections first (they scope "first mention"), then quotes (the
 * speaker's words are closed to other annotations), callouts after the quoted paragraphs, and the
 * quieter annotations last. Smart quotes stay off so the prose keeps the reporting's own characters.
 */
export const storyAnnotationPlugins: UnifiedProcessorOptions = {
  smartypants: false,
  remarkPlugins: [],
  rehypePlugins: [
    rehypeStorySections,
    rehypeQuotes,
    rehypeQuoteCallouts,
    rehypeDateMentions,
    rehypeNotes,
    rehypeActorMentions,
  ],
};
