import { existsSync, lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { fileErrorReason } from '../lib/site/fileErrors.ts';
import path from 'node:path';
import { ID_PATTERN, SLUG_MAX } from '../lib/story/schema.ts';
import type { LocatedProblem } from './checkStory.ts';

/** The longest folder name (and so URL slug) of a story. */
export const MAX_SLUG_LENGTH = SLUG_MAX;

/** Files an operating system leaves in folders by itself; they are not stories and are passed over. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** A folder name the build can publish as /explainers/<slug>/: a lowercase slug, at most 80 characters. */
export function isStorySlug(name: string): boolean {
  return name.length <= MAX_SLUG_LENGTH && ID_PATTERN.test(name);
}

/** The slug an editor probably meant: "Ukraine Talks (draft)" -> "ukraine-talks-draft". */
function slugFor(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

export interface StoryFiles {
  readonly files: { file: string; display: string }[];
  readonly problems: LocatedProblem[];
}

/**
 * The story files under the targets, each with the path problems show, and the problems of finding
 * them. A target is a story file, a story folder, or a folder of story folders (content/explainers).
 * Everything in a folder of stories is accounted for: a story folder the build would skip or choke
 * on (a hidden or symbolic-link folder, a name that is not a slug, a folder without index.mdx) and a
 * stray file are problems, never passed over in silence.
 */
export function listStories(targets: readonly string[], cwd: string): StoryFiles {
  const display = (p: string): string => path.relative(cwd, p) || p;
  const problems: LocatedProblem[] = [];
  const files: string[] = [];
  const problem = (where: string, message: string, fix: string): void => {
    problems.push({ file: where, line: 1, column: 1, field: '(folder)', message, fix });
  };
  const folderProblem = (folder: string): boolean => {
    const name = path.basename(folder);
    const where = `${display(folder)}/`;
    if (lstatSync(folder).isSymbolicLink()) {
      problem(
        where,
        'is a symbolic link; a story must be a real folder, so that what is checked is what is published',
        'move the story folder here instead of linking to it',
      );
      return true;
    }
    if (name.startsWith('.')) {
      problem(
        where,
        'is a hidden folder, which the build would not publish',
        'rename it without the leading dot, or move it out of the stories folder',
      );
      return true;
    }
    if (!isStorySlug(name)) {
      const suggestion = slugFor(name);
      problem(
        where,
        name.length > MAX_SLUG_LENGTH
          ? `is ${name.length} characters long; a story folder's name is its URL and may have at most ${MAX_SLUG_LENGTH}`
          : 'is not a valid story folder name: the name is the URL, so it must be lowercase letters, digits and single hyphens',
        suggestion ? `rename the folder to "${suggestion}"` : 'rename the folder to a slug such as "ferry-reopens"',
      );
      return true;
    }
    return false;
  };
  const addFolder = (folder: string): void => {
    if (folderProblem(folder)) return;
    // Nothing inside a story folder may be a link: an image that links to a script would be run by
    // the bundler, and a link to a file elsewhere would publish it.
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true, recursive: true });
    } catch (error) {
      problem(
        `${display(folder)}/`,
        `cannot be read (${fileErrorReason(error)})`,
        'move the files out of its deepest folders',
      );
      return;
    }
    const links = entries.filter((e) => e.isSymbolicLink());
    for (const link of links.map((e) => path.join(e.parentPath, e.name)).sort()) {
      problem(
        display(link),
        'is a symbolic link inside a story folder, which could lead to any file on the machine',
        'put the file itself there instead of a link to it',
      );
    }
    if (links.length > 0) return;
    const file = path.join(folder, 'index.mdx');
    if (existsSync(file) && !lstatSync(file).isFile())
      problem(display(file), 'is not a file', 'make index.mdx the story file itself');
    else if (existsSync(file)) files.push(file);
    else
      problem(
        `${display(folder)}/`,
        'is a story folder without an index.mdx',
        'add index.mdx with the story, or remove the folder',
      );
  };

  for (const target of targets.map((t) => path.resolve(cwd, t))) {
    if (!existsSync(target)) {
      problems.push({
        file: display(target),
        line: 1,
        column: 1,
        field: '(file)',
        message: 'does not exist',
        fix: 'check the path',
      });
      continue;
    }
    if (statSync(target).isFile()) {
      files.push(target);
      continue;
    }
    if (existsSync(path.join(target, 'index.mdx'))) {
      addFolder(target);
      continue;
    }
    const entries = readdirSync(target, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    // A folder with no folders in it is a story folder that lacks its story, not a folder of stories.
    if (!entries.some((entry) => entry.isDirectory() || entry.isSymbolicLink())) {
      problem(
        `${display(target)}/`,
        'is a story folder without an index.mdx',
        'add index.mdx with the story, or remove the folder',
      );
      continue;
    }
    for (const entry of entries) {
      const full = path.join(target, entry.name);
      if (entry.isDirectory() || entry.isSymbolicLink()) addFolder(full);
      else if (!SYSTEM_FILES.has(entry.name))
        problem(
          display(full),
          'is a file among the story folders, which the build ignores',
          'move it into a story’s folder (content/explainers/<slug>/), or remove it',
        );
    }
  }
  return { files: files.map((file) => ({ file, display: display(file) })), problems };
}
