import nlp from 'compromise';
import { normalise } from '../text/normalise.ts';
import { countryNamed, countryOfCapital, type Country } from './countries.ts';
import type { ActorKind, ProposedActor } from './proposal.ts';
import { originalSlice, tokenise, type ParsedParagraph, type ParsedText, type Token } from './sentences.ts';
import {
  INDEFINITE,
  NAME_CONNECTORS,
  NOT_NAMES,
  ORGANISATION_NOUNS,
  PLACE_PREPOSITIONS,
  SOURCE_NOUNS,
  TITLE_HEADS,
  TITLE_WORDS,
} from './vocabulary.ts';

/**
 * Who a report names: people (title + name, "X, a former Y" appositions, anyone who speaks),
 * countries (by name, or by capital used for the government: "Kyiv", "Moscow") and organisations.
 * An adjective ("Russian movements") makes no actor. Every form the prose uses becomes an alias, and
 * no two actors share a form, as the checker requires.
 */

/** A stretch of a paragraph's normalised text. */
export interface Span {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** A phrase that speaks in the report: the subject of "said", "told" or "according to". */
export interface SpeakerPhrase extends Span {
  readonly kind: 'name' | 'unnamed' | 'title' | 'pronoun';
  /** The phrase, normalised. */
  readonly text: string;
}

export interface ActorMention extends Span {
  readonly id: string;
  readonly sentence: number;
  /** Inside a quotation: someone's words, not the narration. */
  readonly inQuote: boolean;
}

export interface ActorIndex {
  readonly actors: readonly ProposedActor[];
  /** Mentions by name in reading order (pronouns are resolved later, by the attribution). */
  readonly mentions: readonly ActorMention[];
  /** The actor a phrase names as the prose writes it ("Waltz", "President Trump", "Kyiv", "a source …"). */
  idFor(phrase: string): string | undefined;
  kindOf(id: string): ActorKind | undefined;
  /** Whether the actor's role or one of its forms holds this word ("president", "minister"). */
  isDescribedAs(id: string, word: string): boolean;
}

const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}$/u;
/** Organisations recognised by a word in their name. */
const ORGANISATION_WORDS = new Set(
  `ministry department institute council agency commission committee parliament congress senate
  assembly party bank fund union organisation organization association court university foundation
  corporation company group forces army navy force guard office service kremlin pentagon alliance
  coalition federation network times post news journal inc ltd corp authority bureau programme
  program house street tribunal cabinet`
    .split(/\s+/u)
    .filter(Boolean),
);
/** Nouns after "the <capital>" that make the capital the government ("the Moscow regime"). */
const GOVERNMENT_WORDS = new Set(['regime', 'government', 'administration', 'leadership', 'authorities']);

/** What compromise knows a word as that makes it no organisation: a place, a person, an adjective. */
const NOT_AN_ORGANISATION_TAGS = [
  'Place',
  'City',
  'Region',
  'Country',
  'Person',
  'FirstName',
  'LastName',
  'Demonym',
  'Adjective',
  'Date',
  'Verb',
];

/** Whether a run is followed by a verb of which it is the subject ("Hamas wants", "Israel and Hamas sent"). */
function beforeAVerb(run: Run): boolean {
  // "the Biden campaign": after an article the name qualifies a noun.
  if (/^(the|a|an|his|her|their|its)$/iu.test(run.flat[run.at - 1]?.text ?? '')) return false;
  const next = run.flat[run.at + run.tokens.length];
  if (next === undefined || next.kind !== 'word' || next.start !== run.end + 1 || /ing$/u.test(next.text)) return false;
  const tags = run.tags.get(next.start);
  return tags?.has('Verb') === true && tags.has('Noun') !== true && !UPPER_START.test(next.text);
}

/** Words for a people that compromise may take for an organisation ("Greek"). */
const DEMONYMS = new Set(
  'Greek French Dutch Swiss Thai Czech Welsh Irish Scottish British English Spanish Danish Swedish Finnish Polish Turkish Kurdish Western Eastern Northern Southern'.split(
    ' ',
  ),
);

/** "Greek government", "Liberal candidate": a capitalised word used as an adjective before a noun. */
function modifiesANoun(run: Run): boolean {
  const next = run.flat[run.at + run.tokens.length];
  if (next === undefined || next.kind !== 'word' || next.start !== run.end + 1 || UPPER_START.test(next.text))
    return false;
  const tags = run.tags.get(next.start);
  return tags?.has('Noun') === true && tags.has('Verb') !== true;
}

/** A brand written with a capital inside it, as a company names itself ("SpaceX"). */
const BRAND = /^\p{Lu}\p{Ll}+\p{Lu}+$/u;

/** "TALLINN (Reuters) -", "CAPE CANAVERAL, Florida:": the place a wire report is filed from. */
function isDateline(run: Run): boolean {
  if (run.start !== 0 || run.text !== run.text.toUpperCase() || run.text.length < 4) return false;
  return /^[(,:\-\u2013\u2014]$/u.test(run.flat[run.at + run.tokens.length]?.text ?? '');
}

/**
 * A political party: a name followed by "party" ("his Liberal party"), or the party's members in the
 * plural ("the Liberals"), which is the same party when the report names it so.
 */
function partyOf(run: Run): { run: Run; name: string; key: string } | undefined {
  if (run.tokens.length !== 1) return undefined;
  const after = run.flat[run.at + 1];
  if (after !== undefined && lower(after.text) === 'party' && after.start === run.end + 1)
    return { run, name: `${run.text} ${after.text}`, key: lower(run.text) };
  if (/^\p{Lu}\p{Ll}+s$/u.test(run.text)) return { run, name: run.text, key: lower(run.text.slice(0, -1)) };
  return undefined;
}

/** Capitalised names of places that contain an organisation word ("Oval Office"). */
const NOT_ORGANISATIONS = new Set([
  'Oval Office',
  'East Room',
  'West Wing',
  'Rose Garden',
  'Situation Room',
  'Air Force One',
]);
/** Capitals that are not names: time zones and common abbreviations. */
const NOT_ACTOR_ACRONYMS = new Set(
  'EDT EST CDT CST MDT MST PDT PST GMT BST CET CEST UTC ET PT AM PM GDP CEO CFO AI TV OK ID PR'.split(' '),
);
const PERSON_TAGS = ['FirstName', 'Person', 'LastName', 'MaleName', 'FemaleName'];
/** News organisations, which speak as organisations ("Reuters reported"). */
const NEWS_ORGANISATIONS = new Set(
  'reuters ap afp bloomberg bbc cnn axios politico nbc abc cbs fox sky itv rte dpa ria tass interfax xinhua'.split(' '),
);

const lower = (s: string): string => s.toLowerCase();
const capitalise = (s: string): string => (s.length === 0 ? s : s[0]?.toUpperCase() + s.slice(1));
const stripPossessive = (word: string): string => word.replace(/'s$|(?<=s)'$/u, '');

/** A slug of letters and digits, at most 60 characters, cut at a hyphen. */
export function slugify(text: string): string {
  let slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length > 60) {
    slug = slug.slice(0, 60);
    const cut = slug.lastIndexOf('-');
    if (cut > 20) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/u, '');
  }
  return slug;
}

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
interface Run extends Span {
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

function makeRun(
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
function runsOf(paragraph: ParsedParagraph): { runs: Run[]; initial: Set<Run> } {
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
      if (next === undefined || next.kind !== 'word' || next.start !== current.end + 1) break;
      if (UPPER_START.test(next.text)) {
        j += 1;
        continue;
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

/** Word classes that show a capitalised first word is an ordinary word ("Addressing Congress"). */
const NOT_A_NAME_TAGS = ['Verb', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun'];

/**
 * A run that opens a sentence keeps its first word when that word is known as a name (the report
 * writes it with a capital mid-sentence too), or when more capitalised words follow and compromise
 * does not read it as an ordinary word ("Mykola Bielieskov, a researcher …").
 */
function withoutCommonOpening(
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

/** What may follow a surname and belongs to the name: "King Charles III", "Martin Luther King Jr." */
const NAME_SUFFIX = /^(?:II|III|IV|VI|VII|VIII|Jr\.?|Sr\.?)$/u;

/** A person named in a run: the title words before the name and the name (given names and surname). */
interface PersonName {
  readonly title: readonly Token[];
  readonly name: readonly Token[];
}

const isTitleWord = (t: Token | undefined): boolean => t !== undefined && TITLE_WORDS.has(lower(t.text));

/** Splits "French President Emmanuel Macron" into a title and a name; undefined when no name ends the run. */
function splitTitle(run: Run): PersonName | undefined {
  const tokens = run.tokens;
  const last = tokens[tokens.length - 1];
  if (last === undefined || (!NAME_SUFFIX.test(last.text) && (isTitleWord(last) || ACRONYM.test(last.text))))
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
    if (NAME_SUFFIX.test(word) && k === tokens.length - 1) {
      k -= 1;
      continue;
    }
    if (isTitleWord(token) || ACRONYM.test(word) || countryNamed(word) !== undefined || names === 4) break;
    const tagged = run.tags.get(token.start);
    if (names > 0 && tagged?.has('Demonym') === true) break;
    names += 1;
    k -= 1;
  }
  const name = tokens
    .slice(k + 1)
    .filter((t, index, all) => index > 0 || !NAME_CONNECTORS.has(t.text) || all.length === 1);
  if (name.length === 0) return undefined;
  return { title: tokens.slice(0, k + 1), name };
}

/** Lower-case title words right before a name ("White House press secretary Karoline Leavitt"). */
function titleBefore(run: Run): readonly Token[] {
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
function former(run: Run, paragraph: ParsedParagraph, title: string): string {
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
const spelledOut = (title: string): string =>
  title
    .split(' ')
    .map((w) => ABBREVIATED_TITLES[w] ?? w)
    .join(' ');

/** "Ms.", "Mr", "Dr": a courtesy title, not a role. */
const HONORIFICS = new Set('mr mr. mrs mrs. ms ms. miss dr dr. sir dame'.split(' '));
const isHonorific = (title: readonly Token[]): boolean =>
  title.length > 0 && title.every((t) => HONORIFICS.has(lower(t.text)));

const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'former', 'now', 'then', 'currently']);

/** "Mick Mulroy, a former US deputy assistant secretary of defence, warned": the role after the name. */
function appositionAfter(run: Run, paragraph: ParsedParagraph): { role: string; span: Span } | undefined {
  const flat = run.flat;
  let k = run.at + run.tokens.length;
  if (flat[k]?.text !== ',') return undefined;
  const from = k + 1;
  const opener = flat[from];
  if (opener === undefined || opener.kind !== 'word') return undefined;
  const possessiveName = UPPER_START.test(opener.text) && /'s$/u.test(opener.text);
  if (!APPOSITION_OPENERS.has(lower(opener.text)) && !possessiveName) return undefined;
  k = from;
  while (k < flat.length && k < from + 20 && !/^[,.;:!?"']$/u.test(flat[k]?.text ?? '')) k += 1;
  const closer = flat[k]?.text;
  if (closer !== ',' && closer !== '.' && closer !== undefined) return undefined;
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

interface Draft {
  readonly key: string;
  kind: ActorKind;
  name: string;
  /** Forms the prose uses, in order of first use. */
  readonly forms: string[];
  role?: string;
  review?: string;
  /** Mentions that make it an actor (not only inside a title, an apposition or a setting's "told X"). */
  free: boolean;
  surname?: string;
  given?: string;
  readonly mentions: Span[];
  readonly inQuote: boolean[];
}

const PLACEHOLDER_ROLE: Record<ActorKind, string> = {
  person: 'Role not given in the report',
  organisation: 'Organisation named in the report',
  country: 'Country named in the report',
  group: 'Group named in the report',
  'unnamed-source': 'Unnamed source',
};

/** The last index in a sorted list whose key is at most `key` (-1 when none): a binary search. */
function lastAtMost<T>(list: readonly T[], key: (item: T) => number, value: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = list[mid];
    if (item !== undefined && key(item) <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Finds the span of a list that holds a given span, in logarithmic time (a report may have thousands). */
function spanFinder<T extends Span>(spans: readonly T[]): (span: Span) => T | undefined {
  const order = (s: Span): number => s.paragraph * 1e9 + s.start;
  const sorted = [...spans].sort((a, b) => order(a) - order(b));
  return (span) => {
    // Spans rarely nest; the few that start just before may still hold it.
    for (let i = lastAtMost(sorted, order, order(span)), n = 0; i >= 0 && n < 4; i--, n++) {
      const s = sorted[i];
      if (s !== undefined && s.paragraph === span.paragraph && s.start <= span.start && span.end <= s.end) return s;
    }
    return undefined;
  };
}

export interface ActorEvidence {
  /** The subjects of verbs of saying: anyone who speaks is an actor. */
  readonly speakers: readonly SpeakerPhrase[];
  /** "told Reuters", "speaking to Fox Business": who is spoken to is a setting, not an actor. */
  readonly settings: readonly Span[];
}

export function findActors(parsed: ParsedText, evidence: ActorEvidence): ActorIndex {
  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  const draft = (key: string, kind: ActorKind, name: string): Draft => {
    let found = drafts.get(key);
    if (found === undefined) {
      found = { key, kind, name, forms: [], free: false, mentions: [], inQuote: [] };
      drafts.set(key, found);
      order.push(found);
    }
    return found;
  };
  const addForm = (d: Draft, form: string): void => {
    if (form.length > 0 && !d.forms.includes(form)) d.forms.push(form);
  };
  const mention = (d: Draft, run: { paragraph: number; start: number; end: number; inQuote: boolean }) => {
    d.mentions.push({ paragraph: run.paragraph, start: run.start, end: run.end });
    d.inQuote.push(run.inQuote);
  };
  const speaks = spanFinder(evidence.speakers);
  const inSetting = spanFinder(evidence.settings);
  /** Named as the one who speaks ("Peskov said"), which makes a name a person's. */
  const speaksByName = (span: Span): boolean => speaks(span)?.kind === 'name';

  const found = parsed.paragraphs.map(runsOf);
  const namesMidSentence = new Set(
    found.flatMap(({ runs, initial }) =>
      runs.flatMap((run) =>
        run.tokens.filter((_, i) => i > 0 || !initial.has(run)).map((t) => lower(stripPossessive(t.text))),
      ),
    ),
  );
  const runs = found.flatMap(({ runs: list, initial }) =>
    list.flatMap((run) => {
      const paragraph = parsed.paragraphs[run.paragraph];
      // A sentence's first word that speaks ("Araghchi strongly denied … and said") is a name.
      if (!initial.has(run) || paragraph === undefined || speaksByName(run)) return [run];
      const kept = withoutCommonOpening(run, paragraph, namesMidSentence);
      return kept === undefined ? [] : [kept];
    }),
  );
  const appositions: Span[] = [];
  const consumed: Span[] = [];
  interface Pending {
    readonly run: Run;
    readonly person: PersonName;
    readonly title: string;
  }
  const pending: Pending[] = [];
  const unknown: Run[] = [];
  const organisations: Run[] = [];
  const parties: { run: Run; name: string; key: string }[] = [];

  for (const run of runs) {
    const paragraph = parsed.paragraphs[run.paragraph];
    if (paragraph === undefined) continue;
    const country = countryNamed(run.text);
    if (country !== undefined) {
      const d = countryDraft(draft, country);
      addForm(d, run.text);
      d.free = true;
      mention(d, run);
      continue;
    }
    const capitalOf = run.tokens.length <= 2 ? countryOfCapital(run.text) : undefined;
    if (capitalOf !== undefined) {
      const before = lower(run.flat[run.at - 1]?.text ?? '');
      // "in Paris" is where something happens, "a Rome hospital" and "the Cairo talks" what kind;
      // "talks with Moscow" and "the Moscow regime" are the government.
      const after = lower(run.flat[run.at + run.tokens.length]?.text ?? '');
      const place =
        PLACE_PREPOSITIONS.has(before) ||
        before === 'a' ||
        before === 'an' ||
        (before === 'the' && !GOVERNMENT_WORDS.has(after));
      if (!place || speaks(run) !== undefined) {
        const d = countryDraft(draft, capitalOf);
        addForm(d, run.text);
        mention(d, run);
      }
      continue;
    }
    const person = splitTitle(run);
    const prefix = titleBefore(run);
    const hasHead = person !== undefined && person.title.some((t) => TITLE_HEADS.has(lower(t.text)));
    const apposition = person === undefined ? undefined : appositionAfter(run, paragraph);
    const organisationWord = run.tokens.some((t) => ORGANISATION_WORDS.has(lower(stripPossessive(t.text))));
    if (person !== undefined && (hasHead || prefix.length > 0 || (apposition !== undefined && !organisationWord))) {
      const titleTokens = person.title.length > 0 ? person.title : prefix;
      const firstTitle = titleTokens[0];
      const lastTitle = titleTokens[titleTokens.length - 1];
      const title =
        firstTitle === undefined || lastTitle === undefined
          ? ''
          : originalSlice(paragraph, firstTitle.start, lastTitle.end);
      if (prefix.length > 0) {
        const first = prefix[0];
        if (first !== undefined) consumed.push({ paragraph: run.paragraph, start: first.start, end: run.start });
      }
      // A title before the name says what the person is; an apposition, when there is no title.
      const role =
        hasHead && !isHonorific(titleTokens)
          ? spelledOut(former(run, paragraph, title))
          : (apposition?.role ?? (isHonorific(titleTokens) ? '' : spelledOut(title)));
      pending.push({ run, person, title: role });
      if (apposition !== undefined) appositions.push(apposition.span);
      continue;
    }
    if (NOT_ORGANISATIONS.has(run.text) || isDateline(run)) continue;
    const party = partyOf(run);
    if (party !== undefined) {
      parties.push(party);
      // "Liberal party" is a party; "Liberals" may be one, or a surname ("Burns"): it is read on.
      if (party.name !== run.text) continue;
    }
    if (organisationWord || (run.tokens.length === 1 && ACRONYM.test(run.text) && !NOT_ACTOR_ACRONYMS.has(run.text))) {
      organisations.push(run);
      continue;
    }
    const tagged = run.tokens.map((t) => run.tags.get(t.start));
    const demonym = tagged.some((t) => t?.has('Demonym') === true);
    // A company compromise knows ("Boeing"), or a brand written like one ("SpaceX"); not an
    // adjective before a noun ("Greek government official", "Liberal candidate").
    const knownOrganisation =
      tagged.every((t) => t?.has('Organization') === true) &&
      !demonym &&
      !tagged.some((t) => t?.has('Adjective') === true) &&
      !DEMONYMS.has(run.text) &&
      !modifiesANoun(run);
    if ((knownOrganisation || BRAND.test(run.text)) && run.tokens.length <= 3) {
      organisations.push(run);
      continue;
    }
    const personTagged =
      person !== undefined &&
      !demonym &&
      tagged.some((t) => PERSON_TAGS.some((tag) => t?.has(tag) === true)) &&
      (person.name.length >= 2 || tagged.some((t) => t?.has('Person') === true));
    if (person !== undefined && !demonym && (personTagged || (speaksByName(run) && !isNewsOrganisation(run.text)))) {
      pending.push({ run, person, title: '' });
      continue;
    }
    if (run.tokens.length === 1 && isNewsOrganisation(run.text) && speaks(run) !== undefined) {
      organisations.push(run);
      continue;
    }
    unknown.push(run);
  }
  // After the people, whose titles may hold an organisation ("White House press secretary …").
  // Parties: "his Liberal party", then "the Liberals" for the same one.
  const partyKeys = new Set(parties.filter((p) => p.name !== p.run.text).map((p) => p.key));
  for (const p of parties) {
    if (!partyKeys.has(p.key)) continue;
    const d = draft(`org:party:${p.key}`, 'organisation', p.name);
    if (d.name !== p.name && p.name.endsWith('party')) d.name = p.name;
    addForm(d, p.name === p.run.text ? p.run.text : p.name);
    mention(d, p.run);
    d.free = true;
  }
  const inApposition = spanFinder(appositions);
  const inTitle = spanFinder(consumed);
  for (const run of organisations) {
    const d = draft(`org:${lower(run.text)}`, 'organisation', run.text);
    addForm(d, run.text);
    mention(d, run);
    const bound = inSetting(run) !== undefined || inApposition(run) !== undefined || inTitle(run) !== undefined;
    if (!bound || speaks(run) !== undefined) d.free = true;
  }

  // People: full names first, so "Trump" and "President Trump" find "Donald Trump".
  const surnames = new Map<string, Draft[]>();
  const personKey = (name: readonly Token[]) => name.map((t) => lower(stripPossessive(t.text))).join(' ');
  const surnameOf = (name: readonly Token[]) => {
    const bare = name.filter((t) => !NAME_SUFFIX.test(stripPossessive(t.text)));
    return stripPossessive(bare[bare.length - 1]?.text ?? '');
  };
  const named = (p: Pending): void => {
    const paragraph = parsed.paragraphs[p.run.paragraph];
    const first = p.person.name[0];
    const last = p.person.name[p.person.name.length - 1];
    if (paragraph === undefined || first === undefined || last === undefined) return;
    const surname = surnameOf(p.person.name);
    let d: Draft | undefined;
    if (p.person.name.length >= 2) {
      d = draft(`person:${personKey(p.person.name)}`, 'person', '');
      if (d.name === '') {
        d.name = originalSlice(paragraph, first.start, last.start + stripPossessive(last.text).length);
        d.surname = surname;
        d.given = p.person.name
          .slice(0, -1)
          .map((t) => t.text)
          .join(' ');
        const list = surnames.get(lower(surname)) ?? [];
        list.push(d);
        surnames.set(lower(surname), list);
      }
    } else {
      const known = surnames.get(lower(surname));
      d = known?.length === 1 ? known[0] : undefined;
      if (d === undefined) {
        d = draft(`person:${lower(surname)}`, 'person', surname);
        d.surname = surname;
        d.review ??= `Only "${surname}" is given in the report: add the full name.`;
        if (known === undefined) surnames.set(lower(surname), [d]);
      }
    }
    d.free = true;
    if (p.title !== '' && d.role === undefined) d.role = capitalise(p.title);
    addForm(d, stripPossessive(p.run.text));
    mention(d, p.run);
  };
  for (const p of pending) if (p.person.name.length >= 2) named(p);
  for (const p of pending) if (p.person.name.length < 2) named(p);
  // A surname standing alone, once the full name is known: "Waltz".
  for (const run of unknown) {
    const known = run.tokens.length === 1 ? surnames.get(lower(run.text)) : undefined;
    if (known !== undefined && known.length >= 1) {
      const d = known[known.length - 1];
      if (d === undefined) continue;
      if (known.length > 1) d.review ??= `"${run.text}" alone may be more than one person in the report: check.`;
      addForm(d, run.text);
      mention(d, run);
    }
  }

  // "Butch Wilmore" read as no one's name until "Wilmore said": the full name of the one who speaks.
  for (const run of unknown) {
    const last = run.tokens[run.tokens.length - 1];
    const known =
      run.tokens.length >= 2 && last !== undefined ? surnames.get(lower(stripPossessive(last.text))) : undefined;
    const d = known?.length === 1 ? known[0] : undefined;
    const paragraph = parsed.paragraphs[run.paragraph];
    if (d === undefined || d.given !== undefined || paragraph === undefined || run.tokens.length > 3) continue;
    d.name = originalSlice(paragraph, run.start, run.end);
    d.given = run.tokens
      .slice(0, -1)
      .map((t) => t.text)
      .join(' ');
    if (d.review?.startsWith('Only "') === true) delete d.review;
    addForm(d, run.text);
    mention(d, run);
  }

  // A name used more than once that is no one's name, no place and no adjective ("Israel and Hamas
  // sent teams", "Hamas wants …"): most likely an organisation, which the editor confirms.
  const unplaced = new Map<string, Run[]>();
  for (const run of unknown) {
    const token = run.tokens[0];
    if (run.tokens.length !== 1 || token === undefined || surnames.has(lower(run.text))) continue;
    const tags = run.tags.get(token.start);
    if (NOT_AN_ORGANISATION_TAGS.some((t) => tags?.has(t) === true) || DEMONYMS.has(run.text)) continue;
    if (!ACRONYM.test(run.text) && !/^\p{Lu}\p{Ll}/u.test(run.text)) continue;
    unplaced.set(run.text, [...(unplaced.get(run.text) ?? []), run]);
  }
  for (const [text, list] of unplaced) {
    // Used at least twice, and once as the subject of a verb ("Hamas wants"), not only as an
    // adjective ("Liberal candidate", "Sillamae port").
    if (list.length < 2 || !list.some(beforeAVerb)) continue;
    const d = draft(`org:${lower(text)}`, 'organisation', text);
    d.free = true;
    d.review = `The import took "${text}" for an organisation: check what it is.`;
    addForm(d, text);
    for (const run of list) mention(d, run);
  }

  // Speakers who are not named: "a source familiar with the situation", "Ukraine's foreign ministry".
  for (const speaker of evidence.speakers) {
    if (speaker.kind !== 'unnamed' && speaker.kind !== 'title') continue;
    const paragraph = parsed.paragraphs[speaker.paragraph];
    if (paragraph === undefined) continue;
    const words = speaker.text.split(' ');
    const head = lower(words[words.length - 1] ?? '');
    const possessive = /^\p{Lu}[^ ]*'s$/u.test(words[0] ?? '');
    const written = originalSlice(paragraph, speaker.start, speaker.end);
    // "the US presidency", "Ukraine's foreign ministry": an organisation the report names by what it is.
    const capitalModifier = words.slice(1, -1).some((w) => /^\p{Lu}/u.test(w));
    if (speaker.kind === 'title' && (possessive || capitalModifier) && ORGANISATION_NOUNS.has(head)) {
      const name = capitalise(written.replace(/^the\s+/iu, ''));
      const d = draft(`org:${lower(speaker.text)}`, 'organisation', name);
      d.free = true;
      addForm(d, written);
      mention(d, { ...speaker, inQuote: false });
      continue;
    }
    if (speaker.kind !== 'unnamed') continue;
    if (!words.some((w) => SOURCE_NOUNS.has(lower(w)))) continue;
    // "a source", "two sources familiar with …" are unnamed sources; "World leaders", "officials", a group.
    const group = !INDEFINITE.has(lower(words[0] ?? '')) && !words.some((w) => /^sources?$/iu.test(w));
    if (group) {
      const d = draft(`group:${lower(speaker.text)}`, 'group', capitalise(written));
      d.free = true;
      addForm(d, written);
      mention(d, { ...speaker, inQuote: false });
      continue;
    }
    const d = draft(`source:${lower(speaker.text)}`, 'unnamed-source', capitalise(written));
    if (d.mentions.length > 0) d.review = `"${written}" speaks more than once: check that it is one source.`;
    d.free = true;
    addForm(d, written);
    mention(d, { ...speaker, inQuote: false });
    d.role ??= unnamedRole(written);
  }

  return buildIndex(
    parsed,
    order.filter((d) => d.free),
  );
}

/** "a source familiar with the situation" is an "Unnamed source familiar with the situation". */
function unnamedRole(phrase: string): string {
  const words = phrase.split(' ');
  const rest = INDEFINITE.has(lower(words[0] ?? '')) ? words.slice(1) : words;
  const head = rest.findIndex((w) => SOURCE_NOUNS.has(lower(w)));
  if (head < 0 || head > 2) return 'Unnamed source';
  return `Unnamed ${rest.join(' ')}`;
}

const isNewsOrganisation = (text: string): boolean => NEWS_ORGANISATIONS.has(lower(text.split(' ')[0] ?? ''));

function countryDraft(draft: (key: string, kind: ActorKind, name: string) => Draft, country: Country): Draft {
  const d = draft(`country:${country.name}`, 'country', country.name);
  d.free = true;
  if (country.ambiguous !== undefined) d.review = country.ambiguous;
  return d;
}

/** Ids, aliases and the index; forms shared by two actors are kept by the first only. */
function buildIndex(parsed: ParsedText, drafts: readonly Draft[]): ActorIndex {
  const ids = new Set<string>();
  const unique = (base: string): string => {
    let id = base.length > 0 ? base : 'actor';
    for (let n = 2; ids.has(id); n++) id = `${base.slice(0, 56)}-${n}`;
    ids.add(id);
    return id;
  };
  const formOwner = new Map<string, string>();
  const formKey = (form: string): string => lower(normalise(form));
  const actors: ProposedActor[] = [];
  const draftOf = new Map<string, Draft>();
  const surnameIds = new Map<string, string>();
  const surnameCount = new Map<string, number>();
  for (const d of drafts)
    if (d.surname !== undefined) surnameCount.set(lower(d.surname), (surnameCount.get(lower(d.surname)) ?? 0) + 1);

  for (const d of drafts) {
    const base =
      d.kind === 'person' && d.surname !== undefined && (surnameCount.get(lower(d.surname)) ?? 0) === 1
        ? slugify(d.surname)
        : slugify(d.kind === 'unnamed-source' ? d.name.replace(/^(a|an|the)\s+/iu, '') : d.name);
    const id = unique(base);
    const nameKey = formKey(d.name);
    if (formOwner.has(nameKey)) continue;
    formOwner.set(nameKey, id);
    const aliases: string[] = [];
    let dropped: string | undefined;
    for (const form of d.forms) {
      if (form === d.name) continue;
      const key = formKey(form);
      const owner = formOwner.get(key);
      if (owner !== undefined && owner !== id) {
        dropped = form;
        continue;
      }
      formOwner.set(key, id);
      aliases.push(form);
    }
    const reviews = [
      d.review,
      dropped === undefined
        ? undefined
        : `"${dropped}" also names another actor, so it is not an alias here: check who it means.`,
    ];
    const role = d.role ?? PLACEHOLDER_ROLE[d.kind];
    if (d.role === undefined) reviews.push(`The report gives no role for ${d.name}: write one.`);
    const review = reviews.filter((r): r is string => r !== undefined).join(' ');
    actors.push({ id, name: d.name, aliases, kind: d.kind, role, ...(review === '' ? {} : { review }) });
    draftOf.set(id, d);
    if (d.kind === 'person' && d.surname !== undefined && (surnameCount.get(lower(d.surname)) ?? 0) === 1)
      surnameIds.set(lower(d.surname), id);
  }

  const sentenceAt = sentenceFinder(parsed);
  const mentions: ActorMention[] = [];
  for (const actor of actors) {
    const d = draftOf.get(actor.id);
    if (d === undefined) continue;
    d.mentions.forEach((span, i) =>
      mentions.push({ ...span, id: actor.id, sentence: sentenceAt(span), inQuote: d.inQuote[i] === true }),
    );
  }
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);

  const kinds = new Map(actors.map((a) => [a.id, a.kind]));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const idFor = (phrase: string): string | undefined => {
    const clean = normalise(phrase)
      .replace(/^(the)\s+/iu, '')
      .replace(/'s$|(?<=s)'$/u, '');
    const direct = formOwner.get(lower(clean));
    if (direct !== undefined) return direct;
    const capitalOf = countryOfCapital(clean);
    if (capitalOf !== undefined) return formOwner.get(lower(capitalOf.name));
    const last = clean.split(' ').pop() ?? '';
    return surnameIds.get(lower(last));
  };
  return {
    actors,
    mentions,
    idFor,
    kindOf: (id) => kinds.get(id),
    isDescribedAs: (id, word) => {
      const actor = byId.get(id);
      if (actor === undefined) return false;
      const w = lower(word);
      return [actor.role, actor.name, ...actor.aliases].some((form) =>
        lower(form)
          .split(/[\s-]+/u)
          .includes(w),
      );
    },
  };
}

/** The index of the sentence that holds a span. */
function sentenceFinder(parsed: ParsedText): (span: Span) => number {
  return (span) => {
    const sentences = parsed.paragraphs[span.paragraph]?.sentences ?? [];
    const at = lastAtMost(sentences, (s) => s.tokens[0]?.start ?? 0, span.start);
    return sentences[Math.max(0, at)]?.index ?? -1;
  };
}
