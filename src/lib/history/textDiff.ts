import { diffArrays, diffWords, diffWordsWithSpace } from 'diff';
import { segmenterFor } from '../text/intl.ts';

/** A run of text that both versions have, or that only the later (added) or the earlier (removed) has. */
export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/**
 * How `before` became `after`, word by word (jsdiff's word diff, words as the language's own word
 * segmenter finds them, so "Ukraine’s" is one word and a changed word is shown whole). Read without
 * what was added the parts give `before`, without what was removed `after`, spaces included.
 */
export function wordDiff(before: string, after: string, lang = 'en-GB'): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  const byWords = tidySpaces(
    diffWords(before, after, { intlSegmenter: segmenterFor(lang, 'word') }).map((change): DiffPart => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    })),
  );
  if (readAs(byWords, 'removed') === after && readAs(byWords, 'added') === before) return byWords;
  // Spaces jsdiff could not give back to both texts: diffed as tokens of their own, exact by construction.
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** The text a diff reads as without the parts of one kind. */
const readAs = (parts: readonly DiffPart[], without: DiffPart['kind']): string =>
  parts
    .filter((part) => part.kind !== without)
    .map((part) => part.text)
    .join('');

/**
 * A space jsdiff hands to a change next to unchanged text belongs to the unchanged text when that text
 * has none on that side: "We have" + [", we have "] + "taken" reads "We havetaken" without the change.
 */
function tidySpaces(parts: DiffPart[]): DiffPart[] {
  const result = parts.map((part) => ({ ...part }));
  result.forEach((part, i) => {
    if (part.kind === 'same') return;
    const next = result[i + 1];
    const trailing = /\s+$/u.exec(part.text)?.[0];
    if (trailing && next?.kind === 'same' && !/^\s/u.test(next.text)) {
      part.text = part.text.slice(0, -trailing.length);
      next.text = trailing + next.text;
    }
    const previous = result[i - 1];
    const leading = /^\s+/u.exec(part.text)?.[0];
    if (leading && previous?.kind === 'same' && !/\s$/u.test(previous.text)) {
      part.text = part.text.slice(leading.length);
      previous.text += leading;
    }
  });
  return result.filter((part) => part.text !== '');
}

/** Whether a diff has any change in it. */
export const changed = (parts: readonly DiffPart[]): boolean => parts.some((part) => part.kind !== 'same');

/** How much of two texts is shared: the share of their words a word diff keeps (0 to 1). */
function similarity(parts: readonly DiffPart[]): number {
  let same = 0;
  let total = 0;
  for (const part of parts) {
    const words = part.text.split(/\s+/u).filter(Boolean).length;
    total += part.kind === 'same' ? 2 * words : words;
    if (part.kind === 'same') same += 2 * words;
  }
  return total === 0 ? 1 : same / total;
}

/** A block of text (a paragraph, a heading, a list item) and what kind it is. */
export interface Block {
  readonly kind: string;
  readonly text: string;
}

/**
 * One step from the earlier list of blocks to the later: a run of blocks both have, a block only one
 * has, or a block reworded (shown word by word).
 */
export type BlockChange =
  | { readonly kind: 'same'; readonly blocks: readonly Block[] }
  | { readonly kind: 'added' | 'removed'; readonly block: Block }
  | { readonly kind: 'changed'; readonly block: Block; readonly parts: readonly DiffPart[] };

/** A reworded block shares at least this much with what it was; less, and it is a new one. */
const REWORDED = 0.5;
/** Past this many candidate pairs in one stretch, blocks are paired in order rather than by likeness. */
const MAX_PAIRINGS = 400;

/**
 * How the blocks of one version became those of the next: blocks both have are kept in runs, and in
 * a stretch where blocks were taken out and others put in, each block taken out is paired with the
 * first later block put in that shares at least half its words (shown as a rewording); the rest are
 * removed or added.
 */
export function blocksDiff(before: readonly Block[], after: readonly Block[], lang = 'en-GB'): BlockChange[] {
  const steps = diffArrays([...before], [...after], {
    comparator: (a, b) => a.kind === b.kind && a.text === b.text,
  });
  const result: BlockChange[] = [];
  let removed: Block[] = [];
  let added: Block[] = [];
  const flush = (): void => {
    result.push(...pairBlocks(removed, added, lang));
    removed = [];
    added = [];
  };
  for (const step of steps) {
    if (step.removed) removed.push(...step.value);
    else if (step.added) added.push(...step.value);
    else {
      flush();
      const last = result.at(-1);
      if (last?.kind === 'same') result[result.length - 1] = { kind: 'same', blocks: [...last.blocks, ...step.value] };
      else result.push({ kind: 'same', blocks: step.value });
    }
  }
  flush();
  return result;
}

function pairBlocks(removed: readonly Block[], added: readonly Block[], lang: string): BlockChange[] {
  const byLikeness = removed.length * added.length <= MAX_PAIRINGS;
  const pairs: { from: number; to: number; parts: DiffPart[] }[] = [];
  let next = 0;
  removed.forEach((block, from) => {
    for (let to = next; to < added.length; to++) {
      const candidate = added[to];
      if (candidate === undefined || candidate.kind !== block.kind) continue;
      const parts = wordDiff(block.text, candidate.text, lang);
      if (byLikeness ? similarity(parts) >= REWORDED : to === next) {
        pairs.push({ from, to, parts });
        next = to + 1;
        return;
      }
      if (!byLikeness) return;
    }
  });
  const result: BlockChange[] = [];
  let from = 0;
  let to = 0;
  const upTo = (removedEnd: number, addedEnd: number): void => {
    for (; from < removedEnd; from++) result.push({ kind: 'removed', block: removed[from] as Block });
    for (; to < addedEnd; to++) result.push({ kind: 'added', block: added[to] as Block });
  };
  for (const pair of pairs) {
    upTo(pair.from, pair.to);
    result.push({ kind: 'changed', block: added[pair.to] as Block, parts: pair.parts });
    from = pair.from + 1;
    to = pair.to + 1;
  }
  upTo(removed.length, added.length);
  return result;
}
