import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewImageMiddleware } from '../../src/integrations/previewImages';

const repo = path.resolve(import.meta.dirname, '../..');
const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';

// `astro dev` has no build step to write the images: the integration's middleware draws each one
// when it is asked for. Here it runs in a plain HTTP server, with a fallback that answers 404.
let server: Server;
let origin: string;
let cache: string;
const logged: string[] = [];

beforeAll(async () => {
  cache = await mkdtemp(path.join(tmpdir(), 'preview-dev-'));
  process.env['PREVIEW_CACHE_DIR'] = cache;
  const handle = previewImageMiddleware(repo, {
    info: (line: string) => logged.push(line),
    error: (line: string) => logged.push(line),
  });
  server = createServer((request, response) =>
    handle(request, response, () => {
      response.writeHead(404);
      response.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  delete process.env['PREVIEW_CACHE_DIR'];
  await rm(cache, { recursive: true, force: true });
});

const PNG = [0x89, 0x50, 0x4e, 0x47];

describe('preview images in the dev server', () => {
  it('draws the story card, an article image, a quote’s and an actor’s card as PNGs at their build URLs', async () => {
    for (const url of [
      `/explainers/${SLUG}/preview.png`,
      `/explainers/${SLUG}/preview-1x1.png`,
      `/explainers/${SLUG}/share/quote-mulroy-no-way-to-replace/preview.png`,
      `/explainers/${SLUG}/share/actor-mulroy/preview.png`,
    ]) {
      const response = await fetch(origin + url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 4)]).toEqual(PNG);
    }
    expect(logged.filter((line) => line.startsWith('[preview] rendered '))).toHaveLength(4);
  }, 60_000);

  it('leaves unknown targets, unknown stories and other paths to the next handler', async () => {
    for (const url of [
      `/explainers/${SLUG}/share/no-such-section/preview.png`,
      `/explainers/${SLUG}/preview-2x1.png`,
      '/explainers/no-such-story/preview.png',
      `/explainers/${SLUG}/`,
    ]) {
      expect((await fetch(origin + url)).status, url).toBe(404);
    }
  });
});

describe('a story that does not parse, in the dev server', () => {
  it('answers 500 with the file and the way to the check, not a stack trace', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'preview-dev-broken-'));
    try {
      await mkdir(path.join(root, 'content/explainers/half-written'), { recursive: true });
      const file = path.join(root, 'content/explainers/half-written/index.mdx');
      await writeFile(file, '---\ndek: No title yet\n---\n\nProse.\n');
      const errors: string[] = [];
      const handle = previewImageMiddleware(root, { info: () => undefined, error: (line) => errors.push(line) });
      const broken = createServer((request, response) => handle(request, response, () => response.end()));
      await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
      try {
        const port = (broken.address() as AddressInfo).port;
        const response = await fetch(`http://127.0.0.1:${port}/explainers/half-written/preview.png`);
        expect(response.status).toBe(500);
        const text = await response.text();
        expect(text).toContain(`${file}: the frontmatter does not match the story schema`);
        expect(text).toContain('npm run check');
        expect(text).not.toMatch(/\n\s+at /u);
        expect(errors).toHaveLength(1);
      } finally {
        await new Promise((resolve) => broken.close(resolve));
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
