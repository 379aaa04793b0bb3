import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
const FILE = path.resolve(`dist/explainers/${SLUG}/offline.html`);
const URL_OF_FILE = pathToFileURL(FILE).href;
/**
 * The first story's offline copy, without images, must stay under this many bytes. Raised from 60 KB
 * to 64 KB when the copy gained a share link for every event and person (36 share pages), one link
 * control per item with its script, and notes placed beside their sentence: 58.8 KB -> 61.8 KB.
 */
const BUDGET = 64 * 1024;

/** Opens the export from disk with every non-file request aborted; returns what was attempted. */
async function openOffline(page: Page): Promise<string[]> {
  const attempted: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === URL_OF_FILE) return route.continue();
    attempted.push(url);
    return route.abort();
  });
  await page.goto(URL_OF_FILE);
  await page.waitForLoadState('networkidle');
  return attempted;
}

test.describe('the offline copy, opened from disk with the network off', () => {
  test('makes no request beyond the file itself', async ({ page }) => {
    expect(await openOffline(page)).toEqual([]);
    await expect(page.locator('h1')).toContainText('US pauses intelligence sharing with Ukraine');
  });

  test('says where it was saved from and which version it is', async ({ page }) => {
    await openOffline(page);
    const provenance = page.locator('.provenance');
    await expect(provenance).toContainText(`Saved from https://`);
    await expect(provenance).toContainText('version of 5 March 2025');
    // Its first link is the page it was saved from; built from a commit, a second names that commit's version.
    await expect(provenance.locator('a').first()).toHaveAttribute('href', new RegExp(`/explainers/${SLUG}/$`));
    const links = await provenance.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.slice(1)).toEqual(
      links.length > 1 ? [expect.stringMatching(new RegExp(`/explainers/${SLUG}/changes/#version-[0-9a-f]{7}$`))] : [],
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/explainers/${SLUG}/$`));
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  });

  test('every in-page link resolves, and links elsewhere on the site are absolute', async ({ page }) => {
    await openOffline(page);
    const { unresolved, relative } = await page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href')!);
      return {
        unresolved: links
          .filter((h) => h.startsWith('#') && h.length > 1)
          .filter((h) => !document.getElementById(decodeURIComponent(h.slice(1)))),
        relative: links.filter((h) => !h.startsWith('#') && !/^[a-z]+:/.test(h)),
      };
    });
    expect(unresolved).toEqual([]);
    expect(relative).toEqual([]);
    await expect(page.locator('[data-offline-link]')).toHaveCount(0);
  });

  test('timeline links work both ways and anchors land on their targets', async ({ page }) => {
    await openOffline(page);
    await page.locator('#mention-waltz-confirms-suspension').click();
    await expect(page.locator('#event-waltz-confirms-suspension')).toBeInViewport();
    await page.locator('#event-waltz-confirms-suspension a[href="#mention-waltz-confirms-suspension"]').click();
    await expect(page.locator('#mention-waltz-confirms-suspension')).toBeInViewport();
    await page.locator('nav#contents a[href="#whos-who"]').click();
    await expect(page.locator('#whos-who')).toBeInViewport();
  });

  test('a note opens in place by keyboard', async ({ page }) => {
    await openOffline(page);
    await page.locator('button[popovertarget="note-popover-nato"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#note-popover-nato')).toBeVisible();
  });

  test('its scripts still run (the contents mark the current section)', async ({ page }) => {
    await openOffline(page);
    await page.locator('nav#contents a[href="#allies-unsettled"]').click();
    await expect(page.locator('nav#contents a[aria-current="location"]')).toHaveAttribute('href', '#allies-unsettled');
  });

  test('axe-core finds no violations in light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openOffline(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, colorScheme).toEqual([]);
    }
  });

  test(`stays within ${BUDGET / 1024} KB without images`, () => {
    expect(statSync(FILE).size).toBeLessThanOrEqual(BUDGET);
  });

  for (const [device, width] of [
    ['phone', 375],
    ['desktop', 1280],
  ] as const) {
    test(`screenshot from disk, ${device}`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await openOffline(page);
      const file = testInfo.outputPath(`offline-${device}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`offline-${device}`, { path: file, contentType: 'image/png' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    });
  }
});

test('the explainer offers the offline copy as a download named after the story, with its size', async ({ page }) => {
  await page.goto(`/explainers/${SLUG}/`);
  const link = page.locator('[data-offline-link] a');
  await expect(link).toHaveAttribute('download', `${SLUG}.html`);
  const kilobytes = Math.ceil(statSync(FILE).size / 1024);
  await expect(link).toContainText(`Download for offline reading (${kilobytes} KB)`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`${SLUG}.html`);
});
