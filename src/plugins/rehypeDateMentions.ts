import type { Root } from 'hast';
import { h } from 'hastscript';
import { isOpenRange, openText, proseBlocks, type ProseBlock } from '../lib/annotate/blocks.ts';
import { wrapRange } from '../lib/annotate/wrapRange.ts';
import { toDatetimeAttribute, toPartialDate } from '../lib/dates/partialDate.ts';
import type { Problem } from '../lib/story/problem.ts';
import type { Mention, Story } from '../lib/story/schema.ts';
import { findPhrase } from '../lib/text/findPhrase.ts';
import { storyPlugin } from './storyFile.ts';

/**
 * Turns each timeline event's `mention` ("on Wednesday") into `<time datetime>` linked to the event,
 * so a reader months later knows which Wednesday. A mention that cannot be found exactly once stops
 * the build: a relative date pointing at the wrong event is worse than none.
 */
export default storyPlugin((tree, { story }) => annotateDateMentions(tree, story));

interface Found {
  readonly block: ProseBlock;
  readonly start: number;
  readonly end: number;
}

/** Open (not yet annotated, not inside a quote or link) occurrences of `phrase` in the prose. */
function occurrences(blocks: readonly ProseBlock[], phrase: string): Found[] {
  const found: Found[] = [];
  for (const block of blocks) {
    const { text } = openText(block.element);
    for (const range of findPhrase(text.text, phrase)) {
      if (isOpenRange(text, range.start, range.end)) found.push({ block, ...range });
    }
  }
  return found;
}

export function locateMention(blocks: readonly ProseBlock[], mention: Mention): Found | string {
  if (typeof mention === 'string') {
    const found = occurrences(blocks, mention);
    if (found.length === 1) return found[0] as Found;
    return found.length === 0
      ? `"${mention}" is not in the prose (outside quotations and links)`
      : `"${mention}" stands ${found.length} times in the prose; write mention as { phrase: "${mention}", in: "<a longer passage around the right one>" }`;
  }
  const passages = occurrences(blocks, mention.in);
  if (passages.length !== 1) {
    return passages.length === 0
      ? `the passage "${mention.in}" is not in the prose (outside quotations and links)`
      : `the passage "${mention.in}" stands ${passages.length} times in the prose; make it longer so it is found once`;
  }
  const passage = passages[0] as Found;
  const text = openText(passage.block.element).text.text.slice(passage.start, passage.end);
  const inner = findPhrase(text, mention.phrase)[0];
  if (inner === undefined) return `"${mention.phrase}" is not inside the passage "${mention.in}"`;
  return { block: passage.block, start: passage.start + inner.start, end: passage.start + inner.end };
}

export function annotateDateMentions(tree: Root, story: Story): Problem[] {
  const problems: Problem[] = [];
  const blocks = proseBlocks(tree);
  story.timeline.forEach((event, index) => {
    if (event.mention === undefined) return;
    const located = locateMention(blocks, event.mention);
    if (typeof located === 'string') {
      problems.push({
        field: `timeline[${index}].mention`,
        message: `event "${event.id}": ${located}`,
        fix: 'copy the phrase exactly as the prose has it, or remove mention',
      });
      return;
    }
    const { block, start, end } = located;
    const datetime = toDatetimeAttribute(toPartialDate(event.date));
    const link = h('a', { className: ['date-mention'], id: `mention-${event.id}`, href: `#event-${event.id}` });
    wrapRange(block.element, start, end, link);
    wrapRange(block.element, start, end, h('time', { dateTime: datetime }));
  });
  return problems;
}
