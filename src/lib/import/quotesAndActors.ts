import { normaliseQuoteText } from '../quotes/matchQuote.ts';
import { findActors, slugify } from './actors.ts';
import type { Span } from './spans.ts';
import { analyse, attribute } from './attribution.ts';
import { speakerPhrases } from './speech.ts';
import type { ProposedActor, ProposedQuote, ProposedUnattributed, SourceParagraph } from './proposal.ts';
import { leftoverEntries, quotationText, timesInProse, useOf } from './quotations.ts';
import { parseParagraphs } from './sentences.ts';

/**
 * The actors, quotes and unattributed quotations of a reporter's text, ready for the draft: every
 * quotation the checker will find is either a quote or an entry, no quote's words stand twice, and
 * every speaker is one of the actors.
 */
export function proposeActorsAndQuotes(paragraphs: readonly SourceParagraph[]): {
  actors: ProposedActor[];
  quotes: ProposedQuote[];
  unattributed: ProposedUnattributed[];
} {
  const parsed = parseParagraphs(paragraphs);
  const analysis = analyse(parsed);
  // "told Reuters", "speaking to Fox Business": who is addressed is a setting, not an actor.
  const settings: Span[] = [...analysis.settings.values()].flat().filter((s) => !/^Addressing\b/u.test(s.text));
  const index = findActors(parsed, { speakers: speakerPhrases(analysis.events), settings });
  const attributions = attribute(parsed, analysis, index);

  const quotes: ProposedQuote[] = [];
  const unattributed: ProposedUnattributed[] = [];
  const listed = new Set<string>();
  const unattribute = (entry: ProposedUnattributed): void => {
    const key = normaliseQuoteText(entry.text);
    if (listed.has(key)) return;
    listed.add(key);
    unattributed.push(entry);
  };
  const ids = new Set<string>();
  const counted = new Map<string, number>();

  for (const quotation of parsed.quotations) {
    const attribution = attributions.get(quotation.id);
    const text = quotationText(quotation);
    if (text.length === 0) continue;
    const use = useOf(parsed, quotation, attribution);
    if (use.kind === 'unattributed') {
      unattribute({ text, reason: use.reason, ...(use.review === undefined ? {} : { review: use.review }) });
      continue;
    }
    const times = timesInProse(parsed, text, counted);
    if (times !== 1) {
      // Twice in the prose the checker could not tell which is meant; not at all, the leftovers catch it.
      if (times > 1)
        unattribute({
          text,
          reason: 'the same words in quotation marks more than once',
          review: `These words stand ${times} times in quotation marks, so a quote could not point at one: credit them by hand.`,
        });
      continue;
    }
    const speaker = attribution?.speaker;
    const review = attribution?.review ?? (speaker === undefined ? 'No speaker found: name the speaker.' : undefined);
    quotes.push({
      id: quoteId(speaker, text, ids),
      ...(speaker === undefined ? {} : { speaker }),
      ...(attribution?.quotedBy === undefined ? {} : { quotedBy: attribution.quotedBy }),
      text,
      ...(attribution?.setting === undefined ? {} : { setting: attribution.setting }),
      callout: attribution?.callout ?? false,
      ...(review === undefined ? {} : { review }),
    });
  }
  const credited = [...quotes.map((q) => q.text), ...unattributed.map((u) => u.text)];
  for (const entry of leftoverEntries(parsed, credited)) unattribute(entry);
  return { actors: [...index.actors], quotes, unattributed };
}

/** Words that say little about a quote, left out of its id. */
const PLAIN_WORDS = new Set(
  `a an the i we you he she it they me us him her them my our your his its their is are was were be been
  being am have has had do does did will would shall should can could may might must and or but if then
  that this these those there here to of in on at for with by from as so not all very just think want
  going get got what which who when about into out up also more than its it's i'm we're we've we'll
  i've i'll don't can't won't let's`.split(/\s+/u),
);

/** `<speaker id>-<first telling words>`, unique and at most 60 characters. */
function quoteId(speaker: string | undefined, text: string, taken: Set<string>): string {
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/gu, ''))
    .filter((w) => w.length > 0);
  const telling = words.filter((w) => !PLAIN_WORDS.has(w));
  const chosen = (telling.length > 0 ? telling : words).slice(0, 3);
  const prefix = speaker ?? 'unattributed';
  // The whole speaker id leads, so an editor sees whose words these are; slugify keeps 60 characters.
  const base = slugify(`${prefix} ${chosen.join(' ')}`) || prefix;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 56)}-${n}`;
  taken.add(id);
  return id;
}
