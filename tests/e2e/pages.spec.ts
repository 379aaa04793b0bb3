import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { remove } from 'unist-util-remove';

// Share pages send a person on to the explainer at once (`<meta http-equiv="refresh" content="0; …">`),
// so a browser never stays on one long enough for axe to look at it; `page.setContent` follows the
// refresh too (tried: it ends on the explainer). Here the page is served from dist/ with that one
// element taken out of its hast tree, and read with JavaScript off, as a link-preview bot or a reader
// whose browser ignores refreshes sees it.

const DIST = path.resolve('dist');

/** What a share page shares, by its anchor id. */
function kindOf(id: string): string {
  if (id === 'timeline' || id === 'whos-who') return id;
  const prefix = /^(quote|event|actor)-/.exec(id)?.[1];
  return prefix ?? 'section';
}
const KINDS = ['section', 'quote', 'timeline', 'event', 'whos-who', 'actor'];

/** The share pages of the first explainer that has any: one of each kind (section, quote, timeline, event, who's who, actor). */
function sharePages(): { slug: string; id: string }[] {
  const explainers = path.join(DIST, 'explainers');
  for (const slug of existsSync(explainers) ? readdirSync(explainers).sort() : []) {
    const share = path.join(explainers, slug, 'share');
    if (!existsSync(share)) continue;
    const ids = readdirSync(share)
      .filter((id) => existsSync(path.join(share, id, 'index.html')))
      .sort();
    return KINDS.map((kind) => ids.find((id) => kindOf(id) === kind))
      .filter((id) => id !== undefined)
      .map((id) => ({ slug, id }));
  }
  return [];
}

const isRefresh = (node: Element): boolean =>
  node.tagName === 'meta' &&
  [node.properties['httpEquiv'] ?? []]
    .flat()
    .map((value) => String(value).toLowerCase())
    .includes('refresh');

/** The page without its `<meta http-equiv="refresh">`, and how many there were. */
function withoutRefresh(html: string): { html: string; removed: number } {
  const tree: Root = fromHtml(html);
  let removed = 0;
  remove(tree, (node) => {
    const hit = node.type === 'element' && isRefresh(node as Element);
    if (hit) removed += 1;
    return hit;
  });
  return { html: toHtml(tree), removed };
}

const pages = sharePages();

test('dist/ has share pages for a section, a quote, the timeline, an event, who’s who and an actor', () => {
  expect(pages.map((p) => kindOf(p.id))).toEqual(KINDS);
});

/** Serves the built share page at its own address with the refresh taken out (and extra headers). */
async function serveWithoutRefresh(page: Page, address: string, headers: Record<string, string> = {}): Promise<void> {
  const built = readFileSync(path.join(DIST, address, 'index.html'), 'utf8');
  const { html, removed } = withoutRefresh(built);
  expect(removed, 'the share page redirects with exactly one meta refresh').toBe(1);
  await page.route(`**${address}`, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: html }),
  );
}

for (const { slug, id } of pages) {
  const address = `/explainers/${slug}/share/${id}/`;

  test.describe(`share page ${address}, without its redirect`, () => {
    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });

      test('stays put and offers a visible link on to the anchor', async ({ page }) => {
        await serveWithoutRefresh(page, address);
        await page.goto(address);
        await expect(page).toHaveURL(new RegExp(`${address}$`));
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator(`main a[href="/explainers/${slug}/#${id}"]`).first()).toBeVisible();
      });
    });

    // axe-core runs inside the page, and Chromium with JavaScript off runs no script at all, axe's
    // included (it hangs until the test times out). So the page's own scripts are switched off by a
    // Content-Security-Policy header instead: what renders is what a browser without JavaScript shows.
    test('axe-core finds no violations in light and dark, with the page’s scripts blocked', async ({ page }) => {
      await serveWithoutRefresh(page, address, { 'content-security-policy': "script-src 'none'" });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(address);
        await expect(page).toHaveURL(new RegExp(`${address}$`));
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations, colorScheme).toEqual([]);
      }
    });
  });
}
