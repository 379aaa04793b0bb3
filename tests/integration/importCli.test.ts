import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/buildSite';
import { startDev, waitFor } from '../support/devServer';

/**
 * `npm run import` end to end, in a throwaway copy of the site: the first story's source text and an
 * article page become drafts that pass `npm run check`; an existing story is never overwritten; a
 * draft stays out of the build unless INCLUDE_DRAFTS=1, and then says it is a draft.
 */
const SEED = path.resolve(import.meta.dirname, '../fixtures/seed-article.txt');

let site: SiteCopy;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one of the copy's CLIs as `npm run` would: from the copy, the user's directory in INIT_CWD. */
function cli(script: string, args: readonly string[], cwd = site.dir): Run {
  const result = spawnSync(process.execPath, [path.join(site.dir, script), ...args], {
    cwd: site.dir,
    env: { ...process.env, INIT_CWD: cwd },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const importCli = (args: readonly string[], cwd?: string): Run => cli('src/cli/importStory.ts', args, cwd);
const storyFile = (slug: string): string => path.join(site.dir, 'content/explainers', slug, 'index.mdx');

const ARTICLE_PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Ukraine's allies scramble after US pause | Example News</title>
<meta property="og:site_name" content="Example News"></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main>
<article>
<h1>Ukraine's allies scramble after US pause</h1>
<p>The United States has suspended intelligence sharing with Ukraine, further deepening concerns over its commitment to Kyiv, as President Donald Trump’s administration pushes for peace talks with Russia.</p>
<p>The move, confirmed by National Security Adviser Mike Waltz on Wednesday, follows the halting of US military aid to Ukraine earlier this week.</p>
<h2>Alarm in Europe</h2>
<p>"There is no way to replace the capabilities that the US intelligence can provide from our European allies," Mick Mulroy, a former US deputy assistant secretary of defence, told the BBC.</p>
<p>French President Emmanuel Macron called an urgent meeting of European military chiefs in Paris next week.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/other">A different story entirely, about the weather</a></li></ul></aside>
</main>
<footer><p>© Example News</p></footer>
</body>
</html>
`;

beforeAll(async () => {
  site = await copySite({ stories: [] });
  await writeFile(path.join(site.dir, 'article.html'), ARTICLE_PAGE);
}, 60_000);

afterAll(async () => {
  await site?.cleanup();
});

describe('npm run import', () => {
  it('turns the first story’s source text into a draft that passes the check', async () => {
    const run = importCli([SEED, '--slug', 'imported-seed', '--published', '2025-03-05']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('draft written');
    const draft = await readFile(storyFile('imported-seed'), 'utf8');
    expect(draft).toMatch(/^---\n[\s\S]*\ndraft: true\n/u);
    // Every paragraph of the source stands in the prose, word for word.
    const source = await readFile(SEED, 'utf8');
    for (const paragraph of source.split('\n').filter((line) => line.trim().length > 0)) {
      expect(draft).toContain(paragraph.trim());
    }
    const check = cli('src/cli/checkStories.ts', [path.dirname(storyFile('imported-seed'))]);
    expect(check.stdout).toMatch(/1 story checked: no problems/u);
    expect(check.status).toBe(0);
  });

  it('takes the body of an article page, with its crosshead as a section heading', async () => {
    const run = importCli(
      [
        'article.html',
        '--slug',
        'imported-page',
        '--published',
        '2025-03-05',
        '--source-url',
        'https://news.example.org/a',
      ],
      site.dir,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const draft = await readFile(storyFile('imported-page'), 'utf8');
    expect(draft).toContain('\n## Alarm in Europe\n');
    expect(draft).toContain('title: "Ukraine\'s allies scramble after US pause"');
    expect(draft).toContain('name: "Example News"');
    expect(draft).not.toMatch(/Most read|different story|© Example/u);
    expect(cli('src/cli/checkStories.ts', [path.dirname(storyFile('imported-page'))]).status).toBe(0);
  });

  it('never overwrites a story: refuses with exit code 1 and leaves the file as it was', async () => {
    const before = await readFile(storyFile('imported-seed'));
    const run = importCli([SEED, '--slug', 'imported-seed', '--published', '2025-03-05']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already exists; nothing was written/u);
    expect(await readFile(storyFile('imported-seed'))).toEqual(before);
  });

  it('refuses bad arguments with a one-line reason and writes nothing', async () => {
    const cases: [string[], RegExp][] = [
      [[SEED, '--slug', 'no-date'], /--published is missing/u],
      [[SEED, '--slug', 'Bad Slug', '--published', '2025-03-05'], /is not a slug/u],
      [[SEED, '--slug', 'bad-day', '--published', '2025-02-30'], /is not a day written YYYY-MM-DD/u],
      [['missing.txt', '--slug', 'no-file', '--published', '2025-03-05'], /no such file/u],
      [
        [SEED, '--slug', 'bad-url', '--published', '2025-03-05', '--source-url', 'javascript:alert(1)'],
        /--source-url/u,
      ],
    ];
    for (const [args, message] of cases) {
      const run = importCli(args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /u);
    }
    const folders = await readdir(path.join(site.dir, 'content/explainers'));
    expect(folders.sort()).toEqual(['imported-page', 'imported-seed', 'us-pauses-intelligence-sharing-with-ukraine']);
  });

  it('leaves drafts out of the build, and shows them under a Draft banner with INCLUDE_DRAFTS=1', async () => {
    const build = await site.build();
    expect(build.ok, build.output).toBe(true);
    expect(existsSync(path.join(site.dist, 'explainers/imported-seed'))).toBe(false);
    for (const page of ['index.html', 'rss.xml', 'sitemap-0.xml']) {
      expect(await readFile(path.join(site.dist, page), 'utf8')).not.toContain('imported-seed');
    }
    const withDrafts = await site.build({ INCLUDE_DRAFTS: '1' });
    expect(withDrafts.ok, withDrafts.output).toBe(true);
    const page = await readFile(path.join(site.dist, 'explainers/imported-seed/index.html'), 'utf8');
    expect(page).toMatch(/<p class="draft-banner"[^>]*><strong>Draft<\/strong>: not published\./u);
    expect(existsSync(path.join(site.dist, 'explainers/imported-seed/preview.png'))).toBe(true);
    // The published story never carries the banner.
    const published = await readFile(
      path.join(site.dist, 'explainers/us-pauses-intelligence-sharing-with-ukraine/index.html'),
      'utf8',
    );
    expect(published).not.toMatch(/<p class="draft-banner"/u);
  }, 300_000);

  it('shows a draft in npm run dev under the Draft banner, with its count of review marks', async () => {
    const dev = await startDev(site.dir, { PREVIEW_CACHE_DIR: site.cache });
    try {
      const url = `${dev.origin}/explainers/imported-seed/`;
      // The server may still be syncing content and optimising dependencies.
      await waitFor(async () => (await fetch(url)).status === 200, `the draft's page:\n${dev.output()}`, 60_000);
      const html = await (await fetch(url)).text();
      const check = cli('src/cli/checkStories.ts', [path.dirname(storyFile('imported-seed'))]);
      const warnings = /, (\d+) warnings? \(review marks of drafts\)/u.exec(check.stdout)?.[1];
      expect(warnings).toBeDefined();
      expect(html).toContain(
        `<p class="draft-banner" role="note"><strong>Draft</strong>: not published. ${warnings} entries are marked for review; npm run check lists them.</p>`,
      );
    } finally {
      dev.process.kill();
    }
  }, 120_000);
});
