import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportOfflinePage, OFFLINE_FILE } from '../../../src/lib/offline/exportPage';

// Astro's policy for the page; the export keeps only the inline scripts and styles it names.
const page = (slot: string): string => `<!doctype html><html lang="en-GB"><head>
<meta http-equiv="content-security-policy" content="script-src 'self'"><title>Pause</title>
<link rel="stylesheet" href="/_astro/page.css"></head><body><main><h1>Pause &amp; after</h1>
<p data-offline-link><a href="offline.html" download="pause.html">Download for offline reading ${slot}</a></p>
<p>Rest of the story, “quoted”.</p></main></body></html>`;

let dist: string;
let pageFile: string;

beforeEach(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'export-page-'));
  await mkdir(path.join(dist, 'explainers/pause'), { recursive: true });
  await mkdir(path.join(dist, '_astro'));
  await writeFile(path.join(dist, '_astro/page.css'), 'body{color:#222}');
  pageFile = path.join(dist, 'explainers/pause/index.html');
});
afterEach(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('exportOfflinePage', () => {
  it('writes the offline copy and puts its size in the page, leaving every other byte of the page as it was', async () => {
    const before = page('<span data-offline-size></span>');
    await writeFile(pageFile, before);
    const { size } = exportOfflinePage(dist, 'pause', 'https://news.example.com/');

    const offline = await readFile(path.join(dist, 'explainers/pause', OFFLINE_FILE), 'utf8');
    // 1 KB = 1024 bytes, rounded up, as the download link has always said it.
    expect(size).toBe(`${Math.ceil(Buffer.byteLength(offline) / 1024)} KB`);
    expect(offline).toContain('body{color:#222}');
    expect(offline).not.toContain('data-offline-link');

    const after = await readFile(pageFile, 'utf8');
    const inserted = `(${size})`;
    expect(after).toBe(before.replace('<span data-offline-size></span>', `<span data-offline-size>${inserted}</span>`));
    expect(toString(select('[data-offline-size]', fromHtml(after)) ?? fromHtml(''))).toBe(inserted);
  });

  it('replaces the size an earlier export wrote', async () => {
    await writeFile(pageFile, page('<span data-offline-size>(99 KB)</span>'));
    const { size } = exportOfflinePage(dist, 'pause', 'https://news.example.com/');
    const after = await readFile(pageFile, 'utf8');
    expect(after).toContain(`<span data-offline-size>(${size})</span>`);
    expect(after).not.toContain('99 KB');
  });

  it('leaves a page without a size slot untouched', async () => {
    const before = page('');
    await writeFile(pageFile, before);
    exportOfflinePage(dist, 'pause', 'https://news.example.com/');
    expect(await readFile(pageFile, 'utf8')).toBe(before);
  });

  it("writes a copy whose policy names only the site's own scripts, never one a story smuggled in", async () => {
    const siteScript = 'document.body.dataset.ready = "1"';
    const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    await writeFile(
      pageFile,
      page('')
        .replace("script-src 'self'", `script-src 'self' ${sha(siteScript)}`)
        .replace(
          '</main>',
          `<p><script>alert("smuggled")</script></p><script type="module">${siteScript}</script></main>`,
        ),
    );
    exportOfflinePage(dist, 'pause', 'https://news.example.com/');
    const offline = await readFile(path.join(dist, 'explainers/pause', OFFLINE_FILE), 'utf8');
    expect(offline).not.toContain('smuggled');
    expect(offline).toContain(siteScript);
    const policy = String(
      select('meta[http-equiv="content-security-policy"]', fromHtml(offline))?.properties['content'],
    );
    expect(policy).toContain(`script-src ${sha(siteScript)};`);
  });

  it('names the commit the page was built from, linked to it on the versions page, so two copies can be told apart', async () => {
    await writeFile(pageFile, page(''));
    const read = async (commit?: string): Promise<string> => {
      exportOfflinePage(dist, 'pause', 'https://news.example.com/', commit);
      const offline = fromHtml(await readFile(path.join(dist, 'explainers/pause', OFFLINE_FILE), 'utf8'));
      return toString(select('.provenance', offline) ?? fromHtml(''));
    };
    const first = await read('05fe4b9d0c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a');
    const second = await read('ed8dc0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7');
    expect(first).toBe('Saved from https://news.example.com/explainers/pause/ (commit 05fe4b9).');
    expect(second).toBe('Saved from https://news.example.com/explainers/pause/ (commit ed8dc0e).');
    const offline = fromHtml(await readFile(path.join(dist, 'explainers/pause', OFFLINE_FILE), 'utf8'));
    expect(select('.provenance a:has(code)', offline)?.properties['href']).toBe(
      'https://news.example.com/explainers/pause/changes/#version-ed8dc0e',
    );
    // Without a commit (no history, or edits not committed) the line names none.
    expect(await read()).toBe('Saved from https://news.example.com/explainers/pause/.');
  });
});
