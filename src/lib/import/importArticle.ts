import { Document } from 'yaml';
import { DEK_MAX, TEXT_MAX, TITLE_MAX } from '../story/schema.ts';
import { draftProse } from './draftProse.ts';
import type { ProposedActor, ProposedEvent, ProposedQuote, ProposedUnattributed, SourceParagraph } from './proposal.ts';
import { proposeActorsAndQuotes } from './quotesAndActors.ts';
import { proposeSections, type ProposedSection } from './sections.ts';
import { readSourceHtml } from './sourceHtml.ts';
import { readSourceText, type SourceArticle } from './sourceText.ts';
import { proposeTimeline } from './timeline.ts';
import { withRegisteredPeople } from './registeredPeople.ts';
import type { People } from '../people/person.ts';

export interface ImportOptions {
  /** The story's folder name. */
  readonly slug: string;
  /** The report's publication day, YYYY-MM-DD: relative dates ("on Tuesday") are worked out from it. */
  readonly published: string;
  readonly sourceName?: string | undefined;
  readonly sourceUrl?: string | undefined;
  /** The site's registry: actors it knows are written by their registered ids. */
  readonly people?: People | undefined;
}

export interface Proposal {
  readonly actors: ProposedActor[];
  readonly quotes: ProposedQuote[];
  readonly unattributed: ProposedUnattributed[];
  readonly timeline: ProposedEvent[];
  readonly sections: ProposedSection[];
}

export interface ImportedDraft {
  /** The whole draft file: frontmatter and prose. */
  readonly mdx: string;
  readonly proposal: Proposal;
}

/** How many of the report's opening sentences are offered as key points (the schema takes up to five). */
const KEY_POINTS = 3;

const sentences = (text: string, lang: string): string[] =>
  [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)]
    .map((s) => s.segment.trim())
    .filter((s) => s.length > 0);

/** Text cut at a word to at most `max` characters, with an ellipsis when cut. */
function atMost(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trimEnd()}…`;
}

/** A language tag the schema takes ("en-GB"), from the page's `lang` when it has a usable one. */
function languageOf(lang: string | undefined): string {
  if (lang === undefined) return 'en-GB';
  try {
    const [canonical] = Intl.getCanonicalLocales(lang);
    return canonical !== undefined && /^[a-z]{2,3}(-[A-Z]{2})?$/u.test(canonical) ? canonical : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Which actors a sentence names: any of their forms as whole words, as the page links mentions. */
function actorsNamedIn(actors: readonly ProposedActor[]): (sentence: string) => string[] {
  const forms = actors.map((actor) => ({
    id: actor.id,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[actor.name, ...actor.aliases].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      'u',
    ),
  }));
  return (sentence) => forms.filter(({ pattern }) => pattern.test(sentence)).map(({ id }) => id);
}

/** Everything the import proposes for an article, before any of it is written. */
export function proposeStory(article: SourceArticle, options: ImportOptions): Proposal {
  const paragraphs: readonly SourceParagraph[] = article.paragraphs;
  const { actors, quotes, unattributed } = proposeActorsAndQuotes(paragraphs);
  const timeline = proposeTimeline(paragraphs, options.published, actorsNamedIn(actors));
  const proposal = { actors, quotes, unattributed, timeline, sections: proposeSections(paragraphs) };
  return options.people ? withRegisteredPeople(proposal, options.people, options.published) : proposal;
}

/** Quotes whose speaker the import could not find: listed as nobody's words until an editor credits them. */
function withoutSpeaker(quote: ProposedQuote): ProposedUnattributed {
  return {
    text: quote.text,
    reason: 'The import found no speaker for these words',
    review: quote.review ?? 'Find who said these words and move them to quotes with their speaker',
  };
}

/** The frontmatter in the order the first story has it, each guess with its review mark. */
function frontmatterOf(article: SourceArticle, options: ImportOptions, proposal: Proposal): Record<string, unknown> {
  const lang = languageOf(article.lang);
  const first = article.paragraphs[0]?.text ?? '';
  const opening = sentences(first, lang)[0] ?? first;
  const source = options.sourceName ?? article.siteName;
  const credited = proposal.quotes.filter((q) => q.speaker !== undefined);
  const unattributed = [
    ...proposal.unattributed,
    ...proposal.quotes.filter((q) => q.speaker === undefined).map(withoutSpeaker),
  ];
  const keyPoints = article.paragraphs
    .slice(0, KEY_POINTS)
    .map((p) => atMost(sentences(p.text, lang)[0] ?? p.text, TEXT_MAX));
  return {
    title: atMost(article.title ?? opening, TITLE_MAX),
    dek: atMost(first.length <= DEK_MAX ? first : opening, DEK_MAX),
    draft: true,
    published: options.published,
    lang,
    ...(article.byline ? { byline: article.byline } : {}),
    source: {
      name: source ?? 'The source of this report (write its name)',
      ...(options.sourceUrl ? { url: options.sourceUrl } : {}),
    },
    review:
      `Imported: the title${article.title ? '' : ' (the first sentence)'}, dek and key points are the report's ` +
      `opening words; rewrite them as an editor would${source ? '' : ', and name the source'}. ` +
      `The publication day (${options.published}) was given to the import: check it against the report`,
    keyPoints,
    sections: proposal.sections.map(({ id, heading, review }) => ({ id, heading, ...(review ? { review } : {}) })),
    actors: proposal.actors.map(({ id, name, aliases, kind, role, review, registered }) =>
      registered
        ? // A registered person: the registry gives the name, kind and its forms; the story adds its own.
          { id, ...(aliases.length > 0 ? { aliases: [...aliases] } : {}), role, ...(review ? { review } : {}) }
        : {
            id,
            name,
            ...(aliases.length > 0 ? { aliases: [...aliases] } : {}),
            kind,
            role,
            ...(review ? { review } : {}),
          },
    ),
    quotes: credited.map((q) => ({
      id: q.id,
      speaker: q.speaker,
      ...(q.quotedBy ? { quotedBy: q.quotedBy } : {}),
      text: q.text,
      said: { setting: q.setting ?? 'Setting not given in the report' },
      callout: q.callout,
      ...(q.review ? { review: q.review } : {}),
    })),
    ...(unattributed.length > 0
      ? {
          unattributedQuotations: unattributed.map(({ text, reason, review }) => ({
            text,
            reason,
            ...(review ? { review } : {}),
          })),
        }
      : {}),
    timeline: proposal.timeline.map((e) => ({
      id: e.id,
      date: e.date,
      dateBasis: e.dateBasis,
      title: e.title,
      ...(e.actors.length > 0 ? { actors: [...e.actors] } : {}),
      mention: typeof e.mention === 'string' ? e.mention : { phrase: e.mention.phrase, in: e.mention.in },
      status: e.status,
      ...(e.review ? { review: e.review } : {}),
    })),
  };
}

/** The draft file: commented YAML frontmatter (every string double-quoted, so YAML changes none), then the prose. */
function draftFile(frontmatter: Record<string, unknown>, sections: readonly ProposedSection[]): string {
  const doc = new Document(frontmatter);
  doc.commentBefore =
    ' A draft written by `npm run import`. Every `review:` line marks a guess to check against the report.\n' +
    ' `npm run check -- --report <slug>` shows what each name, quotation and date links to. When every\n' +
    ' review line is settled and deleted, set `draft: false` to publish.';
  const yaml = doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n\n${draftProse(sections)}`;
}

function importArticle(article: SourceArticle, options: ImportOptions): ImportedDraft {
  if (article.paragraphs.length === 0)
    throw new Error('no paragraphs of text were found in it; is it the article itself (plain text or its web page)?');
  const proposal = proposeStory(article, options);
  return { mdx: draftFile(frontmatterOf(article, options, proposal), proposal.sections), proposal };
}

/** A draft story from a reporter's plain text (paragraphs separated by blank lines, or one per line). */
export function importFromText(text: string, options: ImportOptions): ImportedDraft {
  return importArticle(readSourceText(text), options);
}

/** A draft story from an article's web page: its body as Mozilla Readability extracts it. */
export function importFromHtml(html: string, options: ImportOptions): ImportedDraft {
  return importArticle(readSourceHtml(html), options);
}
