import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { listStories } from '../check/checkStories.ts';
import { passedStory } from '../check/passedStories.ts';
import { readStory } from '../check/readStory.ts';
import { previewCacheDir, previewCacheProblem, previewImage, previewLogLine } from '../lib/preview/cache.ts';
import { digestOf } from '../lib/build/digest.ts';
import { buildCacheFolder, diskCache, projectStateFolder, type DiskCache } from '../lib/build/diskCache.ts';
import { keepOutputs } from './buildOutputs.ts';
import { siteCodeOf } from './incrementalBuild.ts';
import { storyCards, type StoryCard } from '../lib/preview/storyCards.ts';
import { isShown } from '../lib/site/drafts.ts';
import type { StoryImage } from './storyWorker.ts';
import { cardsInWorker, imagesInWorker, workerCount } from './storyWorkers.ts';
import { personCards } from '../lib/preview/personCards.ts';
import { readPeopleFolder } from '../check/peopleFolder.ts';

/**
 * Draws (or finds in the cache) every story's preview images on the build's worker threads while Astro
 * builds the pages. Drawing an image takes tens of milliseconds, so it is kept out of Astro's page loop,
 * which runs on one thread. Each story is one task; when there are fewer stories than threads, each
 * story's images are shared out over several tasks (a story has some forty), so every thread draws.
 */
/** A story's images as a build found them: where each is served, its file in the cache folder and its size. */
type ImageList = readonly (StoryImage & { readonly size: number })[];

/** The list, if every file in it is still in the cache folder with its size (a rebuild then asks nothing of the threads). */
function stillThere(list: ImageList | undefined): StoryImage[] | undefined {
  if (!list) return undefined;
  for (const image of list) {
    try {
      if (statSync(image.file).size !== image.size) return undefined;
    } catch {
      return undefined;
    }
  }
  return list.map(({ path, file }) => ({ path, file }));
}

async function drawAll(root: string, logger: AstroIntegrationLogger): Promise<StoryImage[][]> {
  // Which images a story has, and their files, depends on the story as checked, the code and the cache folder.
  const lists = diskCache<ImageList>(buildCacheFolder(root, 'images'));
  const images = await drawEvery(root, logger, lists);
  // Every story shown has asked for its list: the others are of stories changed or gone.
  lists.prune();
  return images;
}

async function drawEvery(
  root: string,
  logger: AstroIntegrationLogger,
  lists: DiskCache<ImageList>,
): Promise<StoryImage[][]> {
  const siteCode = siteCodeOf(root);
  const cacheDir = previewCacheDir();
  // The same story files the check read; a folder without a story has stopped the build already.
  const files = listStories([path.join(root, 'content/explainers')], root).files;
  const shares = Math.max(1, Math.ceil(workerCount() / Math.max(1, files.length)));
  const shown = files.flatMap(({ file }) => {
    const passed = passedStory(file);
    return passed && isShown(passed.story, false)
      ? [{ slug: path.basename(path.dirname(file)), story: passed.story }]
      : [];
  });
  const people = personCards(readPeopleFolder(path.join(root, 'content/people')).people, shown);
  // The person pages' cards, a few per task so that every thread draws some.
  const personImages = Array.from({ length: Math.min(workerCount(), people.length) }, (_, index) =>
    cardsInWorker(people.filter((_, i) => i % workerCount() === index)),
  );
  const storyImages = Promise.all(
    files.map(async ({ file }) => {
      // The story as the check (which ran just before) read it, so the worker does not read it again.
      const passed = passedStory(file);
      // A draft left out of the build has no pages, so no images either.
      if (passed && !isShown(passed.story, false)) return [];
      const checked = passed && { story: passed.story, body: passed.body };
      const key = checked && digestOf(siteCode, cacheDir, file, checked.story, checked.body);
      const known = key === undefined ? undefined : stillThere(lists.get(key));
      if (known) return known;
      const drawn = await Promise.all(
        Array.from({ length: shares }, (_, index) => imagesInWorker(file, checked, { index, count: shares })),
      );
      const images = drawn.flat();
      for (const image of images) if (image.ms !== undefined) logger.info(previewLogLine(image.path, image.ms));
      if (key !== undefined) {
        const sizes = await Promise.all(images.map(async (image) => (await stat(image.file)).size));
        lists.set(
          key,
          images.map(({ path, file }, i) => ({ path, file, size: sizes[i] ?? 0 })),
        );
      }
      return images;
    }),
  );
  const [stories, persons] = await Promise.all([storyImages, Promise.all(personImages)]);
  for (const image of persons.flat()) if (image.ms !== undefined) logger.info(previewLogLine(image.path, image.ms));
  return [...stories, ...persons];
}

/** A problem for the person building, printed as its one line (where in the build it stopped is no help). */
function oneLineError(problem: unknown): Error {
  const message = problem instanceof Error ? problem.message : String(problem);
  const error = new Error(message);
  error.stack = message;
  return error;
}

/** In `astro dev`, draws a preview image when it is asked for (the build writes them as files instead). */
export function previewImageMiddleware(root: string, logger: Pick<AstroIntegrationLogger, 'info' | 'error'>) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const person = /^\/people\/([^/]+)\/preview\.png$/.exec(url.pathname)?.[1];
    if (person !== undefined) return personImage(root, person, logger, response, next);
    const slug = /^\/explainers\/([^/]+)\//.exec(url.pathname)?.[1];
    const file = slug === undefined ? undefined : path.join(root, 'content/explainers', slug, 'index.mdx');
    // Every image of a story ends in .png under its folder; storyCards says which of them exist.
    if (!url.pathname.endsWith('.png') || file === undefined || !existsSync(file)) return next();
    const fail = (error: unknown): void => {
      const reason = error instanceof Error ? error.message : String(error);
      logger.error(`${url.pathname}: ${reason}`);
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`The preview image could not be drawn: ${reason}`);
    };
    let card: StoryCard | undefined;
    try {
      // A story being edited may not be valid yet: say so, as the check would.
      const { story, body } = readStory(file);
      card = storyCards(slug ?? '', story, body).find((c) => c.path === url.pathname);
    } catch (error) {
      return fail(error);
    }
    if (!card) return next();
    previewImage(card.content, card.path, (line) => logger.info(line)).then(({ png }) => {
      response.writeHead(200, { 'Content-Type': 'image/png' });
      response.end(png);
    }, fail);
  };
}

/** In `astro dev`, a person page's card, from the stories as they are on disk (drafts shown, as dev shows them). */
function personImage(
  root: string,
  id: string,
  logger: Pick<AstroIntegrationLogger, 'info' | 'error'>,
  response: ServerResponse,
  next: () => void,
): void {
  const person = readPeopleFolder(path.join(root, 'content/people')).people.get(id);
  if (!person) return next();
  const stories = listStories([path.join(root, 'content/explainers')], root).files.flatMap(({ file }) => {
    try {
      const { slug, story } = readStory(file);
      return [{ slug, story }];
    } catch {
      // A story being edited that does not read yet is left out of the card until it does.
      return [];
    }
  });
  const card = personCards(new Map([[id, person]]), stories)[0];
  if (!card) return next();
  previewImage(card.content, card.path, (line) => logger.info(line)).then(
    ({ png }) => {
      response.writeHead(200, { 'Content-Type': 'image/png' });
      response.end(png);
    },
    (error: unknown) => {
      logger.error(`${card.path}: ${error instanceof Error ? error.message : String(error)}`);
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('The preview image could not be drawn');
    },
  );
}

/**
 * Every story's images (`storyCards`): its link preview /explainers/<slug>/preview.png, its article
 * images /explainers/<slug>/preview-16x9.png, -4x3.png and -1x1.png, and one link preview per share
 * target, /explainers/<slug>/share/<id>/preview.png; cached by content (see lib/preview/cache.ts) so a
 * rebuild draws only what changed.
 */
export default function previewImages(): AstroIntegration {
  let root = '';
  let drawing: Promise<StoryImage[][]> | undefined;
  return {
    name: 'news-explainer:preview-images',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        // Before anything is drawn or built: a cache that cannot be written would stop the build half-way.
        const problem = previewCacheProblem();
        if (problem) throw oneLineError(problem);
        drawing = drawAll(root, logger);
        // Failures are reported when the build is done and waits for the images, not as unhandled.
        drawing.catch(() => undefined);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(previewImageMiddleware(root, logger));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        // A drawing that failed (a cache folder that became unwritable, a full disk) says so in one line.
        const images = (await drawing?.catch((error: unknown) => Promise.reject(oneLineError(error))))?.flat() ?? [];
        const waited = Math.round(performance.now() - start);
        const out = fileURLToPath(dir);
        keepOutputs(images.map((image) => image.path));
        // dist/ is kept between builds (incrementalBuild.ts): an image already there from the same cached file stays.
        const placed = diskCache<ReadonlyMap<string, string>>(projectStateFolder(root));
        const before = placed.get('placed-images') ?? new Map<string, string>();
        const already = (image: StoryImage): boolean => {
          if (before.get(image.path) !== image.file) return false;
          try {
            return statSync(path.join(out, image.path)).size === statSync(image.file).size;
          } catch {
            return false;
          }
        };
        const toCopy = images.filter((image) => !already(image));
        const folders = new Set(toCopy.map((image) => path.dirname(path.join(out, image.path))));
        await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
        await Promise.all(toCopy.map((image) => copyFile(image.file, path.join(out, image.path))));
        placed.set('placed-images', new Map(images.map((image) => [image.path, image.file])));
        const drawn = images.filter((image) => image.ms !== undefined).length;
        logger.info(
          `[preview] ${images.length} images: ${drawn} rendered, ${images.length - drawn} from the cache ` +
            `(waited ${waited} ms for them after the pages, ${toCopy.length} copied in ${Math.round(performance.now() - start) - waited} ms)`,
        );
      },
    },
  };
}
