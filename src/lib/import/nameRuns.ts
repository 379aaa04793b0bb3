import nlp from 'compromise';
import { tokenise, type ParsedParagraph, type Token } from './sentences.ts';
import { lastAtMost, type Span } from './spans.ts';
import { isOrganisationWord, NAME_CONNECTORS, NOT_NAMES, TITLE_HEADS } from './vocabulary.ts';

/**
 * Runs of capitalised words in a paragraph ("National Security Adviser Mike Waltz", "Ukraine"), with
 * compromise's word classes, and what the words around a run say about it (a verb after it, a noun
 * it qualifies, a dateline).
 */

export const UPPER_START = /^\p{Lu}/u;
export const lower = (s: string): string => s.toLowerCase();
/** "Trump's" names Trump; "allies'" the allies. */
export const stripPossessive = (word: string): string => word.replace(/'s$|(?<=s)'$/u, '');

/** Compromise's tags for each word of a paragraph, by the word's offset. */
function tagsByOffset(text: string): Map<number, ReadonlySet<string>> {
  const tags = new Map<number, ReadonlySet<string>>();
  const doc = nlp(text).json({ offset: true }) as {
    terms: { offset: { start: number }; tags: string[] }[];
  }[];
  for (const sentence of doc) for (const term of sentence.terms) tags.set(term.offset.start, new Set(term.tags));
  return tags;
}

/** A run of capitalised words in a paragraph: "National Security Adviser Mike Waltz", "Ukraine". */
export interface Run extends Span {
  readonly tokens: readonly Token[];
  /** The words, a closing possessive left off. */
  readonly text: string;
  readonly inQuote: boolean;
  /** The flat token index of the run's first word. */
  readonly at: number;
  readonly flat: readonly Token[];
  readonly tags: Map<number, ReadonlySet<string>>;
}

const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'Acronym'];
const OPENS_SENTENCE = /[.!?:"'(\u2014]/u;

export function makeRun(
  paragraph: ParsedParagraph,
  flat: readonly Token[],
  from: number,
  to: number,
  extra: { inQuote: (offset: number) => boolean; tags: Map<number, ReadonlySet<string>> },
): Run | undefined {
  let last = to;
  while (last >= from && NAME_CONNECTORS.has(flat[last]?.text ?? '')) last -= 1;
  if (from > last) return undefined;
  const tokens = flat.slice(from, last + 1);
  const lastToken = tokens[tokens.length - 1];
  const start = tokens[0]?.start ?? 0;
  const end = (lastToken?.start ?? 0) + stripPossessive(lastToken?.text ?? '').length;
  const text = paragraph.normalised.text.slice(start, end);
  return {
    paragraph: paragraph.index,
    start,
    end,
    tokens,
    text,
    inQuote: extra.inQuote(start),
    at: from,
    flat,
    tags: extra.tags,
  };
}

/**
 * Runs of capitalised words, without the words that open a sentence with a capital but name nothing
 * ("However", "The", "Intelligence provided by …"): a sentence's first word counts only when compromise
 * knows it as a name or the report writes it with a capital mid-sentence too (`namesMidSentence`).
 */
export function runsOf(paragraph: ParsedParagraph): { runs: Run[]; initial: Set<Run> } {
  const text = paragraph.normalised.text;
  const flat = tokenise(text, 0, text.length);
  const tags = tagsByOffset(text);
  const quoted = paragraph.quotations.filter((q) => q.parent === undefined);
  const inQuote = (offset: number): boolean => {
    const q = quoted[lastAtMost(quoted, (x) => x.innerStart, offset)];
    return q !== undefined && offset < q.innerEnd;
  };
  const runs: Run[] = [];
  const initial = new Set<Run>();
  let i = 0;
  while (i < flat.length) {
    const first = flat[i];
    if (first === undefined || first.kind !== 'word' || !UPPER_START.test(first.text)) {
      i += 1;
      continue;
    }
    let j = i;
    // Extend over capitalised words, and joining words between two of them ("Secretary of State").
    while (j + 1 < flat.length) {
      const current = flat[j];
      if (current === undefined || current.text !== stripPossessive(current.text)) break;
      const next = flat[j + 1];
      // "A- and H-Bomb Sufferers": a hyphen left hanging shares the word after "and" or "or".
      const joint = flat[j + 2];
      const after = flat[j + 3];
      if (
        next?.text === '-' &&
        next.start === current.end &&
        (joint?.text === 'and' || joint?.text === 'or') &&
        after?.kind === 'word' &&
        UPPER_START.test(after.text)
      ) {
        j += 3;
        continue;
      }
      if (next === undefined || next.kind !== 'word' || next.start !== current.end + 1) break;
      if (UPPER_START.test(next.text)) {
        j += 1;
        continue;
      }
      if (next.text === 'and') {
        const joined = joinedByAnd(flat, i, j, tags);
        if (joined !== undefined) {
          j = joined;
          continue;
        }
      }
      if (NAME_CONNECTORS.has(next.text)) {
        let k = j + 2;
        while (k < j + 4 && NAME_CONNECTORS.has(flat[k]?.text ?? '')) k += 1;
        const after = flat[k];
        if (after !== undefined && after.kind === 'word' && UPPER_START.test(after.text)) {
          j = k;
          continue;
        }
      }
      break;
    }
    let from = i;
    while (
      from <= j &&
      (NOT_NAMES.has(lower(stripPossessive(flat[from]?.text ?? ''))) || NAME_CONNECTORS.has(flat[from]?.text ?? ''))
    )
      from += 1;
    const run = makeRun(paragraph, flat, from, j, { inQuote, tags });
    if (run !== undefined) {
      runs.push(run);
      const opener = flat[from];
      const proper = opener !== undefined && PROPER_TAGS.some((t) => tags.get(opener.start)?.has(t) === true);
      if ((from === 0 || OPENS_SENTENCE.test(flat[from - 1]?.text ?? '')) && !proper) initial.add(run);
    }
    i = j + 1;
  }
  return { runs, initial };
}

/** What compromise knows a word as that makes it a name of its own, not part of an organisation's. */
const OWN_NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region'];

/**
 * "International Association of Machinists and Aerospace Workers", "Food and Drug Administration":
 * an organisation's name may hold "and". The run from `from` to `to` goes on over "and" when the
 * capitalised words after it name no one and nowhere of their own and hold no title, and either the
 * run so far is an organisation's name with its "of" or "for", or two or more words after "and" hold
 * an organisation word and the run so far names no one and nowhere ("Israel and Hamas", "Trump and
 * Congress" stay apart).
 * Returns the index of the last word it joins.
 */
function joinedByAnd(
  flat: readonly Token[],
  from: number,
  to: number,
  tags: ReadonlyMap<number, ReadonlySet<string>>,
): number | undefined {
  const and = flat[to + 1];
  let end = to + 1;
  while (true) {
    const next = flat[end + 1];
    const previous = flat[end];
    if (next === undefined || previous === undefined || next.kind !== 'word' || next.start !== previous.end + 1) break;
    if (
      !UPPER_START.test(next.text) &&
      !(NAME_CONNECTORS.has(next.text) && UPPER_START.test(flat[end + 2]?.text ?? ''))
    )
      break;
    end += 1;
  }
  const after = flat.slice(to + 2, end + 1);
  const before = flat.slice(from, to + 1);
  if (
    and === undefined ||
    after.length === 0 ||
    stripPossessive(after[after.length - 1]?.text ?? '') !== after[after.length - 1]?.text
  )
    return undefined;
  const ownName = (t: Token): boolean =>
    OWN_NAME_TAGS.some((tag) => tags.get(t.start)?.has(tag) === true) || /^\p{Lu}[\p{Lu}&]+$/u.test(t.text);
  // "… and President Zelensky": a title opens someone else's name.
  if (after.some(ownName) || after.some((t) => TITLE_HEADS.has(lower(t.text)))) return undefined;
  const organisational = (t: Token | undefined): boolean => isOrganisationWord(t?.text ?? '');
  const organisationSoFar = before.some(organisational) && before.some((t) => t.text === 'of' || t.text === 'for');
  const organisationAfter = after.length >= 2 && after.some(organisational) && !before.some(ownName);
  return organisationSoFar || organisationAfter ? end : undefined;
}

/** Word classes that show a capitalised first word is an ordinary word ("Addressing Congress"). */
const NOT_A_NAME_TAGS = ['Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun'];

/**
 * A run that opens a sentence keeps its first word when that word is known as a name (the report
 * writes it with a capital mid-sentence too), or when more capitalised words follow and compromise
 * does not read it as an ordinary word ("Mykola Bielieskov, a researcher …").
 */
export function withoutCommonOpening(
  run: Run,
  paragraph: ParsedParagraph,
  namesMidSentence: ReadonlySet<string>,
): Run | undefined {
  const opener = run.tokens[0];
  if (opener === undefined || namesMidSentence.has(lower(stripPossessive(opener.text)))) return run;
  // A capital inside the word marks a name wherever it stands ("SpaceX", "McFadden").
  if (/\p{Ll}\p{Lu}/u.test(opener.text)) return run;
  if (run.tokens.length === 1) return undefined;
  const tags = run.tags.get(opener.start);
  if (!NOT_A_NAME_TAGS.some((t) => tags?.has(t) === true)) return run;
  return makeRun(paragraph, run.flat, run.at + 1, run.at + run.tokens.length - 1, {
    inQuote: () => run.inQuote,
    tags: run.tags,
  });
}

/** Whether a run is followed by a verb of which it is the subject ("Hamas wants", "Israel and Hamas sent"). */
export function beforeAVerb(run: Run): boolean {
  // "the Biden campaign": after an article the name qualifies a noun.
  if (/^(the|a|an|his|her|their|its)$/iu.test(run.flat[run.at - 1]?.text ?? '')) return false;
  const next = run.flat[run.at + run.tokens.length];
  if (next === undefined || next.kind !== 'word' || next.start !== run.end + 1 || /ing$/u.test(next.text)) return false;
  const tags = run.tags.get(next.start);
  return tags?.has('Verb') === true && tags.has('Noun') !== true && !UPPER_START.test(next.text);
}

/** "Greek government", "Liberal candidate": a capitalised word used as an adjective before a noun. */
export function modifiesANoun(run: Run): boolean {
  const next = run.flat[run.at + run.tokens.length];
  if (next === undefined || next.kind !== 'word' || next.start !== run.end + 1 || UPPER_START.test(next.text))
    return false;
  const tags = run.tags.get(next.start);
  return tags?.has('Noun') === true && tags.has('Verb') !== true;
}

/**
 * "TALLINN (Reuters) -", "PORTLAND, Maine (AP) —": the place a wire report is filed from, and the
 * agency credited in brackets after it.
 */
export function isDateline(run: Run): boolean {
  const after = run.flat[run.at + run.tokens.length]?.text ?? '';
  if (run.flat[run.at - 1]?.text === '(' && after === ')' && run.start < 40) return true;
  if (run.start !== 0 || run.text !== run.text.toUpperCase() || run.text.length < 4) return false;
  // After a comma a dateline goes on with a state or a date ("PORTLAND, Maine", "WASHINGTON, May 22");
  // "UNRWA, or the United Nations …" is an organisation opening its sentence.
  if (after === ',') return UPPER_START.test(run.flat[run.at + run.tokens.length + 1]?.text ?? '');
  return /^[(:\-\u2013\u2014]$/u.test(after);
}

/**
 * A political party: a name followed by "party" ("his Liberal party"), or the party's members in the
 * plural ("the Liberals"), which is the same party when the report names it so.
 */
export function partyOf(run: Run): { run: Run; name: string; key: string } | undefined {
  if (run.tokens.length !== 1) return undefined;
  const after = run.flat[run.at + 1];
  if (after !== undefined && lower(after.text) === 'party' && after.start === run.end + 1)
    return { run, name: `${run.text} ${after.text}`, key: lower(run.text) };
  if (/^\p{Lu}\p{Ll}+s$/u.test(run.text)) return { run, name: run.text, key: lower(run.text.slice(0, -1)) };
  return undefined;
}
