import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The site as a newsroom's: people who carry across explainers, topics with one timeline drawn from
// several, explainers that follow one another. Read in Chromium from the built site.

const PAUSE = '/explainers/us-pauses-intelligence-sharing-with-ukraine/';
const RESUMED = '/explainers/military-aid-to-ukraine-resumes-through-poland/';
const SIGNALS = '/explainers/putin-signals-to-trump-via-witkoff/';

/** The explainer part of each link (its path), in page order. */
const paths = (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Follows a link to an anchor of another page and says whether that page has the element it names. */
async function landsOnAnchor(page: Page, href: string): Promise<boolean> {
  await page.goto(href);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  return id.length > 0 && (await page.locator(`[id="${id}"]`).count()) === 1;
}

test('a person page gathers their quotes from several explainers, newest first, each linked to the quote', async ({
  page,
}) => {
  await page.goto('/people/trump/');
  await expect(page.locator('h1')).toHaveText('Donald Trump');
  const quoteLinks = page.locator('.person-quotes li .person-quote-meta a');
  const explainers = new Set(await paths(page, '.person-quotes li .person-quote-meta a'));
  expect([...explainers].sort()).toEqual([SIGNALS, PAUSE].sort());
  // Newest first: the quotes of 14 March come before those of 5 March.
  const order = await paths(page, '.person-quotes li .person-quote-meta a');
  expect(order.indexOf(SIGNALS)).toBeLessThan(order.indexOf(PAUSE));
  const hrefs = await quoteLinks.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(await landsOnAnchor(page, href), href).toBe(true);
});

test('a person page lists their roles, their events across explainers and the explainers they are in', async ({
  page,
}) => {
  await page.goto('/people/waltz/');
  await expect(page.locator('.person-roles li')).toContainText(['US National Security Adviser']);
  await expect(page.locator('.person-roles time').first()).toHaveAttribute('datetime', '2025-01-20');
  await expect(page.locator('.merged-timeline .event-title')).toContainText([
    'Waltz confirms the suspension of intelligence sharing with Ukraine',
  ]);
  expect(await paths(page, '.story-list-title a')).toEqual([PAUSE]);
  const card = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(new URL(card ?? '').pathname).toBe('/people/waltz/preview.png');
  const image = await page.request.get('/people/waltz/preview.png');
  expect(image.headers()['content-type']).toBe('image/png');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Mike Waltz' } });
  // sameAs only where the registry gives it: Waltz's file has none, Trump's has one.
  expect(ld.mainEntity.sameAs).toBeUndefined();
});

test('a topic page merges the timelines of its explainers, an event two report shown once', async ({ page }) => {
  await page.goto('/topics/ukraine/');
  await expect(page.locator('h1')).toHaveText('Ukraine');
  expect((await paths(page, '.story-list-title a')).sort()).toEqual([PAUSE, RESUMED, SIGNALS].sort());
  const titles = await page.locator('.merged-timeline .event-title').allTextContents();
  // The halt of US military aid is in two explainers (sameAs), and is listed once, with both.
  expect(titles.filter((title) => title === 'US halts military aid to Ukraine')).toHaveLength(1);
  const halted = page.locator('.merged-timeline .event', { hasText: 'US halts military aid to Ukraine' }).first();
  expect(
    (await paths(page, '.merged-timeline .event:has-text("US halts military aid to Ukraine") .event-source a')).sort(),
  ).toEqual([PAUSE, RESUMED].sort());
  // Shown as the story it was first reported in dates it (3-4 March), not as "last week" (2025-W10).
  await expect(halted.locator('time')).toHaveText(/^3\s*–\s*4 March 2025$/u);
  // Events come from at least two explainers, in date order.
  const sources = new Set(await paths(page, '.merged-timeline .event-source a'));
  expect(sources.size).toBeGreaterThanOrEqual(2);
  const datetimes = await page
    .locator('.merged-timeline .event-when time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(datetimes[0]).toBe('2022');
  const hrefs = await page
    .locator('.merged-timeline .event-title a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(await landsOnAnchor(page, href), href).toBe(true);
});

test('an explainer says which it follows and which follow it, links its topics and its registered people', async ({
  page,
}) => {
  await page.goto(RESUMED);
  const meta = page.locator('.story-meta');
  await expect(meta.getByText('Earlier:')).toContainText('US pauses intelligence sharing with Ukraine');
  await expect(meta.getByText('Later:')).toContainText('Kremlin says Putin passed signals');
  expect(await paths(page, '.story-meta a[href^="/topics/"]')).toContain('/topics/russia-ukraine-war/');
  await expect(page.locator('#actor-sikorski h3 a')).toHaveAttribute('href', '/people/sikorski/');
  // Andriy Sybiga is this story's own actor: no page of his own.
  await expect(page.locator('#actor-sybiha h3 a')).toHaveCount(0);
  await page.goto(PAUSE);
  await expect(page.locator('#callout-waltz-step-back a.callout-speaker')).toHaveAttribute('href', '/people/waltz/');
  await page.locator('#callout-waltz-step-back a.callout-speaker').click();
  await expect(page).toHaveURL(/\/people\/waltz\/$/);
});

test('the home page lists topics and the people who appear most', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#topics-heading')).toBeVisible();
  expect(await paths(page, '.topic-tags a')).toContain('/topics/ukraine/');
  const people = await page.locator('.people-list a').allTextContents();
  expect(people.slice(0, 2)).toEqual(['Donald Trump', 'Volodymyr Zelensky']);
});

for (const path of ['/people/trump/', '/people/waltz/', '/people/', '/topics/', '/topics/ukraine/', '/']) {
  test(`axe-core finds nothing on ${path}, in light and dark`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });
}
