import { findQuotations } from '../quotes/findQuotations.ts';
import { findNormalisedQuote, normaliseQuoteText } from '../quotes/matchQuote.ts';
import { trimEnd } from '../text/trimEnd.ts';
import type { Attribution } from './attribution.ts';
import type { ProposedUnattributed } from './proposal.ts';
import { originalSlice, type ParsedText, type Quotation } from './sentences.ts';

/**
 * Every quotation of a report, and which of them are someone's words: scare quotes ("so-called"), a
 * term or a name in quotation marks are nobody's, and become unattributed entries with a reason. Texts
 * are what the checker finds (`findQuote`: the words between the marks, a closing comma left out),
 * and `uncredited` runs the checker's own search to prove nothing is left over.
 */

/** The words a quote or an entry gives for a quotation: the reporter's characters, a closing comma left out. */
export function quotationText(quotation: Quotation): string {
  return trimEnd(quotation.original.trim(), /[,\s]/u);
}

/**
 * Words before a quotation that make it a term or a name, not someone's words ("the plan, dubbed
 * …", "calling it the …"); the word before them is caught to tell "what he called …" (his words).
 */
const TERM_BEFORE =
  /(?:^|\s)(\S+)\s+(?:dubbed|nicknamed|known as|termed|titled|entitled|named|labelled|labeled|branded|codenamed|code-named|called|calling it(?: the| a| an)?|the word|the term|the phrase|the slogan|the hashtag|the name|the words|the label)(?: the| a| an| its| his| her| their)?\s*$/iu;
/** A subject right before "called": the words are that speaker's ("what he called …", "Trump dubbed …"). */
const SUBJECT = /^(?:he|she|they|we|i|it|\p{Lu}\S*)$/u;
const SO_CALLED = /so-called\s*$/iu;
const MINOR_WORDS = new Set('of the and for in on at to a an or de la du des von van'.split(' '));

/** "Coalition of the Willing", "Gulf of America": every word that is not a joining word has a capital. */
function isTitleCase(words: string): boolean {
  const list = words.replace(/[.,;:!?]+$/u, '').split(' ');
  if (list.length === 0 || list.length > 8) return false;
  return list.every((w, i) => (i > 0 && MINOR_WORDS.has(w)) || /^[\p{Lu}\p{N}]/u.test(w));
}

export type QuotationUse =
  { readonly kind: 'quote' } | { readonly kind: 'unattributed'; readonly reason: string; readonly review?: string };

/** Whether a quotation is someone's words, judged from the words before it and its attribution. */
export function useOf(parsed: ParsedText, quotation: Quotation, attribution: Attribution | undefined): QuotationUse {
  const paragraph = parsed.paragraphs[quotation.paragraph];
  const before = paragraph?.normalised.text.slice(Math.max(0, quotation.start - 40), quotation.start) ?? '';
  const link = attribution?.link ?? 'none';
  const words = quotation.words.split(' ').length;
  if (SO_CALLED.test(before)) return { kind: 'unattributed', reason: 'scare quotes' };
  const attributed = link === 'handover' || link === 'before' || link === 'according';
  const term = TERM_BEFORE.exec(before);
  if (term !== null && (link === 'none' || link === 'continuation' || !SUBJECT.test(term[1] ?? '')))
    return { kind: 'unattributed', reason: 'a term' };
  if (isTitleCase(quotation.words) && link !== 'handover' && link !== 'according')
    return { kind: 'unattributed', reason: 'a name or title' };
  // Words quoted in a sentence that no one says, and that are no sentence themselves ("the
  // 'coalition of the willing' which …"): a phrase in quotation marks, not a quote.
  const fragment = !/^[\p{Lu}\p{N}]/u.test(quotation.words) && !quotation.open;
  if ((words <= 3 || (fragment && words <= 6)) && !attributed)
    return {
      kind: 'unattributed',
      reason: 'scare quotes or a term',
      review: 'No one is said to have used these words here: check whether they are someone’s words.',
    };
  return { kind: 'quote' };
}

/**
 * How many times the checker would find a quote's words as a whole quotation in the prose. Counted
 * once per distinct text (`counted` remembers), so a report that repeats a short quotation many
 * times is not searched again for each.
 */
export function timesInProse(parsed: ParsedText, text: string, counted: Map<string, number> = new Map()): number {
  const wanted = normaliseQuoteText(text);
  const known = counted.get(wanted);
  if (known !== undefined) return known;
  const times = parsed.paragraphs.reduce((n, p) => n + findNormalisedQuote(p.normalised.text, wanted).length, 0);
  counted.set(wanted, times);
  return times;
}

/**
 * The quotations the checker would still report once `credited` (quote and entry texts) are placed:
 * its own search, run on each paragraph with the credited marks blanked, as `rehypeQuotes` does.
 */
export function uncredited(parsed: ParsedText, credited: readonly string[]): { paragraph: number; words: string }[] {
  const wanted = [...new Set(credited.map(normaliseQuoteText))];
  const left: { paragraph: number; words: string }[] = [];
  for (const paragraph of parsed.paragraphs) {
    const text = paragraph.normalised.text;
    const marks = new Set<number>();
    for (const w of wanted)
      for (const m of findNormalisedQuote(text, w)) {
        marks.add(m.start);
        marks.add(m.end - 1);
      }
    let masked = '';
    for (let i = 0; i < text.length; i++) masked += marks.has(i) ? '\u0000' : text[i];
    // The reporter's own characters (curly apostrophes), as a quote's text keeps them.
    for (const q of findQuotations(masked))
      left.push({
        paragraph: paragraph.index,
        words: originalSlice(paragraph, q.start + 1, q.start + 1 + q.text.length).trim(),
      });
  }
  return left;
}

/** Entries for quotations nothing else credits, so the draft passes the check; each asks for review. */
export function leftoverEntries(parsed: ParsedText, credited: readonly string[]): ProposedUnattributed[] {
  const seen = new Set<string>();
  const entries: ProposedUnattributed[] = [];
  for (const { words } of uncredited(parsed, credited)) {
    const text = trimEnd(words, /[,\s]/u);
    const key = normaliseQuoteText(text);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    entries.push({
      text,
      reason: 'quotation marks the import could not place',
      review: 'The import could not tell whose words these are: credit them to a speaker or give the reason.',
    });
  }
  return entries;
}
