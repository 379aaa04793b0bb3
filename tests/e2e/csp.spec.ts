import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
const OFFLINE = pathToFileURL(path.resolve(`dist/explainers/${SLUG}/offline.html`)).href;

/** Collects every Content-Security-Policy violation the page reports, from its first byte on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return violations;
}

test.describe('every page type works under its Content-Security-Policy', () => {
  for (const [what, url] of [
    ['the home page', '/'],
    ['the 404 page', '/no-such-page/'],
    ['an explainer', `/explainers/${SLUG}/`],
    ['the offline copy, from disk', OFFLINE],
  ] as const) {
    test(`${what}: styled, and nothing blocked`, async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      // The inline stylesheet applied: the body's background is the theme's, not the browser's white.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      expect(violations).toEqual([]);
    });
  }

  for (const [what, url] of [
    ['an explainer', `/explainers/${SLUG}/`],
    ['the offline copy', OFFLINE],
  ] as const) {
    test(`${what}: the site's own scripts run (the link controls become copy buttons), and a smuggled one would not`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const violations = await watchViolations(page);
      await page.goto(url);
      await expect(page.locator('a.anchor-link[role="button"]').first()).toBeAttached();
      expect(violations).toEqual([]);
      // What the policy closes: markup written by a script, and a script's request to another origin
      // (a second loopback address, so nothing leaves the machine even if the policy let it through).
      const blocked = await page.evaluate(async () => {
        const result: string[] = [];
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        } catch {
          result.push('html');
        }
        let refused = false;
        document.addEventListener('securitypolicyviolation', (e) => {
          if (e.effectiveDirective === 'connect-src') refused = true;
        });
        await fetch('http://127.0.0.2:9/').catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (refused) result.push('fetch');
        return result;
      });
      expect(blocked).toEqual(['html', 'fetch']);
    });
  }

  test('a share page still sends people on to the anchor', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(`/explainers/${SLUG}/share/quote-waltz-step-back/`);
    await page.waitForURL(`**/explainers/${SLUG}/#quote-waltz-step-back`);
    expect(violations).toEqual([]);
  });
});
