import { isDeepStrictEqual } from 'node:util';
import { matchEntries } from './entryMatch.ts';
import { proseBlocks } from './proseBlocks.ts';
import { typographicQuotes } from '../present/typography.ts';
import { blocksDiff, changed, wordDiff, type Block, type BlockChange, type DiffPart } from './textDiff.ts';
import { ID_LISTS, type ChangeEntry, type IdList, type VersionContent } from './versionContent.ts';

/** A quote added, removed, or whose words changed, between two versions. */
export interface QuoteChange {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly id: string;
  /** The actor id of who said it. */
  readonly speaker: string;
  /** Its words, word by word: all added, all removed, or how they changed. */
  readonly parts: readonly DiffPart[];
}

/** A timeline event added, removed, or whose date or title changed. */
export interface EventChange {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly id: string;
  /** Its date in each version, as the frontmatter writes it (absent from the version without it). */
  readonly dateBefore?: string;
  readonly dateAfter?: string;
  readonly title: readonly DiffPart[];
}

/** An entry given a new id, its old one kept as a former id. */
export interface RenamedId {
  readonly list: IdList;
  readonly from: string;
  readonly to: string;
}

/** What changed from one version of a story to the next. */
export interface VersionDiff {
  /** Word by word, when the title changed. */
  readonly title?: readonly DiffPart[];
  readonly dek?: readonly DiffPart[];
  /** Point by point, when the key points changed. */
  readonly keyPoints?: readonly BlockChange[];
  /** The prose, block by block (a single run of unchanged blocks when it did not change). */
  readonly prose: readonly BlockChange[];
  readonly quotes: readonly QuoteChange[];
  readonly timeline: readonly EventChange[];
  readonly renamed: readonly RenamedId[];
  /** The updates, corrections and clarifications this version recorded. */
  readonly recorded: readonly ChangeEntry[];
  /** Other fields of the frontmatter that changed (`sources`, `actors`, …), ids and former ids aside. */
  readonly otherFields: readonly string[];
}

/** Fields compared on their own above, or not what readers read. */
const SHOWN_APART = new Set(['title', 'dek', 'keyPoints', 'quotes', 'timeline', 'changes', 'draft', 'review']);

/** A field's value with the ids and former ids of its entries left out: renames are listed apart. */
function withoutIds(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return entry;
    const { id: _id, formerIds: _formerIds, ...rest } = entry as Record<string, unknown>;
    return rest;
  });
}

const sameChange = (a: ChangeEntry, b: ChangeEntry): boolean =>
  a.at === b.at && a.kind === b.kind && a.text === b.text && isDeepStrictEqual(a.concerns, b.concerns);

/** How `before` became `after`: prose and key points block by block, quotes and events by id, word by word. */
export function versionDiff(before: VersionContent, after: VersionContent): VersionDiff {
  const lang = after.lang;
  // Compared as readers read them: a straight quotation mark typed where a curly one was is no change.
  const shown = (text: string): string => typographicQuotes(text, lang);
  const words = (a: string, b: string): readonly DiffPart[] | undefined => {
    const parts = wordDiff(shown(a), shown(b), lang);
    return changed(parts) ? parts : undefined;
  };
  const blocksOf = (blocks: readonly Block[]): Block[] =>
    blocks.map((block) => ({ kind: block.kind, text: shown(block.text) }));
  const title = words(before.title, after.title);
  const dek = words(before.dek, after.dek);
  const asBlocks = (points: readonly string[]): Block[] => blocksOf(points.map((text) => ({ kind: 'point', text })));
  const keyPoints = isDeepStrictEqual(before.keyPoints, after.keyPoints)
    ? undefined
    : blocksDiff(asBlocks(before.keyPoints), asBlocks(after.keyPoints), lang);

  const quoteMatch = matchEntries(before.quotes, after.quotes);
  const quotes: QuoteChange[] = [
    ...quoteMatch.pairs.flatMap(({ before: was, after: now }): QuoteChange[] => {
      const parts = words(was.text, now.text);
      return parts ? [{ kind: 'changed', id: now.id, speaker: now.speaker, parts }] : [];
    }),
    ...quoteMatch.added.map((quote): QuoteChange => ({
      kind: 'added',
      id: quote.id,
      speaker: quote.speaker,
      parts: [{ kind: 'added', text: shown(quote.text) }],
    })),
    ...quoteMatch.removed.map((quote): QuoteChange => ({
      kind: 'removed',
      id: quote.id,
      speaker: quote.speaker,
      parts: [{ kind: 'removed', text: shown(quote.text) }],
    })),
  ];

  const eventMatch = matchEntries(before.timeline, after.timeline);
  const timeline: EventChange[] = [
    ...eventMatch.pairs.flatMap(({ before: was, after: now }): EventChange[] => {
      const titleParts = words(was.title, now.title);
      if (was.date === now.date && !titleParts) return [];
      return [
        {
          kind: 'changed',
          id: now.id,
          dateBefore: was.date,
          dateAfter: now.date,
          title: titleParts ?? [{ kind: 'same', text: shown(now.title) }],
        },
      ];
    }),
    ...eventMatch.added.map((event): EventChange => ({
      kind: 'added',
      id: event.id,
      dateAfter: event.date,
      title: [{ kind: 'added', text: shown(event.title) }],
    })),
    ...eventMatch.removed.map((event): EventChange => ({
      kind: 'removed',
      id: event.id,
      dateBefore: event.date,
      title: [{ kind: 'removed', text: shown(event.title) }],
    })),
  ];

  const renamed = ID_LISTS.flatMap((list) =>
    matchEntries(before.entries[list], after.entries[list])
      .pairs.filter((pair) => pair.before.id !== pair.after.id)
      .map((pair): RenamedId => ({ list, from: pair.before.id, to: pair.after.id })),
  );

  const keys = [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])];
  const otherFields = keys.filter(
    (key) => !SHOWN_APART.has(key) && !isDeepStrictEqual(withoutIds(before.fields[key]), withoutIds(after.fields[key])),
  );

  return {
    ...(title ? { title } : {}),
    ...(dek ? { dek } : {}),
    ...(keyPoints ? { keyPoints } : {}),
    prose: blocksDiff(blocksOf(proseBlocks(before.body)), blocksOf(proseBlocks(after.body)), lang),
    quotes,
    timeline,
    renamed,
    recorded: after.changes.filter((entry) => !before.changes.some((old) => sameChange(old, entry))),
    otherFields,
  };
}
