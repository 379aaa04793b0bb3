// `npm run import -- <article.txt|article.html> --slug <slug> --published <YYYY-MM-DD> [--source-name "…"] [--source-url URL]`:
// a reporter's text as a draft story that passes `npm run check`. Never overwrites; exit 1 on any refusal.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { checkStorySource, contextOf, formatLocated, formatWarning } from '../check/checkStory.ts';
import { peopleFolderOf, readPeopleFolder } from '../check/peopleFolder.ts';
import { isStorySlug } from '../check/storyFolders.ts';
import { importFromHtml, importFromText, type ImportOptions } from '../lib/import/importArticle.ts';
import { webUrlProblem } from '../lib/story/safeUrl.ts';

const USAGE =
  'usage: npm run import -- <article.txt|article.html> --slug <slug> --published <YYYY-MM-DD> ' +
  '[--source-name "Outlet"] [--source-url https://…]';
/** Larger than any article: a file this big is not one report. */
const MAX_INPUT_BYTES = 5 * 1024 * 1024;

class Refusal extends Error {}

function options(): { input: string; import: ImportOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        published: { type: 'string' },
        'source-name': { type: 'string' },
        'source-url': { type: 'string' },
      },
    });
  } catch (error) {
    throw new Refusal(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new Refusal(`give exactly one article file\n${USAGE}`);
  const { slug, published } = values;
  if (slug === undefined)
    throw new Refusal(`--slug is missing: the story's folder name, e.g. --slug us-pauses-aid\n${USAGE}`);
  if (!isStorySlug(slug))
    throw new Refusal(
      `--slug "${slug}" is not a slug: use lowercase letters, digits and single hyphens, at most 80 characters`,
    );
  if (published === undefined)
    throw new Refusal(`--published is missing: the report's publication day, e.g. --published 2025-03-05\n${USAGE}`);
  try {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(published)) throw new RangeError();
    Temporal.PlainDate.from(published, { overflow: 'reject' });
  } catch {
    throw new Refusal(`--published "${published}" is not a day written YYYY-MM-DD, e.g. 2025-03-05`);
  }
  const sourceUrl = values['source-url'];
  const problem = sourceUrl === undefined ? undefined : webUrlProblem(sourceUrl);
  if (problem) throw new Refusal(`--source-url: ${problem.message}; ${problem.fix}`);
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  return {
    input: path.resolve(cwd, positionals[0] ?? ''),
    import: { slug, published, sourceName: values['source-name'], sourceUrl },
  };
}

/** The article as text: UTF-8 (a byte order mark allowed), no larger than any report. */
function readArticle(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new Refusal(`${file}: no such file`);
  }
  if (size > MAX_INPUT_BYTES) throw new Refusal(`${file}: ${size} bytes is more than one article (at most 5 MB)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    throw new Refusal(`${file}: is not UTF-8 text; save it as UTF-8 (or as the web page's HTML) and try again`);
  }
}

const isHtml = (file: string, text: string): boolean =>
  /\.x?html?$/iu.test(file) || /^\s*(<!doctype html|<html)/iu.test(text);

function main(): void {
  const { input, import: settings } = options();
  const text = readArticle(input);
  const explainers = path.resolve(import.meta.dirname, '../../content/explainers');
  const folder = path.join(explainers, settings.slug);
  const file = path.join(folder, 'index.mdx');
  const shown = path.relative(process.env['INIT_CWD'] ?? process.cwd(), file);
  // Refused before any work: an existing story is never touched.
  try {
    statSync(folder);
    throw new Refusal(
      `${shown}: a story with the slug "${settings.slug}" already exists; nothing was written. Choose another --slug`,
    );
  } catch (error) {
    if (error instanceof Refusal) throw error;
  }

  const started = performance.now();
  let draft;
  try {
    // People the site has registered are written by their ids, as the check then expects.
    const withPeople = { ...settings, people: readPeopleFolder(peopleFolderOf(explainers)).people };
    draft = isHtml(input, text) ? importFromHtml(text, withPeople) : importFromText(text, withPeople);
  } catch (error) {
    throw new Refusal(`${path.basename(input)}: ${(error as Error).message}`);
  }
  const check = checkStorySource(shown, draft.mdx, contextOf(file));
  if (check.problems.length > 0) {
    for (const problem of check.problems) console.log(formatLocated(problem));
    throw new Refusal(
      `the import's draft does not pass the check (the lines above), so nothing was written. ` +
        'This is a fault of the import: please report it with the article',
    );
  }

  // mkdir without `recursive` fails if the folder appeared meanwhile: still never an overwrite.
  mkdirSync(explainers, { recursive: true });
  mkdirSync(folder);
  try {
    writeFileSync(file, draft.mdx, { flag: 'wx' });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Refusal(`${shown}: could not be written (${(error as Error).message}); nothing was kept`);
  }
  const { proposal } = draft;
  const ms = Math.round(performance.now() - started);
  console.log(
    `${shown}: draft written in ${ms} ms: ${proposal.sections.length} sections, ${proposal.actors.length} actors, ` +
      `${proposal.quotes.length} quotations, ${proposal.timeline.length} dated events.`,
  );
  const warnings = check.warnings ?? [];
  if (warnings.length > 0) {
    console.log(`${warnings.length} guesses are marked for review:`);
    for (const warning of warnings) console.log(formatWarning(warning));
  }
  console.log(
    `Next: npm run check -- --report ${settings.slug}   (what every name, quotation and date links to)\n` +
      `      npm run dev                                  (read the draft at /explainers/${settings.slug}/)`,
  );
}

try {
  main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`npm run import: ${error.message}`);
  process.exitCode = 1;
}
