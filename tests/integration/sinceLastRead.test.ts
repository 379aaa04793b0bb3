import path from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/buildSite';
import { browseDist, type BrowsedSite } from '../support/serveDist';

// A reader coming back to an explainer that changed since their last visit, in Chromium, on a real build
// of the site with a story that has three changes (tests/fixtures/valid/with-changes: 12 June 16:30 +01:00,
// 13 June 09:00 and 10:15 UTC).

const REPO = path.resolve(import.meta.dirname, '../..');
const PAGE = '/explainers/with-changes/';
let site: SiteCopy;
let browsed: BrowsedSite | undefined;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  site = await copySite({ stories: [path.join(REPO, 'tests/fixtures/valid/with-changes')] });
  const built = await site.build();
  if (!built.ok) throw new Error(built.output);
  browsed = await browseDist(site.dist);
  ({ origin, browser } = browsed);
}, 240_000);

afterAll(async () => {
  await browsed?.close();
  await site?.cleanup();
});

/** The page as a reader who last read it at `lastRead` (or never) sees it: the notice, and what is marked. */
async function visit(lastRead: string | undefined) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}${PAGE}`);
  if (lastRead !== undefined) {
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`read:${PAGE}`, String(Date.parse(lastRead))],
    );
    await page.reload();
  }
  const seen = {
    notice: await page.locator('.since-last-read').allTextContents(),
    jump: await page
      .locator('.since-last-read a')
      .getAttribute('href')
      .catch(() => null),
    marked: await page.locator('.changed-since').evaluateAll((els) => els.map((el) => el.id)),
    recorded: Number(await page.evaluate((key) => localStorage.getItem(key), `read:${PAGE}`)),
    errors,
  };
  await context.close();
  return seen;
}

describe('what changed since you last read', () => {
  it('marks nothing on a first visit, and records the visit in the browser', async () => {
    const before = Date.now();
    const seen = await visit(undefined);
    expect(seen.notice).toEqual([]);
    expect(seen.marked).toEqual([]);
    expect(seen.recorded).toBeGreaterThanOrEqual(before);
    expect(seen.errors).toEqual([]);
  });

  it('marks the changes made since the last visit and what they concern, with a jump to the first', async () => {
    // Read at 13 June 09:30 UTC: only the clarification of 10:15 is newer.
    const once = await visit('2025-06-13T09:30:00Z');
    expect(once.notice).toEqual(['1 change since you last read this']);
    expect(once.jump).toBe('#council-vote');
    expect(once.marked).toEqual(['council-vote', 'change-3']);
    // Read before all three.
    const all = await visit('2025-06-12T12:00:00Z');
    expect(all.notice).toEqual(['3 changes since you last read this']);
    expect(all.jump).toBe('#quote-okafor-lifeline');
    expect(all.marked.sort()).toEqual(
      ['change-1', 'change-2', 'change-3', 'council-vote', 'quote-okafor-lifeline', 'what-comes-next'].sort(),
    );
    expect(all.errors).toEqual([]);
  });

  it('marks nothing when the reader has read it since the last change', async () => {
    const seen = await visit('2025-06-14T00:00:00Z');
    expect(seen.notice).toEqual([]);
    expect(seen.marked).toEqual([]);
  });
});
