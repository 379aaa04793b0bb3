import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from './chromiumPath';

/**
 * Serves a built dist/ as a static host does (a folder's index.html for its address) on a free port of
 * 127.0.0.1; `origin` is its address. Close the server when done.
 */
export async function serveDist(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = path.join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname));
    const found = file.startsWith(dist)
      ? stat(file).then((info) => (info.isDirectory() ? path.join(file, 'index.html') : file))
      : Promise.reject(new Error('outside the site'));
    found
      .then((name) => readFile(name))
      .then((body) => response.end(body))
      .catch(() => {
        response.statusCode = 404;
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/** A built dist/ served (serveDist) and a Chromium to read it with; `close` stops both. */
export interface BrowsedSite {
  readonly origin: string;
  readonly browser: Browser;
  readonly close: () => Promise<void>;
}

export async function browseDist(dist: string): Promise<BrowsedSite> {
  const { server, origin } = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
