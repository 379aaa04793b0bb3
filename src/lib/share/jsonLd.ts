import type {
  CorrectionComment,
  Country,
  CreativeWork,
  NewsArticle,
  Organization,
  Person,
  Quotation,
  WithContext,
} from 'schema-dts';
import { SITE_NAME } from '../present/site.ts';
import type { Actor, Story } from '../story/schema.ts';
import { ARTICLE_IMAGE_FORMATS } from '../preview/formats.ts';
import { metadataDate } from './metadataDate.ts';
import { comparePublicationDates, parsePublicationDate } from '../dates/publicationDate.ts';
import { changeAnchorId } from '../story/anchors.ts';
import { articleImagePath, explainerPath } from './shareTargets.ts';

/**
 * The publisher's logo, public/logo.png: the favicon's mark drawn as a 512×512 PNG, since search
 * engines want a raster logo of at least 112×112 pixels, not an SVG favicon.
 */
export const LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

/**
 * schema.org JSON-LD for an explainer: one `NewsArticle` that names the people, organisations and
 * countries in the story (`mentions`) and carries every quotation (`hasPart`), each linked to its
 * speaker. Every `@id` is a real URL on the page (`#actor-<id>`, `#quote-<id>`), so the graph and the
 * page point at the same things.
 */
export interface ArticleJsonLdInput {
  story: Story;
  /** The story's slug (its folder name). */
  slug: string;
  /** The site's origin, Astro's `site`. */
  site: URL | string;
  /** The publisher's name; defaults to the site name. */
  siteName?: string;
}

type Mentioned = Person | Organization | Country;

/**
 * `@id`s of things on the page are fragment IRIs ("#actor-waltz"), which JSON-LD resolves against the
 * page's URL: the same identifiers as absolute URLs would be, without repeating the page URL some
 * thirty times in a page that has a byte budget.
 */
export const articleId = (): string => '#article';
export const actorId = (id: string): string => `#actor-${id}`;
export const quoteId = (id: string): string => `#quote-${id}`;

/** Person for a person or an unnamed source, Organization for an organisation or group, Country for a country. */
function mentionOf(actor: Actor): Mentioned {
  const common = { '@id': actorId(actor.id), name: actor.name } as const;
  switch (actor.kind) {
    case 'person':
      return {
        '@type': 'Person',
        ...common,
        description: actor.role,
        ...(actor.affiliation === undefined
          ? {}
          : { affiliation: { '@type': 'Organization', name: actor.affiliation } }),
      };
    case 'unnamed-source':
      // The reporting does not name them: the name is as given ("A source familiar with the situation").
      return { '@type': 'Person', ...common, description: 'Unnamed source', disambiguatingDescription: actor.role };
    case 'country':
      return { '@type': 'Country', ...common, description: actor.role };
    case 'organisation':
    case 'group':
      return { '@type': 'Organization', ...common, description: actor.role };
  }
}

export function articleJsonLd({
  story,
  slug,
  site,
  siteName = SITE_NAME,
}: ArticleJsonLdInput): WithContext<NewsArticle> {
  const canonical = new URL(explainerPath(slug), site).href;
  const origin = new URL('/', site).href;
  const publisher: Organization = {
    '@type': 'Organization',
    '@id': `${origin}#publisher`,
    name: siteName,
    url: origin,
    logo: { '@type': 'ImageObject', url: new URL(LOGO.path, site).href },
  };
  const author: Person | Organization =
    story.byline === undefined ? publisher : { '@type': 'Person', name: story.byline };
  const source: CreativeWork = {
    '@type': 'CreativeWork',
    name: story.source.name,
    ...(story.source.url === undefined ? {} : { url: story.source.url }),
  };
  // Kept lean (an explainer's whole page has a byte budget): the @id is the quote's URL on the page,
  // and being under the article's hasPart already says what it is part of.
  const corrections: CorrectionComment[] = story.changes
    .map((change, i) => ({ change, anchor: changeAnchorId(i + 1) }))
    .filter(({ change }) => change.kind === 'correction')
    .map(({ change, anchor }) => ({
      '@type': 'CorrectionComment',
      '@id': `#${anchor}`,
      text: change.text,
      datePublished: metadataDate(change.at),
    }));
  const quotations: Quotation[] = story.quotes.map((quote) => ({
    '@type': 'Quotation',
    '@id': quoteId(quote.id),
    text: quote.text,
    spokenByCharacter: { '@id': actorId(quote.speaker) },
    ...(quote.context === undefined ? {} : { description: quote.context }),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleId(),
    url: canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    headline: story.title,
    description: story.dek,
    // A date and time with its offset when the story gives a time; otherwise the day alone (a schema.org Date).
    datePublished: metadataDate(story.published),
    dateModified: metadataDate(lastModified(story)),
    // The story's card in the three shapes search engines ask for (16:9, 4:3, 1:1), each 1200 px wide.
    image: ARTICLE_IMAGE_FORMATS.map((format) => new URL(articleImagePath(slug, format), site).href),
    inLanguage: story.lang,
    ...(story.tags.length > 0 ? { keywords: story.tags } : {}),
    author,
    publisher,
    isBasedOn: source,
    mentions: story.actors.map((actor) => mentionOf(actor)),
    hasPart: quotations,
    // Corrections in the open, as schema.org has them: each with its text and when it was made.
    ...(corrections.length > 0 ? { correction: corrections } : {}),
  };
}

/**
 * When the story last changed: its latest `changes` entry, or `updated`, whichever is later; else
 * when it was published.
 */
export function lastModified(story: Pick<Story, 'published' | 'updated' | 'changes'>): string {
  const candidates = [story.updated ?? story.published, ...story.changes.map((change) => change.at)];
  return candidates.reduce((latest, candidate) => {
    const a = parsePublicationDate(latest);
    const b = parsePublicationDate(candidate);
    return a.ok && b.ok && comparePublicationDates(b.value, a.value) > 0 ? candidate : latest;
  });
}

/** Characters that could end a `<script>` element or an HTML comment, or break a JavaScript string. */
const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the inside of `<script type="application/ld+json">`: no value can close the element
 * (`</script>`), open a comment (`<!--`) or end a line in a JavaScript parser (U+2028, U+2029).
 * The escapes are JSON string escapes, so `JSON.parse` gives back exactly the same value.
 */
export function serialiseJsonLd(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new Error('JSON-LD must be a JSON value');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c] ?? c);
}
