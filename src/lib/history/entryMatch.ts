import type { ListEntry } from './versionContent.ts';

/** The entries of two versions of a list, paired by id. */
export interface EntryMatch<T extends ListEntry> {
  /** Each entry of the later version with its earlier self, in the later version's order. */
  readonly pairs: readonly { readonly before: T; readonly after: T }[];
  readonly added: readonly T[];
  readonly removed: readonly T[];
}

/**
 * Pairs the entries of a list in two versions: the same id, or an id the later entry lists among
 * its former ids (an entry renamed). Entries of either version left unpaired were added or removed.
 */
export function matchEntries<T extends ListEntry>(before: readonly T[], after: readonly T[]): EntryMatch<T> {
  const earlier = new Map(before.map((entry) => [entry.id, entry]));
  const taken = new Set<T>();
  const pairs: { before: T; after: T }[] = [];
  const added: T[] = [];
  for (const entry of after) {
    const self = [entry.id, ...entry.formerIds]
      .map((id) => earlier.get(id))
      .find((found) => found !== undefined && !taken.has(found));
    if (self === undefined) added.push(entry);
    else {
      taken.add(self);
      pairs.push({ before: self, after: entry });
    }
  }
  return { pairs, added, removed: before.filter((entry) => !taken.has(entry)) };
}
