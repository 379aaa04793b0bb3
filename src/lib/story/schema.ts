import { z } from 'zod';
import { comparePublicationDates, parsePublicationDate, PUBLICATION_DATE_FORMS } from '../dates/publicationDate.ts';
import { parsePartialDate } from '../dates/partialDate.ts';
import { crossCheckStory } from './crossCheck.ts';
import { webUrlProblem } from './safeUrl.ts';
import { unsafeCharacters } from './textSafety.ts';

/** Every id is an editor-chosen slug, never derived from display text, so links survive rewording. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id: ids become parts of URLs and folder names (share/<id>/), which have limits. */
export const ID_MAX = 60;
export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'must be a lowercase slug such as "mike-waltz" (letters, digits, single hyphens)' })
  .max(ID_MAX, { message: `is longer than ${ID_MAX} characters; choose a shorter id` });

/** Refuses control characters, non-characters and unbalanced direction controls (see textSafety). */
function safeCharacters(value: string, ctx: z.core.$RefinementCtx<string>): void {
  const [first] = unsafeCharacters(value, true);
  if (first)
    ctx.addIssue({
      code: 'custom',
      message: `contains ${first.what} at character ${first.index + 1}; ${first.fix}`,
      input: value,
    });
}

/** The longest a text field may be; a title and a standfirst are shorter (TITLE_MAX, DEK_MAX). */
export const TEXT_MAX = 2000;
export const TITLE_MAX = 200;
export const DEK_MAX = 500;

/** Text of at most `max` characters (so no field can swamp the page, the feed or a preview card). */
export const textOf = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `is longer than ${max.toLocaleString('en-GB')} characters; shorten it` })
    .superRefine(safeCharacters);
const text = textOf(TEXT_MAX);
/** Names, aliases and tags: short by nature, and repeated across the page and the feed. */
export const SHORT_MAX = 200;
/** The most entries in any list of a story: each one's annotations run over the whole prose. */
export const LIST_MAX = 100;
/** A list of at most LIST_MAX `what`. */
/** The longest story slug (its folder's name and URL part). */
export const SLUG_MAX = 80;
/** A story's slug, its folder's name: how one story names another. */
export const storySlugSchema = z
  .string()
  .regex(ID_PATTERN, {
    message: 'must be the slug of an explainer, its folder name, such as "us-pauses-intelligence-sharing-with-ukraine"',
  })
  .max(SLUG_MAX, { message: `is longer than ${SLUG_MAX} characters, so it is no explainer's slug` });
const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).max(LIST_MAX, { message: `has more than ${LIST_MAX} ${what}` });

/**
 * YAML turns an unquoted 2022 into a number, which is brought back to the text the editor wrote. An
 * unquoted 2025-03-05 becomes a Date, and YAML changes some on the way (an impossible 2025-02-30
 * becomes 2 March; a time without an offset is read as UTC), so every unquoted date is refused and
 * the editor is asked to quote it: one parser, ours, judges every date as written.
 */
function yamlDateToText(
  value: unknown,
  ctx: { addIssue: (issue: { code: 'custom'; message: string }) => void },
): unknown {
  if (typeof value === 'number') return String(value);
  // Spaces would reach the page's <time datetime>, article:published_time and JSON-LD as written.
  if (typeof value === 'string' && value !== value.trim())
    ctx.addIssue({ code: 'custom', message: 'has spaces around it; remove them' });
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString();
    ctx.addIssue({
      code: 'custom',
      message: iso.endsWith('T00:00:00.000Z')
        ? `is a date without quotes, which YAML may change before the build sees it (an impossible 2025-02-30 becomes 2 March); put it in quotes exactly as you wrote it, e.g. "2025-03-05"`
        : `is a date and time without quotes, which YAML reads as UTC whatever was written; put it in quotes with its UTC offset, e.g. "${iso.slice(0, 19) || '2025-03-05T18:30:00'}+00:00"`,
    });
    return iso;
  }
  return value;
}

export const partialDateSchema = z.preprocess(
  yamlDateToText,
  z.string().superRefine((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  }),
);

const publicationDate = z.preprocess(
  yamlDateToText,
  z.string().superRefine((value, ctx) => {
    const parsed = parsePublicationDate(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  }),
);

export const safeUrlSchema = z.string().superRefine((value, ctx) => {
  const problem = webUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem.message}; ${problem.fix}`, input: value });
  else safeCharacters(value, ctx);
});

/**
 * A guess to check, as the import writes them on what it is unsure of: `npm run check` lists it as a
 * warning while the story is a draft and refuses it once the story is published.
 */
const review = text.optional();

/**
 * Ids an entry had before (`#old-id` links and share pages already sent round keep working): written as
 * its `id` was, never reused for anything else.
 */
const formerIds = z.array(idSchema).max(20, { message: 'has more than 20 former ids' }).optional();

export const ACTOR_KINDS = ['person', 'organisation', 'country', 'group', 'unnamed-source'] as const;

export const actorSchema = z.strictObject({
  id: idSchema,
  name: textOf(SHORT_MAX),
  /** The other forms the prose uses for this actor ("Waltz", "Kyiv"). */
  aliases: z.array(textOf(SHORT_MAX)).max(20, { message: 'has more than 20 aliases' }).default([]),
  kind: z.enum(ACTOR_KINDS),
  /** Role at the time of the story. */
  role: text,
  affiliation: text.optional(),
  formerIds,
  review,
});

export const quoteSchema = z.strictObject({
  id: idSchema,
  /** Actor id of the person whose words these are. */
  speaker: idSchema,
  /** Actor id of the person who relayed the words, for a quotation quoted inside another's. */
  quotedBy: idSchema.optional(),
  /** Exactly the words between the quotation marks in the prose. */
  text,
  said: z.strictObject({
    date: partialDateSchema.optional(),
    /** Where or to whom it was said, as the reporting gives it ("speaking to Fox Business"). */
    setting: text,
  }),
  context: text.optional(),
  /** Show the quote as a callout after the paragraph that holds it. */
  callout: z.boolean().default(false),
  formerIds,
  review,
});

export const mentionSchema = z.union([
  text,
  z.strictObject({
    /** The words to mark as the date ("on Tuesday"). */
    phrase: text,
    /** A longer passage of the prose, found exactly once, that contains the phrase. */
    in: text,
  }),
]);

export const timelineEventSchema = z.strictObject({
  id: idSchema,
  date: partialDateSchema,
  /** How the date was worked out from the reporting, shown to readers. */
  dateBasis: text.optional(),
  title: text,
  detail: text.optional(),
  actors: z.array(idSchema).default([]),
  /** The phrase in the prose that refers to this event ("on Wednesday"). */
  mention: mentionSchema.optional(),
  status: z.enum(['happened', 'expected']).default('happened'),
  /** The same event in another explainer's timeline: merged timelines show it once. */
  sameAs: z.strictObject({ story: storySlugSchema, event: idSchema }).optional(),
  formerIds,
  review,
});

export const noteSchema = z.strictObject({
  // A note's button opens #note-popover-<id>: an id starting "popover-" could take another note's.
  id: idSchema.refine((value) => !value.startsWith('popover-'), { message: 'must not start with "popover-"' }),
  /** The word or phrase in the prose whose first use the note explains. */
  term: text,
  text,
  formerIds,
  review,
});

export const sectionSchema = z.strictObject({
  id: idSchema,
  /** The text of the `## heading` in the prose. */
  heading: text,
  /** One sentence shown when the section is shared; defaults to the section's first sentence. */
  summary: text.optional(),
  formerIds,
  review,
});

/** When a change was made: a date and time with its UTC offset ("2025-03-06T09:00:00+00:00"). */
const changeTime = z.preprocess(
  yamlDateToText,
  z.string().superRefine((value, ctx) => {
    const parsed = parsePublicationDate(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
    else if (parsed.value.kind !== 'instant')
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is a day without a time; a change needs the time it was made, with its UTC offset, e.g. "${value}T09:00:00+00:00"`,
      });
  }),
);

export const CHANGE_KINDS = ['update', 'correction', 'clarification'] as const;

/** An update, correction or clarification, shown with the story and never dropped once published. */
export const changeSchema = z.strictObject({
  at: changeTime,
  kind: z.enum(CHANGE_KINDS),
  /** What changed, in a sentence or two, as readers will see it. */
  text,
  /** The ids of the sections, quotes, events, actors or notes it concerns, as in their `id`. */
  concerns: z
    .array(idSchema)
    .max(LIST_MAX, { message: `has more than ${LIST_MAX} ids` })
    .default([]),
});

export const unattributedQuotationSchema = z.strictObject({
  /** The words between the quotation marks, as they stand in the prose. */
  text,
  /** Why the quotation marks do not mark anyone's words (a title, a term, scare quotes). */
  reason: text,
  review,
});

export const storyObjectSchema = z.strictObject({
  title: textOf(TITLE_MAX),
  dek: textOf(DEK_MAX),
  published: publicationDate,
  updated: publicationDate.optional(),
  /** How the publication date was established, when the source gives none. */
  publishedBasis: text.optional(),
  /** A guess about the story as a whole (its title, dek, key points, source) still to check. */
  review,
  /** A draft is checked like any story but left out of the build (unless INCLUDE_DRAFTS=1) and its review marks are warnings. */
  draft: z.boolean().default(false),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { message: 'must be a language tag such as "en-GB"' })
    .default('en-GB'),
  tags: z.array(textOf(SHORT_MAX)).max(20, { message: 'has more than 20 tags' }).default([]),
  source: z.strictObject({
    name: text,
    url: safeUrlSchema.optional(),
  }),
  byline: text.optional(),
  /** The slug of the earlier explainer this one follows on from ("Earlier: …" on the page). */
  follows: storySlugSchema.optional(),
  keyPoints: z
    .array(text)
    .min(1, { message: 'needs at least one key point' })
    .max(5, { message: 'has at most 5 key points' }),
  sections: listOf(sectionSchema, 'sections').min(1, { message: 'needs at least one section' }),
  actors: listOf(actorSchema, 'actors').min(1, { message: 'needs at least one actor' }),
  quotes: listOf(quoteSchema, 'quotes').default([]),
  /** Explicit opt-out: quotations in the prose that are deliberately nobody's words. */
  unattributedQuotations: listOf(unattributedQuotationSchema, 'entries').default([]),
  timeline: listOf(timelineEventSchema, 'events').default([]),
  notes: listOf(noteSchema, 'notes').default([]),
  /** Updates, corrections and clarifications, in the order they were made. */
  changes: listOf(changeSchema, 'changes').default([]),
});

export const storySchema = storyObjectSchema.superRefine((story, ctx) => {
  for (const problem of crossCheckStory(story)) {
    ctx.addIssue({
      code: 'custom',
      path: problem.path,
      message: problem.message,
      ...(problem.fix === undefined ? {} : { params: { fix: problem.fix } }),
    });
  }
  if (story.updated !== undefined) {
    const published = parsePublicationDate(story.published);
    const updated = parsePublicationDate(story.updated);
    if (published.ok && updated.ok && comparePublicationDates(updated.value, published.value) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `is before published (${story.published}); it must be the same or later, as ${PUBLICATION_DATE_FORMS}`,
      });
    }
  }
});

export type Story = z.output<typeof storyObjectSchema>;
export type StoryInput = z.input<typeof storyObjectSchema>;
export type Actor = Story['actors'][number];
export type Quote = Story['quotes'][number];
export type TimelineEvent = Story['timeline'][number];
export type Note = Story['notes'][number];
export type Section = Story['sections'][number];
export type Mention = NonNullable<TimelineEvent['mention']>;
export type Change = Story['changes'][number];
