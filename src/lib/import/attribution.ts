import type { ActorIndex, ActorMention } from './actors.ts';
import { countryOfOrigin } from './countries.ts';
import { settingsIn, type Setting } from './settingPhrases.ts';
import type { ParsedText, Quotation, Token } from './sentences.ts';
import {
  clausesOf,
  DETERMINERS,
  eventsIn,
  isQuote,
  isWord,
  listIn,
  lower,
  UPPER_START,
  type Clause,
  type SpeechEvent,
} from './speech.ts';
import { CONTINUING_VERBS, PERSON_PRONOUNS, PRONOUNS, SPEECH_VERBS, TITLE_HEADS, TITLE_WORDS } from './vocabulary.ts';

/**
 * Who said each quotation, where, and whether it is a full sentence. The speaker comes from the
 * attribution around the quotation ("…," Waltz said; "said Waltz"; Macron said: "…"; according to
 * X), else from a pronoun or a title resolved to the nearest fitting person named before it (the
 * subject of the previous sentence first), else from the quotation before it (a quotation split by
 * its attribution, or a paragraph that goes on quoting). Guesses carry a `review`.
 */

export interface Analysis {
  /** Narration sentences and the words of quotations that quote others, each with its events. */
  readonly clauses: readonly Clause[];
  readonly events: readonly SpeechEvent[];
  readonly settings: ReadonlyMap<Clause, readonly Setting[]>;
}

/** Words after a name that show it is not a verb's subject ("Trump of", "Zelensky and"). */
const NOT_A_VERB = new Set(
  'of in on at for with and or but to from by the a an as than about into over after before'.split(' '),
);

/** Whether the name ending at `end` is followed by a verb, as a subject is ("Turner warned"). */
function isSubjectAt(text: string, end: number): boolean {
  if (text[end] === "'") return false;
  const next = /^ (\p{Ll}[\p{L}'-]*)/u.exec(text.slice(end, end + 30));
  return next !== null && !NOT_A_VERB.has(next[1] ?? '');
}

export function analyse(parsed: ParsedText): Analysis {
  const clauses = clausesOf(parsed);
  const events = clauses.flatMap(eventsIn);
  const settings = new Map<Clause, Setting[]>();
  for (const clause of clauses) {
    const paragraph = parsed.paragraphs[clause.paragraph];
    if (paragraph !== undefined) settings.set(clause, settingsIn(clause, paragraph));
  }
  return { clauses, events, settings };
}

/** What the attribution found for one quotation. */
export interface Attribution {
  readonly speaker?: string;
  readonly quotedBy?: string;
  readonly setting?: string;
  readonly callout: boolean;
  /** How the quotation is tied to a verb of saying; 'none' when nothing in its sentence says it. */
  readonly link: 'handover' | 'before' | 'after' | 'according' | 'continuation' | 'none';
  readonly review?: string;
}

interface Resolved {
  readonly id?: string;
  readonly review?: string;
  /** A guess (pronoun, title): later quotations inheriting it are guesses too. */
  readonly guessed: boolean;
}

const JOINS_A_CLAUSE = /^(but|while|whereas|although|though|which|who|yet)$/u;
/** After ", and", a verb starts a new statement ("and refused"); a subject goes on with the first ("and Russia remains"). */
const NEW_PREDICATE_AFTER_AND = (word: Token | undefined): boolean =>
  isWord(word) && !UPPER_START.test(word.text) && !DETERMINERS.has(lower(word.text)) && !PRONOUNS.has(lower(word.text));

/**
 * Where a clause breaks: "; " or ", but" ends the reach of a verb of saying (also when the comma
 * closes a quotation: "to “fix the mess we inherited,” but refused …"). Counted once per clause, so
 * whether a break stands between two tokens is a subtraction (`breaks[to] - breaks[from]`).
 */
function clauseBreaks(tokens: readonly Token[]): Int32Array {
  const breaks = new Int32Array(tokens.length + 1);
  tokens.forEach((t, k) => {
    const comma = t.text === ',' || (t.kind === 'quote' && t.text.endsWith(','));
    const next = lower(tokens[k + 1]?.text ?? '');
    const stop =
      t.text === ';' ||
      (comma && (JOINS_A_CLAUSE.test(next) || (next === 'and' && NEW_PREDICATE_AFTER_AND(tokens[k + 2]))));
    breaks[k + 1] = (breaks[k] ?? 0) + (stop ? 1 : 0);
  });
  return breaks;
}

const breaksBetween = (breaks: Int32Array, from: number, to: number): boolean =>
  (breaks[to] ?? 0) - (breaks[from] ?? 0) > 0;

/** The first index of a list of events (in token order) whose verb comes after token `qi`. */
function firstAfter(events: readonly SpeechEvent[], qi: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((events[mid]?.verb ?? 0) > qi) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** How far after a quotation its attribution's verb may stand (a name, an apposition between). */
const HANDOVER_REACH = 45;

/**
 * The event that says a quotation, and how it is tied to it: the attribution right after it, else
 * the nearest verb before it in its clause, else the next one after it, else "according to".
 * Events are in token order; each look-up reads only the events near the quotation.
 */
function eventFor(
  events: readonly SpeechEvent[],
  breaks: Int32Array,
  qi: number,
  words: number,
): { event: SpeechEvent; link: Attribution['link'] } | undefined {
  const tokens = events[0]?.clause.tokens ?? [];
  const next = firstAfter(events, qi);
  for (let i = next; i < events.length && (events[i]?.verb ?? 0) <= qi + HANDOVER_REACH; i++) {
    const e = events[i];
    if (e === undefined) continue;
    const handsOver =
      e.subject?.from === qi + 1 ||
      e.verb === qi + 1 ||
      (e.verb === qi + 2 && tokens[qi + 1]?.text === ',') ||
      (e.word === 'according' && e.verb <= qi + 2);
    if (handsOver) return { event: e, link: e.word === 'according' ? 'according' : 'handover' };
  }
  for (let i = next - 1; i >= 0; i--) {
    const e = events[i];
    if (e === undefined || e.word === 'according') continue;
    // The nearest verb before it; a break between ends its reach over a few words.
    if (words > 3 || !breaksBetween(breaks, e.verb, qi)) return { event: e, link: 'before' };
    break;
  }
  for (let i = next; i < events.length; i++) {
    const e = events[i];
    if (e === undefined || e.word === 'according') continue;
    if (words > 3 || !breaksBetween(breaks, qi, e.verb)) return { event: e, link: 'after' };
    break;
  }
  const according = events.find((e) => e.word === 'according');
  return according === undefined ? undefined : { event: according, link: 'according' };
}

/**
 * "The US president stunned …": a title that opens a sentence as its subject (the + up to four words
 * ending in a title's head, then a verb), as the words read.
 */
function leadingTitle(tokens: readonly Token[]): string | undefined {
  if (lower(tokens[0]?.text ?? '') !== 'the') return undefined;
  for (let k = 1; k <= 4; k++) {
    const t = tokens[k];
    if (!isWord(t)) return undefined;
    if (!TITLE_HEADS.has(lower(t.text))) continue;
    const next = tokens[k + 1];
    const verb = isWord(next) && !UPPER_START.test(next.text) && !TITLE_WORDS.has(lower(next.text));
    return verb
      ? tokens
          .slice(0, k + 1)
          .map((x) => x.text)
          .join(' ')
      : undefined;
  }
  return undefined;
}

/**
 * The countries the capitalised words of a title or role name: "US" in "the US president",
 * "Ukrainian" in "Ukrainian President", "South Korean" (two words at once first).
 */
function originsIn(text: string, leaveOut: ReadonlySet<string> = new Set()): Set<string> {
  const words = text
    .split(/\s+/u)
    .map((w) => w.replace(/['\u2019]s?$/u, '').replace(/[,;:]$/u, ''))
    .filter((w) => w.length > 0 && !leaveOut.has(w));
  const origins = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!UPPER_START.test(word)) continue;
    const pair = countryOfOrigin(`${word} ${words[i + 1] ?? ''}`);
    const country = pair ?? countryOfOrigin(word);
    if (country !== undefined) origins.add(country.name);
    if (pair !== undefined) i += 1;
  }
  return origins;
}

/** The setting nearest a verb among settings in reading order (a binary search). */
function nearestSetting(settings: readonly Setting[], verb: number): Setting | undefined {
  let low = 0;
  let high = settings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((settings[mid]?.anchor ?? 0) < verb) low = mid + 1;
    else high = mid;
  }
  const after = settings[low];
  const before = settings[low - 1];
  if (before === undefined) return after;
  if (after === undefined) return before;
  return verb - before.anchor <= after.anchor - verb ? before : after;
}

/** Whether a quotation opens its sentence (or follows a colon, or another quotation). */
function standsAsSentence(tokens: readonly Token[], qi: number): boolean {
  const before = tokens[qi - 1];
  return before === undefined || before.kind === 'quote' || before.text === ':';
}

/**
 * A quotation that is a full sentence (or more), worth a callout: it opens with a capital, stands
 * where a sentence stands (opening its own, or after "said," or a colon) and is not carried on by
 * the narration ("“The full … forecasts” will be presented"). A fragment, or a quotation quoted
 * inside another, is not.
 */
function isFullSentence(quotation: Quotation, tokens: readonly Token[], qi: number, handedOver: boolean): boolean {
  if (quotation.parent !== undefined) return false;
  const words = quotation.words.replace(/^[^\p{L}\p{N}]+/u, '');
  if (!/^[\p{Lu}\p{N}]/u.test(words) || words.split(' ').length < 3) return false;
  const before = tokens[qi - 1];
  const opens =
    before === undefined ||
    before.kind === 'quote' ||
    /^[:,(\u2014]$/u.test(before.text) ||
    (isWord(before) && SPEECH_VERBS.has(lower(before.text)));
  const after = tokens[qi + 1];
  const ends = handedOver || after === undefined || /[.!?]$/u.test(quotation.words) || !isWord(after);
  return opens && ends;
}

export function attribute(parsed: ParsedText, analysis: Analysis, index: ActorIndex): Map<number, Attribution> {
  const result = new Map<number, Attribution>();
  const eventsOf = new Map<Clause, SpeechEvent[]>();
  for (const event of analysis.events) listIn(eventsOf, event.clause).push(event);
  /** Each sentence's subject: the speaker of its first statement, else the first person it names. */
  const subjectOf = new Map<number, string>();
  const resolvedEvent = new Map<SpeechEvent, Resolved>();
  const names = new Map(index.actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const isPerson = (id: string): boolean => index.kindOf(id) === 'person';
  /** The countries each actor's title names ("Ukrainian President …"), read once. */
  const actorOrigins = new Map<string, Set<string>>();
  for (const actor of index.actors) {
    const own = new Set(actor.name.split(/\s+/u));
    actorOrigins.set(actor.id, originsIn([actor.role, ...actor.aliases].join(' '), own));
  }
  /** "the US president" is not the one the report calls Ukrainian: a title's country must not contradict theirs. */
  const fitsOrigin = (id: string, origins: ReadonlySet<string>): boolean => {
    const theirs = actorOrigins.get(id);
    if (origins.size === 0 || theirs === undefined || theirs.size === 0) return true;
    return [...origins].some((o) => theirs.has(o));
  };
  /** Mentions by sentence (all, and the narration's only), so each look-up reads a few sentences. */
  const mentionsIn = new Map<number, ActorMention[]>();
  const narrationIn = new Map<number, ActorMention[]>();
  for (const m of index.mentions) {
    listIn(mentionsIn, m.sentence).push(m);
    if (!m.inQuote) listIn(narrationIn, m.sentence).push(m);
  }
  const narrationOf = (sentence: number): readonly ActorMention[] => narrationIn.get(sentence) ?? [];
  const narrationClause = new Map<number, Clause>();
  for (const c of analysis.clauses) if (c.within === undefined) narrationClause.set(c.sentence, c);
  /** How many sentences back a pronoun or a title may reach for its person. */
  const LOOKBACK = 12;

  const tokenOffset = (clause: Clause, i: number): number => clause.tokens[i]?.start ?? 0;

  function resolvePronoun(clause: Clause, at: number, word: string): Resolved {
    const offset = tokenOffset(clause, at);
    // "he" and "she" are people, named or not ("A Hamas official told Reuters …" / "…," he added).
    const fits = (id: string): boolean =>
      PERSON_PRONOUNS.has(word) ? isPerson(id) || index.kindOf(id) === 'unnamed-source' : !isPerson(id);
    if (clause.within !== undefined) {
      // Inside a quotation: the first person the quotation itself names ("President Trump … and he said").
      const outer = parsed.quotations[clause.within];
      const inQuote = (mentionsIn.get(clause.sentence) ?? []).filter(
        (m) =>
          m.paragraph === clause.paragraph &&
          outer !== undefined &&
          m.start >= outer.innerStart &&
          m.start < offset &&
          fits(m.id),
      );
      const first = pickInSentence(inQuote, clause, at);
      if (first !== undefined) {
        const others = [...new Set(inQuote.map((m) => m.id))].filter((id) => id !== first.id);
        return {
          id: first.id,
          guessed: true,
          review: `Speaker guessed from "${word}" in the quotation: check that it is ${nameOf(first.id)}${others.length > 0 ? ` (${others.map(nameOf).join(', ')} is named there too)` : ''}.`,
        };
      }
      return { guessed: true, review: `No speaker found for "${word}" in the quotation: name the speaker.` };
    }
    const here = narrationOf(clause.sentence).filter((m) => m.start < offset && fits(m.id));
    let chosen = pickInSentence(here, clause, at)?.id;
    let rivals = [...new Set(here.map((m) => m.id))].filter((id) => id !== chosen);
    if (chosen === undefined) {
      for (let s = clause.sentence - 1; s >= 0 && s >= clause.sentence - 3 && chosen === undefined; s--) {
        const subject = subjectOf.get(s);
        if (subject !== undefined && fits(subject)) {
          chosen = subject;
          rivals = [
            ...new Set(
              narrationOf(s)
                .filter((m) => fits(m.id))
                .map((m) => m.id),
            ),
          ].filter((id) => id !== subject);
        }
      }
    }
    for (let s = clause.sentence - 1; chosen === undefined && s >= 0 && s >= clause.sentence - LOOKBACK; s--)
      chosen = narrationOf(s)
        .filter((m) => fits(m.id))
        .pop()?.id;
    if (chosen === undefined) return { guessed: true, review: `No one named before "${word}" fits: name the speaker.` };
    return {
      id: chosen,
      guessed: true,
      review: `Speaker guessed from "${word}": check that it is ${nameOf(chosen)}${rivals.length > 0 ? ` (${rivals.map(nameOf).join(', ')} could be meant too)` : ''}.`,
    };
  }

  /**
   * Who "he" is among the people its own sentence names before it: the subject of the clause it
   * stands in. After ", and" that is the sentence's first subject ("President Trump had a question
   * about whether President Zelensky was committed …, and he said"); otherwise the nearest subject
   * ("Turner warned publicly of what he termed …"). A name with no verb after it is a last resort.
   */
  function pickInSentence(mentions: readonly ActorMention[], clause: Clause, at: number): ActorMention | undefined {
    const text = parsed.paragraphs[clause.paragraph]?.normalised.text ?? '';
    const subjects = mentions.filter((m) => isSubjectAt(text, m.end));
    const before = lower(clause.tokens[at - 1]?.text ?? '');
    const comma = clause.tokens[at - 2];
    const coordinated =
      (before === 'and' || before === 'but') &&
      (comma?.text === ',' || (comma?.kind === 'quote' && comma.text.endsWith(',')));
    return coordinated ? (subjects[0] ?? mentions[0]) : (subjects[subjects.length - 1] ?? mentions[0]);
  }

  function resolveTitle(clause: Clause, at: number, phrase: string, lean = true): Resolved {
    const direct = index.idFor(phrase);
    if (direct !== undefined) return { id: direct, guessed: false };
    const words = phrase.split(' ').map(lower);
    const head = words[words.length - 1] ?? '';
    const origins = originsIn(phrase.split(' ').slice(1, -1).join(' '));
    const fits = (id: string): boolean => fitsOrigin(id, origins);
    const offset = tokenOffset(clause, at);
    let found: string | undefined;
    for (let s = clause.sentence; found === undefined && s >= 0 && s >= clause.sentence - LOOKBACK; s--)
      found = (mentionsIn.get(s) ?? [])
        .filter((m) => (s < clause.sentence || m.start < offset) && index.isDescribedAs(m.id, head) && fits(m.id))
        .pop()?.id;
    if (found === undefined) {
      // A description no one named before fits may introduce whoever the next sentence names as
      // speaking ("The Church of England's most senior cleric hailed …" / "…, Archbishop … Cottrell said").
      const next = narrationClause.get(clause.sentence + 1);
      const named = (eventsOf.get(next ?? clause) ?? [])
        .filter((e) => next !== undefined && e.subject?.kind === 'name')
        .map((e) => index.idFor(e.subject?.text ?? ''))
        .find((id) => id !== undefined && index.kindOf(id) === 'person' && fits(id));
      if (named !== undefined)
        return {
          id: named,
          guessed: true,
          review: `Speaker guessed from "${phrase}", whom the next sentence may name: check that it is ${nameOf(named)}.`,
        };
      // Else the person the sentences just before were about ("He noted …" / "…, the cabinet minister added").
      for (let s = clause.sentence - 1; lean && s >= 0 && s >= clause.sentence - 2; s--) {
        const subject = subjectOf.get(s);
        if (subject !== undefined && isPerson(subject) && fits(subject))
          return {
            id: subject,
            guessed: true,
            review: `Speaker guessed from "${phrase}", after a sentence about ${nameOf(subject)}: check.`,
          };
      }
      return { guessed: true, review: `No one named before fits "${phrase}": name the speaker.` };
    }
    return {
      id: found,
      guessed: true,
      review: `Speaker guessed from "${phrase}": check that it is ${nameOf(found)}.`,
    };
  }

  function resolve(event: SpeechEvent): Resolved {
    const known = resolvedEvent.get(event);
    if (known !== undefined) return known;
    const subject = event.subject;
    let resolved: Resolved;
    if (subject === undefined) resolved = { guessed: true, review: 'No speaker found: name the speaker.' };
    else if (subject.kind === 'pronoun') {
      if ((subject.text === 'i' || subject.text === 'we') && event.clause.within !== undefined) {
        const outer = result.get(event.clause.within);
        resolved = outer?.speaker === undefined ? { guessed: true } : { id: outer.speaker, guessed: true };
      } else resolved = resolvePronoun(event.clause, subject.from, subject.text);
    } else if (subject.kind === 'title') resolved = resolveTitle(event.clause, subject.from, subject.text);
    else {
      let id = index.idFor(subject.text);
      // "… Health Service Ombudsman (PHSO) said": the end of a longer name the actors hold.
      id ??= index.actors.find((a) => [a.name, ...a.aliases].some((f) => f.endsWith(` ${subject.text}`)))?.id;
      const parts = subject.text.split(' ');
      for (let k = 1; id === undefined && k < parts.length; k++) id = index.idFor(parts.slice(k).join(' '));
      resolved =
        id === undefined
          ? { guessed: true, review: `"${subject.text}" speaks but is not among the actors: add them.` }
          : { id, guessed: false };
    }
    resolvedEvent.set(event, resolved);
    return resolved;
  }

  /** A clause's settings once: those a verb owns ("told X"), and the rest by where they stand. */
  const clauseSettings = new Map<Clause, { byVerb: Map<number, Setting>; free: Setting[] }>();
  function settingsOf(clause: Clause): { byVerb: Map<number, Setting>; free: Setting[] } {
    let found = clauseSettings.get(clause);
    if (found === undefined) {
      const verbs = new Set((eventsOf.get(clause) ?? []).map((e) => e.verb));
      const settings = analysis.settings.get(clause) ?? [];
      found = {
        byVerb: new Map(settings.flatMap((x) => (x.verb === undefined ? [] : [[x.verb, x] as const]))),
        free: settings.filter((x) => x.verb === undefined || !verbs.has(x.verb)),
      };
      clauseSettings.set(clause, found);
    }
    return found;
  }

  /** The setting for a statement: its own clause, an earlier statement it continues, or the sentence introducing the speaker. */
  function settingFor(
    event: SpeechEvent,
    speaker: string | undefined,
    previous: PreviousQuote | undefined,
  ): string | undefined {
    const { byVerb, free } = settingsOf(event.clause);
    const own = byVerb.get(event.verb);
    if (own !== undefined) return own.text;
    const nearest = nearestSetting(free, event.verb);
    if (nearest !== undefined) return nearest.text;
    if (speaker === undefined) return undefined;
    if (
      (CONTINUING_VERBS.has(event.word) || event.participle) &&
      previous?.speaker === speaker &&
      event.clause.sentence - previous.sentence <= 2
    )
      return previous.setting;
    return introducedSetting(event.clause, speaker);
  }

  /** "In a televised address, Macron warned …" just before (or after) "…," Macron said. */
  function introducedSetting(clause: Clause, speaker: string): string | undefined {
    for (const s of [clause.sentence - 1, clause.sentence + 1]) {
      const neighbour = narrationClause.get(s);
      if (neighbour === undefined || neighbour.tokens.some(isQuote)) continue;
      const namesSpeaker = narrationOf(s).some((m) => m.id === speaker);
      const settings = analysis.settings.get(neighbour) ?? [];
      const told = new Set((eventsOf.get(neighbour) ?? []).filter((e) => resolve(e).id !== speaker).map((e) => e.verb));
      const setting = settings.find((x) => x.verb === undefined || !told.has(x.verb));
      if (namesSpeaker && setting !== undefined) return setting.text;
    }
    return undefined;
  }

  interface PreviousQuote {
    readonly speaker?: string;
    readonly setting?: string;
    readonly sentence: number;
    readonly paragraph: number;
    readonly guessed: boolean;
    readonly review?: string;
  }
  let previous: PreviousQuote | undefined;
  const lastSpeakerOfParagraph = new Map<number, PreviousQuote>();

  const record = (
    quotation: Quotation,
    clause: Clause,
    qi: number,
    found: Resolved & { setting?: string; link: Attribution['link'] },
    quotedBy?: string,
  ) => {
    const review = found.review;
    const attribution: Attribution = {
      ...(found.id === undefined ? {} : { speaker: found.id }),
      ...(quotedBy === undefined || quotedBy === found.id ? {} : { quotedBy }),
      ...(found.setting === undefined ? {} : { setting: found.setting }),
      callout: isFullSentence(quotation, clause.tokens, qi, found.link === 'handover'),
      link: found.link,
      ...(review === undefined ? {} : { review }),
    };
    result.set(quotation.id, attribution);
    if (clause.within === undefined) {
      previous = {
        ...(found.id === undefined ? {} : { speaker: found.id }),
        ...(found.setting === undefined ? {} : { setting: found.setting }),
        sentence: clause.sentence,
        paragraph: clause.paragraph,
        guessed: found.guessed,
        ...(review === undefined ? {} : { review }),
      };
      lastSpeakerOfParagraph.set(clause.paragraph, previous);
    }
  };

  for (const clause of analysis.clauses) {
    const events = eventsOf.get(clause) ?? [];
    // Resolve every statement in reading order, so "he" can lean on the subject found before it.
    // "The US president stunned the West …": a sentence led by a title is about the one it fits.
    const led = clause.within === undefined ? leadingTitle(clause.tokens) : undefined;
    const ledBy = led === undefined ? undefined : resolveTitle(clause, 0, led, false).id;
    if (ledBy !== undefined) {
      const first = clause.tokens[0];
      const mention: ActorMention = {
        id: ledBy,
        paragraph: clause.paragraph,
        start: first?.start ?? 0,
        end: first?.end ?? 0,
        sentence: clause.sentence,
        inQuote: false,
      };
      narrationIn.set(clause.sentence, [mention, ...narrationOf(clause.sentence)]);
    }
    for (const event of events) resolve(event);
    if (clause.within === undefined) {
      // The last one who speaks in a paragraph: a quotation alone in the next paragraph goes on from them.
      const last = events.filter((e) => !e.participle && resolve(e).id !== undefined).pop();
      const id = last === undefined ? undefined : resolve(last).id;
      if (last !== undefined && id !== undefined) {
        const setting = (analysis.settings.get(clause) ?? []).find((x) => x.verb === undefined || x.verb === last.verb);
        lastSpeakerOfParagraph.set(clause.paragraph, {
          speaker: id,
          sentence: clause.sentence,
          paragraph: clause.paragraph,
          guessed: resolve(last).guessed,
          ...(setting === undefined ? {} : { setting: setting.text }),
        });
      }
    }
    if (clause.within === undefined) {
      const first = events.map((e) => resolvedEvent.get(e)?.id).find((id) => id !== undefined);
      const named = narrationOf(clause.sentence).find((m) => isPerson(m.id));
      const subject = first ?? named?.id;
      if (subject !== undefined) subjectOf.set(clause.sentence, subject);
    }
    const outerSpeaker = clause.within === undefined ? undefined : result.get(clause.within)?.speaker;
    const breaks = clauseBreaks(clause.tokens);
    clause.tokens.forEach((token, qi) => {
      if (token.quotation === undefined) return;
      const quotation = parsed.quotations[token.quotation];
      if (quotation === undefined) return;
      const words = quotation.words.split(' ').length;
      const tied = eventFor(events, breaks, qi, words);
      if (tied !== undefined) {
        const resolved = resolve(tied.event);
        const setting = clause.within === undefined ? settingFor(tied.event, resolved.id, previous) : undefined;
        record(
          quotation,
          clause,
          qi,
          { ...resolved, link: tied.link, ...(setting === undefined ? {} : { setting }) },
          outerSpeaker,
        );
        if (clause.within === undefined && resolved.id !== undefined && !subjectOf.has(clause.sentence))
          subjectOf.set(clause.sentence, resolved.id);
        return;
      }
      if (clause.within !== undefined) {
        record(quotation, clause, qi, { guessed: true, link: 'none' }, outerSpeaker);
        return;
      }
      // No verb of saying in the sentence: a quotation that stands as a sentence of its own goes on
      // from the one before it; words quoted inside the narration's own sentence do not.
      const sameParagraph = previous !== undefined && previous.paragraph === clause.paragraph;
      const before = sameParagraph ? previous : lastSpeakerOfParagraph.get(clause.paragraph - 1);
      if (before?.speaker !== undefined && standsAsSentence(clause.tokens, qi)) {
        const review = sameParagraph
          ? before.guessed
            ? before.review
            : undefined
          : `No attribution in this paragraph: the speaker is carried over from the paragraph before (${nameOf(before.speaker)}); check.`;
        record(quotation, clause, qi, {
          id: before.speaker,
          guessed: before.guessed || !sameParagraph,
          link: 'continuation',
          ...(before.setting === undefined ? {} : { setting: before.setting }),
          ...(review === undefined ? {} : { review }),
        });
        subjectOf.set(clause.sentence, before.speaker);
        return;
      }
      record(quotation, clause, qi, {
        guessed: true,
        link: 'none',
        review: 'No speaker found: name the speaker, or list the words as unattributed.',
      });
    });
  }
  fillFromLater(parsed, result, nameOf);
  return result;
}

/**
 * A quotation with no speaker that opens a paragraph's quoting, or one left open whose paragraph goes
 * on in the next: the speaker named later in the same paragraph, or in the paragraph it runs into.
 */
function fillFromLater(parsed: ParsedText, result: Map<number, Attribution>, nameOf: (id: string) => string): void {
  const top = parsed.quotations.filter((q) => q.parent === undefined);
  for (let i = top.length - 1; i >= 0; i--) {
    const quotation = top[i];
    if (quotation === undefined) continue;
    const found = result.get(quotation.id);
    if (found === undefined || found.speaker !== undefined || found.link !== 'none') continue;
    const next = top[i + 1];
    if (next === undefined) continue;
    const sameParagraph = next.paragraph === quotation.paragraph;
    const runsOn = quotation.open && next.paragraph === quotation.paragraph + 1 && next.start === 0;
    const later = result.get(next.id);
    if ((!sameParagraph && !runsOn) || later?.speaker === undefined) continue;
    result.set(quotation.id, {
      ...found,
      speaker: later.speaker,
      ...(later.setting === undefined ? {} : { setting: later.setting }),
      link: 'continuation',
      review: sameParagraph
        ? `Speaker taken from the attribution after this quotation (${nameOf(later.speaker)}): check.`
        : `This quotation runs on into the next paragraph, which credits ${nameOf(later.speaker)}: check.`,
    });
  }
}
