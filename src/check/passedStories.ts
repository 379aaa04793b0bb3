import type { CheckedStory } from './checkStory.ts';

/** A story file that passed the check: the hash of the bytes that passed, and the story as read then. */
export interface PassedStory extends CheckedStory {
  readonly hash: string;
}

/**
 * The stories that passed the check in this process, by file path. The build checks every story
 * before it starts; then the MDX pipeline, the preview images and the pages take the story from here
 * instead of reading and validating it again, and the pipeline compiles a story without checking it
 * again only when the file on disk still has exactly the bytes that passed. The pages run from the
 * bundle Vite made, with their own copy of this module, so the map lives on the process's global
 * object, under a registered symbol: one map for the integrations and the pages.
 */
const KEY = Symbol.for('news-explainer.passedStories');
const shared = globalThis as { [KEY]?: Map<string, PassedStory> };
const passed = (shared[KEY] ??= new Map<string, PassedStory>());

export function rememberPassed(stories: ReadonlyMap<string, PassedStory>): void {
  for (const [file, story] of stories) passed.set(file, story);
}

/** The story at `file` as it passed the check, if it did (and, given `hash`, if its bytes are still those). */
export function passedStory(file: string, hash?: string): PassedStory | undefined {
  const found = passed.get(file);
  return found && (hash === undefined || found.hash === hash) ? found : undefined;
}
