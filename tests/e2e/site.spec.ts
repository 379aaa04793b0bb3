import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the index lists the explainer with its dek and date', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'US pauses intelligence sharing with Ukraine' });
  await expect(link).toHaveAttribute('href', '/explainers/us-pauses-intelligence-sharing-with-ukraine/');
  await expect(page.locator('main time[datetime="2025-03-05"]')).toHaveCount(1);
  await link.click();
  await expect(page.locator('h1')).toContainText('US pauses intelligence sharing');
});

test('an unknown address shows a helpful 404 with a way back', async ({ page }) => {
  const response = await page.goto('/explainers/no-such-story/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('link', { name: /US pauses intelligence sharing/ })).toBeVisible();
});

for (const path of ['/', '/404.html']) {
  test(`axe-core finds no violations on ${path} in light and dark`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, colorScheme).toEqual([]);
    }
  });
}
