import { countryNamed } from './countries.ts';
import { lower, stripPossessive, UPPER_START, type Run } from './nameRuns.ts';
import { originalSlice, type ParsedParagraph, type Token } from './sentences.ts';
import type { Span } from './spans.ts';
import { NAME_CONNECTORS, NOT_NAMES, TITLE_HEADS, TITLE_WORDS } from './vocabulary.ts';

/**
 * A person's name and role as a report writes them: the title before the name ("French President
 * Emmanuel Macron", "White House press secretary Karoline Leavitt") and the apposition after it
 * ("Mick Mulroy, a former US deputy assistant secretary of defence,").
 */

const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}$/u;
const capitalise = (s: string): string => (s.length === 0 ? s : s[0]?.toUpperCase() + s.slice(1));

/** What may follow a surname and belongs to the name: "King Charles III", "Martin Luther King Jr." */
export const NAME_SUFFIX = /^(?:II|III|IV|VI|VII|VIII|Jr\.?|Sr\.?)$/u;

/** A person named in a run: the title words before the name and the name (given names and surname). */
export interface PersonName {
  readonly title: readonly Token[];
  readonly name: readonly Token[];
}

const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const isTitleWord = (t: Token | undefined): boolean => t !== undefined && TITLE_WORDS.has(lower(t.text));

/** Splits "French President Emmanuel Macron" into a title and a name; undefined when no name ends the run. */
export function splitTitle(run: Run): PersonName | undefined {
  const tokens = run.tokens;
  const last = tokens[tokens.length - 1];
  const beforeLast = tokens[tokens.length - 2];
  // A title word ends a name when a given name stands before it: "Premier Dennis King", "Sen. Angus King".
  const givenTags = beforeLast === undefined ? undefined : run.tags.get(beforeLast.start);
  const titleBeforeGiven = tokens[tokens.length - 3];
  const surnameLikeTitle =
    last !== undefined &&
    isTitleWord(last) &&
    beforeLast !== undefined &&
    !isTitleWord(beforeLast) &&
    (GIVEN_NAME_TAGS.some((t) => givenTags?.has(t) === true) ||
      (titleBeforeGiven !== undefined && isTitleWord(titleBeforeGiven)));
  if (
    last === undefined ||
    (!NAME_SUFFIX.test(last.text) && !surnameLikeTitle && (isTitleWord(last) || ACRONYM.test(last.text)))
  )
    return undefined;
  let k = tokens.length - 1;
  let names = 0;
  while (k >= 0) {
    const token = tokens[k];
    if (token === undefined) break;
    const word = stripPossessive(token.text);
    if (NAME_CONNECTORS.has(token.text)) {
      k -= 1;
      continue;
    }
    if ((NAME_SUFFIX.test(word) || surnameLikeTitle) && k === tokens.length - 1) {
      if (surnameLikeTitle) names += 1;
      k -= 1;
      continue;
    }
    if (isTitleWord(token) || ACRONYM.test(word) || countryNamed(word) !== undefined || names === 4) break;
    const tagged = run.tags.get(token.start);
    if (names > 0 && tagged?.has('Demonym') === true) break;
    names += 1;
    k -= 1;
  }
  // "Archbishop of York Stephen Cottrell": after a title and its "of", the words name its office first,
  // then (from a given name, or as the last two words of three or more) the person; "Director of
  // Public Prosecutions" is an office and no one.
  if (k >= 0 && isTitleWord(tokens[k]) && /^(?:of|for)$/u.test(tokens[k + 1]?.text ?? '')) {
    const after = tokens.slice(k + 2);
    const words = after.filter((t) => !NAME_CONNECTORS.has(t.text));
    let given = after.length - 2;
    while (given >= 0 && !GIVEN_NAME_TAGS.some((tag) => run.tags.get(after[given]?.start ?? -1)?.has(tag) === true))
      given -= 1;
    if (given < 0 && words.length < 3) return undefined;
    const from = given > 0 ? given : words.length >= 3 ? after.length - 2 : 0;
    if (from <= 0 || NAME_CONNECTORS.has(after[from]?.text ?? '')) return undefined;
    return { title: tokens.slice(0, k + 2 + from), name: after.slice(from) };
  }
  const name = tokens
    .slice(k + 1)
    .filter((t, index, all) => index > 0 || !NAME_CONNECTORS.has(t.text) || all.length === 1);
  if (name.length === 0) return undefined;
  return { title: tokens.slice(0, k + 1), name };
}

/** Lower-case title words right before a name ("White House press secretary Karoline Leavitt"). */
export function titleBefore(run: Run): readonly Token[] {
  const flat = run.flat;
  const first = flat[run.at - 1];
  if (first === undefined || first.kind !== 'word' || UPPER_START.test(first.text)) return [];
  if (!TITLE_WORDS.has(first.text) && !TITLE_HEADS.has(first.text)) return [];
  let k = run.at - 1;
  while (k - 1 >= 0) {
    const previous = flat[k - 1];
    if (previous === undefined || previous.kind !== 'word' || previous.end + 1 !== flat[k]?.start) break;
    const word = lower(previous.text);
    if (NOT_NAMES.has(word) && word !== 'of') break;
    const titleWord = TITLE_WORDS.has(word) || TITLE_HEADS.has(word) || word === 'of';
    if (!UPPER_START.test(previous.text) && !titleWord) break;
    k -= 1;
  }
  while (flat[k]?.text === 'of') k += 1;
  const prefix = flat.slice(k, run.at);
  // "Secretary of state Marco Rubio", "White House press secretary Karoline Leavitt": a title has a head.
  return prefix.some((t) => TITLE_HEADS.has(lower(t.text))) ? prefix : [];
}

/** Words a report may put before a title ("former President Donald Trump"), part of the role. */
const TITLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'late', 'outgoing', 'incoming']);

/**
 * The title with the word before it when that word qualifies it: "former President", "Ukraine’s
 * Foreign Minister" (a possessive ends a run of names, so it stands before the run).
 */
export function former(run: Run, paragraph: ParsedParagraph, title: string): string {
  const before = run.flat[run.at - 1];
  if (before === undefined || before.end + 1 !== run.start) return title;
  const possessive = UPPER_START.test(before.text) && before.text !== stripPossessive(before.text);
  if (!TITLE_MODIFIERS.has(before.text) && !possessive) return title;
  return `${originalSlice(paragraph, before.start, before.end)} ${title}`;
}

/** Abbreviated titles written out for a role: "Rep." is "Representative". */
const ABBREVIATED_TITLES: Record<string, string> = {
  'Rep.': 'Representative',
  'Sen.': 'Senator',
  'Gov.': 'Governor',
  'Gen.': 'General',
  'Lt.': 'Lieutenant',
  'Col.': 'Colonel',
  'Adm.': 'Admiral',
  'Capt.': 'Captain',
  'Sgt.': 'Sergeant',
  'Prof.': 'Professor',
  'Maj.': 'Major',
};
export const spelledOut = (title: string): string =>
  title
    .split(' ')
    .map((w) => ABBREVIATED_TITLES[w] ?? w)
    .join(' ');

/** "Ms.", "Mr", "Dr": a courtesy title, not a role. */
const HONORIFICS = new Set('mr mr. mrs mrs. ms ms. miss dr dr. sir dame'.split(' '));
export const isHonorific = (title: readonly Token[]): boolean =>
  title.length > 0 && title.every((t) => HONORIFICS.has(lower(t.text)));

const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'former', 'now', 'then', 'currently']);

/** Words that tie a title to what it heads: "president of", "chief executive at". */
const TITLE_TIES = new Set(['of', 'at', 'for', 'in', 'to', 'with']);

/**
 * ", president of Sinn Féin", ", chief executive at Boeing": lower-case title words with no article,
 * tied to what they head (a title followed by a name, ", adviser Steve Witkoff", is someone else's).
 */
function titleOf(flat: readonly Token[], from: number): boolean {
  let k = from;
  while (isTitleWord(flat[k]) || TITLE_HEADS.has(flat[k]?.text ?? '')) {
    if (UPPER_START.test(flat[k]?.text ?? '')) return false;
    k += 1;
  }
  const next = flat[k];
  return k > from && TITLE_HEADS.has(flat[k - 1]?.text ?? '') && next !== undefined && TITLE_TIES.has(next.text);
}

/** "Mick Mulroy, a former US deputy assistant secretary of defence, warned": the role after the name. */
export function appositionAfter(run: Run, paragraph: ParsedParagraph): { role: string; span: Span } | undefined {
  const flat = run.flat;
  let k = run.at + run.tokens.length;
  if (flat[k]?.text !== ',') return undefined;
  const from = k + 1;
  const opener = flat[from];
  if (opener === undefined || opener.kind !== 'word') return undefined;
  const possessiveName = UPPER_START.test(opener.text) && /'s$/u.test(opener.text);
  if (!APPOSITION_OPENERS.has(lower(opener.text)) && !possessiveName && !titleOf(flat, from)) return undefined;
  k = from;
  while (k < flat.length && k < from + 20 && !/^[,.;:!?"']$/u.test(flat[k]?.text ?? '')) k += 1;
  const closer = flat[k]?.text;
  // "…, president of Sinn Féin: “…”": a colon closes it before a quotation.
  const beforeQuotation = closer === ':' && (flat[k + 1]?.kind === 'quote' || /^["']$/u.test(flat[k + 1]?.text ?? ''));
  if (closer !== ',' && closer !== '.' && closer !== undefined && !beforeQuotation) return undefined;
  const words = flat.slice(from, k);
  // A role names what someone is: a title word or one compromise knows as a role ("researcher").
  const isRole = words
    .slice(0, 7)
    .some((t) => TITLE_HEADS.has(lower(t.text)) || run.tags.get(t.start)?.has('Actor') === true);
  if (!isRole || words.length === 0) return undefined;
  const skip = APPOSITION_OPENERS.has(lower(opener.text)) && lower(opener.text) !== 'former' ? 1 : 0;
  const first = words[skip];
  const lastWord = words[words.length - 1];
  if (first === undefined || lastWord === undefined) return undefined;
  return {
    role: capitalise(originalSlice(paragraph, first.start, lastWord.end)),
    span: { paragraph: run.paragraph, start: opener.start, end: lastWord.end },
  };
}
