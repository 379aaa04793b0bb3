import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeActorMentions from './rehypeActorMentions.ts';
import rehypeDateMentions from './rehypeDateMentions.ts';
import rehypeLineEndings from './rehypeLineEndings.ts';
import rehypeNotes from './rehypeNotes.ts';
import rehypeQuoteCallouts from './rehypeQuoteCallouts.ts';
import rehypeQuotes from './rehypeQuotes.ts';
import rehypeStorySections from './rehypeStorySections.ts';

/**
 * The story pipeline, in order: sections first (they scope "first mention"), then quotes (the
 * speaker's words are closed to other annotations), callouts after the quoted paragraphs, and the
 * quieter annotations last; line endings are made LF first. Smart quotes stay off so the prose keeps the reporting's own characters.
 */
export const storyAnnotationPlugins: UnifiedProcessorOptions = {
  smartypants: false,
  remarkPlugins: [],
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
