import { comparePublicationDates, parsePublicationDate } from '../dates/publicationDate.ts';
import { normalise } from '../text/normalise.ts';
import { matchEntries } from './entryMatch.ts';
import { entryAnchor, shortCommit } from './paths.ts';
import type { ChangeEntry, IdList, VersionContent } from './versionContent.ts';
import { ID_LISTS } from './versionContent.ts';
import { versionTime } from './versionTime.ts';

/** The committed version a story is compared with: its commit, when, and the file's path in it. */
export interface VersionRef {
  readonly commit: string;
  readonly at: string;
  readonly path: string;
}

/** A refusal, at a field of the story as it is now (`['quotes', 3, 'text']`). */
export interface HistoryProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly fix: string;
}

/** What an entry of each list is called, with its article. */
const WHAT: Record<IdList, readonly [string, string]> = {
  sections: ['a', 'section'],
  actors: ['an', 'actor'],
  quotes: ['a', 'quote'],
  timeline: ['an', 'event'],
  notes: ['a', 'note'],
};

/** Whether `change` was made after the committed version: only then can it account for an edit since. */
function madeAfter(change: ChangeEntry, version: VersionRef): boolean {
  const at = parsePublicationDate(change.at);
  const committed = parsePublicationDate(version.at);
  return at.ok && committed.ok && comparePublicationDates(at.value, committed.value) > 0;
}

const sameMoment = (a: string, b: string): boolean => {
  const x = parsePublicationDate(a);
  const y = parsePublicationDate(b);
  return x.ok && y.ok ? comparePublicationDates(x.value, y.value) === 0 && x.value.kind === y.value.kind : a === b;
};

/**
 * What the story as it is now (`working`) may not have done since its last committed version: a
 * quote's words or an event's date changed with no `changes` entry made since that concerns it; a
 * published correction taken out or altered; an id that links point at dropped without being kept
 * as a former id. A version committed as a draft was never published, so nothing is owed to it.
 */
export function committedVersionProblems(
  committed: VersionContent,
  working: VersionContent,
  version: VersionRef,
): HistoryProblem[] {
  if (committed.draft) return [];
  const ref = `${shortCommit(version.commit)}, ${versionTime(version.at).text}`;
  const shown = `git show ${shortCommit(version.commit)}:${version.path}`;
  return [
    ...editsWithoutEntry(committed, working, version, ref),
    ...correctionsGone(committed, working, ref, shown),
    ...idsGone(committed, working, ref),
  ];
}

function editsWithoutEntry(
  committed: VersionContent,
  working: VersionContent,
  version: VersionRef,
  ref: string,
): HistoryProblem[] {
  const when = versionTime(version.at).text;
  const accounted = (ids: readonly string[]): 'yes' | 'too early' | 'no' => {
    const about = working.changes.filter((change) => change.concerns.some((id) => ids.includes(id)));
    if (about.some((change) => madeAfter(change, version))) return 'yes';
    return about.length > 0 ? 'too early' : 'no';
  };
  const problem = (
    path: HistoryProblem['path'],
    what: string,
    id: string,
    was: string,
    state: 'too early' | 'no',
  ): HistoryProblem => ({
    path,
    message:
      `${what} "${id}" has changed since the last committed version (${ref}), where it was "${was}"; ` +
      (state === 'too early'
        ? `the changes entry that concerns it is dated before that commit`
        : `no changes entry made since says so`),
    fix: `add to changes an entry dated after ${when} that says what changed (kind: correction, update or clarification; concerns: [${id}]), or put it back as it was`,
  });
  const problems: HistoryProblem[] = [];
  for (const { before, after } of matchEntries(committed.quotes, working.quotes).pairs) {
    if (normalise(before.text) === normalise(after.text)) continue;
    const state = accounted([after.id, ...after.formerIds]);
    if (state !== 'yes')
      problems.push(problem(['quotes', after.index, 'text'], 'the text of the quote', after.id, before.text, state));
  }
  for (const { before, after } of matchEntries(committed.timeline, working.timeline).pairs) {
    if (before.date === after.date) continue;
    const state = accounted([after.id, ...after.formerIds]);
    if (state !== 'yes')
      problems.push(problem(['timeline', after.index, 'date'], 'the date of the event', after.id, before.date, state));
  }
  return problems;
}

/** A correction once published stays, word for word; ids it concerns may have been renamed since. */
function correctionsGone(
  committed: VersionContent,
  working: VersionContent,
  ref: string,
  shown: string,
): HistoryProblem[] {
  const current = new Set(ID_LISTS.flatMap((list) => working.entries[list].map((entry) => entry.id)));
  const renamedTo = new Map(
    ID_LISTS.flatMap((list) => working.entries[list].flatMap((entry) => entry.formerIds.map((old) => [old, entry.id]))),
  );
  const now = (id: string): string => (current.has(id) ? id : (renamedTo.get(id) ?? id));
  const concernSet = (ids: readonly string[]): string => [...new Set(ids.map(now))].sort().join(' ');
  const problems: HistoryProblem[] = [];
  for (const correction of committed.changes.filter((change) => change.kind === 'correction')) {
    const differences = (change: ChangeEntry): string[] => [
      ...(sameMoment(change.at, correction.at) ? [] : ['its time']),
      ...(change.kind === correction.kind ? [] : ['its kind']),
      ...(normalise(change.text) === normalise(correction.text) ? [] : ['its text']),
      ...(concernSet(change.concerns) === concernSet(correction.concerns) ? [] : ['what it concerns']),
    ];
    if (working.changes.some((change) => differences(change).length === 0)) continue;
    const time = versionTime(correction.at).text;
    const altered = working.changes.find((change) => sameMoment(change.at, correction.at));
    const fix = `put it back as it was (${shown} shows it); to correct a correction, add another entry`;
    if (altered)
      problems.push({
        path: ['changes', altered.index],
        message: `the correction of ${time} was published in the last committed version (${ref}), and ${differences(altered).join(' and ')} changed since; a published correction stays as it was published`,
        fix,
      });
    else
      problems.push({
        path: ['changes'],
        message: `the correction of ${time} ("${correction.text}") was published in the last committed version (${ref}) and is gone; a published correction is never taken out`,
        fix,
      });
  }
  return problems;
}

/** Every id (or former id) links could use in the committed version must still lead somewhere. */
function idsGone(committed: VersionContent, working: VersionContent, ref: string): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  for (const list of ID_LISTS) {
    const before = committed.entries[list];
    const after = working.entries[list];
    const kept = new Set(after.flatMap((entry) => [entry.id, ...entry.formerIds]));
    const known = new Set(before.flatMap((entry) => [entry.id, ...entry.formerIds]));
    for (const entry of before) {
      for (const id of [entry.id, ...entry.formerIds].filter((old) => !kept.has(old))) {
        // The entry now where this one stood, if its id is new, is most likely this one renamed.
        const there = after.find((candidate) => candidate.index === entry.index);
        const renamed = there !== undefined && !known.has(there.id);
        problems.push({
          path: renamed ? [list, there.index, 'id'] : [list],
          message: `"${id}" was the id of ${WHAT[list].join(' ')} in the last committed version (${ref}), and no entry has it now or keeps it in formerIds, so a link to #${entryAnchor(list, id)} shared since would lead nowhere`,
          fix: renamed
            ? `if "${there.id}" is that ${WHAT[list][1]} renamed, add formerIds: [${id}] to it; if it was taken out, add ${id} to the formerIds of the entry its links should now reach`
            : `add ${id} to the formerIds of the entry its links should now reach (the same one renamed, or the nearest)`,
        });
      }
    }
  }
  return problems;
}
