import { comparePartialDates, toPartialDate } from '../dates/partialDate.ts';
import { findPhrase, findPhraseIn } from '../text/findPhrase.ts';
import { normalise, normaliseWithMap, type NormalisedText } from '../text/normalise.ts';
import { findDatePhrases, quotationRanges, type DatePhrase } from './dates.ts';
import type { ProposedEvent, ProposedMention, SourceParagraph } from './proposal.ts';
import type { TextRange } from './tense.ts';

/**
 * The draft timeline: one event per date phrase that dates something, each with the phrase the
 * checker will mark in the prose. Dates inside quotation marks cannot be marked (the checker leaves
 * quoted words alone), so they are not proposed as events; an event of the same sentence says so.
 */
export const TITLE_REVIEW = 'Title taken from the sentence; write a short headline';
const TITLE_MAX = 120;
const ID_MAX = 60;
const ID_WORDS = 6;

export function proposeTimeline(
  paragraphs: readonly SourceParagraph[],
  published: string,
  actorsIn: (sentence: string) => string[],
): ProposedEvent[] {
  const phrases = findDatePhrases(paragraphs, published);
  const prose = paragraphs.map((p) => ({
    text: p.text,
    normalised: normaliseWithMap(p.text),
    quotations: quotationRanges(p.text),
  }));
  const ids = new Set<string>();
  const events: { event: ProposedEvent; order: number }[] = [];

  phrases.forEach((phrase, order) => {
    if (phrase.quoted) return;
    const quotedHere = phrases.filter(
      (other) => other.quoted && other.paragraph === phrase.paragraph && other.sentence.start === phrase.sentence.start,
    );
    const title = titleFor(phrase, prose[phrase.paragraph]?.quotations ?? []);
    const id = uniqueId(slugFor(title), ids);
    const mention = mentionFor(phrase, prose);
    const reviews = [
      phrase.review,
      ...quotedHere.map(
        (q) =>
          `The quotation in this sentence dates something too (“${q.text}”, ${q.date}); the checker cannot mark words inside quotations, so add it by hand if it is an event.`,
      ),
      mention.review,
    ].filter((r): r is string => r !== undefined);
    events.push({
      order,
      event: {
        id,
        date: phrase.date,
        dateBasis: phrase.basis,
        title,
        mention: mention.mention,
        status: phrase.status,
        actors: actorsIn(phrase.sentence.text),
        review: [...reviews, TITLE_REVIEW].join(' '),
      },
    });
  });
  // Oldest first, as a timeline reads; phrases of the same date keep the order of the text.
  return events
    .sort((a, b) => comparePartialDates(toPartialDate(a.event.date), toPartialDate(b.event.date)) || a.order - b.order)
    .map((e) => e.event);
}

interface Prose {
  readonly text: string;
  /** Normalised once: a mention is looked for in every paragraph many times over. */
  readonly normalised: NormalisedText;
  readonly quotations: readonly TextRange[];
}

const overlapsAny = (ranges: readonly TextRange[], start: number, end: number): boolean =>
  ranges.some((r) => r.start < end && start < r.end);

/** Where `words` stand in the prose outside quotation marks: the places the checker could mark. */
function openOccurrences(prose: readonly Prose[], words: string): { paragraph: number; start: number }[] {
  const found: { paragraph: number; start: number }[] = [];
  // Normalised once here, so the many paragraphs without the words are passed over quickly.
  const needle = normalise(words);
  prose.forEach((p, paragraph) => {
    if (!p.normalised.text.includes(needle)) return;
    for (const range of findPhraseIn(p.normalised, words)) {
      if (!overlapsAny(p.quotations, range.start, range.end)) found.push({ paragraph, start: range.start });
    }
  });
  return found;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The phrase alone when it stands once in the open prose; else the shortest run of whole words of
 * its sentence around it that does, more words taken before it than after (the verb usually stands
 * before the date: "revealing on Tuesday").
 */
function mentionFor(phrase: DatePhrase, prose: readonly Prose[]): { mention: ProposedMention; review?: string } {
  if (openOccurrences(prose, phrase.text).length === 1) return { mention: phrase.text };
  const { text, quotations } = prose[phrase.paragraph] as Prose;
  const words = [...text.slice(phrase.sentence.start, phrase.sentence.end).matchAll(WORD)].map((m) => ({
    start: phrase.sentence.start + m.index,
    end: phrase.sentence.start + m.index + m[0].length,
  }));
  const first = words.findIndex((w) => w.end > phrase.start);
  let last = first;
  while (last + 1 < words.length && (words[last + 1] as TextRange).start < phrase.end) last += 1;
  if (first < 0)
    return { mention: phrase.text, review: 'The date phrase could not be placed in its sentence; check the mention.' };
  for (let extra = 1; extra < words.length; extra++) {
    for (let before = extra; before >= 0; before--) {
      const from = words[first - before];
      const to = words[last + extra - before];
      if (from === undefined || to === undefined) continue;
      if (overlapsAny(quotations, from.start, to.end)) continue;
      const passage = text.slice(from.start, to.end);
      const places = openOccurrences(prose, passage);
      // The checker marks the first place of the phrase inside the passage: it must be this one.
      if (places.length === 1 && findPhrase(passage, phrase.text)[0]?.start === phrase.start - from.start) {
        return { mention: { phrase: phrase.text, in: passage } };
      }
    }
  }
  return {
    mention: { phrase: phrase.text, in: phrase.sentence.text },
    review:
      'No passage around the date phrase stands once in the prose outside quotations; choose the mention by hand.',
  };
}

/** Words that open a clause, dropped from the front of a title. */
const OPENERS = new Set(
  'with and but as while which who whom whose since that because when after before although though whereas where so then however meanwhile also'.split(
    ' ',
  ),
);
/** Words before which a new clause starts. */
const CLAUSE_STARTS = new Set(
  'since because which who while whereas although though when after before where as and but that'.split(' '),
);
/** Words that may start a clause with its own subject; any other lower-case first word starts with the verb. */
const SUBJECT_STARTS = new Set(
  'the a an this these those its his her their our my your he she it they we i you there some many most all both each several no one two three four five ten hundreds thousands dozens officials'.split(
    ' ',
  ),
);
/** Function words a title must not end with once cut. */
const DANGLING = new Set(
  'of to the a an and or in on for with by at from that as its his her their is are was were'.split(' '),
);
/** Where a long title may be cut: before these words a new clause or a modifier begins. */
const SOFT_BREAK =
  /^(?:that|which|who|while|as|after|before|because|allowing|including|saying|adding|following|amid|despite|with|where|when)$/iu;
const CLAUSE_EDGE = /[,;:()\u2014\u2013]/u;

/**
 * A headline-like title from the clause that holds the date, the date phrase taken out: "ASEAN foreign
 * ministers met in Laos to prepare for the upcoming leaders' summit". A clause without its own subject
 * borrows the sentence's ("The move follows …"); one too short to say anything takes the next clause.
 */
export function titleFor(phrase: DatePhrase, quotations: readonly TextRange[]): string {
  const { text: sentence, start: offset } = phrase.sentence;
  const inSentence = quotations.map((q) => ({ start: q.start - offset, end: q.end - offset }));
  const start = phrase.start - offset;
  const end = phrase.end - offset;
  const isEdge = (i: number): boolean =>
    CLAUSE_EDGE.test(sentence[i] ?? '') || inSentence.some((q) => i === q.start || i === q.end - 1);

  let from = start;
  while (from > 0 && !isEdge(from - 1)) {
    from -= 1;
    // "…, which has relied on US support since Russia launched its full-scale invasion in 2022": the
    // clause starts after "since", once it holds enough words to stand alone.
    const word = /^[\p{L}]+/u.exec(sentence.slice(from))?.[0] ?? '';
    const startsWord = from === 0 || /[^\p{L}]/u.test(sentence[from - 1] ?? '');
    if (
      startsWord &&
      CLAUSE_STARTS.has(word.toLowerCase()) &&
      wordCount(sentence.slice(from + word.length, start)) >= 3
    ) {
      from += word.length;
      break;
    }
  }
  let to = end;
  while (to < sentence.length && !isEdge(to)) to += 1;
  let clause = tidy(sentence.slice(from, start) + sentence.slice(end, to));

  if (wordCount(clause) < 4 && to < sentence.length) {
    // "Addressing Congress on Tuesday, he said …": the date's clause alone says too little.
    let next = to + 1;
    while (next < sentence.length && !isEdge(next)) next += 1;
    clause = tidy(`${sentence.slice(from, start)}${sentence.slice(end, to)},${sentence.slice(to + 1, next)}`);
  }
  const firstWord = /^[\p{L}']+/u.exec(clause)?.[0] ?? '';
  if (from > 0 && firstWord !== '' && firstWord === firstWord.toLowerCase() && !SUBJECT_STARTS.has(firstWord)) {
    // "The move, confirmed by Waltz on Wednesday, follows …": lend the clause the sentence's subject.
    let subjectEnd = 0;
    while (subjectEnd < sentence.length && !isEdge(subjectEnd)) subjectEnd += 1;
    const subject = tidy(sentence.slice(0, subjectEnd));
    if (subjectEnd < from && wordCount(subject) <= 6) clause = `${subject} ${clause}`;
  }
  return capitalise(shorten(clause));
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Collapses the gap the phrase left, and drops opening connectives and edge punctuation. */
function tidy(text: string): string {
  let out = text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:!?)\]])/gu, '$1')
    .replace(/^[\s,.;:'"“”‘’([\]—–-]+|[\s,.;:'"“”‘’([\]—–-]+$/gu, '');
  for (;;) {
    const first = /^(\S+)\s+/u.exec(out);
    if (first === null || !OPENERS.has((first[1] ?? '').toLowerCase())) break;
    out = out.slice(first[0].length);
  }
  return out.replace(/[\s,;:]+$/u, '');
}

function shorten(text: string): string {
  if (text.length <= TITLE_MAX) return text;
  const words = [...text.matchAll(/\S+/gu)];
  let cut = 0;
  let soft = 0;
  for (const w of words) {
    if (w.index + w[0].length > TITLE_MAX) break;
    if (w.index >= 40 && (SOFT_BREAK.test(w[0]) || /,$/u.test(text.slice(0, w.index).trimEnd()))) soft = w.index;
    cut = w.index + w[0].length;
  }
  let out = text.slice(0, soft > 0 ? soft : cut).trim();
  for (;;) {
    const last = /\s(\S+)$/u.exec(out);
    if (last === null || !DANGLING.has((last[1] ?? '').toLowerCase().replace(/[,;:]$/u, ''))) break;
    out = out.slice(0, last.index);
  }
  return out.replace(/[\s,;:]+$/u, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words an id can do without. */
const ID_STOP = new Set(
  'a an the of to in on at by for with from and or but that this these those its it his her their our is are was were be been has have had will would could should may might as into over after before since about also than then he she they we you i'.split(
    ' ',
  ),
);

/** A slug of the title's key words: "Russia launched its full-scale invasion" -> "russia-launched-full-scale-invasion". */
export function slugFor(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== '' && !ID_STOP.has(w));
  let slug = '';
  for (const word of words.slice(0, ID_WORDS)) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > ID_MAX) break;
    slug = next;
  }
  return slug === '' ? 'event' : slug;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, ID_MAX - suffix.length).replace(/-+$/u, '')}${suffix}`;
  }
  taken.add(id);
  return id;
}
