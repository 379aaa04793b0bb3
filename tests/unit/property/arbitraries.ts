import fc from 'fast-check';
import type { Element, ElementContent, Text } from 'hast';
import type { StoryInput } from '../../../src/lib/story/schema';
import { baseStory, storySource } from '../../support/storySource';

/* ------------------------------------------------------------------------------------------------ */
/* Raw prose for the text functions: anything an editor or a wire might paste.                       */
/* ------------------------------------------------------------------------------------------------ */

/** Pieces of prose that exercise normalising and quotation finding (marks, apostrophes, white space). */
const PROSE_PIECES = [
  'a',
  'b',
  'Z',
  'é',
  'we',
  'step back',
  'Kyiv',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00A0',
  '"',
  '"',
  '\u201C',
  '\u201D',
  "'",
  "'",
  '\u2018',
  '\u2019',
  '\u00AB',
  '\u00BB',
  '\u201E',
  "it's",
  'Trump\u2019s',
  "allies'",
  ',',
  '.',
  '!',
  '?',
  ';',
  ':',
  '(',
  ')',
  '[',
  '\u2014',
  '-',
  '1',
  '\uD83D\uDE00', // an emoji: two UTF-16 code units
] as const;

/** Prose built from the pieces above, or (now and then) any string at all. */
export const rawProse: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PROSE_PIECES), { maxLength: 40 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/* ------------------------------------------------------------------------------------------------ */
/* Stories: prose made of words with quotations in random mark styles, and frontmatter to match.     */
/* ------------------------------------------------------------------------------------------------ */

export const ACTORS: StoryInput['actors'] = [
  { id: 'waltz', name: 'Mike Waltz', aliases: ['Waltz'], kind: 'person', role: 'National Security Adviser' },
  { id: 'trump', name: 'Donald Trump', aliases: ['Trump', 'President Trump'], kind: 'person', role: 'President' },
  { id: 'zelensky', name: 'Volodymyr Zelensky', aliases: ['Zelensky'], kind: 'person', role: 'President of Ukraine' },
  { id: 'kremlin', name: 'the Kremlin', kind: 'organisation', role: 'Russian presidency' },
];
const SPEAKERS = ACTORS.map((a) => a.id);

/** Plain words; none is Markdown syntax at the start of a line, and none contains a foreign word. */
const PLAIN_WORDS = [
  'the',
  'plan',
  'was',
  'paused',
  'talks',
  'resumed',
  'allies',
  'aid',
  'on',
  'Wednesday',
  'officials',
  'said',
  'told',
  'reporters',
  'we',
  'have',
  'taken',
  'a',
  'step',
  'back',
  'all',
  'aspects',
  'of',
  'this',
  'relationship',
  'Kyiv',
  'Washington',
  'NATO',
  'Trump',
  'Waltz',
  'Zelensky',
  'Kremlin',
] as const;
/** Words with an apostrophe inside, written with a straight or a curly apostrophe. */
const APOSTROPHE_WORDS = ["it's", "Trump's", "Ukraine's", "don't", "Let's"] as const;

/** Words that never stand in generated prose, for quotes that must not be found. */
export const FOREIGN_WORDS = ['xylophone', 'quokka', 'zeppelin', 'marzipan'] as const;
/** Short words that never stand in generated prose, for a slip of the keyboard ("a big step back"). */
export const SLIP_WORDS = ['big', 'very', 'not'] as const;

export type Markup = 'none' | 'em' | 'strong' | 'link';

export interface Word {
  readonly text: string;
  /** A soft line break (instead of a space) before the word. */
  readonly breakBefore: boolean;
  /** Inline Markdown around the word; the text a reader sees is the same. */
  readonly markup: Markup;
}

const wordText = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PLAIN_WORDS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...APOSTROPHE_WORDS), fc.constantFrom("'", '\u2019'))
      .map(([w, mark]) => w.replace("'", mark)),
  },
);

const word = (punctuation: readonly string[]): fc.Arbitrary<Word> =>
  fc.record({
    text: fc
      .tuple(wordText, fc.oneof({ weight: 6, arbitrary: fc.constant('') }, fc.constantFrom(...punctuation)))
      .map(([w, p]) => w + p),
    breakBefore: fc.boolean(),
    markup: fc.oneof(
      { weight: 8, arbitrary: fc.constant<Markup>('none') },
      fc.constantFrom<Markup>('em', 'strong', 'link'),
    ),
  });

const MARKDOWN: Record<Markup, (text: string) => string> = {
  none: (t) => t,
  em: (t) => `*${t}*`,
  strong: (t) => `**${t}**`,
  link: (t) => `[${t}](https://example.com/)`,
};

/** Words of running prose, which may carry their own punctuation. */
const proseWords = fc.array(word([',', '.', ';', ':', '!', '?']), { minLength: 1, maxLength: 6 });
/** Words inside a quotation; a comma inside ("We have, we have taken") but never at the very end. */
const quotedWords = fc
  .array(word([',']), { minLength: 1, maxLength: 5 })
  .map((ws) => [...ws.slice(0, -1), { ...ws.at(-1)!, text: ws.at(-1)!.text.replace(/,$/, '') }]);

type OuterStyle = 'straight' | 'curly' | 'curly-single';
export type InnerStyle = 'straight' | 'curly';
const MARKS: Record<OuterStyle, readonly [string, string]> = {
  straight: ['"', '"'],
  curly: ['\u201C', '\u201D'],
  'curly-single': ['\u2018', '\u2019'],
};
const INNER_MARKS: Record<InnerStyle, readonly [string, string]> = {
  straight: ["'", "'"],
  curly: ['\u2018', '\u2019'],
};

/** A quotation nested in another (Ratcliffe quoting Trump): always single marks inside double ones. */
export interface InnerQuotation {
  readonly speaker: string;
  readonly words: readonly Word[];
  /** Punctuation inside the closing mark. */
  readonly closing: '' | ',';
  readonly style: InnerStyle;
  /** Mark style of the frontmatter text. */
  readonly fmStyle: InnerStyle;
  readonly fmKeepsClosing: boolean;
}

export interface Quotation {
  readonly speaker: string;
  readonly before: readonly Word[];
  readonly inner: InnerQuotation | undefined;
  readonly after: readonly Word[];
  /** Punctuation inside the closing mark: the comma before "he said", or a full stop. */
  readonly closing: '' | ',' | '.';
  readonly style: OuterStyle;
  readonly fmStyle: InnerStyle;
  /** Whether the frontmatter text keeps the closing comma or full stop (both are allowed). */
  readonly fmKeepsClosing: boolean;
  readonly callout: boolean;
  /** The whole quotation, marks included, is the text of a Markdown link. */
  readonly linked: boolean;
}

const innerQuotation: fc.Arbitrary<InnerQuotation> = fc.record({
  speaker: fc.constantFrom(...SPEAKERS),
  words: quotedWords,
  closing: fc.constantFrom('' as const, ',' as const),
  style: fc.constantFrom<InnerStyle>('straight', 'curly'),
  fmStyle: fc.constantFrom<InnerStyle>('straight', 'curly'),
  fmKeepsClosing: fc.boolean(),
});

export const quotation: fc.Arbitrary<Quotation> = fc
  .record({
    speaker: fc.constantFrom(...SPEAKERS),
    before: quotedWords,
    inner: fc.option(innerQuotation, { freq: 3, nil: undefined }),
    // Empty words on either side put the nested quotation at the edge of the outer one.
    innerBefore: fc.boolean(),
    innerAfter: fc.boolean(),
    after: quotedWords,
    closing: fc.constantFrom('' as const, ',' as const, '.' as const),
    style: fc.constantFrom<OuterStyle>('straight', 'curly', 'curly-single'),
    fmStyle: fc.constantFrom<InnerStyle>('straight', 'curly'),
    fmKeepsClosing: fc.boolean(),
    callout: fc.boolean(),
    linked: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, fc.constant(true)),
  })
  .map(({ innerBefore, innerAfter, ...q }) => {
    // Single marks nest only inside double ones; without a nested quotation the words are `before`.
    if (q.inner === undefined || q.style === 'curly-single') return { ...q, inner: undefined, after: [] };
    return { ...q, before: innerBefore ? q.before : [], after: innerAfter ? q.after : [] };
  })
  // A link holds no other link.
  .map((q) => (q.linked ? unlinkWords(q) : q));

function unlinkWords(q: Quotation): Quotation {
  const unlink = (words: readonly Word[]): Word[] =>
    words.map((w) => (w.markup === 'link' ? { ...w, markup: 'none' } : w));
  return {
    ...q,
    before: unlink(q.before),
    after: unlink(q.after),
    inner: q.inner && { ...q.inner, words: unlink(q.inner.words) },
  };
}

/**
 * Words as the Markdown prose has them (line breaks, inline markup), or `plain`: single spaces and no
 * markup, as the frontmatter has them and (white space aside) as a reader sees them.
 */
function renderWords(words: readonly Word[], plain: boolean): string {
  return words
    .map((w, i) => {
      const separator = i === 0 ? '' : w.breakBefore && !plain ? '\n' : ' ';
      return separator + (plain ? w.text : MARKDOWN[w.markup](w.text));
    })
    .join('');
}

/** The words of a nested quotation between its marks, as the prose or the frontmatter has them. */
function innerContent(q: InnerQuotation, plain: boolean): string {
  return renderWords(q.words, plain) + q.closing;
}

/** The words between the outer marks (nested quotation included), with the prose's or the frontmatter's marks. */
function outerContent(q: Quotation, plain: boolean, innerStyle: InnerStyle | undefined): string {
  const parts: string[] = [];
  if (q.before.length > 0) parts.push(renderWords(q.before, plain));
  if (q.inner !== undefined) {
    const [open, close] = INNER_MARKS[innerStyle ?? q.inner.style];
    parts.push(open + innerContent(q.inner, plain) + close);
  }
  if (q.after.length > 0) parts.push(renderWords(q.after, plain));
  // A nested quotation stands a space away from the words around it.
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) out += ' ' + parts[i];
  return out;
}

/** The quotation as it stands in the Markdown prose (or, `plain`, as a reader sees it), marks included. */
export function quotationInProse(q: Quotation, plain = false): string {
  const [open, close] = MARKS[q.style];
  const text = open + outerContent(q, plain, undefined) + q.closing + close;
  return q.linked && !plain ? MARKDOWN.link(text) : text;
}

/** The nested quotation as it stands in the Markdown prose (or as a reader sees it), marks included. */
export function innerInProse(q: InnerQuotation, plain = false): string {
  const [open, close] = INNER_MARKS[q.style];
  return open + innerContent(q, plain) + close;
}

/** The frontmatter `text` of the quotation: single spaces, the frontmatter's own mark style. */
function quoteText(q: Quotation): string {
  const words = outerContent(q, true, q.inner?.fmStyle);
  const fmWords = q.fmStyle === 'curly' ? words.replaceAll("'", '\u2019') : words;
  return fmWords + (q.fmKeepsClosing ? q.closing : '');
}

function innerQuoteText(q: InnerQuotation): string {
  const words = renderWords(q.words, true);
  return (q.fmStyle === 'curly' ? words.replaceAll("'", '\u2019') : words) + (q.fmKeepsClosing ? q.closing : '');
}

/** A quotation's words compared for uniqueness: no marks, single spaces, no closing punctuation. */
function wordsKey(content: string): string {
  return content
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[,.;:!?]+$/, '');
}

type Segment = { readonly kind: 'words'; readonly words: readonly Word[] } | Quotation;

/** One paragraph: running prose and quotations, side by side in any order. */
const paragraph: fc.Arbitrary<Segment[]> = fc
  .tuple(
    fc.option(proseWords, { nil: undefined }),
    fc.array(fc.tuple(quotation, fc.option(proseWords, { nil: undefined })), { maxLength: 3 }),
  )
  .map(([lead, rest]) => {
    const segments: Segment[] = [];
    if (lead) segments.push({ kind: 'words', words: lead });
    for (const [q, words] of rest) {
      segments.push(q);
      if (words) segments.push({ kind: 'words', words });
    }
    return segments;
  })
  .filter((segments) => segments.length > 0);

function isQuotation(segment: Segment): segment is Quotation {
  return !('kind' in segment);
}

export interface ProseModel {
  readonly paragraphs: readonly (readonly Segment[])[];
  readonly newline: '\n' | '\r\n';
}

function quotationKeys(q: Quotation): string[] {
  const keys = [wordsKey(outerContent(q, true, 'straight'))];
  if (q.inner) keys.push(wordsKey(renderWords(q.inner.words, true)));
  return keys;
}

/** True when no two quotations (nested ones included) have the same words. */
export function hasUniqueQuotations(model: ProseModel): boolean {
  const keys = quotationsOf(model).flatMap(quotationKeys);
  return new Set(keys).size === keys.length;
}

/** Every quotation in the model, with words that differ from every other quotation's. */
export const proseModel: fc.Arbitrary<ProseModel> = fc
  .record({
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
    newline: fc.constantFrom('\n' as const, '\r\n' as const),
  })
  .filter(hasUniqueQuotations);

export function quotationsOf(model: ProseModel): Quotation[] {
  return model.paragraphs.flat().filter(isQuotation);
}

function renderParagraph(segments: readonly Segment[]): string {
  return segments
    .map((s, i) => {
      const text = isQuotation(s) ? quotationInProse(s) : renderWords(s.words, false);
      const first = isQuotation(s) ? false : (s.words[0]?.breakBefore ?? false);
      return (i === 0 ? '' : first ? '\n' : ' ') + text;
    })
    .join('');
}

function renderProse(model: ProseModel): string {
  return ['## First', ...model.paragraphs.map(renderParagraph)].join('\n\n');
}

export type QuoteInput = NonNullable<StoryInput['quotes']>[number];

export interface CreditedQuote {
  readonly quote: QuoteInput;
  /** The quotation as a reader sees it, marks and closing punctuation included. */
  readonly read: string;
  /** The id of the quote it is nested in. */
  readonly outerId?: string;
}

/** The frontmatter quotes crediting every quotation (and nested quotation) of the model: q1, q2, … */
export function quotesFor(model: ProseModel): CreditedQuote[] {
  const out: CreditedQuote[] = [];
  for (const q of quotationsOf(model)) {
    const id = `q${out.length + 1}`;
    out.push({
      quote: { id, speaker: q.speaker, text: quoteText(q), said: { setting: 'To reporters' }, callout: q.callout },
      read: quotationInProse(q, true),
    });
    if (q.inner) {
      out.push({
        quote: {
          id: `q${out.length + 1}`,
          speaker: q.inner.speaker,
          quotedBy: q.speaker,
          text: innerQuoteText(q.inner),
          said: { setting: `Relayed by ${q.speaker}` },
        },
        read: innerInProse(q.inner, true),
        outerId: id,
      });
    }
  }
  return out;
}

export type NoteInput = NonNullable<StoryInput['notes']>[number];

/** Names and aliases of the actors: a note's term may not be one of them (the check refuses it). */
const ACTOR_FORMS = new Set(ACTORS.flatMap((a) => [a.name, ...(a.aliases ?? [])]).map((form) => form.toLowerCase()));

/**
 * Notes on words of the running prose (outside quotations and links, so each is found, and not an
 * actor's name or alias): `picks` chooses among those words.
 */
export function notesFor(model: ProseModel, picks: readonly number[]): NoteInput[] {
  const candidates = model.paragraphs
    .flat()
    .flatMap((s) => (isQuotation(s) ? [] : s.words))
    .filter((w) => w.markup !== 'link')
    .map((w) => w.text.replace(/[,.;:!?]+$/, '').replace('\u2019', "'"))
    .filter((term) => !ACTOR_FORMS.has(term.toLowerCase()));
  const terms = [...new Set(picks.map((n) => candidates[n % candidates.length]).filter((t) => t !== undefined))];
  return terms.map((term, i) => ({ id: `n${i + 1}`, term, text: `A note on ${term}.` }));
}

/** The story source: the model's prose (or `prose`), and frontmatter with the given quotes and notes. */
export function sourceFor(
  model: ProseModel,
  {
    quotes,
    notes = [],
    prose = renderProse(model),
  }: { quotes: readonly QuoteInput[]; notes?: readonly NoteInput[]; prose?: string },
): string {
  const story = baseStory({ actors: ACTORS, quotes: [...quotes], notes: [...notes] });
  return storySource(story, prose, model.newline);
}

/* ------------------------------------------------------------------------------------------------ */
/* Small hast paragraphs for wrapRange.                                                               */
/* ------------------------------------------------------------------------------------------------ */

const textNode: fc.Arbitrary<Text> = fc
  .string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '\n', '"', '\u2019'), maxLength: 5 })
  .map((value) => ({ type: 'text', value }));

const { node: inlineNode } = fc.letrec<{ node: ElementContent; element: Element }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textNode, tie('element')),
  element: fc
    .record({
      tagName: fc.constantFrom('em', 'strong', 'a'),
      hasId: fc.boolean(),
      children: fc.array(tie('node'), { maxLength: 3 }),
    })
    .map(({ tagName, hasId, children }) => ({
      type: 'element' as const,
      tagName,
      properties: { ...(tagName === 'a' ? { href: '#x' } : {}), ...(hasId ? { id: 'placeholder' } : {}) },
      children,
    })),
}));

/** A `<p>` of text mixed with `<em>`, `<strong>` and `<a>` (some carrying ids), as a factory, so each run gets its own tree. */
export const hastParagraph: fc.Arbitrary<() => Element> = fc
  .array(inlineNode, { minLength: 1, maxLength: 5 })
  .map((children) => () => {
    const p: Element = { type: 'element', tagName: 'p', properties: {}, children: structuredClone(children) };
    // Ids must be unique in a page: number them.
    let n = 0;
    const number = (node: ElementContent): void => {
      if (node.type !== 'element') return;
      if (node.properties['id'] !== undefined) node.properties['id'] = `id${++n}`;
      node.children.forEach(number);
    };
    p.children.forEach(number);
    return p;
  });

/**
 * Run counts and seed. By default a fixed seed, so `npm test` gives the same verdict every time and a
 * red run is reproducible; PROPERTY_SEED=<n> or PROPERTY_SEED=random with PROPERTY_RUNS=2000 explores
 * further (fast-check prints the seed and the shrunk case of any failure).
 */
export const runs = (numRuns: number): { numRuns: number; seed?: number } => {
  const seed = process.env['PROPERTY_SEED'];
  return {
    numRuns: Number(process.env['PROPERTY_RUNS']) || numRuns,
    ...(seed === 'random' ? {} : { seed: Number(seed) || 20261126 }),
  };
};
