// Compares what the import proposes for a report with hand-checked answers: quotations, their speakers,
// actors, unattributed quotations and dated events. Pure functions, shared by `npm run bench:import` and
// the accuracy test; nothing here runs the import.
import type {
  ActorKind,
  ProposedActor,
  ProposedEvent,
  ProposedQuote,
  ProposedUnattributed,
} from '../src/lib/import/proposal.ts';
import { normaliseQuoteText } from '../src/lib/quotes/matchQuote.ts';
import { normalise } from '../src/lib/text/normalise.ts';

/** What the import proposes, as `ImportedDraft['proposal']` has it. */
export interface ProposalLike {
  readonly actors: readonly ProposedActor[];
  readonly quotes: readonly ProposedQuote[];
  readonly unattributed: readonly ProposedUnattributed[];
  readonly timeline: readonly ProposedEvent[];
}

/**
 * An entry marked `optional` is one an editor could fairly list or leave out (a place named once, a date
 * phrase inside a quotation): finding it earns nothing, and proposing it is not counted as a mistake.
 */
export interface AnswerQuote {
  /** The words between the marks, a closing comma left out (as `findQuote` compares them). */
  readonly text: string;
  /** The speaker's name, as one of `actors` has it. */
  readonly speaker: string;
  /** For a quotation inside another's, the name of the one who relayed it. */
  readonly quotedBy?: string;
  readonly optional?: boolean;
  readonly note?: string;
}

export interface AnswerUnattributed {
  readonly text: string;
  readonly reason: string;
  readonly optional?: boolean;
  readonly note?: string;
}

export interface AnswerActor {
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly optional?: boolean;
  readonly note?: string;
}

export interface AnswerEvent {
  /** The date phrase as the prose has it ("on Tuesday"). */
  readonly phrase: string;
  /** A longer passage around the phrase, when the phrase stands more than once in the prose. */
  readonly in?: string;
  /** In the story forms: "2022", "2025-03", "2025-W11", "2025-03-05", "2025-03-03/2025-03-04". */
  readonly date: string;
  /** Other ways of writing the same knowledge ("2025-04" and "2025-04-01/2025-04-20"). */
  readonly alsoAccept?: readonly string[];
  readonly status: 'happened' | 'expected';
  readonly what?: string;
  readonly optional?: boolean;
  readonly note?: string;
}

export interface Answers {
  /**
   * The answers were written, and first measured, before anyone tuned the import on this report: its
   * figures say how the import does on text it was not shaped for. Reported apart from the rest.
   */
  readonly heldOut?: boolean;
  /** The report's publication day, YYYY-MM-DD: the day relative dates are counted from. */
  readonly published: string;
  readonly source?: { readonly name: string; readonly url?: string };
  readonly quotes: readonly AnswerQuote[];
  readonly unattributed: readonly AnswerUnattributed[];
  readonly actors: readonly AnswerActor[];
  readonly events: readonly AnswerEvent[];
}

/** A share, or undefined when there was nothing to count (shown as "–", never as 100 %). */
export function ratio(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}

/** One trailing character of closing punctuation, which `findQuote` lets a quote keep or leave out. */
const CLOSING_PUNCTUATION = /[,.;:!?]$/u;

/**
 * Whether two quotations are the same words as the checker compares them: marks and spaces normalised,
 * a closing comma dropped, and a full stop or other closing mark before the quotation mark optional
 * ("all aspects of this relationship." and "all aspects of this relationship" both match the prose).
 */
export function sameQuoteText(a: string, b: string): boolean {
  const x = normaliseQuoteText(a);
  const y = normaliseQuoteText(b);
  return x === y || x === y.replace(CLOSING_PUNCTUATION, '') || x.replace(CLOSING_PUNCTUATION, '') === y;
}

/** A name in the form names are compared: marks and spaces normalised, case and a leading "the" ignored. */
export function nameKey(name: string): string {
  return normalise(name)
    .toLowerCase()
    .replace(/^the /u, '')
    .replace(/[.,;:]+$/u, '');
}

function namesOf(actor: { readonly name: string; readonly aliases: readonly string[] }): Set<string> {
  return new Set([actor.name, ...actor.aliases].map(nameKey).filter((key) => key.length > 0));
}

/** How many names (the name or an alias) two actors share. */
export function sharedNames(
  a: { readonly name: string; readonly aliases: readonly string[] },
  b: { readonly name: string; readonly aliases: readonly string[] },
): number {
  const mine = namesOf(a);
  let shared = 0;
  for (const key of namesOf(b)) if (mine.has(key)) shared += 1;
  return shared;
}

/**
 * Pairs proposed actors with answer actors one to one by shared names, the pairs with most names in
 * common first, so that an actor proposed twice ("Trump" and "Donald Trump") is counted once.
 */
export function pairActors(
  proposed: readonly ProposedActor[],
  answers: readonly AnswerActor[],
): Map<ProposedActor, AnswerActor> {
  const candidates: { p: ProposedActor; a: AnswerActor; shared: number; order: number }[] = [];
  proposed.forEach((p, i) =>
    answers.forEach((a, j) => {
      const shared = sharedNames(p, a);
      if (shared > 0) candidates.push({ p, a, shared, order: i * answers.length + j });
    }),
  );
  candidates.sort((x, y) => y.shared - x.shared || x.order - y.order);
  const pairs = new Map<ProposedActor, AnswerActor>();
  const taken = new Set<AnswerActor>();
  for (const { p, a } of candidates) {
    if (pairs.has(p) || taken.has(a)) continue;
    pairs.set(p, a);
    taken.add(a);
  }
  return pairs;
}

/** Pairs proposals with answers one to one, in order, by `same`. */
function pairInOrder<P, A>(proposed: readonly P[], answers: readonly A[], same: (p: P, a: A) => boolean): Map<A, P> {
  const pairs = new Map<A, P>();
  const used = new Set<P>();
  for (const a of answers) {
    const p = proposed.find((candidate) => !used.has(candidate) && same(candidate, a));
    if (p === undefined) continue;
    pairs.set(a, p);
    used.add(p);
  }
  return pairs;
}

export interface CountScore {
  /** Answer entries that had to be found (not optional). */
  readonly expected: number;
  /** Of those, how many were found. */
  readonly found: number;
  /** Entries the import proposed. */
  readonly proposed: number;
  /** Of those, how many match an answer entry (optional ones included). */
  readonly correct: number;
  readonly recall: number | undefined;
  readonly precision: number | undefined;
}

function countScore(expected: number, found: number, proposed: number, correct: number): CountScore {
  return { expected, found, proposed, correct, recall: ratio(found, expected), precision: ratio(correct, proposed) };
}

export interface QuoteScore extends CountScore {
  /** Required quotations found whose speaker was checked, and how many had the right speaker. */
  readonly speakersChecked: number;
  readonly speakersRight: number;
  readonly speakerShare: number | undefined;
  /** Nested quotations found, and how many had the right relayer (`quotedBy`). */
  readonly quotedByChecked: number;
  readonly quotedByRight: number;
  readonly missed: readonly string[];
  /** Proposed quotations that match no answer (scare quotes taken for quotes, cut or run-on text). */
  readonly extra: readonly string[];
  readonly wrongSpeakers: readonly { readonly text: string; readonly expected: string; readonly proposed: string }[];
}

/** The names an answer speaker goes by: the answer actor's, or the bare name when no actor has it. */
function answerSpeaker(name: string, actors: readonly AnswerActor[]): { name: string; aliases: readonly string[] } {
  return actors.find((actor) => nameKey(actor.name) === nameKey(name)) ?? { name, aliases: [] };
}

function describeActor(id: string | undefined, byId: ReadonlyMap<string, ProposedActor>): string {
  if (id === undefined) return '(none)';
  const actor = byId.get(id);
  return actor === undefined ? `${id} (no such actor)` : `${actor.name} (${id})`;
}

function sameActor(
  id: string | undefined,
  expected: string,
  byId: ReadonlyMap<string, ProposedActor>,
  actors: readonly AnswerActor[],
): boolean {
  const actor = id === undefined ? undefined : byId.get(id);
  return actor !== undefined && sharedNames(actor, answerSpeaker(expected, actors)) > 0;
}

export function scoreQuotes(proposal: ProposalLike, answers: Answers): QuoteScore {
  const pairs = pairInOrder(proposal.quotes, answers.quotes, (p, a) => sameQuoteText(p.text, a.text));
  const byId = new Map(proposal.actors.map((actor) => [actor.id, actor]));
  const required = answers.quotes.filter((a) => a.optional !== true);
  let found = 0;
  let speakersRight = 0;
  let quotedByChecked = 0;
  let quotedByRight = 0;
  const missed: string[] = [];
  const wrongSpeakers: { text: string; expected: string; proposed: string }[] = [];
  for (const a of required) {
    const p = pairs.get(a);
    if (p === undefined) {
      missed.push(a.text);
      continue;
    }
    found += 1;
    if (sameActor(p.speaker, a.speaker, byId, answers.actors)) speakersRight += 1;
    else wrongSpeakers.push({ text: a.text, expected: a.speaker, proposed: describeActor(p.speaker, byId) });
    if (a.quotedBy !== undefined) {
      quotedByChecked += 1;
      if (sameActor(p.quotedBy, a.quotedBy, byId, answers.actors)) quotedByRight += 1;
    }
  }
  const matched = new Set(pairs.values());
  const extra = proposal.quotes.filter((p) => !matched.has(p)).map((p) => p.text);
  return {
    ...countScore(required.length, found, proposal.quotes.length, matched.size),
    speakersChecked: found,
    speakersRight,
    speakerShare: ratio(speakersRight, found),
    quotedByChecked,
    quotedByRight,
    missed,
    extra,
    wrongSpeakers,
  };
}

export interface UnattributedScore extends CountScore {
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

export function scoreUnattributed(proposal: ProposalLike, answers: Answers): UnattributedScore {
  const pairs = pairInOrder(proposal.unattributed, answers.unattributed, (p, a) => sameQuoteText(p.text, a.text));
  const required = answers.unattributed.filter((a) => a.optional !== true);
  const missed = required.filter((a) => !pairs.has(a)).map((a) => a.text);
  const matched = new Set(pairs.values());
  return {
    ...countScore(required.length, required.length - missed.length, proposal.unattributed.length, matched.size),
    missed,
    extra: proposal.unattributed.filter((p) => !matched.has(p)).map((p) => p.text),
  };
}

export interface ActorScore extends CountScore {
  /** Required actors found whose proposed kind is the answer's. */
  readonly kindRight: number;
  readonly missed: readonly string[];
  /** Proposed actors that match no answer actor, by name. */
  readonly extra: readonly string[];
  readonly wrongKinds: readonly { readonly name: string; readonly expected: ActorKind; readonly proposed: ActorKind }[];
}

export function scoreActors(proposal: ProposalLike, answers: Answers): ActorScore {
  const pairs = pairActors(proposal.actors, answers.actors);
  const byAnswer = new Map([...pairs].map(([p, a]) => [a, p]));
  const required = answers.actors.filter((a) => a.optional !== true);
  const missed: string[] = [];
  const wrongKinds: { name: string; expected: ActorKind; proposed: ActorKind }[] = [];
  let kindRight = 0;
  for (const a of required) {
    const p = byAnswer.get(a);
    if (p === undefined) missed.push(a.name);
    else if (p.kind === a.kind) kindRight += 1;
    else wrongKinds.push({ name: a.name, expected: a.kind, proposed: p.kind });
  }
  return {
    ...countScore(required.length, required.length - missed.length, proposal.actors.length, pairs.size),
    kindRight,
    missed,
    extra: proposal.actors.filter((p) => !pairs.has(p)).map((p) => p.name),
    wrongKinds,
  };
}

/**
 * The prose of a draft: the MDX after its frontmatter, so that a date phrase written in a frontmatter
 * field (a mention, a date basis) is never taken for the prose's own.
 */
export function proseOf(mdx: string): string {
  const lines = mdx.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  if (lines[0]?.trim() !== '---') return mdx;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return close < 0 ? mdx : lines.slice(close + 1).join('\n');
}

/** Prose and phrases are searched in one form: marks and spaces normalised, case ignored. */
const searchForm = (text: string): string => normalise(text).toLowerCase();

/**
 * Where a date phrase stands in the prose (in search form): inside `within` when given, else its first
 * occurrence. Undefined when the prose does not hold it.
 */
export function locatePhrase(
  prose: string,
  phrase: string,
  within?: string,
): { readonly start: number; readonly end: number } | undefined {
  const text = searchForm(prose);
  const wanted = searchForm(phrase);
  if (wanted.length === 0) return undefined;
  let base = 0;
  let region = text;
  if (within !== undefined) {
    base = text.indexOf(searchForm(within));
    if (base < 0) return undefined;
    region = searchForm(within);
  }
  const at = region.indexOf(wanted);
  return at < 0 ? undefined : { start: base + at, end: base + at + wanted.length };
}

export interface EventScore extends CountScore {
  /** Required events whose phrase was found, whatever date was proposed for it. */
  readonly phraseFound: number;
  /** Required events found with the right date whose status (happened/expected) is also right. */
  readonly statusRight: number;
  readonly missed: readonly string[];
  readonly wrongDates: readonly { readonly phrase: string; readonly expected: string; readonly proposed: string }[];
  /** Proposed events that stand on no answer's date phrase, or with a date no answer accepts. */
  readonly extra: readonly string[];
}

const mentionParts = (mention: ProposedEvent['mention']): { phrase: string; within?: string } =>
  typeof mention === 'string' ? { phrase: mention } : { phrase: mention.phrase, within: mention.in };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const describeEvent = (e: AnswerEvent): string => (e.in === undefined ? e.phrase : `${e.phrase} (in "${e.in}")`);

/**
 * Events are matched by where their date phrases stand in the draft's prose, so "on Tuesday" in
 * "Addressing Congress on Tuesday" is not taken for the "on Tuesday" of "Trump revealing on Tuesday";
 * phrases that overlap match ("Monday" and "Monday’s federal election"). Then the date must be the
 * answer's (or one it also accepts).
 */
export function scoreEvents(proposal: ProposalLike, answers: Answers, prose: string): EventScore {
  const located = proposal.timeline.map((event) => {
    const { phrase, within } = mentionParts(event.mention);
    return { event, at: locatePhrase(prose, phrase, within) };
  });
  const accepted = (a: AnswerEvent, date: string): boolean => date === a.date || (a.alsoAccept ?? []).includes(date);
  const used = new Set<ProposedEvent>();
  const rightDate = new Map<AnswerEvent, ProposedEvent>();
  const placed = new Map<AnswerEvent, ProposedEvent>();
  // Events with the right date claim their phrase first, so a wrong-date duplicate never hides a right one.
  for (const pass of ['right date', 'any date'] as const) {
    for (const a of answers.events) {
      if (placed.has(a)) continue;
      const where = locatePhrase(prose, a.phrase, a.in);
      if (where === undefined) continue;
      const hit = located.find(
        ({ event, at }) =>
          !used.has(event) &&
          at !== undefined &&
          overlaps(at, where) &&
          (pass === 'any date' || accepted(a, event.date)),
      );
      if (hit === undefined) continue;
      used.add(hit.event);
      placed.set(a, hit.event);
      if (accepted(a, hit.event.date)) rightDate.set(a, hit.event);
    }
  }
  const required = answers.events.filter((a) => a.optional !== true);
  const missed: string[] = [];
  const wrongDates: { phrase: string; expected: string; proposed: string }[] = [];
  let found = 0;
  let phraseFound = 0;
  let statusRight = 0;
  for (const a of required) {
    const p = placed.get(a);
    if (p === undefined) {
      missed.push(describeEvent(a));
      continue;
    }
    phraseFound += 1;
    if (!rightDate.has(a)) {
      wrongDates.push({ phrase: describeEvent(a), expected: a.date, proposed: p.date });
      continue;
    }
    found += 1;
    if (p.status === a.status) statusRight += 1;
  }
  const correct = new Set(rightDate.values());
  const extra = proposal.timeline
    .filter((p) => !correct.has(p))
    .map((p) => `${mentionParts(p.mention).phrase} → ${p.date}`);
  return {
    ...countScore(required.length, found, proposal.timeline.length, correct.size),
    phraseFound,
    statusRight,
    missed,
    wrongDates,
    extra,
  };
}

export interface ArticleScore {
  readonly quotes: QuoteScore;
  readonly unattributed: UnattributedScore;
  readonly actors: ActorScore;
  readonly events: EventScore;
}

export function scoreArticle(proposal: ProposalLike, mdx: string, answers: Answers): ArticleScore {
  return {
    quotes: scoreQuotes(proposal, answers),
    unattributed: scoreUnattributed(proposal, answers),
    actors: scoreActors(proposal, answers),
    events: scoreEvents(proposal, answers, proseOf(mdx)),
  };
}

export interface Totals {
  readonly quotes: CountScore;
  readonly speakersRight: number;
  readonly speakersChecked: number;
  readonly speakerShare: number | undefined;
  readonly actors: CountScore;
  readonly events: CountScore;
  readonly unattributed: CountScore;
}

function sumCounts(scores: readonly CountScore[]): CountScore {
  const sum = (key: 'expected' | 'found' | 'proposed' | 'correct'): number =>
    scores.reduce((total, score) => total + score[key], 0);
  return countScore(sum('expected'), sum('found'), sum('proposed'), sum('correct'));
}

/** Every article's counts added up (each quotation, actor and event weighs the same). */
export function totalsOf(scores: readonly ArticleScore[]): Totals {
  const speakersRight = scores.reduce((total, s) => total + s.quotes.speakersRight, 0);
  const speakersChecked = scores.reduce((total, s) => total + s.quotes.speakersChecked, 0);
  return {
    quotes: sumCounts(scores.map((s) => s.quotes)),
    speakersRight,
    speakersChecked,
    speakerShare: ratio(speakersRight, speakersChecked),
    actors: sumCounts(scores.map((s) => s.actors)),
    events: sumCounts(scores.map((s) => s.events)),
    unattributed: sumCounts(scores.map((s) => s.unattributed)),
  };
}

/** The shape of a story's frontmatter that the answers for a published story are read from. */
interface StoryFrontmatter {
  readonly published: string;
  readonly source?: { readonly name: string; readonly url?: string };
  readonly actors: readonly { id: string; name: string; aliases?: readonly string[]; kind: ActorKind }[];
  readonly quotes?: readonly { text: string; speaker: string; quotedBy?: string }[];
  readonly unattributedQuotations?: readonly { text: string; reason: string }[];
  readonly timeline?: readonly {
    date: string;
    status?: 'happened' | 'expected';
    title: string;
    mention?: string | { phrase: string; in: string };
  }[];
}

/**
 * The answers a hand-checked story gives for the report it was made from: its actors, quotes (speakers
 * by name), unattributed quotations and dated events. Events without a mention have no phrase to find
 * and are left out.
 */
export function answersFromStory(story: StoryFrontmatter): Answers {
  const nameOf = (id: string): string => story.actors.find((actor) => actor.id === id)?.name ?? id;
  return {
    published: story.published,
    ...(story.source === undefined ? {} : { source: story.source }),
    actors: story.actors.map((actor) => ({ name: actor.name, kind: actor.kind, aliases: actor.aliases ?? [] })),
    quotes: (story.quotes ?? []).map((quote) => ({
      text: quote.text,
      speaker: nameOf(quote.speaker),
      ...(quote.quotedBy === undefined ? {} : { quotedBy: nameOf(quote.quotedBy) }),
    })),
    unattributed: (story.unattributedQuotations ?? []).map((entry) => ({ text: entry.text, reason: entry.reason })),
    events: (story.timeline ?? []).flatMap((event) => {
      if (event.mention === undefined) return [];
      const { phrase, within } = mentionParts(event.mention);
      return [
        {
          phrase,
          ...(within === undefined ? {} : { in: within }),
          date: event.date,
          status: event.status ?? 'happened',
          what: event.title,
        },
      ];
    }),
  };
}
