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

/** A stretch of a block's text that names one actor. */
interface Claim {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** False when part of it is in a quotation, link or earlier annotation: it claims but is not linked. */
  readonly open: boolean;
}

export function annotateActorMentions(tree: Root, story: Story): void {
  const forms = story.actors.flatMap((actor) =>
    [actor.name, ...actor.aliases].flatMap(withSentenceCase).map((form) => ({ id: actor.id, form })),
  );
  const linked = new Map<string, Set<string>>();
  for (const block of proseBlocks(tree)) {
    const done = linked.get(block.sectionId) ?? new Set<string>();
    linked.set(block.sectionId, done);
    const { text } = openText(block.element);
    // Wrapping never changes the block's text, so every offset found here stays valid while linking.
    for (const claim of claims(text.text, forms, (start, end) => isOpenRange(text, start, end))) {
      if (!claim.open || done.has(claim.id)) continue;
      done.add(claim.id);
      wrapRange(
        block.element,
        claim.start,
        claim.end,
        h('a', { className: ['actor-mention'], href: `#actor-${claim.id}` }),
      );
    }
  }
}

/**
 * A form and, when it starts with a lower-case letter ("the US president"), the same form opening a
 * sentence ("The US president"): otherwise a shorter form inside it ("US") would be linked there.
 */
export function withSentenceCase(form: string): string[] {
  const first = form.codePointAt(0);
  if (first === undefined) return [form];
  const letter = String.fromCodePoint(first);
  const upper = letter.toUpperCase();
  return upper === letter || upper.length !== letter.length ? [form] : [form, upper + form.slice(letter.length)];
}

/**
 * Every mention of every actor in `text`, in reading order, with no two overlapping. The longest form
 * claims its words first, whether or not its actor is linked again there, so "US" is never read inside
 * "the US president" (Trump's alias), and "President Donald Trump" wins over "Trump".
 */
export function claims(
  text: string,
  forms: readonly { readonly id: string; readonly form: string }[],
  isOpen: (start: number, end: number) => boolean = () => true,
): Claim[] {
  const haystack = normaliseWithMap(text);
  const found = forms.flatMap(({ id, form }) =>
    findPhraseIn(haystack, form).map((range) => ({ id, ...range, open: isOpen(range.start, range.end) })),
  );
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Which characters a longer form has claimed already: linear in the text, where comparing each
  // candidate with every kept one would be quadratic in the mentions ("O O O …" 100,000 times).
  const taken = new Uint8Array(text.length + 1);
  const kept: Claim[] = [];
  for (const candidate of found) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
