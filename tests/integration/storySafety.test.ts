import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/buildSite';
import { startDev, waitFor, type DevServer } from '../support/devServer';
import { REPO, TEMPLATE } from '../unit/check/catalogue';

/**
 * A story is data: nothing in it runs at build time. Each hostile story below would, if compiled,
 * write a marker file; the build and the dev server must refuse it and the marker must never appear.
 */
const SLUG = 'hostile-story';
let site: SiteCopy;
let template: string;
const marker = (name: string): string => path.join(site.dir, `marker-${name}`);

/** Ways an MDX story could run code, each writing its own marker when it runs. */
const WAYS = ['expression', 'inline-expression', 'export', 'import-then-use', 'attribute-expression'] as const;
function hostileProse(): Record<(typeof WAYS)[number], string> {
  const write = (name: string): string =>
    `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker(name))}, 'ran')`;
  return {
    expression: `{${write('expression')}}`,
    'inline-expression': `The ferry {${write('inline-expression')}} sails.`,
    export: `export const ran = ${write('export')}`,
    'import-then-use': `import fs from 'node:fs'\n\n{fs.writeFileSync(${JSON.stringify(marker('import-then-use'))}, 'ran')}`,
    'attribute-expression': `<span title={${write('attribute-expression')}}>x</span>`,
  };
}

beforeAll(async () => {
  template = await readFile(path.join(REPO, TEMPLATE, 'index.mdx'), 'utf8');
  site = await copySite({ stories: [] });
}, 60_000);

afterAll(async () => {
  await site?.cleanup();
});

async function writeStory(prose: string): Promise<string> {
  const folder = path.join(site.dir, 'content/explainers', SLUG);
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, 'index.mdx');
  await writeFile(file, `${template}\n${prose}\n`);
  return file;
}

describe('a story that would run code', () => {
  it.each(WAYS)(
    '%s: the build refuses it with the check’s line, and nothing runs',
    async (name) => {
      await writeStory(hostileProse()[name]);
      const result = await site.build();
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(
        new RegExp(`content/explainers/${SLUG}/index\\.mdx:74:\\d+ {2}\\(prose\\) {2}`, 'u'),
      );
      expect(result.output).toContain('nothing was built');
      expect(existsSync(marker(name)), `marker-${name} was written: the story ran code`).toBe(false);
      expect(existsSync(path.join(site.dist, 'explainers', SLUG))).toBe(false);
    },
    120_000,
  );
});

// The bundler imports an image's file and runs anything that is not an image as a module: an
// "image" that links to a script elsewhere must never get that far.
describe('a story whose image is a link to a script', () => {
  it('is refused by the build, and the script never runs', async () => {
    const file = await writeStory('![The harbour at dawn](./harbour.png)');
    const folder = path.dirname(file);
    const payload = path.join(site.dir, 'payload.js');
    await writeFile(
      payload,
      `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker('symlinked-image'))}, 'ran');\nexport default {};\n`,
    );
    await symlink(payload, path.join(folder, 'harbour.png'));
    try {
      const result = await site.build();
      expect(result.ok).toBe(false);
      expect(result.output).toContain(
        `content/explainers/${SLUG}/harbour.png:1:1  (folder)  is a symbolic link inside a story folder`,
      );
      expect(existsSync(marker('symlinked-image'))).toBe(false);
    } finally {
      await rm(path.join(folder, 'harbour.png'));
    }
  }, 120_000);
});

// `astro dev` does not run the build's first step: the MDX pipeline's own check must refuse the story.
describe('the dev server with a story that would run code', () => {
  let dev: ChildProcess;
  let server: DevServer;
  const output = (): string => server.output();
  let origin = '';

  beforeAll(async () => {
    await writeStory(hostileProse().expression);
    // Any answer will do: the home page lists the broken story too.
    server = await startDev(site.dir, { PREVIEW_CACHE_DIR: site.cache });
    dev = server.process;
    origin = server.origin;
  }, 90_000);

  afterAll(() => {
    dev?.kill();
  });

  it('answers 500, shows the check’s lines without a stack trace, and runs nothing', async () => {
    // The server may still be syncing content and optimising dependencies: wait until it knows the page.
    let status = 0;
    await waitFor(
      async () => {
        status = (await fetch(`${origin}/explainers/${SLUG}/`)).status;
        return status !== 404;
      },
      'the page to be routed',
      30_000,
    );
    expect(status, output()).toBe(500);
    await waitFor(async () => output().includes('(npm run check)'), 'the error in the terminal', 10_000);
    expect(output()).toMatch(
      new RegExp(`content/explainers/${SLUG}/index\\.mdx:74:1 {2}\\(prose\\) {2}\`\\{process`, 'u'),
    );
    expect(output()).not.toMatch(/^\s+at .+\.(?:js|ts):\d+:\d+\)?$/mu);
    expect(existsSync(marker('expression'))).toBe(false);
  }, 30_000);

  it('serves the page again once the story is fixed', async () => {
    await writeStory('');
    await waitFor(async () => (await fetch(`${origin}/explainers/${SLUG}/`)).status === 200, 'the fixed page', 30_000);
    const html = await (await fetch(`${origin}/explainers/${SLUG}/`)).text();
    expect(html).toContain('The ferry is a lifeline for this town');
  }, 40_000);
});
