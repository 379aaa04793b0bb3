import { existsSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { DEFAULT_LANG } from '../lib/present/site.ts';

/**
 * The pages search finds, as a Pagefind glob over the built site: each explainer and each person's page.
 * Never their share pages (noindex redirects), offline copies, topics, the lists or the 404 page.
 */
export const SEARCHED_PAGES = '{explainers/*/index.html,people/*/index.html}';

/** Where the index goes, inside the built site; /search/ loads `pagefind.js` from there. */
export const INDEX_FOLDER = 'pagefind';

/**
 * Parts of a page that are not what it says: the contents and other navigation, the link controls ("#"),
 * the offline copy's download link, and what is hidden from assistive technology (initials, separators).
 */
export const NOT_SEARCHED = ['nav', '.anchor-link', '[data-offline-link]', '[aria-hidden="true"]'];

/**
 * What Pagefind writes that the site does not use: its ready-made interfaces (the /search/ page has its
 * own), the highlighter, and its web worker (the page asks for none: its CSP allows no workers).
 */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** The built pages SEARCHED_PAGES matches, relative to `dist`, sorted: what Pagefind must index. */
export function searchedPages(dist: string): string[] {
  return ['explainers', 'people'].flatMap((folder) => {
    const parent = path.join(dist, folder);
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(parent, entry.name, 'index.html')))
      .map((entry) => `${folder}/${entry.name}/index.html`)
      .sort();
  });
}

/** A problem for the person building, printed as its one line (where in the build it stopped is no help). */
function searchError(message: string): Error {
  const error = new Error(`[search] ${message}; nothing was published. Fix it, then build again.`);
  error.stack = error.message;
  return error;
}

/**
 * Pagefind's answer, or a failure when its process ends without one: Pagefind keeps the build running
 * only while it is working, so a crash (a panic, a killed binary) would otherwise end the build quietly,
 * as if it had succeeded.
 */
function answerOf<T>(call: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const stopped = (): void => reject(new Error('it stopped without an answer (its own message, if any, is above)'));
    process.once('beforeExit', stopped);
    call.then(resolve, reject).finally(() => process.off('beforeExit', stopped));
  });
}

/** One call to Pagefind (`what` it does, for the message), its errors as the build's one line. */
async function step<T extends { readonly errors: readonly string[] }>(
  what: string,
  call: () => Promise<T>,
  hint = '',
): Promise<T> {
  let response: T;
  try {
    response = await answerOf(call());
  } catch (problem) {
    throw searchError(
      `Pagefind could not ${what}: ${problem instanceof Error ? problem.message : String(problem)}${hint}`,
    );
  }
  if (response.errors.length > 0) throw searchError(`Pagefind could not ${what}: ${response.errors.join('; ')}${hint}`);
  return response;
}

/** Indexes the searched pages of the built site `dist` into `dist/pagefind/`; returns how many. */
export async function writeSearchIndex(dist: string): Promise<number> {
  const expected = searchedPages(dist);
  try {
    const { index } = await step(
      'start',
      () =>
        pagefind.createIndex({
          rootSelector: 'main',
          excludeSelectors: NOT_SEARCHED,
          // One index for every story: Pagefind would otherwise give each language an index of its own,
          // and /search/ (in the site's language) would never find a story written in another.
          forceLanguage: DEFAULT_LANG,
        }),
      " (its binary comes with npm's optional dependencies: run `npm ci`)",
    );
    if (!index) throw searchError('Pagefind could not start: it gave no index');
    const added = await step('read the pages', () => index.addDirectory({ path: dist, glob: SEARCHED_PAGES }));
    if (added.page_count !== expected.length) {
      throw searchError(
        `Pagefind indexed ${added.page_count} of the ${expected.length} explainer and person pages (${expected.join(', ')})`,
      );
    }
    const output = path.join(dist, INDEX_FOLDER);
    await step(`write ${output}`, () => index.writeFiles({ outputPath: output }));
    await Promise.all(UNUSED_FILES.map((file) => rm(path.join(output, file), { force: true })));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * After the build, writes the site's search index (Pagefind) of the explainer and person pages into
 * `dist/pagefind/`, for /search/. It reads only those pages' HTML and writes only that folder, so the
 * other steps after the build (preview images, the offline copies) neither see it nor are seen by it.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'news-explainer:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(
          `[search] ${pages} ${pages === 1 ? 'page' : 'pages'} indexed in ${Math.round(performance.now() - start)} ms`,
        );
      },
    },
  };
}
