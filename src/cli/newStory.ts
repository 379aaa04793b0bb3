/**
 * `npm run new -- <slug>`: starts a story from the scaffold, as content/explainers/<slug>/index.mdx,
 * a draft that passes `npm run check`. Refuses a slug the site cannot publish and never overwrites.
 *
 *   npm run new -- ferry-reopens
 *   node src/cli/newStory.ts <slug> [--root <dir>]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { createStory } from '../authoring/createStory.ts';

const USAGE = `Usage: npm run new -- <slug> [--root <dir>]

Writes content/explainers/<slug>/index.mdx: a draft with every field of a story, explained.

  <slug>      the story's folder name and URL: lowercase letters, digits, single hyphens
  --root DIR  the project folder whose content/explainers gets the story (default: this repository)
  -h, --help  show this help`;

// `npm run` starts scripts in the package folder; INIT_CWD is where the user typed the command.
const base = (process.env['npm_lifecycle_event'] === 'new' && process.env['INIT_CWD']) || process.cwd();
const repository = path.resolve(import.meta.dirname, '../..');

/** A path as the user would write it: relative to where they are when inside it, else absolute. */
function shown(file: string): string {
  const relative = path.relative(base, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function fail(message: string): never {
  console.error(`new: ${message}`);
  process.exit(1);
}

/** The slug and the project folder asked for; exits with a message on anything else. */
function readArguments(): { slug: string; root: string } {
  let values: { root?: string | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
  } catch (error) {
    return fail(`${(error as Error).message}; see npm run new -- --help`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [slug, ...extra] = positionals;
  if (slug === undefined) fail('give the new story a slug: npm run new -- <slug>, e.g. npm run new -- ferry-reopens');
  if (extra.length > 0) fail(`one slug at a time; got ${positionals.length}: ${positionals.join(' ')}`);
  return { slug, root: values.root === undefined ? repository : path.resolve(base, values.root) };
}

const { slug, root } = readArguments();
const result = createStory(
  path.join(root, 'content', 'explainers'),
  slug,
  Temporal.Now.plainDateISO().toString(),
  shown,
);
if (!result.ok) fail(result.message);
console.log(`wrote ${shown(result.file)}, a draft with every field of a story explained
next: write the story there, replacing each placeholder, then
  npm run dev                         and open /explainers/${slug}/ (drafts show in dev)
  npm run check -- --report ${slug}   to see what is still to settle and how the prose is annotated`);
