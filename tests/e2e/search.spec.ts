import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

// /search/ on the built site (dist/): Pagefind's index of the explainer and person pages, searched in
// Chromium. What a search should find is read from the built pages themselves, not from the index.

const DIST = path.resolve('dist');

interface BuiltPage {
  readonly href: string;
  readonly title: string;
  /** The article's words: the story's prose (or the person page's main), as a reader sees them. */
  readonly text: string;
}

/** The words under a node, each text node apart (toString runs "Mike Waltz" and the next block together). */
function wordsOf(node: Root | Element): string {
  const words: string[] = [];
  visit(node, 'text', (text: Text) => {
    words.push(text.value);
  });
  return words.join(' ').replace(/\s+/g, ' ');
}

/** Each built page in `folder` (explainers, people): its address, its <h1> and its words. */
function builtPages(folder: string, article: string): BuiltPage[] {
  const parent = path.join(DIST, folder);
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((slug) => existsSync(path.join(parent, slug, 'index.html')))
    .sort()
    .map((slug) => {
      const tree = fromHtml(readFileSync(path.join(parent, slug, 'index.html'), 'utf8'));
      return {
        href: `/${folder}/${slug}/`,
        title: toString(select('h1', tree) ?? tree).trim(),
        text: selectAll(article, tree).map(wordsOf).join(' '),
      };
    });
}

const explainers = builtPages('explainers', 'main .prose');
const people = builtPages('people', 'main');
const mentions = (page: BuiltPage, surname: string): boolean => new RegExp(`\\b${surname}\\b`).test(page.text);

/** The registry's ids (content/people/<id>.yaml): each has a page at /people/<id>/. */
const registry = existsSync('content/people')
  ? readdirSync('content/people')
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => file.replace(/\.yaml$/, ''))
  : [];

/** The addresses the results list links to, in order. */
const resultLinks = (page: Page): Promise<string[]> =>
  page
    .locator('ol[data-search-results] > li h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

test('dist/ has explainers to search, and one of them names Mike Waltz', () => {
  expect(explainers.length).toBeGreaterThan(0);
  expect(explainers.some((page) => mentions(page, 'Waltz'))).toBe(true);
});

// Waltz is in the first story; the others in whichever stories name them (each named by at least one).
const SURNAMES = ['Waltz', 'Zelensky', 'Trump'].filter((surname) => explainers.some((p) => mentions(p, surname)));

for (const surname of SURNAMES) {
  test(`searching for “${surname}” lists every explainer whose story names them, and only pages that do`, async ({
    page,
  }) => {
    const expected = explainers.filter((p) => mentions(p, surname)).map((p) => p.href);
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Words to look for' });
    await box.fill(surname);
    await box.press('Enter');
    await expect(page.getByRole('status')).toContainText(`for “${surname}”`);
    const found = await resultLinks(page);
    expect(found.filter((href) => href.startsWith('/explainers/')).sort()).toEqual(expected.sort());
    // A person page found is theirs or mentions them; nothing else (share pages, topics, lists) is found.
    for (const href of found.filter((h) => !h.startsWith('/explainers/'))) {
      expect(href).toMatch(/^\/people\/[^/]+\/$/);
      const person = people.find((p) => p.href === href);
      expect(person && mentions(person, surname), `${href} names ${surname}`).toBe(true);
    }
    // Each result shows its page's headline and an excerpt with the word marked, as text.
    const first = page.locator('ol[data-search-results] > li').first();
    await expect(first.locator('mark').first()).toContainText(surname);
    const tags = await first.locator('.search-excerpt *').evaluateAll((elements) => elements.map((e) => e.tagName));
    expect(new Set(tags)).toEqual(new Set(['MARK']));
    const titles = explainers.filter((p) => expected.includes(p.href)).map((p) => p.title);
    for (const title of titles)
      await expect(page.getByRole('link', { name: title, exact: true }).first()).toBeVisible();
  });
}

test('a registered person’s own page leads the results for their surname, before the explainers', async ({ page }) => {
  expect(registry).toContain('waltz');
  expect(people.map((p) => p.href)).toContain('/people/waltz/');
  await page.goto('/search/?q=Waltz');
  await expect(page.getByRole('status')).toContainText('for “Waltz”');
  expect((await resultLinks(page))[0]).toBe('/people/waltz/');
});

test('a search is a link: ?q= fills the box and searches, and typing keeps the address up to date', async ({
  page,
}) => {
  await page.goto('/search/?q=intelligence');
  const box = page.getByRole('searchbox', { name: 'Words to look for' });
  await expect(box).toHaveValue('intelligence');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “intelligence”/);
  expect((await resultLinks(page)).length).toBeGreaterThan(0);
  await box.fill('Waltz');
  await expect(page).toHaveURL(/\/search\/\?q=Waltz$/);
  await expect(page.getByRole('status')).toContainText('for “Waltz”');
  await box.fill('');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('status')).toHaveText('');
  await expect(page.locator('ol[data-search-results]')).toBeHidden();
});

test('opening a shared search link moves nothing on the page as its results arrive', async ({ page }) => {
  await page.addInitScript(() => {
    const page = window as unknown as { shifted: number };
    page.shifted = 0;
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) page.shifted += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/search/?q=Waltz');
    await expect(page.locator('ol[data-search-results] mark').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Browse everything' })).toBeAttached();
    // Layout shifts are reported after the frame that made them.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
    expect(shifted, `${width} px`).toBeLessThan(0.01);
  }
});

test('a search with no match says so, and everything stays listed below', async ({ page }) => {
  await page.goto('/search/?q=xylophonist');
  await expect(page.getByRole('status')).toHaveText('No results for “xylophonist”. Everything is listed below.');
  await expect(page.locator('ol[data-search-results]')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Browse everything' })).toBeVisible();
});

test('keyboard: the search box is labelled, the first stop after the header, and Enter searches', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Words to look for' });
  // Every stop before the box is the skip link or in the site's header.
  let reached = false;
  for (let i = 0; i < 12 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await box.evaluate((element) => element === document.activeElement);
    if (!reached) {
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest('.site-header') ? 'header' : active?.classList.contains('skip-link') ? 'skip' : 'page';
      });
      expect(where).not.toBe('page');
    }
  }
  expect(reached).toBe(true);
  await page.keyboard.type('Waltz');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('for “Waltz”');
  await expect(box).toBeFocused();
  await page.keyboard.press('Tab'); // the Search button
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('ol[data-search-results]') !== null);
  expect(focused).toBe(true);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs JavaScript and lists every explainer and person instead', async ({ page }) => {
    await page.goto('/search/?q=Waltz');
    await expect(page.locator('p.search-note')).toBeVisible();
    await expect(page.locator('p.search-note')).toContainText('Search needs JavaScript');
    // A form nothing can answer is not shown.
    await expect(page.getByRole('searchbox')).toBeHidden();
    const browse = page.locator('section.search-browse');
    for (const explainer of explainers) {
      await expect(browse.getByRole('link', { name: explainer.title, exact: true })).toHaveAttribute(
        'href',
        explainer.href,
      );
    }
    const personLinks = await browse
      .locator('a[href^="/people/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(personLinks.sort()).toEqual(registry.map((id) => `/people/${id}/`).sort());
  });
});

test('under its Content-Security-Policy the search runs (WebAssembly allowed here) and nothing is blocked', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto('/search/?q=Waltz');
  await expect(page.getByRole('status')).toContainText('for “Waltz”');
  // Enter sends no form (the policy's form-action is 'none'): the page answers it, and stays.
  await page.getByRole('searchbox').fill('Ratcliffe');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText('for “Ratcliffe”');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('other pages load nothing of search: no Pagefind request, no WebAssembly allowed', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  for (const address of ['/', explainers[0]?.href ?? '/']) {
    await page.goto(address);
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).not.toContain('wasm-unsafe-eval');
  }
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('axe-core finds no violations on /search/ with results, in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=Waltz');
    await expect(page.locator('ol[data-search-results] mark').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, colorScheme).toEqual([]);
  }
});

// axe runs inside the page, and Chromium with JavaScript off runs no script at all (axe's included): the
// page's own scripts are blocked by a policy header instead, so what renders is the page without them.
test('axe-core finds no violations on /search/ without its scripts, in light and dark', async ({ page }) => {
  await page.route('**/search/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
    });
  });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/');
    await expect(page.getByRole('heading', { name: 'Browse everything' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, colorScheme).toEqual([]);
  }
});

test('when the index cannot be loaded, the page says so and everything stays listed', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/search/?q=Waltz');
  await expect(page.getByRole('status')).toHaveText('Search could not load. Everything is listed below.');
  await expect(page.locator('ol[data-search-results]')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Browse everything' })).toBeVisible();
});
