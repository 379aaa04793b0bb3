import { distance } from 'fastest-levenshtein';

/** The candidate closest to `wanted`, if it is close enough to be a plausible typo. */
export function closestMatch(wanted: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  // Levenshtein counts a swap of two letters ("qoutes") as two edits; on a tie, prefer the
  // candidate with the same letters, which is what a swap leaves.
  const letters = (s: string): string => [...s.toLowerCase()].sort().join('');
  for (const candidate of candidates) {
    const d = distance(wanted.toLowerCase(), candidate.toLowerCase());
    const anagramTie = d === bestDistance && letters(candidate) === letters(wanted);
    if (d < bestDistance || anagramTie) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Allow about one edit in three characters: "waltzz" finds "waltz", "nato" does not find "trump".
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** ' Did you mean "x"?' or nothing. */
export function didYouMean(wanted: string, candidates: readonly string[]): string {
  const match = closestMatch(wanted, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}
