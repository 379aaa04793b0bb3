import { distance } from 'fastest-levenshtein';
import type { Actor, Story } from '../lib/story/schema.ts';
import { findPhrase } from '../lib/text/findPhrase.ts';
import { normalise } from '../lib/text/normalise.ts';
import { withSentenceCase } from '../plugins/rehypeActorMentions.ts';
import { fieldName } from './checkStory.ts';
import type { AnnotatedProse, Closed, Place } from './proseAnnotations.ts';

/** Something an editor should look at before publishing; never a reason to refuse the story. */
export interface NearMiss {
  /** Where to look: in the prose, or at the frontmatter field concerned. */
  readonly place?: Place | undefined;
  readonly message: string;
}

/** The place of a frontmatter field, e.g. `['actors', 2, 'aliases', 0]`. */
export type Locate = (path: readonly (string | number)[]) => Place;

/** How a name or alias is written in messages: `alias "Waltz" of waltz`. */
const formLabel = (actor: Actor, form: string): string =>
  `${form === actor.name ? 'name' : 'alias'} "${form}" of ${actor.id}`;

/** Each actor's name and aliases, once each, with the frontmatter field that holds it. */
function formsOf(story: Story): { actor: Actor; form: string; path: (string | number)[] }[] {
  return story.actors.flatMap((actor, i) => {
    const all = [
      { actor, form: actor.name, path: ['actors', i, 'name'] },
      ...actor.aliases.map((form, j) => ({ actor, form, path: ['actors', i, 'aliases', j] })),
    ];
    // An actor may list its name again as an alias: it is one form.
    return all.filter(({ form }, k) => all.findIndex((other) => normalise(other.form) === normalise(form)) === k);
  });
}

const at = (place: Place): string => `${place.line}:${place.column}`;

function closedReason(closed: Closed | undefined): string {
  if (closed === undefined) return 'it is in text closed to links';
  if (closed.what === 'a quotation' && closed.covers) return 'it is inside a quotation';
  return `it ${closed.covers ? 'is inside' : 'overlaps'} ${closed.what} "${closed.words}"`;
}

/**
 * Names and aliases that stand in the prose but never link to their actor's card: every time, they
 * are inside a quotation or another annotation, or a longer form of another actor claims the words.
 * A form that never links because its actor was linked earlier in the section is as it should be.
 * An actor none of whose forms stands in the prose is named too: its card has no link from the text.
 */
export function unlinkedForms(story: Story, prose: AnnotatedProse, locate: Locate): NearMiss[] {
  const misses: NearMiss[] = [];
  const named = new Set<string>();
  for (const { actor, form } of formsOf(story)) {
    const reasons: { place: Place; why: string }[] = [];
    let links = false;
    for (const { element, text } of prose.blocks) {
      const starts = new Set<number>();
      for (const variant of withSentenceCase(form)) {
        for (const range of findPhrase(text, variant)) {
          if (starts.has(range.start)) continue;
          starts.add(range.start);
          named.add(actor.id);
          const claim = prose.actorClaims.find(
            (c) => c.block === element && c.start < range.end && c.end > range.start,
          );
          const place = prose.placeOf(element, range.start);
          if (claim === undefined) continue;
          if (claim.id !== actor.id) {
            reasons.push({ place, why: `it is inside "${claim.text}", a form of ${claim.id}` });
          } else if (claim.open) {
            // Linked here, or its actor was linked earlier in the section: as it should be.
            links = true;
          } else if (claim.start === range.start && claim.end === range.end) {
            // Only the form that claimed the words is reported: not "Putin" inside "Vladimir Putin".
            const closed = prose.closedBy(element, claim.start, claim.end);
            reasons.push({ place, why: closedReason(closed) });
          }
        }
      }
    }
    if (links || reasons.length === 0) continue;
    // The first reason is at the line's own place; the others say where they are.
    const listed = reasons.slice(0, 3).map((r, i) => (i === 0 ? r.why : `${r.why} (${at(r.place)})`));
    const more = reasons.length > 3 ? `; and ${reasons.length - 3} more` : '';
    misses.push({
      place: reasons[0]?.place,
      message: `${formLabel(actor, form)} never links: ${listed.join('; ')}${more}`,
    });
  }
  story.actors.forEach((actor, i) => {
    if (!named.has(actor.id))
      misses.push({
        place: locate(['actors', i]),
        message: `actor ${actor.id} ("${actor.name}") is never named in the prose, so nothing links to its card`,
      });
  });
  return misses.sort(byPlace);
}

/** Endings that make another word of a name ("Russian", "Americans"), not a misspelling of it. */
const WORD_ENDINGS = new Set(['s', 'es', 'n', 'an', 'ian', 'i', 'ese', 'ish']);
/** Shorter names are left alone: "US" and "UK" are one letter apart and both right. */
const SHORTEST_COMPARED = 4;
const NAME_WORD = /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu;

/** Runs of capitalised words in a text ("President Volodymyr Zelenskyy"), a possessive ’s dropped. */
function nameRuns(text: string): { word: string; start: number }[][] {
  const runs: { word: string; start: number }[][] = [];
  let run: { word: string; start: number }[] = [];
  let end = -1;
  for (const match of text.matchAll(NAME_WORD)) {
    if (run.length > 0 && !/^\s+$/u.test(text.slice(end, match.index))) {
      runs.push(run);
      run = [];
    }
    run.push({ word: match[0].replace(/['’]s$/u, ''), start: match.index });
    end = match.index + match[0].length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Capitalised words of the prose that are close to a name or alias but not the same ("Zelenskyy" for
 * "Zelensky", "Nato" for "NATO"): the prose is matched exactly, so they are never linked.
 */
export function closeNames(story: Story, prose: AnnotatedProse): NearMiss[] {
  const forms = formsOf(story).filter(({ form }) => /^\p{Lu}/u.test(form) && form.length >= SHORTEST_COMPARED);
  const exact = new Set(formsOf(story).flatMap(({ form }) => withSentenceCase(form).map(normalise)));
  const sizes = new Set(forms.map(({ form }) => wordCount(form)));
  // Each run of words of each size once, with where it first stands and how often: a story names the
  // same people again and again, so this is far fewer comparisons than one per word of the prose.
  const candidates = new Map<string, { place: Place; count: number }>();
  for (const { element, text } of prose.blocks) {
    for (const run of nameRuns(text)) {
      for (const size of sizes) {
        for (let i = 0; i + size <= run.length; i++) {
          const words = run.slice(i, i + size);
          const candidate = words.map((w) => w.word).join(' ');
          const seen = candidates.get(candidate);
          if (seen) seen.count++;
          else candidates.set(candidate, { place: prose.placeOf(element, words[0]?.start ?? 0), count: 1 });
        }
      }
    }
  }
  const misses: NearMiss[] = [];
  for (const [candidate, { place, count }] of candidates) {
    if (exact.has(normalise(candidate))) continue;
    for (const { actor, form } of forms) {
      if (wordCount(form) !== wordCount(candidate) || !isCloseTo(candidate, form)) continue;
      const times = count > 1 ? ` (${count} times)` : '';
      misses.push({
        place,
        message: `"${candidate}" is close to ${formLabel(actor, form)}, so it is not linked${times}`,
      });
    }
  }
  return misses.sort(byPlace);
}

const wordCount = (text: string): number => text.trim().split(/\s+/u).length;

/** Whether a word of the prose looks like a misspelling of a name: one edit away (two for long names). */
function isCloseTo(candidate: string, form: string): boolean {
  const [a, b] = [normalise(candidate).toLowerCase(), normalise(form).toLowerCase()];
  if (a === b) return true; // the case differs: "Nato" for "NATO"
  if (Math.abs(a.length - b.length) > 2) return false;
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  if (longer.startsWith(shorter) && WORD_ENDINGS.has(longer.slice(shorter.length))) return false;
  return distance(a, b) <= (b.length >= 10 ? 2 : 1);
}

/**
 * A name or alias of one actor inside a form of another ("US" in "US President Donald Trump"): where
 * the prose has the longer form, the longer one claims the words and the shorter never links there.
 */
export function nestedForms(story: Story, locate: Locate): NearMiss[] {
  const forms = formsOf(story);
  const misses: NearMiss[] = [];
  for (const inner of forms) {
    for (const outer of forms) {
      if (inner.actor.id === outer.actor.id) continue;
      if (!withSentenceCase(inner.form).some((variant) => findPhrase(outer.form, variant).length > 0)) continue;
      misses.push({
        place: locate(inner.path),
        message: `${formLabel(inner.actor, inner.form)} stands inside ${formLabel(outer.actor, outer.form)}: where the prose has the longer one, it links to ${outer.actor.id}`,
      });
    }
  }
  return misses;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Speakers and event actors written as a name ("Mike Waltz") or an alias rather than an actor's id,
 * matched without regard to case, with the id meant; and the frontmatter with those ids put in, so
 * that the rest of the report can be made while the check still refuses the names.
 */
export function namesForIds(data: unknown, locate: Locate): { misses: NearMiss[]; corrected: unknown } {
  if (!isRecord(data) || !Array.isArray(data['actors'])) return { misses: [], corrected: data };
  const key = (text: string): string => normalise(text).toLowerCase();
  const ids = new Set<string>();
  const byName = new Map<string, string>();
  for (const actor of data['actors']) {
    if (!isRecord(actor) || typeof actor['id'] !== 'string') continue;
    const id = actor['id'];
    ids.add(id);
    const forms = [actor['name'], ...(Array.isArray(actor['aliases']) ? actor['aliases'] : []), id];
    for (const form of forms) if (typeof form === 'string' && !byName.has(key(form))) byName.set(key(form), id);
  }
  const corrected = structuredClone(data);
  const misses: NearMiss[] = [];
  const check = (holder: Record<string, unknown> | unknown[], field: string | number, path: (string | number)[]) => {
    const value = (holder as Record<string | number, unknown>)[field];
    if (typeof value !== 'string' || ids.has(value)) return;
    const id = byName.get(key(value));
    if (id === undefined) return;
    (holder as Record<string | number, unknown>)[field] = id;
    misses.push({
      place: locate(path),
      message: `${fieldName(path)} is "${value}", a name, not an actor id; did you mean "${id}"?`,
    });
  };
  const quotes = (corrected as Record<string, unknown>)['quotes'];
  if (Array.isArray(quotes))
    quotes.forEach((quote, i) => {
      if (!isRecord(quote)) return;
      check(quote, 'speaker', ['quotes', i, 'speaker']);
      check(quote, 'quotedBy', ['quotes', i, 'quotedBy']);
    });
  const timeline = (corrected as Record<string, unknown>)['timeline'];
  if (Array.isArray(timeline))
    timeline.forEach((event, i) => {
      if (!isRecord(event) || !Array.isArray(event['actors'])) return;
      const actors: unknown[] = event['actors'];
      actors.forEach((_, j) => check(actors, j, ['timeline', i, 'actors', j]));
    });
  return { misses, corrected };
}

function byPlace(a: NearMiss, b: NearMiss): number {
  return (a.place?.line ?? 0) - (b.place?.line ?? 0) || (a.place?.column ?? 0) - (b.place?.column ?? 0);
}
