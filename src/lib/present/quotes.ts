import type { Actor, Quote } from '../story/schema.ts';
import { actorById } from './actors.ts';
import { displayPartialDate, type DisplayDate } from './timeline.ts';

export interface QuoteCaption {
  readonly speaker: Actor;
  /** When it was said, only if the reporting gives it. */
  readonly when?: DisplayDate;
  /** Where or to whom it was said, with a capital first letter as it starts a phrase of its own. */
  readonly setting: string;
  /** Who relayed the words, for a quotation quoted inside another's. */
  readonly relayedBy?: Actor;
}

/** The parts of a quote's caption line: speaker, when, where, and who relayed it. */
export function quoteCaption(quote: Quote, actors: readonly Actor[], locale = 'en-GB'): QuoteCaption {
  return {
    speaker: actorById(actors, quote.speaker),
    ...(quote.said.date !== undefined ? { when: displayPartialDate(quote.said.date, locale) } : {}),
    setting: capitaliseFirst(quote.said.setting, locale),
    ...(quote.quotedBy !== undefined ? { relayedBy: actorById(actors, quote.quotedBy) } : {}),
  };
}

/** "speaking to the BBC" -> "Speaking to the BBC"; the rest of the text is left as written. */
export function capitaliseFirst(text: string, locale = 'en-GB'): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(locale) + text.slice(head.length);
}

/**
 * The words of a callout. A quote that ends inside a nested quotation keeps the comma that hands
 * over to "he said" (`think about that,'`); standing alone in a callout, that comma is dropped. No
 * word changes.
 */
export function calloutText(text: string): string {
  return text.replace(/,(['"\u2018\u2019\u201C\u201D]*)\s*$/u, '$1');
}
