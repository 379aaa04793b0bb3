import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { Temporal } from 'temporal-polyfill';
import { findQuotations } from '../quotes/findQuotations.ts';
import { normaliseWithMap, toOriginalRange } from '../text/normalise.ts';
import type { SourceParagraph } from './proposal.ts';
import { clauseTense, type ClauseTense, type Tense, type TextRange } from './tense.ts';

/**
 * Every date phrase of a reporter's text, resolved against the day the report is dated. "On Tuesday"
 * in a report of Wednesday 5 March 2025 is 4 March if the clause is in the past tense and 11 March if
 * it is in the future, so each phrase is read with the tense of its clause (tense.ts). Explicit
 * calendar dates ("11 March", "June 17th", "5-6 March") are found by chrono-node; the relative forms
 * and weekdays by our own patterns, since their meaning depends on the tense. Phrases that bound a
 * period rather than date an event ("until 23 June 2026", "by 2030", "for three years") are not
 * proposed; a deadline, "by" a day ("by Nov. 12", "by Friday"), dates what is due then.
 */
export interface DatePhrase {
  /** Index of the paragraph that holds the phrase. */
  readonly paragraph: number;
  /** Where the phrase stands in its paragraph's text. */
  readonly start: number;
  readonly end: number;
  /** The phrase as the text has it: "on Tuesday", "earlier this week", "in 2022". */
  readonly text: string;
  /** The sentence that holds it, as a range of the paragraph and as text. */
  readonly sentence: TextRange & { readonly text: string };
  /** Inside quotation marks: someone's words, which the checker leaves unmarked. */
  readonly quoted: boolean;
  /** As a story writes it: "2022", "2025-03", "2025-W11", "2025-03-05" or "2025-03-03/2025-03-04". */
  readonly date: string;
  readonly status: 'happened' | 'expected';
  readonly tense: ClauseTense;
  /** How the date was worked out, in a reader's words. */
  readonly basis: string;
  /** What an editor should check, when the reading is a guess. */
  readonly review?: string;
}

type Unit = 'week' | 'month' | 'year';

/** What a phrase says, before the publication day and the tense turn it into a date. */
type Meaning =
  | { readonly type: 'weekday'; readonly weekday: number; readonly to?: number; readonly modifier?: string }
  | { readonly type: 'day'; readonly shift: number; readonly word: string }
  | { readonly type: 'relative'; readonly unit: Unit; readonly shift: -1 | 0 | 1 }
  | { readonly type: 'within'; readonly unit: Unit; readonly side: 'earlier' | 'later' }
  | { readonly type: 'year'; readonly year: number; readonly since: boolean }
  | { readonly type: 'ago'; readonly unit: 'day' | Unit; readonly count: number }
  | {
      readonly type: 'calendar';
      readonly month: number;
      readonly day?: number;
      readonly year?: number;
      readonly weekday?: number;
      readonly until?: { readonly month: number; readonly day: number; readonly year?: number };
      /** "May last year": -1; "last May": 'last'. */
      readonly yearShift?: -1 | 0 | 1;
      readonly modifier?: 'last' | 'next' | 'this';
      /** "by Nov. 12": the day something is due. */
      readonly deadline?: boolean;
    }
  /** A bound, not a date of anything: "until 23 June 2026", "by 2030". Kept so nothing else claims the words. */
  | { readonly type: 'bound' };

interface Candidate extends TextRange {
  readonly meaning: Meaning;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const NUMBER_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Prepositions before a date that bound a period instead of dating an event. */
const BOUND_WORDS = new Set(['by', 'until', 'till', 'before', 'after', 'than']);

const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
const WEEKDAY_PHRASE = new RegExp(
  String.raw`\b(?:(on|from|last|next|this coming|this|since|by|until|till|before|after)\s+)?${WEEKDAY}${PART_OF_DAY}` +
    String.raw`(?:\s*(?:-|–|to|until|through|and)\s*${WEEKDAY}${PART_OF_DAY})?\b`,
  'giu',
);
const DAY_PHRASE =
  /\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b(?:\s+(?:morning|afternoon|evening|night)\b)?/giu;
const WITHIN_PHRASE = /\b(earlier|later) this (week|month|year)\b/giu;
const RELATIVE_PHRASE = /\b(?:(?:early|late|mid)[\s-]+)?(last|next|this)\s+(week|month|year)\b/giu;
const YEAR_PHRASE =
  /\b(in|since|during|by|until|till|before|after|from)\s+(?:(?:early|mid|late)[\s-]+)?((?:1[89]|20)\d{2})\b(?![-–/]\d|\s*(?:-|–|to)\s*\d|%|,\d)/giu;
/** "the 1945 atomic bombings", "the 2022 invasion": a year before a noun dates what the noun names. */
const YEAR_BEFORE_NOUN = /\b(?:the|a|an|his|her|its|their)\s+((?:1[89]|20)\d{2})\s+(?=\p{L})/giu;
/** Word classes (compromise's) of the words of a noun phrase after its year. */
const NOUN_PHRASE_TAGS = ['Noun', 'Adjective'];

/**
 * Where the noun phrase "the <year> …" that starts at `from` ends: "the 1945 atomic bombings" of "the
 * 1945 atomic bombings of Hiroshima", at most three words after the year.
 */
function nounPhraseEnd(text: string, from: number): number | undefined {
  const terms = (
    nlp(text.slice(from, from + 80)).json({ offset: true, terms: { offset: true } }) as {
      terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
    }[]
  ).flatMap((s) => s.terms);
  let end: number | undefined;
  for (const term of terms.slice(2, 5)) {
    const tags = new Set(term.tags);
    if (!NOUN_PHRASE_TAGS.some((t) => tags.has(t)) || tags.has('Verb') || tags.has('Pronoun') || term.text === '')
      break;
    end = from + term.offset.start + term.text.length;
    // A noun ends the phrase once another noun or word of another class does not follow.
    if (tags.has('Plural') || /[,.;:]$/u.test(text.slice(end, end + 1))) break;
  }
  return end;
}
const AGO_PHRASE =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week|month|year)s?\s+ago\b/giu;
const MONTH_NAME =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/u;

export function findDatePhrases(paragraphs: readonly SourceParagraph[], published: string): DatePhrase[] {
  const pub = Temporal.PlainDate.from(published);
  const found: DatePhrase[] = [];
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    const quotations = quotationRanges(text);
    const sentences = sentenceRanges(text, quotations);
    const candidates = candidatesIn(text, pub);
    for (const candidate of candidates) {
      if (candidate.meaning.type === 'bound') continue;
      const sentence = sentences.find((s) => candidate.start >= s.start && candidate.start < s.end) ?? {
        start: 0,
        end: text.length,
      };
      const sentenceText = text.slice(sentence.start, sentence.end);
      const inSentence = quotations
        .filter((q) => q.end > sentence.start && q.start < sentence.end)
        .map((q) => ({
          start: Math.max(0, q.start - sentence.start),
          end: Math.min(q.end, sentence.end) - sentence.start,
        }));
      const tense = clauseTense(
        sentenceText,
        { start: candidate.start - sentence.start, end: candidate.end - sentence.start },
        inSentence,
      );
      const phrase = text.slice(candidate.start, candidate.end);
      const resolved = resolve(candidate.meaning, phrase, pub, tense);
      if (resolved === undefined) continue;
      // "today [13 September 2024]": a second phrase naming the same date right after the first adds nothing.
      const previous = found.at(-1);
      if (
        previous?.paragraph === index &&
        previous.date === resolved.date &&
        /^[\s,([\]]{0,3}$/u.test(text.slice(previous.end, candidate.start))
      ) {
        continue;
      }
      found.push({
        paragraph: index,
        start: candidate.start,
        end: candidate.end,
        text: phrase,
        sentence: { ...sentence, text: sentenceText },
        quoted: quotations.some((q) => candidate.start >= q.start && candidate.end <= q.end),
        date: resolved.date,
        status: statusOf(resolved, pub, tense.tense),
        tense,
        basis: resolved.basis,
        ...(resolved.review === undefined ? {} : { review: resolved.review }),
      });
    }
  });
  return found;
}

/** The ranges of a paragraph between quotation marks, marks included, found on the normalised text. */
export function quotationRanges(text: string): TextRange[] {
  const normalised = normaliseWithMap(text);
  return findQuotations(normalised.text)
    .filter((q) => q.end > q.start)
    .map((q) => toOriginalRange(normalised, q.start, q.end));
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr gen lt col sgt capt cmdr adm gov sen rep prof rev hon no vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m i.e e.g approx dept mt ft'
  ).split(' '),
);
const SENTENCE_END = /[.!?]+["'\u201D\u2019)\]]*(?=\s+["'\u201C\u2018([]?[\p{Lu}\p{N}])/gu;

/**
 * Sentences of a paragraph as ranges. A full stop after an abbreviation ("Mr.", "Jan.", "U.S.") or an
 * initial does not end one, nor does one inside a quotation: a quoted speech stays in the sentence
 * that credits it.
 */
export function sentenceRanges(text: string, quotations: readonly TextRange[]): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (quotations.some((q) => q.start < end && end < q.end)) continue;
    if (match[0].startsWith('.') && !match[0].startsWith('..')) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(start, match.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    ranges.push({ start, end });
    start = end;
    while (start < text.length && /\s/u.test(text[start] ?? '')) start += 1;
  }
  if (start < text.length) ranges.push({ start, end: text.trimEnd().length });
  return ranges;
}

function wordBefore(text: string, index: number): string {
  return (/([\p{L}]+)[\s-]*$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? '').toLowerCase();
}

/** "the last week", "over the next year": a stretch of time, not a date. */
function isStretch(text: string, index: number): boolean {
  return /\b(?:the|past|coming|every|each)\s+$/iu.test(text.slice(Math.max(0, index - 12), index));
}

function weekdayIndex(name: string): number {
  return WEEKDAYS.findIndex((w) => w.toLowerCase() === name.toLowerCase()) + 1;
}

function candidatesIn(text: string, pub: Temporal.PlainDate): Candidate[] {
  const all: Candidate[] = [...calendarCandidates(text, pub)];
  for (const m of text.matchAll(WITHIN_PHRASE)) {
    const side = (m[1] ?? '').toLowerCase() === 'earlier' ? 'earlier' : 'later';
    all.push({
      start: m.index,
      end: m.index + m[0].length,
      meaning: { type: 'within', unit: m[2]?.toLowerCase() as Unit, side },
    });
  }
  for (const m of text.matchAll(RELATIVE_PHRASE)) {
    if (isStretch(text, m.index)) continue;
    const which = (m[1] ?? '').toLowerCase();
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    all.push({
      start: m.index,
      end: m.index + m[0].length,
      meaning: { type: 'relative', unit: m[2]?.toLowerCase() as Unit, shift },
    });
  }
  for (const m of text.matchAll(DAY_PHRASE)) {
    const word = (m[1] ?? '').toLowerCase();
    const shift = word.includes('before yesterday')
      ? -2
      : word.includes('after tomorrow')
        ? 2
        : word === 'yesterday' || word === 'last night'
          ? -1
          : word === 'tomorrow'
            ? 1
            : 0;
    all.push({ start: m.index, end: m.index + m[0].length, meaning: { type: 'day', shift, word } });
  }
  for (const m of text.matchAll(WEEKDAY_PHRASE)) {
    const modifier = (m[1] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    // "by Friday" is a deadline, the day something is due; "until Friday" bounds a stretch of time.
    if ((modifier !== 'by' && BOUND_WORDS.has(modifier)) || BOUND_WORDS.has(wordBefore(text, m.index))) {
      all.push({ start: m.index, end, meaning: { type: 'bound' } });
      continue;
    }
    const to = m[3] === undefined ? undefined : weekdayIndex(m[3]);
    all.push({
      start: m.index,
      end,
      meaning: {
        type: 'weekday',
        weekday: weekdayIndex(m[2] ?? ''),
        ...(to === undefined ? {} : { to }),
        ...(modifier === '' ? {} : { modifier }),
      },
    });
  }
  for (const m of text.matchAll(YEAR_PHRASE)) {
    const preposition = (m[1] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    if (BOUND_WORDS.has(preposition) || preposition === 'from') {
      all.push({ start: m.index, end, meaning: { type: 'bound' } });
    } else {
      all.push({ start: m.index, end, meaning: { type: 'year', year: Number(m[2]), since: preposition === 'since' } });
    }
  }
  for (const m of text.matchAll(YEAR_BEFORE_NOUN)) {
    const end = nounPhraseEnd(text, m.index);
    if (end !== undefined)
      all.push({ start: m.index, end, meaning: { type: 'year', year: Number(m[1]), since: false } });
  }
  for (const m of text.matchAll(AGO_PHRASE)) {
    const word = (m[1] ?? '').toLowerCase();
    const count =
      word === 'an' ? 1 : NUMBER_WORDS.includes(word) ? Math.max(1, NUMBER_WORDS.indexOf(word)) : Number(word);
    all.push({
      start: m.index,
      end: m.index + m[0].length,
      meaning: { type: 'ago', unit: m[2]?.toLowerCase() as Unit, count },
    });
  }
  // The longest reading of any stretch of words wins; a bound keeps others off its words.
  const kept: Candidate[] = [];
  for (const candidate of [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.some((k) => k.start < candidate.end && candidate.start < k.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const DATELINE_BEFORE = /^\p{Lu}[\p{Lu}\s.'\u2019-]*,\s*$/u;
const DATELINE_AFTER = /^\s*(?:\(|:|[\u2013\u2014-])/u;
const EVENT_PREPOSITIONS = new Set(['on', 'in', 'since', 'during', 'from']);
const MONTH_ONLY_CONTEXT = new Set([
  'in',
  'since',
  'during',
  'from',
  'of',
  'early',
  'mid',
  'late',
  'last',
  'next',
  'this',
  'for',
  ...BOUND_WORDS,
]);

/** Explicit calendar dates found by chrono-node: "11 March", "March 11, 2025", "June 2014", "5-6 March". */
function calendarCandidates(text: string, pub: Temporal.PlainDate): Candidate[] {
  const found: Candidate[] = [];
  const instant = new Date(Date.UTC(pub.year, pub.month - 1, pub.day, 12));
  // The casual English parser, not en.GB: en.GB reads "March 18" as March 2018. The two differ
  // otherwise only on numeric dates ("3/5/2025"), which are left alone as ambiguous.
  for (const result of chrono.en.casual.parse(text, { instant, timezone: 0 })) {
    const { start: from } = result;
    if (!from.isCertain('month') || !MONTH_NAME.test(result.text)) continue;
    let start = result.index;
    let end = result.index + result.text.length;
    // chrono runs on into a time ("5 March at 10am") and trailing punctuation; the date is enough.
    const at = /\s*,?\s+at\s+\d/u.exec(result.text);
    if (at !== null) end = result.index + at.index;
    while (end > start && /[\s,;:]/u.test(text[end - 1] ?? '')) end -= 1;
    if (text[end - 1] === '.' && /\d/u.test(text[end - 2] ?? '')) end -= 1;
    const periodEdge = /\b(?:end|beginning|start|middle) of\b/iu.test(result.text);
    const hasDay = from.isCertain('day') && !periodEdge;
    const hasYear = from.isCertain('year');

    // The preposition before the date: "on", "in" join the phrase; "until", "by" make it a bound.
    const lead = /^(on|in|since|during|from|of)\s+/iu.exec(text.slice(start, end));
    let preposition = lead?.[1]?.toLowerCase() ?? '';
    // "by Nov. 12" is a deadline, dated that day; "until", "no later than", and "by" a month or a year, bound a period.
    let deadline = false;
    if (lead === null) {
      const modifier = /\b(early|mid|late)[\s-]*$/iu.exec(text.slice(Math.max(0, start - 8), start));
      if (modifier !== null) start -= modifier[0].length;
      const before =
        /\b(no later than|not later than|on|in|since|during|from|of|for|by|until|till|before|after|last|next|this)\s+$/iu.exec(
          text.slice(Math.max(0, start - 20), start),
        );
      preposition = (before?.[1] ?? '').toLowerCase();
      if (before !== null && EVENT_PREPOSITIONS.has(preposition)) start -= before[0].length;
      if (before !== null && ['last', 'next', 'this'].includes(preposition)) start -= before[0].length;
      if (before !== null && preposition === 'by' && hasDay) {
        start -= before[0].length;
        deadline = true;
      }
    }
    const bound = (BOUND_WORDS.has(preposition) || preposition.endsWith('than')) && !deadline;
    // "WASHINGTON, May 22 (Reuters) –", "CAIRO, July 25:": a dateline dates the report, not an event.
    const dateline = DATELINE_BEFORE.test(text.slice(0, start)) && DATELINE_AFTER.test(text.slice(end));
    if (bound || dateline) {
      found.push({ start, end, meaning: { type: 'bound' } });
      continue;
    }
    if (!hasDay && !hasYear && !MONTH_ONLY_CONTEXT.has(preposition)) continue; // "May" the name, "march" the walk
    if (!hasDay && !hasYear && /^['\u2019]s\b/u.test(text.slice(end))) continue;

    let yearShift: -1 | 0 | 1 | undefined;
    if (!hasYear) {
      const tail = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/iu.exec(text.slice(end));
      if (tail !== null) {
        end += tail[0].length;
        const word = (tail[1] ?? '').toLowerCase();
        yearShift = word === 'last' ? -1 : word === 'next' ? 1 : 0;
      }
    }
    const until = result.end?.isCertain('day')
      ? {
          month: result.end.get('month') ?? 0,
          day: result.end.get('day') ?? 0,
          ...(result.end.isCertain('year') ? { year: result.end.get('year') ?? 0 } : {}),
        }
      : undefined;
    const chronoWeekday = from.isCertain('weekday') ? from.get('weekday') : null;
    found.push({
      start,
      end,
      meaning: {
        type: 'calendar',
        month: from.get('month') ?? 0,
        ...(hasDay ? { day: from.get('day') ?? 0 } : {}),
        ...(hasYear ? { year: from.get('year') ?? 0 } : {}),
        ...(chronoWeekday === null ? {} : { weekday: chronoWeekday === 0 ? 7 : chronoWeekday }),
        ...(until === undefined ? {} : { until }),
        ...(yearShift === undefined ? {} : { yearShift }),
        ...(['last', 'next', 'this'].includes(preposition)
          ? { modifier: preposition as 'last' | 'next' | 'this' }
          : {}),
        ...(deadline ? { deadline } : {}),
      },
    });
  }
  return found;
}

interface Resolved {
  readonly date: string;
  readonly first: Temporal.PlainDate;
  readonly last: Temporal.PlainDate;
  readonly basis: string;
  readonly review?: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "Wednesday 5 March 2025", as the first story writes days. */
export function longDay(d: Temporal.PlainDate): string {
  return `${WEEKDAYS[d.dayOfWeek - 1] ?? ''} ${d.day} ${MONTHS[d.month - 1] ?? ''} ${d.year}`;
}

function monthWords(year: number, month: number): string {
  return `${MONTHS[month - 1] ?? ''} ${year}`;
}

/** "Monday 3 and Tuesday 4 March 2025", naming each month and year once where they are shared. */
function spanWords(a: Temporal.PlainDate, b: Temporal.PlainDate): string {
  const weekday = (d: Temporal.PlainDate): string => WEEKDAYS[d.dayOfWeek - 1] ?? '';
  if (a.year !== b.year) return `${longDay(a)} and ${longDay(b)}`;
  if (a.month !== b.month) return `${weekday(a)} ${a.day} ${MONTHS[a.month - 1] ?? ''} and ${longDay(b)}`;
  return `${weekday(a)} ${a.day} and ${longDay(b)}`;
}

function dayResult(d: Temporal.PlainDate, basis: string, review?: string): Resolved {
  return { date: d.toString(), first: d, last: d, basis, ...(review === undefined ? {} : { review }) };
}

function spanResult(a: Temporal.PlainDate, b: Temporal.PlainDate, basis: string, review?: string): Resolved {
  if (Temporal.PlainDate.compare(a, b) === 0) return dayResult(a, basis, review);
  return { date: `${a}/${b}`, first: a, last: b, basis, ...(review === undefined ? {} : { review }) };
}

function weekResult(d: Temporal.PlainDate, basis: (words: string) => string, review?: string): Resolved {
  const monday = d.subtract({ days: d.dayOfWeek - 1 });
  const week = d.weekOfYear ?? 1;
  const words = `the week of ${longDay(monday)} (ISO week ${week})`;
  return {
    date: `${d.yearOfWeek ?? d.year}-W${pad(week)}`,
    first: monday,
    last: monday.add({ days: 6 }),
    basis: basis(words),
    ...(review === undefined ? {} : { review }),
  };
}

function monthResult(year: number, month: number, basis: string, review?: string): Resolved {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  return {
    date: `${pad(year, 4)}-${pad(month)}`,
    first,
    last: first.with({ day: first.daysInMonth }),
    basis,
    ...(review === undefined ? {} : { review }),
  };
}

function yearResult(year: number, basis: string, review?: string): Resolved {
  return {
    date: pad(year, 4),
    first: Temporal.PlainDate.from({ year, month: 1, day: 1 }),
    last: Temporal.PlainDate.from({ year, month: 12, day: 31 }),
    basis,
    ...(review === undefined ? {} : { review }),
  };
}

const tenseWords = (tense: Tense): string => `in the ${tense} tense`;

function statusOf(resolved: Resolved, pub: Temporal.PlainDate, tense: Tense | undefined): 'happened' | 'expected' {
  if (Temporal.PlainDate.compare(resolved.last, pub) < 0) return 'happened';
  if (Temporal.PlainDate.compare(resolved.first, pub) > 0) return 'expected';
  return tense === 'future' ? 'expected' : 'happened';
}

function resolve(meaning: Meaning, phrase: string, pub: Temporal.PlainDate, tense: ClauseTense): Resolved | undefined {
  const says = `The report, dated ${longDay(pub)}, says “${phrase}”`;
  switch (meaning.type) {
    case 'bound':
      return undefined;
    case 'weekday': {
      const resolved = resolveWeekday(meaning, says, pub, tense);
      return meaning.modifier === 'by' ? asDeadline(resolved, phrase) : resolved;
    }
    case 'day': {
      const d = pub.add({ days: meaning.shift });
      return dayResult(
        d,
        meaning.shift === 0 ? `${says}, the day it dates from: ${longDay(d)}.` : `${says}: ${longDay(d)}.`,
      );
    }
    case 'relative':
      return resolveRelative(meaning.unit, meaning.shift, says, pub);
    case 'within':
      return resolveWithin(meaning.unit, meaning.side, says, pub);
    case 'year': {
      if (meaning.since)
        return yearResult(
          meaning.year,
          `The report says “${phrase}”, the year it began; it gives no more precise date.`,
        );
      return yearResult(meaning.year, `The report says “${phrase}” and gives no more precise date.`);
    }
    case 'ago':
      return resolveAgo(meaning.unit, meaning.count, says, pub);
    case 'calendar': {
      const resolved = resolveCalendar(meaning, phrase, says, pub, tense);
      return meaning.deadline === true && resolved !== undefined ? asDeadline(resolved, phrase) : resolved;
    }
  }
}

/** "by Nov. 12": what is due is dated the day it is due, which the editor confirms. */
function asDeadline(resolved: Resolved, phrase: string): Resolved {
  const review = `“${phrase}” is a deadline: the event is dated the day it is due; check that it is an event, and its title.`;
  return { ...resolved, review: resolved.review === undefined ? review : `${resolved.review} ${review}` };
}

function resolveWeekday(
  meaning: Extract<Meaning, { type: 'weekday' }>,
  says: string,
  pub: Temporal.PlainDate,
  tense: ClauseTense,
): Resolved {
  const name = WEEKDAYS[meaning.weekday - 1] ?? '';
  const back = (pub.dayOfWeek - meaning.weekday + 7) % 7;
  const ahead = (meaning.weekday - pub.dayOfWeek + 7) % 7;
  const modifier = meaning.modifier?.toLowerCase() ?? 'on';
  let day: Temporal.PlainDate;
  /** The words between the quoted phrase and the date, ending in ": ". */
  let lead: string;
  let review: string | undefined;
  if (modifier === 'last') {
    day = pub.subtract({ days: back === 0 ? 7 : back });
    lead = `: the latest ${name} before it, `;
    review = `“last ${name}” can also mean the ${name} of the week before; check the date.`;
  } else if (modifier === 'next' || modifier === 'this coming') {
    day = pub.add({ days: ahead === 0 ? 7 : ahead });
    lead = `: the first ${name} after it, `;
    if (modifier === 'next') review = `“next ${name}” can also mean the ${name} of the week after; check the date.`;
  } else if (modifier === 'this') {
    day = pub.add({ days: meaning.weekday - pub.dayOfWeek });
    lead = `: the ${name} of the same week, `;
  } else if (back === 0) {
    day = pub;
    lead = ', the day it dates from: ';
  } else if (tense.tense === 'past' || modifier === 'since') {
    day = pub.subtract({ days: back });
    lead = ` ${tenseWords('past')}: `;
  } else if (tense.tense === 'future') {
    day = pub.add({ days: ahead });
    lead = ` ${tenseWords('future')}: `;
  } else {
    // Nothing settles the week: the nearest such day is the likeliest, and the editor is told.
    day = back <= 3 ? pub.subtract({ days: back }) : pub.add({ days: ahead });
    lead = `${tense.tense === 'present' ? ` ${tenseWords('present')}, which` : ', and its tense'} does not settle which ${name}: taken as the nearest, `;
    review = `The tense does not settle which ${name} this is; check the date.`;
  }
  if (meaning.to === undefined) return dayResult(day, `${says}${lead}${longDay(day)}.`, review);
  const end = day.add({ days: (meaning.to - meaning.weekday + 7) % 7 || 7 });
  return spanResult(day, end, `${says}${lead}between ${spanWords(day, end)}.`, review);
}

function resolveRelative(unit: Unit, shift: -1 | 0 | 1, says: string, pub: Temporal.PlainDate): Resolved {
  if (unit === 'week') {
    if (shift === -1 && pub.dayOfWeek === 7) {
      // Weeks run Monday to Sunday, so on a Sunday "last week" is the week before the one ending that
      // day; a reporter may mean the days just gone, the week ending that day, so the editor checks.
      const ending = weekResult(pub, () => '');
      return weekResult(
        pub.subtract({ weeks: 1 }),
        (words) => `${says}, a Sunday: the week before the one that ends that day, ${words}; it gives no day.`,
        `The report is dated a Sunday: if “last week” means the days just gone, the week ending that day, the date is ${ending.date}. Check the week.`,
      );
    }
    const d = pub.add({ weeks: shift });
    return weekResult(d, (words) => `${says}: ${words}; it gives no day.`);
  }
  if (unit === 'month') {
    const d = pub.with({ day: 1 }).add({ months: shift });
    return monthResult(d.year, d.month, `${says}: ${monthWords(d.year, d.month)}; it gives no day.`);
  }
  const year = pub.year + shift;
  return yearResult(year, `${says}: ${year}; it gives no more precise date.`);
}

function unitBounds(unit: Unit, pub: Temporal.PlainDate): { first: Temporal.PlainDate; last: Temporal.PlainDate } {
  if (unit === 'week') {
    const first = pub.subtract({ days: pub.dayOfWeek - 1 });
    return { first, last: first.add({ days: 6 }) };
  }
  if (unit === 'month') return { first: pub.with({ day: 1 }), last: pub.with({ day: pub.daysInMonth }) };
  return { first: pub.with({ month: 1, day: 1 }), last: pub.with({ month: 12, day: 31 }) };
}

/** "earlier this week": from the start of the week to the day before the report; "later this week": after it. */
function resolveWithin(unit: Unit, side: 'earlier' | 'later', says: string, pub: Temporal.PlainDate): Resolved {
  const { first, last } = unitBounds(unit, pub);
  const noDay = unit === 'year' ? 'it gives no more precise date' : 'it gives no exact day';
  if (side === 'earlier') {
    const end = pub.subtract({ days: 1 });
    const cmp = Temporal.PlainDate.compare(first, end);
    if (cmp < 0) return spanResult(first, end, `${says}: between ${spanWords(first, end)}; ${noDay}.`);
    if (cmp === 0) {
      return dayResult(
        first,
        `${says}: the only earlier day of that ${unit} is ${longDay(first)}.`,
        `“earlier this ${unit}” in a report dated ${longDay(pub)} leaves only ${longDay(first)}; check it was not earlier the same day.`,
      );
    }
    // The report is dated the first day of the week (month, year): nothing is earlier in it.
    return spanResult(
      end,
      pub,
      `${says}, though it is dated the first day of the ${unit}: taken as ${spanWords(end, pub)}.`,
      unit === 'week'
        ? `The report is dated a Monday, so “earlier this week” has no earlier day in a week counted from Monday; taken as the Sunday before (a week counted from Sunday) or earlier the same day. Check the date.`
        : `The report is dated the first day of the ${unit}, so “earlier this ${unit}” has no earlier day in it; check the date.`,
    );
  }
  const start = pub.add({ days: 1 });
  const cmp = Temporal.PlainDate.compare(start, last);
  if (cmp < 0) return spanResult(start, last, `${says}: between ${spanWords(start, last)}; ${noDay}.`);
  if (cmp === 0) {
    return dayResult(
      start,
      `${says}: the only later day of that ${unit} is ${longDay(start)}.`,
      `“later this ${unit}” in a report dated ${longDay(pub)} leaves only ${longDay(start)}; check the date.`,
    );
  }
  // Dated the last day: "later this week" on a Sunday reads as the days after it.
  const next = unitBounds(unit, start);
  return spanResult(
    next.first,
    unit === 'week' ? next.first.add({ days: 5 }) : next.last,
    `${says}, though it is dated the last day of the ${unit}: taken as the ${unit} after it.`,
    `The report is dated the last day of the ${unit}, so “later this ${unit}” has no later day in it; check the date.`,
  );
}

function resolveAgo(unit: 'day' | Unit, count: number, says: string, pub: Temporal.PlainDate): Resolved {
  const roughly = 'reporters round such spans; check the date.';
  if (unit === 'day') {
    const d = pub.subtract({ days: count });
    return dayResult(d, `${says}: ${longDay(d)}.`);
  }
  if (unit === 'week') {
    const d = pub.subtract({ weeks: count });
    return weekResult(
      d,
      (words) => `${says}: ${words}; it gives no day.`,
      `“${count} week(s) ago” is taken as ${roughly}`,
    );
  }
  if (unit === 'month') {
    const d = pub.subtract({ months: count });
    return monthResult(
      d.year,
      d.month,
      `${says}: ${monthWords(d.year, d.month)}; it gives no day.`,
      `“${count} month(s) ago” is taken as a calendar month; ${roughly}`,
    );
  }
  const year = pub.year - count;
  return yearResult(
    year,
    `${says}: ${year}; it gives no more precise date.`,
    `“${count} year(s) ago” is taken as a calendar year; ${roughly}`,
  );
}

/**
 * Of the year before the report, its year and the year after, the one whose date (or month) lies
 * nearest the publication day; the report's own year on a tie.
 */
function nearestYear(
  make: (year: number) => Temporal.PlainDate | undefined,
  day: number | undefined,
  pub: Temporal.PlainDate,
): number {
  const distance = (year: number): number => {
    const date = make(year);
    if (date === undefined) return Infinity;
    // A month is as near as its nearest day (`make` gives its first).
    const last = day === undefined ? date.with({ day: date.daysInMonth }) : date;
    if (Temporal.PlainDate.compare(last, pub) < 0) return pub.since(last).days;
    if (Temporal.PlainDate.compare(date, pub) > 0) return date.since(pub).days;
    return 0;
  };
  let best = pub.year;
  for (const year of [pub.year - 1, pub.year + 1]) if (distance(year) < distance(best)) best = year;
  return best;
}

function resolveCalendar(
  meaning: Extract<Meaning, { type: 'calendar' }>,
  phrase: string,
  says: string,
  pub: Temporal.PlainDate,
  tense: ClauseTense,
): Resolved | undefined {
  const make = (year: number): Temporal.PlainDate | undefined => {
    try {
      return Temporal.PlainDate.from({ year, month: meaning.month, day: meaning.day ?? 1 }, { overflow: 'reject' });
    } catch {
      return undefined;
    }
  };
  const monthName = MONTHS[meaning.month - 1] ?? '';
  let year: number;
  /** The words before the date itself, ending in ": ". */
  let lead: string;
  let review: string | undefined;
  if (meaning.year !== undefined) {
    year = meaning.year;
    lead = `The report says “${phrase}”: `;
  } else if (meaning.yearShift !== undefined) {
    year = pub.year + meaning.yearShift;
    lead = `${says}: `;
  } else if (meaning.modifier !== undefined) {
    // "last May": the latest May before the report's month; "next May": the first after it.
    if (meaning.modifier === 'last') year = meaning.month < pub.month ? pub.year : pub.year - 1;
    else if (meaning.modifier === 'next') year = meaning.month > pub.month ? pub.year : pub.year + 1;
    else year = pub.year;
    lead = `${says}: `;
  } else {
    year = pub.year;
    // A month is compared by month ("in March" in a March report is that March), a day by day.
    const candidate = make(year);
    const cmp =
      meaning.day === undefined || candidate === undefined
        ? Math.sign(meaning.month - pub.month)
        : Temporal.PlainDate.compare(candidate, pub);
    const inPubYear = `${meaning.day === undefined ? '' : `${meaning.day} `}${monthName} ${pub.year}`;
    if (tense.tense === 'past' && cmp > 0) {
      year -= 1;
      lead = `${says} without a year, in the past tense, and ${inPubYear} is after the report, so the year before: `;
      review = `The year is not given; it was taken from the tense (${year}). Check the year.`;
    } else if (tense.tense === 'future' && cmp < 0) {
      year += 1;
      lead = `${says} without a year, in the future tense, and ${inPubYear} is before the report, so the year after: `;
      review = `The year is not given; it was taken from the tense (${year}). Check the year.`;
    } else if (tense.tense !== 'past' && tense.tense !== 'future' && nearestYear(make, meaning.day, pub) !== year) {
      // Neither tense settles it: a reporter leaves the year out of a date near the report, so the
      // nearer of the years around it ("sworn in on Jan. 20" in a December report is the January to come).
      year = nearestYear(make, meaning.day, pub);
      const side = year > pub.year ? 'after' : 'before';
      lead = `${says} without a year, and ${monthName} of the year ${side} is nearer the report than ${inPubYear}: `;
      review = `The year is not given; it was taken as the nearer one (${year}). Check the year.`;
    } else {
      lead = `${says} without a year, so in the year of the report: `;
      if (tense.tense === undefined && cmp > 0)
        review = 'The year is not given and the tense is unclear; check the year.';
    }
    if (meaning.weekday !== undefined && meaning.day !== undefined && make(year)?.dayOfWeek !== meaning.weekday) {
      // "Friday 7 March": the weekday settles the year the tense could not.
      const fits = [pub.year, pub.year - 1, pub.year + 1].find((y) => make(y)?.dayOfWeek === meaning.weekday);
      if (fits !== undefined) {
        year = fits;
        lead = `${says} without a year; that day is a ${WEEKDAYS[meaning.weekday - 1] ?? ''} in ${fits}: `;
        review = `The year is not given; it was taken from the weekday (${fits}). Check the year.`;
      }
    }
  }
  const first = make(year);
  if (first === undefined) return undefined;
  if (meaning.weekday !== undefined && meaning.day !== undefined && first.dayOfWeek !== meaning.weekday) {
    review = `The report names ${WEEKDAYS[meaning.weekday - 1] ?? ''} but ${first.day} ${monthName} ${first.year} is a ${WEEKDAYS[first.dayOfWeek - 1] ?? ''}; check the date.`;
  }
  if (meaning.day === undefined) {
    return monthResult(year, meaning.month, `${lead}${monthWords(year, meaning.month)}; it gives no day.`, review);
  }
  if (meaning.until !== undefined) {
    const until = meaning.until;
    const untilYear = until.year ?? (until.month < meaning.month ? year + 1 : year);
    let last: Temporal.PlainDate | undefined;
    try {
      last = Temporal.PlainDate.from({ year: untilYear, month: until.month, day: until.day }, { overflow: 'reject' });
    } catch {
      last = undefined; // an impossible end day: the start alone is still known
    }
    if (last !== undefined && Temporal.PlainDate.compare(first, last) < 0) {
      return spanResult(first, last, `${lead}between ${spanWords(first, last)}.`, review);
    }
  }
  return dayResult(first, `${lead}${longDay(first)}.`, review);
}
