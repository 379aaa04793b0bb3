import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { isOpenRange, openText, proseBlocks, type ProseBlock } from '../lib/annotate/blocks.ts';
import { wrapRange } from '../lib/annotate/wrapRange.ts';
import { findQuotations } from '../lib/quotes/findQuotations.ts';
import { closestPassage, findNormalisedQuote, normaliseQuoteText, type QuoteMatch } from '../lib/quotes/matchQuote.ts';
import { positionOf, type Problem } from '../lib/story/problem.ts';
import { formerAnchorIds } from '../lib/story/anchors.ts';
import type { Story } from '../lib/story/schema.ts';
import { normaliseWithMap, toOriginalRange } from '../lib/text/normalise.ts';
import { storyPlugin } from './storyFile.ts';
import { trimEnd } from '../lib/text/trimEnd.ts';

/**
 * Finds every frontmatter quote in the prose and marks it (`#quote-<id>`, linked to its speaker's
 * card); then refuses any quotation left in the prose that nobody is credited with, unless the story
 * lists it under `unattributedQuotations`. No misquote and no anonymous quotation ships.
 */
export default storyPlugin((tree, { story }) => annotateQuotes(tree, story));

interface Placed {
  readonly block: ProseBlock;
  readonly match: QuoteMatch;
}

export function annotateQuotes(tree: Root, story: Story): Problem[] {
  const problems: Problem[] = [];
  const names = new Map(story.actors.map((a) => [a.id, a.name]));
  const blocks = proseBlocks(tree);
  const blockTexts = blocks.map((b) => openText(b.element).text.text);
  const normalisedBlocks = blocks.map((block) => ({
    block,
    normalised: normaliseWithMap(openText(block.element).text.text),
  }));
  // Passages offered for quotes not found; the prose quotation they stand for is not reported twice.
  const offered = new Set<string>();
  // Where each credited quotation (and each listed exception) stands, to check what is left.
  const credited = new Map<Element, { start: number; end: number }[]>();
  const credit = (block: ProseBlock, start: number, end: number): void => {
    credited.set(block.element, [...(credited.get(block.element) ?? []), { start, end }]);
  };

  // Outer quotations first, so a quotation inside another (Ratcliffe quoting Trump) nests inside it.
  const order = story.quotes
    .map((quote, index) => ({ quote, index, key: normaliseQuoteText(quote.text) }))
    .sort((a, b) => b.key.length - a.key.length);

  const seen = new Map<string, number>();
  for (const { quote, index, key } of order) {
    const twin = seen.get(key);
    if (twin !== undefined) {
      problems.push({
        field: `quotes[${index}].text`,
        message: `quote "${quote.id}" has the same words as quotes[${twin}]`,
        fix: 'keep one of the two quotes',
      });
      continue;
    }
    seen.set(key, index);
    const found = locate(normalisedBlocks, quote.text);
    if (found.length === 0) {
      const closest = closestPassage(blockTexts, quote.text);
      if (closest) offered.add(offerKey(closest.passage));
      problems.push({
        field: `quotes[${index}].text`,
        message:
          `quote "${quote.id}" is not in the prose verbatim: "${quote.text}"` +
          (closest ? `. Closest passage in the prose: "${closest.passage}"` : ''),
        fix: 'copy the words exactly as they stand between the quotation marks in the prose (the closing comma is left out)',
      });
      continue;
    }
    if (found.length > 1) {
      problems.push({
        field: `quotes[${index}].text`,
        message: `quote "${quote.id}" stands ${found.length} times in the prose, so its anchor would be ambiguous`,
        fix: 'quote the words once, or give each occurrence its own quote with a longer text',
      });
      offered.add(offerKey(quote.text));
      continue;
    }
    const [{ block, match }] = found as [Placed];
    const speaker = names.get(quote.speaker) ?? quote.speaker;
    const relayed = quote.quotedBy === undefined ? '' : `, as quoted by ${names.get(quote.quotedBy) ?? quote.quotedBy}`;
    const nested = touchesClosedText(block.element, match.start, match.end);
    const wrapper = nested
      ? h('span', {
          className: ['quote', 'quote-nested'],
          id: `quote-${quote.id}`,
          title: `Said by ${speaker}${relayed}`,
        })
      : h('a', {
          className: ['quote'],
          id: `quote-${quote.id}`,
          href: `#actor-${quote.speaker}`,
          title: `Said by ${speaker}${relayed}`,
        });
    wrapRange(block.element, match.start, match.end, wrapper);
    // Links to the quote's former ids land on its words too: an empty element holds each, first inside.
    wrapper.children.unshift(...formerAnchorIds('quote', quote).map((id) => h('span', { id })));
    credit(block, match.start, match.end);
  }

  story.unattributedQuotations.forEach((optOut, index) => {
    const found = locate(normalisedBlocks, optOut.text);
    if (found.length === 0) {
      problems.push({
        field: `unattributedQuotations[${index}].text`,
        message: `"${optOut.text}" is not a quotation in the prose`,
        fix: 'copy the words exactly as they stand between the quotation marks, or remove the entry',
      });
    }
    for (const { block, match } of found) {
      wrapRange(block.element, match.start, match.end, h('span', { className: ['quotation-optout'] }));
      credit(block, match.start, match.end);
    }
  });

  // Every quotation mark must now belong to a credited quotation: blank the marks of those, and any
  // mark left over opens a quotation nobody is credited with, inside a credited one or a link too.
  for (const block of blocks) {
    const full = openText(block.element).text.text;
    const marks = new Set((credited.get(block.element) ?? []).flatMap(({ start, end }) => [start, end - 1]));
    const masked = blankAt(full, marks);
    const normalised = normaliseWithMap(masked);
    const readable = normaliseWithMap(full).text;
    for (const quotation of findQuotations(normalised.text)) {
      const words = readable.slice(quotation.start + 1, quotation.start + 1 + quotation.text.length).trim();
      if (offered.has(offerKey(words))) continue;
      problems.push({
        field: 'quotes',
        at: positionOf(block.element),
        message: `the prose quotes "${excerpt(words)}" but no quote in the frontmatter has these words`,
        fix: `add { id, speaker, text: "${excerpt(normaliseQuoteText(words))}", said: { setting } } to quotes, or list it under unattributedQuotations with a reason`,
      });
    }
  }
  return problems;
}

/** Words compared without the punctuation that may close a quotation either inside or outside its marks. */
/** Words quoted in a message, cut at 200 characters: a message is one line an editor can read. */
const excerpt = (text: string): string => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

const offerKey = (text: string): string => trimEnd(normaliseQuoteText(text), /[.,;:!?]/u);

/** `text` with the UTF-16 code units at `positions` replaced by NUL (same length, so offsets hold). */
function blankAt(text: string, positions: ReadonlySet<number>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += positions.has(i) ? '\u0000' : text[i];
  return out;
}

/** A block with its whole text normalised once: wrapping never changes the text, so it stays valid. */
interface NormalisedBlock {
  readonly block: ProseBlock;
  readonly normalised: ReturnType<typeof normaliseWithMap>;
}

/** Quotes may sit inside other quotes, so they are looked for in the whole text of each block. */
function locate(blocks: readonly NormalisedBlock[], text: string): Placed[] {
  const placed: Placed[] = [];
  const wanted = normaliseQuoteText(text);
  for (const { block, normalised } of blocks) {
    for (const match of findNormalisedQuote(normalised.text, wanted)) {
      const range = toOriginalRange(normalised, match.start, match.end);
      placed.push({ block, match: { ...match, start: range.start, end: range.end } });
    }
  }
  return placed;
}

/** True when the range touches a link, control or another quote, where a link may not go. */
function touchesClosedText(block: Element, start: number, end: number): boolean {
  return !isOpenRange(openText(block).text, start, end);
}
