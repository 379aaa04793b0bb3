import { findQuotations } from '../quotes/findQuotations.ts';
import { normaliseWithMap, toOriginalRange, type NormalisedText } from '../text/normalise.ts';
import type { SourceParagraph } from './proposal.ts';

/**
 * A reporter's paragraphs cut into tokens and sentences, with every quotation found as the checker
 * finds it (`findQuotations` on the normalised text), so what the import proposes is what the check
 * will look for. Offsets are in a paragraph's normalised text (marks folded to " and ', white space
 * single); `original` gives the reporter's own characters back.
 */

export interface Quotation {
  /** Index in the list of every quotation of the text, in reading order (outer before inner). */
  readonly id: number;
  readonly paragraph: number;
  /** [start, end) covers the marks; an open quotation ends with its paragraph (end === innerEnd). */
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  /** The words between the marks, normalised. */
  readonly words: string;
  /** The same words in the reporter's characters (curly apostrophes kept). */
  readonly original: string;
  readonly mark: '"' | "'";
  /** Left open at the end of its paragraph (a quotation that goes on in the next one). */
  readonly open: boolean;
  /** The quotation this one stands inside, for a quotation quoted within a quotation. */
  readonly parent?: number;
}

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  readonly kind: TokenKind;
  /** The token's normalised text; for a quotation, its words. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** For a quotation token: the quotation's id. */
  readonly quotation?: number;
}

export interface Sentence {
  /** Index among all sentences of the text, in reading order. */
  readonly index: number;
  readonly paragraph: number;
  /** Words, punctuation and whole quotations (each one token), as the narration reads them. */
  readonly tokens: readonly Token[];
}

export interface ParsedParagraph {
  readonly index: number;
  readonly normalised: NormalisedText;
  readonly original: string;
  readonly sentences: readonly Sentence[];
  /** The top-level quotations of this paragraph and those nested in them. */
  readonly quotations: readonly Quotation[];
}

export interface ParsedText {
  readonly paragraphs: readonly ParsedParagraph[];
  readonly sentences: readonly Sentence[];
  readonly quotations: readonly Quotation[];
}

// One word: initials with stops ("U.S."), a title with its stop ("Ms.", "Gov."), or letters and
// digits joined by apostrophes and hyphens.
const WORD =
  /(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Adm|Maj|Rev|Fr|Hon|St)\.(?= \p{Lu})|[\p{L}\p{N}]+(?:['\-\u2010\u2011][\p{L}\p{N}]+)*'?/uy;
const SPACE = /\s/u;
const UPPER_START = /^[\p{Lu}\p{N}]/u;
/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen sen rep gov lt col sgt capt prof jr sr no vs etc inc ltd co corp jan feb aug sept sep oct nov dec adm maj cmdr rev fr hon'.split(
    ' ',
  ),
);

/** Tokens of `text` from `from` to `to`, each quotation in `atoms` (top level) taken whole. */
export function tokenise(
  text: string,
  from: number,
  to: number,
  atoms: readonly { id: number; start: number; end: number; words: string }[] = [],
): Token[] {
  const tokens: Token[] = [];
  let next = 0;
  let i = from;
  while (i < to) {
    const atom = atoms[next];
    if (atom !== undefined && atom.start <= i) {
      if (atom.start === i)
        tokens.push({ kind: 'quote', text: atom.words, start: atom.start, end: atom.end, quotation: atom.id });
      i = Math.max(i, atom.end);
      next += 1;
      continue;
    }
    const ch = text[i] ?? '';
    if (SPACE.test(ch)) {
      i += 1;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    const stop = atom === undefined ? to : Math.min(to, atom.start);
    if (match !== null && match.index === i) {
      let end = Math.min(i + match[0].length, stop);
      // A trailing apostrophe is a plural possessive ("allies'") only when no letter follows.
      if (text[end - 1] === "'" && /[\p{L}\p{N}]/u.test(text[end] ?? '')) end -= 1;
      tokens.push({ kind: 'word', text: text.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    tokens.push({ kind: 'punct', text: ch, start: i, end: i + 1 });
    i += 1;
  }
  return tokens;
}

const isWord = (t: Token | undefined): boolean => t?.kind === 'word';

/** Whether a sentence ends after token `i`: a stop, or a quotation that ends with one, before a capital. */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const after = tokens[i + 1];
  if (token === undefined) return false;
  const nextOpens =
    after === undefined ||
    after.kind === 'quote' ||
    (after.kind === 'word' && UPPER_START.test(after.text)) ||
    (after.kind === 'punct' && /["'(\u2014]/u.test(after.text));
  if (!nextOpens) return false;
  if (token.kind === 'quote') return /[.!?]\s*$/u.test(token.text) && after !== undefined && after.kind !== 'punct';
  if (token.kind !== 'punct' || !/[.!?]/u.test(token.text)) return false;
  const before = tokens[i - 1];
  if (token.text === '.' && isWord(before) && before !== undefined) {
    const word = before.text.toLowerCase();
    if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before.text)) return false;
  }
  return true;
}

/** Cuts tokens into sentences; a quotation never splits, whatever stops stand inside it. */
function splitSentences(tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((token, i) => {
    current.push(token);
    if (endsSentence(tokens, i)) {
      sentences.push(current);
      current = [];
    }
  });
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** The reporter's characters for a range of the normalised text. */
export function originalSlice(paragraph: { normalised: NormalisedText; original: string }, start: number, end: number) {
  if (end <= start) return '';
  const range = toOriginalRange(paragraph.normalised, start, end);
  return paragraph.original.slice(range.start, range.end);
}

/** Quotations quoted within a quotation (single marks inside double ones, or the reverse). */
function nestedQuotations(text: string, outer: { start: number; innerStart: number; innerEnd: number }) {
  return findQuotations(text.slice(outer.innerStart, outer.innerEnd)).map((q) => ({
    start: q.start + outer.innerStart,
    end: q.end + outer.innerStart,
    words: q.text,
  }));
}

export function parseParagraphs(paragraphs: readonly SourceParagraph[]): ParsedText {
  const all: Quotation[] = [];
  const sentences: Sentence[] = [];
  const parsed = paragraphs.map((paragraph, index): ParsedParagraph => {
    const normalised = normaliseWithMap(paragraph.text);
    const text = normalised.text;
    const base = { normalised, original: paragraph.text };
    const own: Quotation[] = [];
    const add = (
      found: { start: number; end: number; words: string },
      parent: number | undefined,
    ): Quotation | undefined => {
      const innerStart = found.start + 1;
      const open = found.end === text.length && text[found.end - 1] !== text[found.start];
      const innerEnd = open ? found.end : found.end - 1;
      if (innerEnd <= innerStart) return undefined;
      const quotation: Quotation = {
        id: all.length,
        paragraph: index,
        start: found.start,
        end: found.end,
        innerStart,
        innerEnd,
        words: found.words,
        original: originalSlice(base, innerStart, innerEnd),
        mark: text[found.start] === "'" ? "'" : '"',
        open,
        ...(parent === undefined ? {} : { parent }),
      };
      all.push(quotation);
      own.push(quotation);
      return quotation;
    };
    const top: Quotation[] = [];
    for (const found of findQuotations(text)) {
      const outer = add({ start: found.start, end: found.end, words: found.text }, undefined);
      if (outer === undefined) continue;
      top.push(outer);
      for (const inner of nestedQuotations(text, outer)) add(inner, outer.id);
    }
    const first = sentences.length;
    for (const sentenceTokens of splitSentences(tokenise(text, 0, text.length, top)))
      sentences.push({ index: sentences.length, paragraph: index, tokens: sentenceTokens });
    return { index, ...base, sentences: sentences.slice(first), quotations: own };
  });
  return { paragraphs: parsed, sentences, quotations: all };
}
