import { mkdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorCode, fileErrorReason } from '../lib/site/fileErrors.ts';
import { isStorySlug, MAX_SLUG_LENGTH } from '../check/storyFolders.ts';
import { storyScaffold } from './scaffold.ts';

export type CreateResult =
  { readonly ok: true; readonly file: string } | { readonly ok: false; readonly message: string };

/** Why `slug` cannot name a story folder, or undefined when it can (the check's own rule, isStorySlug). */
export function slugProblem(slug: string): string | undefined {
  if (isStorySlug(slug)) return undefined;
  if (slug.length > MAX_SLUG_LENGTH)
    return `"${slug}" is ${slug.length} characters long; a story's slug is its URL and may have at most ${MAX_SLUG_LENGTH}`;
  return `"${slug}" is not a story slug: use lowercase letters, digits and single hyphens, e.g. "ferry-reopens"`;
}

/**
 * Writes the scaffold as `<explainers>/<slug>/index.mdx`, or says why not. Never overwrites: the
 * folder is made with a plain mkdir, which fails if anything of that name is there (even when
 * another run makes it at the same moment), and the file is written only into the folder just made.
 * If the file cannot be written, the folder is removed again, so no half story is left behind.
 * `shown` turns a path into the form the messages use.
 */
export function createStory(
  explainers: string,
  slug: string,
  published: string,
  shown: (file: string) => string = (file) => file,
): CreateResult {
  const bad = slugProblem(slug);
  if (bad !== undefined) return { ok: false, message: bad };
  try {
    if (!statSync(explainers).isDirectory())
      return { ok: false, message: `${shown(explainers)} is not a folder of stories` };
  } catch (error) {
    return {
      ok: false,
      message:
        errorCode(error) === 'ENOENT'
          ? `${shown(explainers)} does not exist; run this in the project, or give --root the project folder`
          : `${shown(explainers)} cannot be read (${fileErrorReason(error)})`,
    };
  }
  const folder = path.join(explainers, slug);
  try {
    mkdirSync(folder);
  } catch (error) {
    return {
      ok: false,
      message:
        errorCode(error) === 'EEXIST'
          ? `${shown(folder)} already exists; choose another slug, or edit the story that is there`
          : `${shown(folder)} cannot be made (${fileErrorReason(error)})`,
    };
  }
  const file = path.join(folder, 'index.mdx');
  try {
    writeFileSync(file, storyScaffold(published), { flag: 'wx' });
  } catch (error) {
    try {
      rmSync(file, { force: true });
      rmdirSync(folder);
    } catch {
      // Something else was put in the folder meanwhile: it is not ours to remove.
    }
    return { ok: false, message: `${shown(file)} cannot be written (${fileErrorReason(error)})` };
  }
  return { ok: true, file };
}
