/** Stretches of a paragraph's text, and finding which of many holds another, in logarithmic time. */

/** A stretch of a paragraph's normalised text. */
export interface Span {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** The last index in a sorted list whose key is at most `key` (-1 when none): a binary search. */
export function lastAtMost<T>(list: readonly T[], key: (item: T) => number, value: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = list[mid];
    if (item !== undefined && key(item) <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Finds the span of a list that holds a given span, in logarithmic time (a report may have thousands). */
export function spanFinder<T extends Span>(spans: readonly T[]): (span: Span) => T | undefined {
  const order = (s: Span): number => s.paragraph * 1e9 + s.start;
  const sorted = [...spans].sort((a, b) => order(a) - order(b));
  return (span) => {
    // Spans rarely nest; the few that start just before may still hold it.
    for (let i = lastAtMost(sorted, order, order(span)), n = 0; i >= 0 && n < 4; i--, n++) {
      const s = sorted[i];
      if (s !== undefined && s.paragraph === span.paragraph && s.start <= span.start && span.end <= s.end) return s;
    }
    return undefined;
  };
}
