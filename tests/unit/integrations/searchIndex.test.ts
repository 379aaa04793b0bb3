import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchedPages, writeSearchIndex } from '../../../src/integrations/searchIndex';

const MODULE = path.resolve(import.meta.dirname, '../../../src/integrations/searchIndex.ts');

let dist: string;

beforeEach(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'search-index-'));
});

afterEach(async () => {
  delete process.env['PAGEFIND_EXTENDED_BINARY_PATH'];
  await rm(dist, { recursive: true, force: true });
});

/** A built page as the site writes one: a header and footer around <main>, a contents <nav>, link controls. */
function page(title: string, paragraph: string, extra = ''): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title} – Explainers</title></head>
<body><header class="site-header"><a href="/">Explainers</a></header><main id="main">
<h1>${title}</h1>${extra}<p>${paragraph}</p></main><footer>Each explainer names the reporting it is based on.</footer></body></html>`;
}

/** A small built site: two explainers, one person, and every page search must leave out. */
async function buildSite(): Promise<void> {
  const files: Record<string, string> = {
    'index.html': page('Latest explainers', 'Annotated explainers of the news.'),
    '404.html': page('Page not found', 'There is no page at this address.'),
    'search/index.html': page('Search', 'Search every explainer.'),
    'explainers/us-pauses-intelligence-sharing-with-ukraine/index.html': page(
      'US pauses intelligence sharing with Ukraine',
      'The move, confirmed by National Security Adviser Mike Waltz on Wednesday, follows the halting of US military aid to Ukraine earlier this week.',
      '<nav class="contents"><a href="#what-happened">Contentsword</a></nav>' +
        '<p data-offline-link=""><a href="offline.html">Download for offline reading <span>(62 KB)</span></a></p>' +
        '<h2 id="what-happened">What happened</h2><a class="anchor-link" href="#what-happened" aria-label="Link to section">#</a>' +
        '<span class="avatar" aria-hidden="true">MW</span>',
    ),
    'explainers/us-pauses-intelligence-sharing-with-ukraine/offline.html': page(
      'US pauses intelligence sharing with Ukraine',
      'Offline copy: Waltz told reporters when asked about the suspension.',
    ),
    'explainers/us-pauses-intelligence-sharing-with-ukraine/share/quote-waltz-step-back/index.html': page(
      'Mike Waltz: “We have, we have taken a step back”',
      'Share page: Waltz told reporters when asked about the suspension.',
    ),
    'explainers/macron-calls-meeting/index.html': page(
      'Macron calls a meeting of European military chiefs',
      'French President Emmanuel Macron calling an urgent meeting of European military chiefs in Paris next week.',
    ),
    'people/waltz/index.html': page('Mike Waltz', 'US National Security Adviser; confirmed the pause on Wednesday.'),
    'topics/ukraine/index.html': page('Ukraine', 'Topic page: Waltz, Macron and the pause.'),
  };
  for (const [file, html] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), html);
  }
}

/** What the index holds for each page: its URL, title and searchable text (Pagefind's fragments, unpacked). */
async function indexedPages(site: string): Promise<{ url: string; title: string; content: string }[]> {
  const folder = path.join(site, 'pagefind/fragment');
  const pages = [];
  for (const file of (await readdir(folder)).sort()) {
    const text = gunzipSync(await readFile(path.join(folder, file))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as {
      url: string;
      content: string;
      meta: { title: string };
    };
    pages.push({ url: fragment.url, title: fragment.meta.title, content: fragment.content });
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/** Every file under `dir` with its bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), (await readFile(file)).toString('base64'));
  }
  return files;
}

describe('searchedPages', () => {
  it('lists the explainer and person pages, and nothing else the build wrote', async () => {
    await buildSite();
    expect(searchedPages(dist)).toEqual([
      'explainers/macron-calls-meeting/index.html',
      'explainers/us-pauses-intelligence-sharing-with-ukraine/index.html',
      'people/waltz/index.html',
    ]);
  });

  it('is empty for a site with no explainers or people yet', () => {
    expect(searchedPages(dist)).toEqual([]);
  });
});

describe('writeSearchIndex', () => {
  it('indexes each explainer and person page, and no share page, offline copy, topic, list or 404', async () => {
    await buildSite();
    expect(await writeSearchIndex(dist)).toBe(3);
    const pages = await indexedPages(dist);
    expect(pages.map((p) => p.url)).toEqual([
      '/explainers/macron-calls-meeting/',
      '/explainers/us-pauses-intelligence-sharing-with-ukraine/',
      '/people/waltz/',
    ]);
    expect(pages.map((p) => p.title)).toEqual([
      'Macron calls a meeting of European military chiefs',
      'US pauses intelligence sharing with Ukraine',
      'Mike Waltz',
    ]);
    const explainer = pages[1]?.content ?? '';
    expect(explainer).toContain('confirmed by National Security Adviser Mike Waltz on Wednesday');
    // Only what the page says: not the site's header and footer, the contents, the link controls, the
    // download link or the initials.
    for (const noise of ['Explainers', 'Each explainer names', 'Contentsword', '#', 'Download', 'MW']) {
      expect(explainer).not.toContain(noise);
    }
  });

  it('writes only what /search/ loads: no ready-made interface, highlighter or worker', async () => {
    await buildSite();
    await writeSearchIndex(dist);
    const files = await readdir(path.join(dist, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-entry.json');
    expect(files.filter((file) => /ui|highlight|worker/.test(file))).toEqual([]);
  });

  it('writes the same bytes for the same pages, wherever the site is built', async () => {
    await buildSite();
    const copy = `${dist}-copy`;
    await cp(dist, copy, { recursive: true });
    try {
      await writeSearchIndex(dist);
      await writeSearchIndex(copy);
      const [first, second] = await Promise.all([
        snapshot(path.join(dist, 'pagefind')),
        snapshot(path.join(copy, 'pagefind')),
      ]);
      expect(first.size).toBeGreaterThan(5);
      expect(second).toEqual(first);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('stops the build with a clear line when Pagefind cannot start', async () => {
    await buildSite();
    process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = path.join(dist, 'no-such-pagefind');
    await expect(writeSearchIndex(dist)).rejects.toThrow(
      /^\[search\] Pagefind could not start: .*run `npm ci`.*; nothing was published\. Fix it, then build again\.$/,
    );
  });

  it('stops the build, not ends it quietly, when Pagefind dies without answering', async () => {
    await buildSite();
    // A "Pagefind" that reads a little of the first request, then exits.
    const fake = path.join(dist, 'dying-pagefind');
    await writeFile(fake, '#!/bin/sh\nhead -c 1 >/dev/null\nexit 3\n');
    await chmod(fake, 0o755);
    const source = `import { writeSearchIndex } from ${JSON.stringify(MODULE)};\nawait writeSearchIndex(${JSON.stringify(dist)});\nconsole.log('indexed');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', source], {
      env: { ...process.env, PAGEFIND_EXTENDED_BINARY_PATH: fake },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stdout).not.toContain('indexed');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/\[search\] (Pagefind could not start: it stopped without an answer)/);
  });
});
