import type { SpeakerPhrase } from './actors.ts';
import { tokenise, type ParsedText, type Quotation, type Token } from './sentences.ts';
import {
  BETWEEN_SUBJECT_AND_VERB,
  INDEFINITE,
  isPeoplePlural,
  NAME_CONNECTORS,
  NAMING_VERBS,
  NOT_NAMES,
  PRONOUNS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
  TITLE_HEADS,
  TITLE_WORDS,
} from './vocabulary.ts';

/**
 * The statements of a report: each verb of saying ("said", "told", "according to") with the phrase
 * that speaks (a name, a pronoun, "the president", "a source familiar with the situation"), in the
 * narration and inside quotations that quote someone else.
 */

/** A sentence of narration, or the words of a quotation that quotes someone else inside it. */
export interface Clause {
  readonly paragraph: number;
  /** The sentence that holds it (the quotation's sentence, for a quotation's words). */
  readonly sentence: number;
  readonly tokens: readonly Token[];
  /** For a quotation's words: the quotation's id. */
  readonly within?: number;
}

export interface SubjectPhrase {
  readonly kind: SpeakerPhrase['kind'];
  /** Token indexes in the clause, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export interface SpeechEvent {
  readonly clause: Clause;
  /** Token index of the verb of saying ("said", "told", "according"). */
  readonly verb: number;
  readonly word: string;
  readonly subject?: SubjectPhrase;
  /** ", adding that …": the speaker is the one of the clause's statement before it. */
  readonly participle: boolean;
}

export const lower = (s: string): string => s.toLowerCase();

/** The list a map holds for a key, made when missing. */
export function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

export const UPPER_START = /^\p{Lu}/u;
export const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
export const isQuote = (t: Token | undefined): boolean => t?.kind === 'quote';
/** A capitalised word that may be part of a name: not a function word, not a verb of saying ("Recalling …,"). */
export const isName = (t: Token | undefined): boolean => {
  if (!isWord(t) || !UPPER_START.test(t.text)) return false;
  const word = lower(t.text.replace(/'s?$/u, ''));
  return !NOT_NAMES.has(word) && !SPEECH_VERBS.has(word);
};
const isPossessive = (t: Token | undefined): boolean => isWord(t) && /'s?$/u.test(t.text) && t.text.length > 2;

/** Words that end a subject noun phrase on its left ("… that a source told"). */
const CLAUSE_WORDS = new Set(
  `that which who whom whose and but or while as when after before because if although though since so
  than where whether to said told says tells is was were are has have had be been`.split(/\s+/u),
);
export const DETERMINERS = new Set('the a an his her their its our my your this that these those'.split(' '));
const PASSIVE_AUXILIARIES = new Set('was were been being is are'.split(' '));
const ASKED_BEFORE = new Set('when if after before was were being been is are'.split(' '));
const POSSESSIVE_PRONOUNS = new Set('his her their its'.split(' '));

function phraseText(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join(' ');
}

/** Skips adverbs, auxiliaries and a day between a subject and its verb; the index of the word before them. */
function skipBetween(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k >= 0) {
    const t = tokens[k];
    if (!isWord(t)) break;
    const w = lower(t.text);
    if (BETWEEN_SUBJECT_AND_VERB.has(w) || (w.endsWith('ly') && w.length > 4 && !UPPER_START.test(t.text))) {
      k -= 1;
      continue;
    }
    if (TIME_WORDS.has(w)) {
      k -= 1;
      const before = lower(tokens[k]?.text ?? '');
      if (before === 'on' || before === 'last' || before === 'this' || before === 'early' || before === 'late') k -= 1;
      continue;
    }
    break;
  }
  return k;
}

/** The noun phrase that ends at token `j`: a name, a pronoun, "the president", "a source familiar with …". */
function nounPhraseEndingAt(tokens: readonly Token[], j: number): SubjectPhrase | undefined {
  const t = tokens[j];
  if (!isWord(t)) return undefined;
  const w = lower(t.text);
  if (PRONOUNS.has(w)) return { kind: 'pronoun', from: j, to: j, text: w };
  if (CLAUSE_WORDS.has(w)) return undefined;
  // "Residents said": a plural for people, capitalised only because it opens the sentence.
  if (j === 0 && isPeoplePlural(w)) return { kind: 'unnamed', from: j, to: j, text: t.text };
  if (!UPPER_START.test(t.text) && isPeoplePlural(w)) {
    // "Boeing machinists", "Canada's premiers": people a name qualifies.
    let d = j;
    while (
      d - 1 >= 0 &&
      (isName(tokens[d - 1]) || (isPossessive(tokens[d - 1]) && UPPER_START.test(tokens[d - 1]?.text ?? '')))
    ) {
      d -= 1;
      if (isPossessive(tokens[d])) break;
    }
    if (d < j) return { kind: 'unnamed', from: d, to: j, text: phraseText(tokens, d, j) };
  }
  if (isName(t)) {
    let k = j;
    while (k - 1 >= 0) {
      const before = tokens[k - 1];
      if (!isWord(before) || isPossessive(before)) break;
      if (isName(before) || (UPPER_START.test(before.text) && TITLE_WORDS.has(lower(before.text)))) k -= 1;
      else if (NAME_CONNECTORS.has(before.text) && k - 2 >= 0 && isName(tokens[k - 2])) k -= 2;
      else break;
    }
    return { kind: 'name', from: k, to: j, text: phraseText(tokens, k, j) };
  }
  if (UPPER_START.test(t.text) && !INDEFINITE.has(w)) return undefined;
  let k = j;
  while (k - 1 >= 0 && j - k < 9) {
    const before = tokens[k - 1];
    if (!isWord(before) || CLAUSE_WORDS.has(lower(before.text))) break;
    k -= 1;
    if (isPossessive(before) && UPPER_START.test(before.text)) break;
  }
  for (let d = k; d <= j; d++) {
    const word = tokens[d];
    if (!isWord(word)) continue;
    const lw = lower(word.text);
    const text = phraseText(tokens, d, j);
    if (INDEFINITE.has(lw)) return { kind: 'unnamed', from: d, to: j, text };
    if (lw === 'the' || POSSESSIVE_PRONOUNS.has(lw)) return { kind: 'title', from: d, to: j, text };
    if (isPossessive(word) && UPPER_START.test(word.text)) return { kind: 'title', from: d, to: j, text };
  }
  // "officials said", "European diplomats said": a plural with no determiner.
  if (SOURCE_NOUNS.has(w) && w.endsWith('s'))
    return { kind: 'unnamed', from: k, to: j, text: phraseText(tokens, k, j) };
  if (isPeoplePlural(w) && j === k) return { kind: 'unnamed', from: j, to: j, text: t.text };
  return undefined;
}

function isAppositionOpener(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (!UPPER_START.test(t.text) || /^\p{N}/u.test(t.text)) return true;
  return isPossessive(t) || TITLE_WORDS.has(lower(t.text));
}

/** The subject before a verb, past ", a former …," or ", speaking to …," between them. */
function subjectBefore(tokens: readonly Token[], v: number): SubjectPhrase | undefined {
  let j = skipBetween(tokens, v - 1);
  // "The Parliamentary and Health Service Ombudsman (PHSO) said": past the abbreviation in brackets.
  if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(') j = j - 3;
  if (tokens[j]?.text === ',') {
    let k = j - 1;
    while (k >= 0 && k > j - 30 && (isWord(tokens[k]) || /^['\-&]$/u.test(tokens[k]?.text ?? ''))) k -= 1;
    if (tokens[k]?.text !== ',' || !isAppositionOpener(tokens[k + 1])) return undefined;
    j = k - 1;
  }
  return nounPhraseEndingAt(tokens, j);
}

/** The subject after a verb: "…," said Waltz; "…," continued the judge. */
function subjectAfter(tokens: readonly Token[], v: number): SubjectPhrase | undefined {
  const first = v + 1;
  const t = tokens[first];
  if (!isWord(t)) return undefined;
  const w = lower(t.text);
  if (PRONOUNS.has(w)) return { kind: 'pronoun', from: first, to: first, text: w };
  let k = first;
  if (isName(t)) {
    while (isName(tokens[k + 1]) || (NAME_CONNECTORS.has(tokens[k + 1]?.text ?? '') && isName(tokens[k + 2])))
      k += NAME_CONNECTORS.has(tokens[k + 1]?.text ?? '') ? 2 : 1;
    return { kind: 'name', from: first, to: k, text: phraseText(tokens, first, k) };
  }
  if (w !== 'the' && !INDEFINITE.has(w) && !POSSESSIVE_PRONOUNS.has(w)) return undefined;
  while (k + 1 < tokens.length && k - first < 9) {
    const next = tokens[k + 1];
    if (!isWord(next) || CLAUSE_WORDS.has(lower(next.text))) break;
    k += 1;
  }
  return {
    kind: w === 'the' || POSSESSIVE_PRONOUNS.has(w) ? 'title' : 'unnamed',
    from: first,
    to: k,
    text: phraseText(tokens, first, k),
  };
}

/**
 * The clause's subject before `limit`: the first name followed by its verb ("Palestinian president
 * Mahmud Abbas paid tribute …"), not a word of a title ("Palestinian president").
 */
function firstNameOf(tokens: readonly Token[], limit: number): SubjectPhrase | undefined {
  for (let i = 0; i < limit; i++) {
    if (!isName(tokens[i])) continue;
    let end = i;
    while (end + 1 < limit && isName(tokens[end + 1]) && !isPossessive(tokens[end])) end += 1;
    const next = tokens[end + 1];
    const verbAfter =
      isWord(next) &&
      !UPPER_START.test(next.text) &&
      !TITLE_WORDS.has(lower(next.text)) &&
      !TITLE_HEADS.has(lower(next.text)) &&
      !CLAUSE_WORDS.has(lower(next.text));
    if (verbAfter && !isPossessive(tokens[end])) return nounPhraseEndingAt(tokens, end);
    i = end;
  }
  return undefined;
}

/** Words that open a sentence before its subject ("When …,", "On Tuesday,"): the subject follows their comma. */
const LEADING_ADJUNCTS = new Set(
  `when after before as while although though because since if once in on at during following despite
  amid earlier later meanwhile however separately speaking addressing`.split(/\s+/u),
);

/**
 * "The prime minister congratulated him and said, …": a verb joined by "and" (or "but") to the one
 * before it has the subject of its clause, the phrase that opens it (after an opening "On Tuesday,"),
 * or the name a ", who …" stands for.
 */
function coordinatedSubject(tokens: readonly Token[], v: number): SubjectPhrase | undefined {
  const j = skipBetween(tokens, v - 1);
  const joint = lower(tokens[j]?.text ?? '');
  if (joint !== 'and' && joint !== 'but') return undefined;
  let start = 0;
  for (let k = j - 1; k > 0; k--)
    if (tokens[k]?.text === ';') {
      start = k + 1;
      break;
    }
  if (LEADING_ADJUNCTS.has(lower(tokens[start]?.text ?? ''))) {
    let k = start;
    while (k < j && tokens[k]?.text !== ',') k += 1;
    start = k + 1;
  }
  for (let k = j - 1; k > start + 1; k--)
    if (lower(tokens[k]?.text ?? '') === 'who' && tokens[k - 1]?.text === ',') return nounPhraseEndingAt(tokens, k - 2);
  const first = tokens[start];
  if (start >= j || !isWord(first)) return undefined;
  const w = lower(first.text);
  if (PRONOUNS.has(w)) return { kind: 'pronoun', from: start, to: start, text: w };
  if (isName(first)) {
    let end = start;
    while (end + 1 < j && isName(tokens[end + 1]) && !isPossessive(tokens[end])) end += 1;
    return isPossessive(tokens[end]) ? undefined : nounPhraseEndingAt(tokens, end);
  }
  if (w !== 'the' && !INDEFINITE.has(w)) return undefined;
  // "The prime minister", "A spokesman for the ministry": up to five words to the head.
  for (let k = start + 1; k < j && k <= start + 5; k++) {
    const word = lower(tokens[k]?.text ?? '');
    if (!TITLE_HEADS.has(word) && !SOURCE_NOUNS.has(word)) continue;
    let end = k;
    while (end + 1 < j && TITLE_HEADS.has(lower(tokens[end + 1]?.text ?? ''))) end += 1;
    return nounPhraseEndingAt(tokens, end);
  }
  return undefined;
}

/**
 * "Mary Lou McDonald, president of Sinn Féin: “It failed.”": a sentence that opens with a name, its
 * description after a comma if any, then a colon and the quotation, says who speaks with no verb.
 * The colon stands for the verb.
 */
function colonStatement(clause: Clause): SpeechEvent | undefined {
  const tokens = clause.tokens;
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 30 || !isQuote(tokens[colon + 1]) || !isName(tokens[0])) return undefined;
  // The name, with a title before it in capitals or not ("Manchester City manager Pep Guardiola").
  const titleWord = (t: Token | undefined): boolean =>
    isWord(t) && (TITLE_WORDS.has(lower(t.text)) || TITLE_HEADS.has(lower(t.text)));
  let end = 0;
  while (
    end + 1 < colon &&
    (isName(tokens[end + 1]) ||
      (NAME_CONNECTORS.has(tokens[end + 1]?.text ?? '') && isName(tokens[end + 2])) ||
      (titleWord(tokens[end + 1]) && (isName(tokens[end + 2]) || titleWord(tokens[end + 2]))))
  )
    end += 1;
  if (isPossessive(tokens[end])) return undefined;
  // Between the name and the colon only a description set off by a comma, with no verb of saying.
  if (end + 1 < colon) {
    if (tokens[end + 1]?.text !== ',') return undefined;
    const description = tokens.slice(end + 2, colon);
    if (description.length === 0 || description.some((t) => t.kind !== 'word' && !/^[,'&-]$/u.test(t.text)))
      return undefined;
    // "…, speaking to the BBC:" sets the scene; a finite verb of saying makes a statement of its own.
    if (description.some((t) => SPEECH_VERBS.has(lower(t.text)) && !lower(t.text).endsWith('ing'))) return undefined;
  }
  const subject = nounPhraseEndingAt(tokens, end);
  if (subject?.kind !== 'name') return undefined;
  return { clause, verb: colon, word: ':', subject, participle: false };
}

/** Every verb of saying in a clause, with its subject. */
export function eventsIn(clause: Clause): SpeechEvent[] {
  const tokens = clause.tokens;
  const events: SpeechEvent[] = [];
  const colon = colonStatement(clause);
  if (colon !== undefined) events.push(colon);
  tokens.forEach((t, v) => {
    if (!isWord(t)) return;
    const word = lower(t.text);
    if (!SPEECH_VERBS.has(word)) return;
    const before = lower(tokens[v - 1]?.text ?? '');
    if (DETERMINERS.has(before)) return;
    if (NAMING_VERBS.has(word) && !tokens.slice(v + 1, v + 6).some(isQuote)) return;
    if (word === 'asked' && ASKED_BEFORE.has(before)) return;
    if (word === 'according') {
      if (lower(tokens[v + 1]?.text ?? '') !== 'to') return;
      const subject = subjectAfter(tokens, v + 1);
      if (subject !== undefined) events.push({ clause, verb: v, word, subject, participle: false });
      return;
    }
    if (PASSIVE_AUXILIARIES.has(before) || /ed$|told$/u.test(word)) {
      if (lower(tokens[v + 1]?.text ?? '') === 'by') {
        const subject = subjectAfter(tokens, v + 1);
        if (subject !== undefined) events.push({ clause, verb: v, word, subject, participle: false });
        return;
      }
      if (PASSIVE_AUXILIARIES.has(before)) return;
    }
    const comma =
      tokens[v - 1]?.text === ',' || (/^(before|after|while|also)$/u.test(before) && tokens[v - 2]?.text === ',');
    // ", adding that …", and "Hailing the pope's …, Cottrell said": the clause's speaker says it.
    if (word.endsWith('ing') && (comma || v === 0)) {
      events.push({ clause, verb: v, word, participle: true });
      return;
    }
    if (word === 'saying' && before === 'as') {
      // "… quoted a senior Egyptian source as saying …": the one quoted speaks.
      const subject = nounPhraseEndingAt(tokens, v - 2);
      if (subject !== undefined) events.push({ clause, verb: v, word, subject, participle: false });
      return;
    }
    let subject: SubjectPhrase | undefined;
    if (before === 'to') {
      // "He went on to say, …": the subject of the verb before "to".
      let k = v - 2;
      while (
        k >= 0 &&
        v - k < 5 &&
        isWord(tokens[k]) &&
        !isName(tokens[k]) &&
        !PRONOUNS.has(lower(tokens[k]?.text ?? ''))
      )
        k -= 1;
      subject = k >= 0 ? subjectBefore(tokens, k + 1) : undefined;
    } else subject = subjectBefore(tokens, v) ?? coordinatedSubject(tokens, v);
    // "Plans were also announced": a passive with no one named by "by" says nothing of a speaker.
    if (subject !== undefined && /ed$|told$|said$/u.test(word)) {
      // The words right before the verb ("were also announced"), not an apposition's ("King, who was …, said").
      let k = v - 1;
      let passive = false;
      while (k >= 0 && isWord(tokens[k]) && BETWEEN_SUBJECT_AND_VERB.has(lower(tokens[k]?.text ?? ''))) {
        passive ||= PASSIVE_AUXILIARIES.has(lower(tokens[k]?.text ?? ''));
        k -= 1;
      }
      if (passive) return;
    }
    const afterQuote = isQuote(tokens[v - 1]) || (tokens[v - 1]?.text === ',' && isQuote(tokens[v - 2]));
    if (subject === undefined && (afterQuote || v === 0)) subject = subjectAfter(tokens, v);
    if (subject !== undefined) events.push({ clause, verb: v, word, subject, participle: false });
  });
  // In token order, the colon's statement among the verbs ("…, speaking to the BBC: “…”").
  events.sort((a, b) => a.verb - b.verb);
  // ", adding that …" speaks for the subject of the statement before it; an opening "Hailing …," for
  // the one after it; with neither, for the first name of the clause ("Abbas paid tribute …, calling").
  return events.map((event, i) => {
    if (!event.participle) return event;
    const previous = events
      .slice(0, i)
      .reverse()
      .find((e) => e.subject !== undefined && !e.participle);
    const next = events.slice(i + 1).find((e) => e.subject !== undefined && !e.participle);
    const subject = (event.verb === 0 ? next : previous)?.subject ?? firstNameOf(tokens, event.verb);
    return subject === undefined ? event : { ...event, subject };
  });
}

/** The clauses of a text: its narration sentences, and the words of each quotation that quotes another. */
export function clausesOf(parsed: ParsedText): Clause[] {
  const clauses: Clause[] = [];
  const children = new Map<number, Quotation[]>();
  for (const q of parsed.quotations) if (q.parent !== undefined) listIn(children, q.parent).push(q);
  for (const sentence of parsed.sentences) {
    clauses.push({ paragraph: sentence.paragraph, sentence: sentence.index, tokens: sentence.tokens });
    for (const token of sentence.tokens) {
      if (token.quotation === undefined) continue;
      const outer = parsed.quotations[token.quotation];
      const paragraph = parsed.paragraphs[sentence.paragraph];
      if (outer === undefined || paragraph === undefined) continue;
      const inner = children.get(outer.id) ?? [];
      if (inner.length === 0) continue;
      const atoms = inner.map((q) => ({ id: q.id, start: q.start, end: q.end, words: q.words }));
      const tokens = tokenise(paragraph.normalised.text, outer.innerStart, outer.innerEnd, atoms);
      clauses.push({ paragraph: sentence.paragraph, sentence: sentence.index, tokens, within: outer.id });
    }
  }
  return clauses;
}

/** The subjects of the events as spans of the prose, for the actors (anyone who speaks is one). */
export function speakerPhrases(events: readonly SpeechEvent[]): SpeakerPhrase[] {
  return events.flatMap((event) => {
    const subject = event.subject;
    if (subject === undefined || event.participle) return [];
    const first = event.clause.tokens[subject.from];
    const last = event.clause.tokens[subject.to];
    if (first === undefined || last === undefined) return [];
    // A name's closing possessive is not part of the name ("Ukraine's" names Ukraine).
    const possessive = subject.kind === 'name' ? (/'s?$/u.exec(last.text)?.[0].length ?? 0) : 0;
    return [
      {
        paragraph: event.clause.paragraph,
        start: first.start,
        end: last.end - possessive,
        kind: subject.kind,
        text: subject.text,
      },
    ];
  });
}
