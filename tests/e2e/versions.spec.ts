import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// An explainer's versions page (/explainers/<slug>/changes/), as a reader without JavaScript sees it and
// as axe-core reads it in both themes. The site built from a checkout has git history, so the first
// explainer's page lists its commits with their words changed; a build without history lists one version.

const DIST = path.resolve('dist');

/** The versions page of the first explainer built. */
function versionsPage(): string | undefined {
  const explainers = path.join(DIST, 'explainers');
  const slug = (existsSync(explainers) ? readdirSync(explainers).sort() : []).find((name) =>
    existsSync(path.join(explainers, name, 'changes', 'index.html')),
  );
  return slug === undefined ? undefined : `/explainers/${slug}/changes/`;
}

const address = versionsPage();

test('dist/ has a versions page for an explainer', () => {
  expect(address).toBeDefined();
});

test.describe('the versions page, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every version with its date or as uncommitted, and links back to the explainer', async ({ page }) => {
    await page.goto(address ?? '/');
    await expect(page.locator('h1')).toContainText('Versions of');
    const versions = page.locator('.version-list > li');
    const count = await versions.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const meta = versions.nth(i).locator('.version-meta');
      await expect(meta).toBeVisible();
      const dated = await meta.locator('time').count();
      if (dated === 0) await expect(meta).toContainText('Uncommitted');
      else await expect(meta.locator('code')).toHaveText(/^[0-9a-f]{7}$/);
    }
    await expect(page.locator(`main a[href="${(address ?? '').replace(/changes\/$/, '')}"]`)).toBeVisible();
    // Every word taken out or put in is on screen, marked as such.
    for (const mark of await page.locator('.version-list ins, .version-list del').all())
      await expect(mark).toBeVisible();
  });
});

test('axe-core finds no violations on the versions page in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(address ?? '/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, colorScheme).toEqual([]);
  }
});
