import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { VFile } from 'vfile';
import {
  classList,
  isClosedElement,
  isOpenRange,
  openText,
  proseBlocks,
  type ProseBlock,
} from '../lib/annotate/blocks.ts';
import { blockText } from '../lib/annotate/blockText.ts';
import { proseToHast } from '../lib/story/storyMarkdown.ts';
import type { Story } from '../lib/story/schema.ts';
import { annotateActorMentions, claims, withSentenceCase } from '../plugins/rehypeActorMentions.ts';
import { annotateDateMentions } from '../plugins/rehypeDateMentions.ts';
import rehypeLineEndings from '../plugins/rehypeLineEndings.ts';
import { annotateNotes } from '../plugins/rehypeNotes.ts';
import { placeCallouts } from '../plugins/rehypeQuoteCallouts.ts';
import { annotateQuotes } from '../plugins/rehypeQuotes.ts';
import rehypeStorySections, { sectionProblems } from '../plugins/rehypeStorySections.ts';

/** 1-based line and column in the story file. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** A stretch of one block's text, with where it starts in the file. */
export interface Span {
  readonly block: Element;
  readonly start: number;
  readonly end: number;
  /** The prose's words, as the page shows them. */
  readonly text: string;
  readonly place: Place;
}

/** An annotation the page will show: a span of the prose and what it stands for. */
export interface Annotation extends Span {
  /** The actor, quote, event or note id; '' for an unattributed quotation. */
  readonly id: string;
}

/** One name or alias of an actor, found in the prose, as the actor mentions claimed it. */
export interface Claim extends Span {
  readonly id: string;
  /** False when it touches a quotation, link or earlier annotation, where no link can go. */
  readonly open: boolean;
}

/** The prose annotated as the build annotates it, and what each annotation covers. */
export interface AnnotatedProse {
  /** The text blocks of the prose, in reading order, each with its whole text. */
  readonly blocks: readonly { readonly element: Element; readonly text: string }[];
  readonly actorMentions: readonly Annotation[];
  /** Every name or alias the actor mentions claimed, linked or not, in reading order. */
  readonly actorClaims: readonly Claim[];
  readonly quotes: readonly Annotation[];
  readonly unattributed: readonly Omit<Annotation, 'id'>[];
  readonly dateMentions: readonly Annotation[];
  readonly noteTerms: readonly Annotation[];
  /** The place in the file of a stretch of a block's text. */
  readonly placeOf: (block: Element, offset: number) => Place;
  /** What keeps [start, end) of a block closed to links (a quotation, a note term…), or undefined. */
  readonly closedBy: (block: Element, start: number, end: number) => Closed | undefined;
}

/**
 * Runs the build's annotation steps (src/plugins/index.ts) on the prose, in the build's order: line
 * endings, sections, quotes, callouts, date mentions, notes, actor mentions. Each step's problems are
 * the check's to report; here they are passed over, so a story with problems is annotated as far as
 * it can be. `bodyLine` is the file line the prose starts on; `slug` names the story's folder.
 */
export function annotateProse(
  mdast: MdastRoot,
  story: Story,
  body: string,
  bodyLine: number,
  slug: string,
): AnnotatedProse {
  const tree = proseToHast(mdast);
  rehypeLineEndings()(tree);
  const blocks = proseBlocks(tree);
  const places = new Map(blocks.map((b) => [b.element, segmentPlaces(b.element)]));
  const source = { body, lines: body.split('\n') };
  const placeOf = (block: Element, offset: number): Place => {
    const { line, column } = placeInProse(places.get(block) ?? [], offset, source, block);
    return { line: line + bodyLine - 1, column };
  };

  // The build wraps sections only when every heading is declared: actor mentions then start afresh
  // in each one. The section step is run as the build runs it, on a file that carries the story.
  if (sectionProblems(tree, story.sections).length === 0) {
    const file = new VFile({
      path: path.join(path.sep, 'content', 'explainers', slug, 'index.mdx'),
      data: { checkedStory: story },
    });
    rehypeStorySections()(tree, file);
  }
  annotateQuotes(tree, story);
  placeCallouts(tree, story, slug);
  annotateDateMentions(tree, story);
  annotateNotes(tree, story);
  const actorClaims = claimsBeforeLinking(blocks, story, placeOf);
  annotateActorMentions(tree, story);

  const texts = blocks.map((b) => ({ element: b.element, text: blockText(b.element).text }));
  const found = texts.flatMap(({ element, text }) =>
    marked(element).map((m) => ({
      ...m,
      block: element,
      text: text.slice(m.start, m.end),
      place: placeOf(element, m.start),
    })),
  );
  const has = (className: string) => (element: Element) => classList(element).includes(className);
  /** The annotations of one class, each with the id its attribute names after `prefix`. */
  const annotations = (className: string, attribute: string, prefix: string): Annotation[] =>
    found.flatMap(({ element, ...span }) => {
      const value = element.properties[attribute];
      if (!has(className)(element) || typeof value !== 'string' || !value.startsWith(prefix)) return [];
      return [{ ...span, id: value.slice(prefix.length) }];
    });
  const terms = found.filter((m) => has('note-term')(m.element));
  const noteTerms = found.flatMap((m) => {
    const target = m.element.properties['popoverTarget'];
    if (!has('note-button')(m.element) || typeof target !== 'string') return [];
    const term = terms.find((t) => t.block === m.block && t.end === m.start);
    if (term === undefined) return [];
    const { element: _element, ...span } = term;
    return [{ ...span, id: target.slice('note-popover-'.length) }];
  });
  return {
    blocks: texts,
    actorMentions: annotations('actor-mention', 'href', '#actor-'),
    actorClaims,
    quotes: annotations('quote', 'id', 'quote-'),
    unattributed: found.filter((m) => has('quotation-optout')(m.element)).map(({ element: _element, ...span }) => span),
    dateMentions: annotations('date-mention', 'id', 'mention-'),
    noteTerms,
    placeOf,
    closedBy,
  };
}

/**
 * What annotateActorMentions claims in each block: every name and alias (and its sentence-case form),
 * the longest first. Computed on the tree as that step finds it, so the claims are the same.
 */
function claimsBeforeLinking(
  blocks: readonly ProseBlock[],
  story: Story,
  placeOf: (block: Element, offset: number) => Place,
): Claim[] {
  const forms = story.actors.flatMap((actor) =>
    [actor.name, ...actor.aliases].flatMap(withSentenceCase).map((form) => ({ id: actor.id, form })),
  );
  return blocks.flatMap(({ element }) => {
    const { text } = openText(element);
    return claims(text.text, forms, (start, end) => isOpenRange(text, start, end)).map((claim) => ({
      ...claim,
      block: element,
      text: text.text.slice(claim.start, claim.end),
      place: placeOf(element, claim.start),
    }));
  });
}

/** Every element inside a block with the stretch of the block's text it holds. */
function marked(block: Element): { element: Element; start: number; end: number }[] {
  const out: { element: Element; start: number; end: number }[] = [];
  let offset = 0;
  const walk = (children: readonly ElementContent[]): void => {
    for (const child of children) {
      if (child.type === 'text') offset += child.value.length;
      else if (child.type === 'element') {
        const start = offset;
        walk(child.children);
        out.push({ element: child, start, end: offset });
      }
    }
  };
  walk(block.children);
  // Outermost first where two start together (a date mention's link around its <time>).
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Text closed to links: what closes it, in an editor's words, and whether it holds the whole stretch. */
export interface Closed {
  readonly what: string;
  /** The closed element's words. */
  readonly words: string;
  readonly covers: boolean;
}

/** The closed element (outermost) that [start, end) of a block touches. */
function closedBy(block: Element, start: number, end: number): Closed | undefined {
  const closed = marked(block).find((m) => isClosedElement(m.element) && m.start < end && m.end > start);
  if (closed === undefined) return undefined;
  const { element } = closed;
  const classes = classList(element);
  const what =
    classes.includes('quote') || classes.includes('quotation-optout')
      ? 'a quotation'
      : classes.includes('note-term')
        ? 'the note term'
        : classes.includes('date-mention') || element.tagName === 'time'
          ? 'the date mention'
          : element.tagName === 'a'
            ? 'a link'
            : element.tagName === 'code'
              ? 'code'
              : `a <${element.tagName}> element`;
  const words = blockText(block).text.slice(closed.start, closed.end);
  return { what, words, covers: closed.start <= start && closed.end >= end };
}

/** A text node of a block with where it starts in the prose, taken before any annotation splits it. */
interface SegmentPlace {
  readonly start: number;
  readonly value: string;
  readonly from?: { line: number; column: number; offset?: number | undefined } | undefined;
  readonly to?: { offset?: number | undefined } | undefined;
}

function segmentPlaces(block: Element): SegmentPlace[] {
  return blockText(block).segments.map((s) => ({
    start: s.start,
    value: s.node.value,
    from: s.node.position?.start,
    to: s.node.position?.end,
  }));
}

/**
 * The prose line and column of a block's text offset. Exact where the text node reads as its source;
 * where Markdown changed it (a character reference, the indentation of a list item's second line),
 * the line is still right and the column is found on that line of the source when it can be.
 */
function placeInProse(
  segments: readonly SegmentPlace[],
  offset: number,
  source: { readonly body: string; readonly lines: readonly string[] },
  block: Element,
): { line: number; column: number } {
  const segment = segments.findLast((s) => s.start <= offset && s.from !== undefined);
  const from = segment?.from;
  if (segment === undefined || from === undefined) {
    const start = block.position?.start;
    return { line: start?.line ?? 1, column: start?.column ?? 1 };
  }
  const within = segment.value.slice(0, offset - segment.start);
  const newlines = within.split('\n').length - 1;
  const lastBreak = within.lastIndexOf('\n');
  const exact =
    from.offset !== undefined &&
    segment.to?.offset !== undefined &&
    source.body.slice(from.offset, segment.to.offset) === segment.value;
  if (newlines === 0) return { line: from.line, column: from.column + within.length };
  const line = from.line + newlines;
  if (exact) return { line, column: within.length - lastBreak };
  const valueLine = segment.value.slice(lastBreak + 1).split('\n')[0] ?? '';
  const sourceLine = source.lines[line - 1] ?? '';
  const at = sourceLine.endsWith(valueLine) ? sourceLine.length - valueLine.length : 0;
  return { line, column: at + within.length - lastBreak };
}
