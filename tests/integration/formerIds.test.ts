import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_STORY, copySite, TEST_SITE_URL, type SiteCopy } from '../support/buildSite';
import { browseDist, type BrowsedSite } from '../support/serveDist';

/**
 * Links survive edits: a copy of the site in which the editor renamed one part of the first story of
 * each kind, keeping the old id in `formerIds`, built for real. Old `#anchors` land on the renamed
 * parts in Chromium with JavaScript off, old share pages still stand and send people on with the new
 * card, and the output checks hold for the build.
 */
const SLUG = path.basename(path.dirname(FIRST_STORY));
const EXPLAINER = `/explainers/${SLUG}/`;
/** The renames, old id to new, as the editor writes them in the frontmatter (new ids no longer than old, see below). */
const RENAMES = {
  section: ['suspension-confirmed', 'pause-confirmed'],
  quote: ['waltz-step-back', 'waltz-stepped-back'],
  event: ['waltz-confirms-suspension', 'waltz-confirms'],
  actor: ['second-source', 'other-source'],
  note: ['back-channel-talks', 'back-channel'],
} as const;
/** Each old anchor of the page, with the anchor it now lands on. */
const MOVED: readonly (readonly [string, string])[] = Object.entries(RENAMES).map(([kind, [old, now]]) =>
  kind === 'section' ? [old, now] : [`${kind}-${old}`, `${kind}-${now}`],
);

/**
 * Renames each id throughout the frontmatter (an id stands whole, never as part of another: the quote
 * `waltz-step-back` is not in `waltz-step-backs`) and lists the old one under the entry's formerIds.
 * The first story sits close to its byte budget, and the new ids are shorter than the old, so the page
 * does not grow by more than the former anchors themselves.
 */
function renameIds(source: string): string {
  const end = source.indexOf('\n---', 4);
  let frontmatter = source.slice(0, end);
  for (const [old, now] of Object.values(RENAMES)) {
    const whole = (id: string): RegExp => new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'gu');
    if (!whole(old).test(frontmatter)) throw new Error(`the first story has no id "${old}" to rename`);
    frontmatter = frontmatter
      .replace(whole(old), now)
      .replace(
        new RegExp(`^( *)- id: ${now}\n`, 'mu'),
        (line, indent: string) => `${line}${indent}  formerIds: [${old}]\n`,
      );
  }
  return frontmatter + source.slice(end);
}

let site: SiteCopy;
let built: { ok: boolean; output: string };
let browsed: BrowsedSite | undefined;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  site = await copySite({
    stories: [],
    prepare: async (dir) => {
      const story = path.join(dir, FIRST_STORY);
      await writeFile(story, renameIds(await readFile(story, 'utf8')));
    },
  });
  built = await site.build();
  if (!built.ok) return;
  browsed = await browseDist(site.dist);
  ({ origin, browser } = browsed);
}, 240_000);

afterAll(async () => {
  await browsed?.close();
  await site?.cleanup();
});

/** A page with JavaScript off, as a reader without it (or a crawler) has it. */
async function withoutScript<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Where the element with `id` is from the top of the window, in CSS pixels. */
const topOf = (page: Page, id: string): Promise<number> =>
  page.locator(`[id="${id}"]`).evaluate((element) => element.getBoundingClientRect().top);

const shareFile = (id: string): string => path.join(site.dist, 'explainers', SLUG, 'share', id, 'index.html');
const meta = async (id: string) => {
  const tree = fromHtml(await readFile(shareFile(id), 'utf8'));
  const content = (selector: string): string | undefined => {
    const element = select(selector, tree);
    const value = element?.properties['content'] ?? element?.properties['href'];
    return value === undefined ? undefined : String(value);
  };
  return {
    refresh: content('meta[http-equiv="refresh"]'),
    canonical: content('link[rel="canonical"]'),
    ogUrl: content('meta[property="og:url"]'),
    ogImage: content('meta[property="og:image"]'),
    ogTitle: content('meta[property="og:title"]'),
    twitterImage: content('meta[name="twitter:image"]'),
    robots: content('meta[name="robots"]'),
    link: content('.share-page-go a'),
  };
};

describe('a story whose parts were renamed with formerIds, built', () => {
  it('builds', () => {
    expect(built.ok, built.output).toBe(true);
  });

  it('lands #old-id on the renamed part in Chromium without JavaScript, as the new id does', async () => {
    await withoutScript(async (page) => {
      for (const [old, now] of MOVED) {
        await page.goto(`${origin}${EXPLAINER}#${now}`);
        const landedNew = await page.evaluate(() => scrollY);
        await page.goto(`${origin}${EXPLAINER}#${old}`);
        expect(await page.evaluate(() => document.querySelector(':target')?.id), old).toBe(old);
        // The old anchor is inside the renamed part, and the page scrolled to it: the part is in view.
        expect(await page.locator(`[id="${now}"] [id="${old}"]`).count(), old).toBe(1);
        const top = await topOf(page, now);
        expect(top, `${old}: #${now} at ${top}px`).toBeGreaterThanOrEqual(-40);
        expect(top, `${old}: #${now} at ${top}px`).toBeLessThan(600);
        const landedOld = await page.evaluate(() => scrollY);
        expect(landedOld, old).toBeGreaterThan(500);
        // The section, event, actor and note land where their new id lands, give or take their padding;
        // a quote's words land at the top of the window, where the new id leaves a fifth of it above them.
        if (old.startsWith('quote-')) expect(top, old).toBeLessThan(60);
        else expect(Math.abs(landedOld - landedNew), old).toBeLessThan(40);
      }
    });
  });

  it('lands #old-section-id on the section’s heading, with the section’s words after it', async () => {
    const [old, now] = RENAMES.section;
    await withoutScript(async (page) => {
      await page.goto(`${origin}${EXPLAINER}#${old}`);
      await expect.poll(() => topOf(page, now)).toBeLessThan(60);
      expect(await page.locator(`section[aria-labelledby="${now}"] h2 > span#${old}:first-child`).count()).toBe(1);
      expect(await page.locator(`h2#${now}`).innerText()).toBe('Intelligence sharing suspended');
    });
  });

  it('keeps the old share page of a section and of a quote: the new page’s card, address and anchor', async () => {
    for (const [old, now] of [MOVED[0]!, MOVED[1]!]) {
      expect(existsSync(shareFile(old)), old).toBe(true);
      const moved = await meta(old);
      const current = await meta(now);
      const newPage = `${TEST_SITE_URL}${EXPLAINER}share/${now}/`;
      expect(moved).toEqual({
        refresh: `0; url=${EXPLAINER}#${now}`,
        canonical: newPage,
        ogUrl: newPage,
        ogImage: `${newPage}preview.png`,
        ogTitle: current.ogTitle,
        twitterImage: `${newPage}preview.png`,
        robots: 'noindex, follow',
        link: `${EXPLAINER}#${now}`,
      });
      // The new card is drawn once, under the new address; none is drawn for the old one.
      const card = await readFile(path.join(site.dist, 'explainers', SLUG, 'share', now, 'preview.png'));
      expect(card.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(existsSync(path.join(path.dirname(shareFile(old)), 'preview.png')), old).toBe(false);
    }
    // The quote card shows the quote's words.
    expect((await meta('quote-waltz-step-back')).ogTitle).toContain('We have, we have taken a step back');
  });

  it('keeps old share pages for the renamed event and actor, and none for a note, which never had one', () => {
    expect(existsSync(shareFile('event-waltz-confirms-suspension'))).toBe(true);
    expect(existsSync(shareFile('actor-second-source'))).toBe(true);
    expect(existsSync(shareFile('note-back-channel-talks'))).toBe(false);
  });

  it('sends a reader from the old share page to the renamed section, without JavaScript', async () => {
    const [old, now] = RENAMES.section;
    await withoutScript(async (page) => {
      await page.goto(`${origin}${EXPLAINER}share/${old}/`);
      await page.waitForURL(`${origin}${EXPLAINER}#${now}`);
      await expect.poll(() => topOf(page, now)).toBeLessThan(60);
    });
  });

  it('passes the output checks: links and fragments, no id twice, share pages (moved ones too), valid HTML', async () => {
    const run = promisify(execFile);
    const root = path.resolve(import.meta.dirname, '../..');
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(root, 'tests/output/run.mjs'), 'checkBuild', 'sharePages', 'htmlValidate'],
      { cwd: root, env: { ...process.env, CHECK_DIST: site.dist } },
    ).catch((error: { stdout?: string; stderr?: string }) => ({
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }));
    // The byte budget is the stories' as published; this copy carries five former anchors on purpose
    // (about 15 bytes gzip each), so only the budget may fail, and nothing else.
    const failures = `${stdout}${stderr}`
      .split('\n')
      .filter(
        (line) => line.startsWith('FAIL ') && !/: first visit is \d+ bytes gzip, over the \d+ budget$/u.test(line),
      );
    expect(failures).toEqual([]);
    // The moved share pages were among those checked, and every check ran.
    expect(stdout).toMatch(/sharePages \([^)]*\): \d+ passed, 0 failed/u);
    expect(stdout).toMatch(/htmlValidate \([^)]*\): \d+ passed, 0 failed/u);
    expect(stdout).toMatch(/checkBuild \([^)]*\): \d+ passed, [01] failed/u);
  });
});
