import type { Root } from 'hast';
import { h } from 'hastscript';
import { isOpenRange, openText, proseBlocks } from '../lib/annotate/blocks.ts';
import { wrapRange } from '../lib/annotate/wrapRange.ts';
import type { Story } from '../lib/story/schema.ts';
import { findPhraseIn } from '../lib/text/findPhrase.ts';
import { normaliseWithMap } from '../lib/text/normalise.ts';
import { storyPlugin } from './storyFile.ts';

/**
 * Links the first mention of each actor in every section to their card (`#actor-<id>`). Later
 * mentions stay plain, so the prose does not turn into a page of links. Mentions inside quotations
 * are the speaker's words and are left alone.
 */
export default storyPlugin((tree, { story }) => annotateActorMentions(tree, story));

export function annotateActorMentions(tree: Root, story: Story): void {
  // Longer forms first, so "President Donald Trump" wins over "Trump" at the same place.
  const forms = story.actors.map((actor) => ({
    id: actor.id,
    forms: [actor.name, ...actor.aliases].sort((a, b) => b.length - a.length),
  }));
  const linked = new Map<string, Set<string>>();
  for (const block of proseBlocks(tree)) {
    const done = linked.get(block.sectionId) ?? new Set<string>();
    linked.set(block.sectionId, done);
    for (;;) {
      const { text } = openText(block.element);
      const haystack = normaliseWithMap(text.text);
      let best: { id: string; start: number; end: number } | undefined;
      for (const actor of forms) {
        if (done.has(actor.id)) continue;
        for (const form of actor.forms) {
          const range = findPhraseIn(haystack, form).find((r) => isOpenRange(text, r.start, r.end));
          if (
            range &&
            (best === undefined ||
              range.start < best.start ||
              (range.start === best.start && range.end - range.start > best.end - best.start))
          ) {
            best = { id: actor.id, ...range };
          }
        }
      }
      if (best === undefined) break;
      done.add(best.id);
      wrapRange(
        block.element,
        best.start,
        best.end,
        h('a', { className: ['actor-mention'], href: `#actor-${best.id}` }),
      );
    }
  }
}
