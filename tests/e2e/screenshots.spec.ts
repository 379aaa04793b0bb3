import { expect, test } from '@playwright/test';

// Written as test artifacts (test-results/) for people to look at; each also checks the page rendered
// without horizontal overflow, the usual way a narrow layout breaks.
const pages = {
  explainer: '/explainers/us-pauses-intelligence-sharing-with-ukraine/',
  index: '/',
  notFound: '/404.html',
  person: '/people/trump/',
  topic: '/topics/ukraine/',
  people: '/people/',
  topics: '/topics/',
  versions: '/explainers/us-pauses-intelligence-sharing-with-ukraine/changes/',
  search: '/search/?q=Waltz',
};
const widths = { phone: 375, desktop: 1280 };

for (const [name, path] of Object.entries(pages)) {
  for (const [device, width] of Object.entries(widths)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`screenshot ${name} ${device} ${colorScheme}`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page.locator('h1')).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const file = testInfo.outputPath(`${name}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${name}-${device}-${colorScheme}`, { path: file, contentType: 'image/png' });
      });
    }
  }
}
