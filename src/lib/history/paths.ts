import { anchorId } from '../story/anchors.ts';
import type { IdList } from './versionContent.ts';

/** An explainer's page of versions: every version of the story with what changed in each. */
export const changesPath = (slug: string): string => `/explainers/${slug}/changes/`;

/** The length a commit is shortened to wherever a reader sees it. */
export const SHORT_COMMIT = 7;

/** A commit as readers see it: its first seven hex digits ("a1b2c3d"). */
export const shortCommit = (commit: string): string => commit.slice(0, SHORT_COMMIT);

/** The anchor of one version on the versions page: `version-<short commit>`, or the uncommitted one. */
export const versionAnchor = (commit: string | undefined): string =>
  commit === undefined ? 'version-uncommitted' : `version-${shortCommit(commit)}`;

/** The anchor a link to an entry of the story uses: a section's own id, `quote-<id>` and the like for the rest. */
export function entryAnchor(list: IdList, id: string): string {
  if (list === 'sections') return id;
  return anchorId(
    list === 'quotes' ? 'quote' : list === 'timeline' ? 'event' : list === 'actors' ? 'actor' : 'note',
    id,
  );
}
