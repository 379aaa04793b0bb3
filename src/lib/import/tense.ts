import nlp from 'compromise';
import { findQuotations } from '../quotes/findQuotations.ts';
import { normaliseWithMap, toOriginalRange } from '../text/normalise.ts';

/**
 * Whether the clause that holds a date phrase speaks of the past, the present or the future. A
 * weekday name alone says nothing of which week: "she spoke on Saturday" and "she will speak on
 * Saturday" are a week apart. compromise tags the words (verb, auxiliary, past tense, gerund…); the
 * rule on top is ours: the verb nearest the phrase in its clause governs it, so in "Macron calling an
 * urgent meeting … next week" the meeting, not the sentence's "has raised", owns the date.
 */
export type Tense = 'past' | 'present' | 'future';

export interface ClauseTense {
  /** Undefined when nothing in the clause settles it. */
  readonly tense: Tense | undefined;
  /** The words that decided, as the sentence has them ("will kick off", "said"). */
  readonly cue?: string;
}

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

interface Token extends TextRange {
  readonly text: string;
  readonly lower: string;
  readonly tags: ReadonlySet<string>;
  /** Index of the quotation the token stands in, or -1 outside every quotation. */
  readonly zone: number;
}

interface Reading {
  readonly tense: Tense | undefined;
  readonly cue: string;
  /** "has arrived": a past that reaches the time of writing, so an infinitive after it looks ahead. */
  readonly perfect?: boolean;
}

/** Words that open a new clause: an adverb among them never joins a verb group. */
const CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'when',
  'whenever',
  'if',
  'unless',
  'until',
  'since',
  'after',
  'before',
  'as',
  'and',
  'but',
  'or',
  'nor',
  'so',
]);
/** Punctuation that ends a verb group. */
const CLAUSE_PUNCTUATION = /[,;:()[\]\u2014\u2013"\u201C\u201D]/u;
/** Punctuation the search for a governing verb does not cross. */
const HARD_PUNCTUATION = /[;:\u2014"\u201C\u201D]/u;
/** Punctuation it crosses at a cost: commas and brackets set off appositions and asides. */
const SOFT_PUNCTUATION = /[,()[\]\u2013]/u;
/** Words' worth of a comma or bracket crossed. */
const COMMA_COST = 3;
/** Words' worth of looking after the date rather than before it. */
const AFTER_COST = 6;

const FUTURE_MODALS = new Set(['will', "'ll", '’ll', 'shall', 'wo']);
const OTHER_MODALS = new Set(['would', 'could', 'may', 'might', 'should', 'must', 'can']);
/** "expected to", "set to", "plans to": what follows is still to come. */
const FUTURE_BEFORE_TO = new Set([
  'expected',
  'set',
  'due',
  'going',
  'about',
  'poised',
  'likely',
  'scheduled',
  'slated',
  'planned',
  'plans',
  'plan',
  'planning',
  'intends',
  'intend',
  'intending',
  'aims',
  'aim',
  'aiming',
  'hopes',
  'hope',
  'hoping',
  'preparing',
  'prepares',
]);
/** "is due on", "scheduled for": a participle or adjective that itself looks ahead. */
const FUTURE_WORDS = new Set(['scheduled', 'slated', 'planned', 'expected', 'due', 'upcoming', 'forthcoming', 'next']);
/** Words allowed inside a verb group between its auxiliaries and its main verb. */
const GROUP_FILLERS = new Set(['not', "n't", 'also', 'already', 'still', 'now', 'then', 'just', 'reportedly', 'again']);
/** Words of a date phrase that carry its tense themselves. */
const FUTURE_IN_PHRASE = new Set(['next', 'tomorrow', 'upcoming', 'coming', 'later']);
const PAST_IN_PHRASE = new Set(['last', 'yesterday', 'ago', 'earlier', 'previous']);
const LOOKUP_PAST = new Set(['was', 'were', 'did', 'had']);

const MAX_GROUP = 6;

export function clauseTense(
  sentence: string,
  phrase: TextRange,
  quotations: readonly TextRange[] = quotationsIn(sentence),
): ClauseTense {
  const tokens = tokenize(sentence, quotations);
  const first = tokens.findIndex((t) => t.end > phrase.start);
  if (first < 0) return { tense: undefined };
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < phrase.end) last += 1;
  const zone = (tokens[first] as Token).zone;

  // The phrase's own words are nearer than any verb: "calling an urgent meeting … next week" is ahead.
  const own = tokens.slice(first, last + 1);
  const ownCue = own.find((t) => FUTURE_IN_PHRASE.has(t.lower) || PAST_IN_PHRASE.has(t.lower));
  if (ownCue !== undefined) {
    return { tense: FUTURE_IN_PHRASE.has(ownCue.lower) ? 'future' : 'past', cue: ownCue.text };
  }

  // "this week’s Israel-Iran ceasefire", "Monday's meeting": the date belongs to a noun, not to a verb.
  if (/^['\u2019]s\b/u.test(sentence.slice(phrase.end))) return { tense: undefined };

  // "promised for February", "scheduled for Friday": a date something is meant for is still ahead.
  const before = at(tokens, first - 1);
  if (before?.lower === 'for' && before.zone === zone) return { tense: 'future', cue: before.text };

  const main = governingVerb(sentence, tokens, first, last, zone);
  if (main === undefined) return { tense: undefined };
  const reading = read(sentence, tokens, main, first, last, zone);
  return { tense: reading.tense, ...(reading.cue === '' ? {} : { cue: reading.cue }) };
}

/** Quotation ranges of a sentence on its own, for callers that do not pass the paragraph's. */
export function quotationsIn(text: string): TextRange[] {
  const normalised = normaliseWithMap(text);
  return findQuotations(normalised.text)
    .filter((q) => q.end > q.start)
    .map((q) => toOriginalRange(normalised, q.start, q.end));
}

/** The last sentence tagged: the phrases of one sentence are read one after another. */
let lastTagged: { sentence: string; quotations: string; tokens: Token[] } | undefined;

function tokenize(sentence: string, quotations: readonly TextRange[]): Token[] {
  const key = JSON.stringify(quotations);
  if (lastTagged?.sentence === sentence && lastTagged.quotations === key) return lastTagged.tokens;
  const tokens: Token[] = [];
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as {
    terms: { text: string; tags: string[]; offset?: { start: number } }[];
  }[];
  let cursor = 0;
  for (const term of json.flatMap((s) => s.terms)) {
    if (term.text === '') continue;
    // compromise's offsets are usually right; where its text and ours differ, find the word again.
    let start = term.offset?.start ?? -1;
    if (sentence.slice(start, start + term.text.length) !== term.text) start = sentence.indexOf(term.text, cursor);
    if (start < 0) continue;
    const end = start + term.text.length;
    cursor = end;
    const zone = quotations.findIndex((q) => start >= q.start && start < q.end);
    tokens.push({ text: term.text, lower: term.text.toLowerCase(), tags: new Set(term.tags), start, end, zone });
  }
  lastTagged = { sentence, quotations: key, tokens };
  return tokens;
}

const at = (tokens: readonly Token[], i: number): Token | undefined => tokens[i];
const between = (sentence: string, tokens: readonly Token[], i: number): string =>
  sentence.slice(at(tokens, i - 1)?.end ?? 0, at(tokens, i)?.start ?? 0);

/** A gerund after "a", "the" or a possessive is a noun: "a cabinet meeting", "the signing of". */
function isNominalGerund(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!token.tags.has('Gerund')) return false;
  if (at(tokens, i + 1)?.lower === 'of') return true;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const before = tokens[j] as Token;
    if (before.tags.has('Determiner') || before.tags.has('Possessive')) return true;
    if (before.tags.has('Verb') || before.tags.has('Preposition') || before.tags.has('Pronoun')) return false;
  }
  return false;
}

function isVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!token.tags.has('Verb') || token.tags.has('Particle')) return false;
  return !isNominalGerund(tokens, i);
}

/**
 * The verb that governs the phrase: the nearest one before it ("confirmed by … on Wednesday"), else
 * the first after it ("On Tuesday, Trump said"). Each comma or bracket crossed counts as several
 * words, and a verb after the date counts extra, so a trailing "…, the White House announced" does
 * not take over a date that has its own verb before it ("plans to travel to Luanda, Angola, from
 * Oct. 10-15"). A semicolon, colon, dash or quotation mark ends the search.
 */
function governingVerb(
  sentence: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  zone: number,
): number | undefined {
  let left: { index: number; cost: number } | undefined;
  let cost = 0;
  for (let i = first - 1; i >= 0; i--) {
    const gap = between(sentence, tokens, i + 1);
    if (HARD_PUNCTUATION.test(gap) || (tokens[i] as Token).zone !== zone) break;
    cost += 1 + (SOFT_PUNCTUATION.test(gap) ? COMMA_COST : 0);
    if (isVerb(tokens, i)) {
      left = { index: i, cost };
      break;
    }
  }
  let right: { index: number; cost: number } | undefined;
  cost = AFTER_COST;
  for (let i = last + 1; i < tokens.length; i++) {
    const gap = between(sentence, tokens, i);
    if (HARD_PUNCTUATION.test(gap) || (tokens[i] as Token).zone !== zone) break;
    cost += 1 + (SOFT_PUNCTUATION.test(gap) ? COMMA_COST : 0);
    if (!isVerb(tokens, i)) continue;
    // The auxiliary comes first ("will kick off"): the main verb is the last of the run.
    let main = i;
    while (main + 1 < tokens.length && isVerb(tokens, main + 1) && (tokens[main + 1] as Token).zone === zone) main += 1;
    right = { index: main, cost };
    break;
  }
  if (left === undefined) return right?.index;
  if (right === undefined) return left.index;
  return left.cost <= right.cost ? left.index : right.index;
}

/** The start of the verb group ending at `main`: its auxiliaries, "to" and words like "expected". */
function groupStart(sentence: string, tokens: readonly Token[], main: number, floor: number): number {
  let start = main;
  for (let i = main - 1; i > floor && main - i < MAX_GROUP; i--) {
    const token = tokens[i] as Token;
    if (CLAUSE_PUNCTUATION.test(between(sentence, tokens, i + 1))) break;
    const joins =
      token.tags.has('Auxiliary') ||
      token.tags.has('Modal') ||
      token.tags.has('Copula') ||
      token.lower === 'to' ||
      GROUP_FILLERS.has(token.lower) ||
      FUTURE_BEFORE_TO.has(token.lower) ||
      (token.tags.has('Adverb') && !CLAUSE_OPENERS.has(token.lower));
    if (!joins) break;
    start = i;
  }
  return start;
}

function phraseText(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  return sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
}

/** Reads the tense of the verb group ending at `main`, following a non-finite verb to the one it leans on. */
function read(
  sentence: string,
  tokens: readonly Token[],
  main: number,
  first: number,
  last: number,
  zone: number,
  depth = 0,
): Reading {
  const floor = main > last ? last : -1;
  const start = groupStart(sentence, tokens, main, floor);
  const group = tokens.slice(start, main + 1);
  const words = group.map((t) => t.lower);
  const verb = tokens[main] as Token;
  const cue = phraseText(sentence, tokens, start, main);
  const afterVerb = at(tokens, main + 1);

  if (words.some((w) => FUTURE_MODALS.has(w))) return { tense: 'future', cue };
  const toAt = words.lastIndexOf('to');
  if (toAt > 0 && FUTURE_BEFORE_TO.has(words[toAt - 1] ?? '')) return { tense: 'future', cue };
  const modal = words.findIndex((w) => OTHER_MODALS.has(w));
  if (modal >= 0) return { tense: words[modal + 1] === 'have' ? 'past' : 'future', cue };
  if (FUTURE_WORDS.has(verb.lower)) return { tense: 'future', cue };
  if (verb.tags.has('Copula') && afterVerb !== undefined && FUTURE_WORDS.has(afterVerb.lower) && main + 1 < first) {
    return { tense: 'future', cue: phraseText(sentence, tokens, start, main + 1) };
  }
  const perfect = words.some((w) => w === 'has' || w === 'have') && verb.tags.has('PastTense');
  if (perfect) return { tense: 'past', cue, perfect: true };
  if (words.some((w) => LOOKUP_PAST.has(w)) || verb.tags.has('PastTense')) return { tense: 'past', cue };

  if (verb.tags.has('Gerund')) {
    if (words.some((w) => w === 'is' || w === 'are' || w === 'am')) return { tense: 'present', cue };
    // "Addressing Congress on Tuesday, he said": the participle takes the time of the finite verb.
    return depth > 1 ? { tense: undefined, cue } : leanOn(sentence, tokens, main, first, last, zone, depth, cue);
  }
  if (verb.tags.has('Infinitive') || verb.tags.has('PresentTense')) {
    const before = at(tokens, start - 1);
    if (words[0] === 'to' || toAt >= 0) {
      // "have arrived … to attend … from Wednesday": a purpose is still ahead of a present or perfect
      // verb; after a plain past ("travelled to Kyiv to meet") it may be either.
      const lean =
        depth > 1 ? undefined : leanOn(sentence, tokens, start - 1, first, last, zone, depth, cue, start - 1);
      if (lean === undefined || lean.tense === undefined) return { tense: undefined, cue };
      if (lean.tense === 'past' && lean.perfect !== true) return { tense: undefined, cue: lean.cue };
      return { tense: 'future', cue: lean.cue };
    }
    if (before !== undefined && (before.lower === 'and' || before.lower === 'or') && depth <= 1) {
      // "is set to take off … on Saturday and meet with Trump on Monday": the verb shares the first one's time.
      for (let i = start - 2; i >= 0; i--) {
        if ((tokens[i] as Token).zone === zone && isVerb(tokens, i)) {
          return read(sentence, tokens, i, first, last, zone, depth + 1);
        }
      }
    }
    if (verb.tags.has('Infinitive') && !verb.tags.has('PresentTense')) return { tense: undefined, cue };
    return { tense: 'present', cue };
  }
  if (verb.tags.has('Copula')) return { tense: 'present', cue };
  return { tense: undefined, cue };
}

/** The tense of the nearest finite verb of the sentence, for a participle or an infinitive that has none. */
function leanOn(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  first: number,
  last: number,
  zone: number,
  depth: number,
  ownCue: string,
  before?: number,
): Reading {
  const candidates: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i >= first && i <= last) continue;
    if (before !== undefined && i >= before) break;
    if ((tokens[i] as Token).zone !== zone || !isVerb(tokens, i)) continue;
    // Only the last verb of a run is a main verb ("had sent", not "had").
    if (i + 1 < tokens.length && isVerb(tokens, i + 1) && (tokens[i + 1] as Token).zone === zone) continue;
    candidates.push(i);
  }
  candidates.sort((a, b) => Math.abs(a - from) - Math.abs(b - from));
  for (const i of candidates) {
    if (i === from) continue;
    const verb = tokens[i] as Token;
    if (verb.tags.has('Gerund') && !tokens.slice(Math.max(0, i - 2), i).some((t) => t.tags.has('Copula'))) continue;
    const reading = read(sentence, tokens, i, first, last, zone, depth + 1);
    if (reading.tense !== undefined) return { ...reading, cue: `${ownCue} … ${reading.cue}` };
  }
  return { tense: undefined, cue: ownCue };
}
