import {
  FOLDS_TO,
  normaliseChar,
  normaliseWithMap,
  normalise,
  toOriginalRange,
  type NormalisedText,
} from './normalise.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every whole-word occurrence of `phrase` in `text`, as ranges of the original text. Quotation marks,
 * apostrophes and white space are compared normalised, so "Trump’s" contains "Trump" and a phrase
 * broken over two lines is still found; "US" is not found inside "USA".
 */
export function findPhrase(text: string, phrase: string): { start: number; end: number }[] {
  // Normalising only folds quotation marks and white space, so the phrase's longest stretch without
  // either stands verbatim in any text that holds the phrase: most texts are ruled out without
  // normalising them.
  const probe = verbatimProbe(phrase);
  if (probe.length > 0 && !text.includes(probe)) return [];
  return findPhraseIn(normaliseWithMap(text), phrase);
}

const probes = new Map<string, string>();

/** The longest run of `phrase` that normalising leaves as it is, and that no other character becomes. */
function verbatimProbe(phrase: string): string {
  let probe = probes.get(phrase);
  if (probe === undefined) {
    probe = '';
    let run = '';
    for (const ch of phrase) {
      if (/\s/u.test(ch) || normaliseChar(ch) !== ch || FOLDS_TO.has(ch)) run = '';
      else run += ch;
      if (run.length > probe.length) probe = run;
    }
    probes.set(phrase, probe);
  }
  return probe;
}

/** findPhrase on text already normalised, for callers that look for many phrases in one text. */
export function findPhraseIn(haystack: NormalisedText, phrase: string): { start: number; end: number }[] {
  const needle = normalise(phrase);
  if (needle.length === 0) return [];
  const ranges: { start: number; end: number }[] = [];
  for (let at = haystack.text.indexOf(needle); at >= 0; at = haystack.text.indexOf(needle, at + 1)) {
    const before = haystack.text[at - 1] ?? '';
    const after = haystack.text[at + needle.length] ?? '';
    const startsWord = !WORD_CHAR.test(needle[0] ?? '') || !WORD_CHAR.test(before);
    const endsWord = !WORD_CHAR.test(needle.at(-1) ?? '') || !WORD_CHAR.test(after);
    if (startsWord && endsWord) ranges.push(toOriginalRange(haystack, at, at + needle.length));
  }
  return ranges;
}
