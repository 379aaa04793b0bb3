import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NO_PEOPLE, type People } from '../lib/people/person.ts';
import { withRegisteredActors } from '../lib/people/registeredActors.ts';
import { peopleFolderOf, readPeopleFolder } from './peopleFolder.ts';
import type { Root as MdastRoot } from 'mdast';
import { isNode, type Document } from 'yaml';
import { displayPartialDate } from '../lib/present/timeline.ts';
import { findQuote } from '../lib/quotes/matchQuote.ts';
import { MAX_PROSE_CHARACTERS, tooDeep } from '../lib/story/proseSafety.ts';
import { reviewMarks } from '../lib/story/reviewMarks.ts';
import { storyObjectSchema, type Story } from '../lib/story/schema.ts';
import { parseProse } from '../lib/story/storyMarkdown.ts';
import { normalise } from '../lib/text/normalise.ts';
import { withSentenceCase } from '../plugins/rehypeActorMentions.ts';
import { fieldName } from './checkStory.ts';
import { readFrontmatter } from './frontmatter.ts';
import { closeNames, namesForIds, nestedForms, unlinkedForms, type Locate, type NearMiss } from './nearMisses.ts';
import { annotateProse, type Place } from './proseAnnotations.ts';
import { decodeStory } from './storySource.ts';

/** A linked actor mention: the prose's words and the actor they link to. */
export interface MentionItem {
  readonly place: Place;
  readonly words: string;
  readonly actor: string;
  /** Which of the actor's forms matched: its name or one of its aliases. */
  readonly form: 'name' | 'alias';
}

/** A quotation of the prose and whose words it marks; `place` is missing when it is not in the prose. */
export interface QuotationItem {
  readonly place?: Place | undefined;
  readonly text: string;
  /** The quote's id; missing for an entry of unattributedQuotations. */
  readonly id?: string | undefined;
  readonly speaker?: string | undefined;
  readonly quotedBy?: string | undefined;
  readonly setting?: string | undefined;
  readonly callout: boolean;
  /** Why the marks mark nobody's words, for an entry of unattributedQuotations. */
  readonly unattributed?: string | undefined;
}

/** A timeline event, the phrase of the prose that dates it (if any) and how the page shows the date. */
export interface DateItem {
  readonly place?: Place | undefined;
  readonly event: string;
  readonly phrase?: string | undefined;
  /** As the frontmatter writes it ("2025-03-03/2025-03-04"). */
  readonly date: string;
  /** As the timeline shows it ("3–4 March 2025"). */
  readonly shown: string;
  /** The `datetime` of the mention's and the timeline's `<time>` ("2025-W10"). */
  readonly datetime: string;
  readonly status: 'happened' | 'expected';
}

export interface NoteItem {
  readonly place?: Place | undefined;
  readonly id: string;
  readonly term: string;
}

export interface ReviewItem {
  readonly place: Place;
  readonly field: string;
  readonly text: string;
}

/** What an editor reads before publishing: every annotation the page will show, and what to look at. */
export interface AnnotationReport {
  readonly file: string;
  readonly draft?: boolean | undefined;
  /** Why the annotations could not be worked out, when they could not; the lists are then empty. */
  readonly unavailable?: string | undefined;
  readonly mentions: readonly MentionItem[];
  readonly quotations: readonly QuotationItem[];
  readonly dates: readonly DateItem[];
  readonly notes: readonly NoteItem[];
  readonly warnings: readonly NearMiss[];
  readonly reviewMarks: readonly ReviewItem[];
}

/** The report of a story file on disk; `display` is the path it shows. */
export function annotationReport(file: string, display: string): AnnotationReport {
  const decoded = decodeStory(readFileSync(file));
  const slug = path.basename(path.dirname(path.resolve(file)));
  if ('problem' in decoded) return { ...nothing(display), unavailable: 'the file cannot be read as UTF-8 text' };
  const people = readPeopleFolder(peopleFolderOf(path.dirname(path.dirname(path.resolve(file))))).people;
  return annotationReportOf(display, decoded.text, slug, people);
}

const nothing = (file: string): AnnotationReport => ({
  file,
  mentions: [],
  quotations: [],
  dates: [],
  notes: [],
  warnings: [],
  reviewMarks: [],
});

/**
 * The report of a story's text. Made as far as the story allows: a story the check refuses is
 * annotated as far as the build would get (quotes not found are listed without a place), and where
 * it cannot be, `unavailable` says why.
 */
export function annotationReportOf(
  file: string,
  source: string,
  slug: string,
  people: People = NO_PEOPLE,
): AnnotationReport {
  const empty = nothing(file);
  const read = readFrontmatter(source);
  if ('problems' in read) return { ...empty, unavailable: 'the frontmatter cannot be read' };
  const { split, data, document, place } = read.frontmatter;
  const locate = locator(document, place);
  // Registered people written out first, as the check does, so their names and aliases are known.
  const names = namesForIds(withRegisteredActors(data ?? {}, people).data, locate);
  const parsed = storyObjectSchema.safeParse(names.corrected);
  if (!parsed.success)
    return { ...empty, warnings: names.misses, unavailable: 'the frontmatter does not match the story schema' };
  const story = parsed.data;
  const base = {
    ...empty,
    draft: story.draft,
    warnings: [...names.misses, ...nestedForms(story, locate)],
    reviewMarks: reviewMarks(story).map((mark) => ({
      place: locate(mark.path),
      field: fieldName(mark.path),
      text: mark.text,
    })),
  };
  if (split.body.trim().length === 0) return { ...base, unavailable: 'the story has no prose' };
  if (split.body.length > MAX_PROSE_CHARACTERS) return { ...base, unavailable: 'the prose is too long' };
  let mdast: MdastRoot;
  try {
    mdast = parseProse(split.body);
  } catch {
    return { ...base, unavailable: 'the prose is not valid MDX' };
  }
  if (tooDeep(mdast)) return { ...base, unavailable: 'the prose is nested too deeply' };

  const prose = annotateProse(mdast, story, split.body, split.bodyLine, slug);
  return {
    ...base,
    mentions: prose.actorMentions.map((m) => ({ place: m.place, words: m.text, actor: m.id, form: formOf(story, m) })),
    quotations: quotationsOf(story, prose.quotes, prose.unattributed),
    dates: story.timeline.map((event) => {
      const mention = prose.dateMentions.find((m) => m.id === event.id);
      const shown = displayPartialDate(event.date, story.lang);
      return {
        place: mention?.place,
        event: event.id,
        phrase: mention?.text,
        date: event.date,
        shown: shown.text,
        datetime: shown.datetime,
        status: event.status,
      };
    }),
    notes: story.notes.map((note) => ({
      place: prose.noteTerms.find((t) => t.id === note.id)?.place,
      id: note.id,
      term: note.term,
    })),
    // In the order of the file, so they can be read along with it.
    warnings: [...base.warnings, ...unlinkedForms(story, prose, locate), ...closeNames(story, prose)].sort(
      (a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0) || (a.place?.column ?? 0) - (b.place?.column ?? 0),
    ),
  };
}

/** Whether a mention's words are its actor's name or one of its aliases. */
function formOf(story: Story, mention: { id: string; text: string }): 'name' | 'alias' {
  const actor = story.actors.find((a) => a.id === mention.id);
  const same = (form: string): boolean =>
    withSentenceCase(form).some((variant) => normalise(variant) === normalise(mention.text));
  return actor !== undefined && !same(actor.name) ? 'alias' : 'name';
}

function quotationsOf(
  story: Story,
  quotes: readonly { id: string; place: Place }[],
  unattributed: readonly { text: string; place: Place }[],
): QuotationItem[] {
  const credited: QuotationItem[] = story.quotes.map((quote) => ({
    place: quotes.find((q) => q.id === quote.id)?.place,
    text: quote.text,
    id: quote.id,
    speaker: quote.speaker,
    quotedBy: quote.quotedBy,
    setting: quote.said.setting,
    callout: quote.callout,
  }));
  const nobodys: QuotationItem[] = story.unattributedQuotations.flatMap((entry) => {
    const found = unattributed.filter((u) => findQuote(normalise(u.text), entry.text).length > 0);
    const item = { text: entry.text, callout: false, unattributed: entry.reason };
    return found.length === 0 ? [item] : found.map((u) => ({ ...item, place: u.place }));
  });
  // In reading order; what is not in the prose comes last.
  return [...credited, ...nobodys].sort(
    (a, b) =>
      (a.place?.line ?? Infinity) - (b.place?.line ?? Infinity) || (a.place?.column ?? 0) - (b.place?.column ?? 0),
  );
}

/** The place of a frontmatter field; of the nearest field above it when it is not written. */
function locator(document: Document.Parsed, place: (offset: number) => Place): Locate {
  return (fieldPath) => {
    for (let size = fieldPath.length; size >= 0; size--) {
      const node: unknown = size === 0 ? document.contents : document.getIn(fieldPath.slice(0, size), true);
      if (isNode(node) && node.range) return place(node.range[0]);
    }
    return place(0);
  };
}
