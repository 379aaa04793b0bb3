import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { proseParagraphs } from '../../src/lib/share/sectionOpenings';
import { textFragment } from '../../src/lib/share/textFragment';

const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
const STORY = `/explainers/${SLUG}/`;
const source = readFileSync(path.resolve(`content/explainers/${SLUG}/index.mdx`), 'utf8');
const { frontmatter, content: body } = parseFrontmatter(source);
const story = frontmatter as {
  sections: { id: string; heading: string }[];
  quotes: { id: string; text: string; callout?: boolean }[];
  timeline: { id: string; title: string }[];
  actors: { id: string; name?: string }[];
};
/** An actor's name: the story's own, or, for someone the story names by id, the registry's (content/people). */
const nameOf = (actor: { id: string; name?: string }): string =>
  actor.name ??
  String((parseYaml(readFileSync(path.resolve(`content/people/${actor.id}.yaml`), 'utf8')) as { name: string }).name);
// Every section and quote callout, the timeline and each event, who's who and each actor.
const targets = [
  ...story.sections.map((s) => s.id),
  ...story.quotes.filter((q) => q.callout).map((q) => `quote-${q.id}`),
  'timeline',
  ...story.timeline.map((e) => `event-${e.id}`),
  'whos-who',
  ...story.actors.map((a) => `actor-${a.id}`),
];

/** Words the title of the share page of `id` must hold. */
function titleWords(id: string): string {
  const section = story.sections.find((s) => s.id === id);
  const quote = story.quotes.find((q) => `quote-${q.id}` === id);
  const event = story.timeline.find((e) => `event-${e.id}` === id);
  const actor = story.actors.find((a) => `actor-${a.id}` === id);
  if (section) return section.heading;
  // A long quote's title is shortened at a word; it always starts with the quote's first words.
  if (quote) return quote.text.replace(/,$/, '').slice(0, 40);
  if (event) return event.title;
  if (actor) return nameOf(actor);
  return id === 'timeline' ? 'Timeline' : 'Who’s who';
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('share pages, as a link-preview parser reads them', () => {
  test('every shareable part has one, with its own title, description, image and URL', async () => {
    expect(targets).toHaveLength(36);
    const images = new Set<string>();
    for (const id of targets) {
      const file = path.resolve(`dist/explainers/${SLUG}/share/${id}/index.html`);
      const html = readFileSync(file, 'utf8');
      const { result } = await ogs({ html });
      expect(result.ogTitle, id).toContain(titleWords(id));
      expect([...(result.ogTitle ?? '')].length, id).toBeLessThanOrEqual(90);
      expect(result.ogDescription?.length ?? 0, id).toBeGreaterThan(20);
      expect(result.ogType).toBe('article');
      expect(result.ogUrl).toMatch(new RegExp(`^https?://[^/]+/explainers/${SLUG}/share/${id}/$`));
      expect(result.twitterCard).toBe('summary_large_image');
      const image = result.ogImage?.[0]?.url ?? '';
      expect(image).toMatch(new RegExp(`^https?://[^/]+/explainers/${SLUG}/share/${id}/preview\\.png$`));
      const png = path.resolve(`dist${new URL(image).pathname}`);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      images.add(readFileSync(png).toString('base64'));
    }
    expect(images.size, 'each preview image is distinct').toBe(targets.length);
  });

  test('share pages are noindex with no canonical link elsewhere, and stay out of the sitemap', async () => {
    const html = readFileSync(path.resolve(`dist/explainers/${SLUG}/share/${targets[0]}/index.html`), 'utf8');
    const { result } = await ogs({ html });
    expect(result.ogUrl).toBeDefined();
    // noindex beside a canonical link to the explainer would contradict itself (docs/architecture.md, "Sharing").
    expect(html).toContain(`<link rel="canonical" href="${result.ogUrl}"`);
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"/);
    const sitemap = readFileSync(path.resolve('dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/explainers/${SLUG}/`);
    expect(sitemap).not.toContain('/share/');
  });
});

test.describe('a person opening a share link', () => {
  test('lands on the anchor, highlighted, with the contents marking its section', async ({ page }) => {
    await page.goto(`${STORY}share/allies-unsettled/`);
    await expect(page).toHaveURL(new RegExp(`${STORY}#allies-unsettled$`));
    const target = page.locator('#allies-unsettled');
    await expect(target).toBeInViewport();
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(page.locator('nav#contents a[aria-current="location"]')).toHaveAttribute('href', '#allies-unsettled');
  });

  test('lands on a quote from its share link', async ({ page }) => {
    await page.goto(`${STORY}share/quote-mulroy-no-way-to-replace/`);
    await expect(page).toHaveURL(/#quote-mulroy-no-way-to-replace$/);
    await expect(page.locator('#quote-mulroy-no-way-to-replace')).toBeInViewport();
  });

  test('without JavaScript still lands on the anchor', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${STORY}share/battlefield-impact/`);
    await expect(page).toHaveURL(/#battlefield-impact$/);
    await context.close();
  });
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies a section’s share URL and announces it', async ({ page }) => {
    await page.goto(STORY);
    await page.getByRole('button', { name: 'Copy link to section: Alarm in Europe' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^https?://[^/]+/explainers/${SLUG}/share/european-alarm/$`));
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${copied}`);
  });

  test('copies a quote’s share URL and an event’s share URL', async ({ page }) => {
    await page.goto(STORY);
    await page.locator('#callout-waltz-step-back a.anchor-link').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/share\/quote-waltz-step-back\/$/);
    await page.locator('#event-full-scale-invasion a.anchor-link').first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/explainers/${SLUG}/share/event-full-scale-invasion/$`),
    );
  });

  test('is not offered without JavaScript, where the plain # links remain', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(STORY);
    await expect(page.locator('a.anchor-link[role="button"]')).toHaveCount(0);
    await expect(page.locator('a.anchor-link[href="#european-alarm"]')).toHaveCount(1);
    await context.close();
  });
});

test('a quote’s text fragment highlights it in a copy of the original', async ({ page }) => {
  const quote = story.quotes.find((q) => q.id === 'bielieskov-less-time')!;
  const fragment = textFragment(quote.text, proseParagraphs(body));
  expect(fragment).toBeDefined();
  // Stand-in for the source: the story's paragraphs, far enough apart that finding the quote scrolls.
  const original = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Original</title><style>p{margin:0 0 600px}</style>${proseParagraphs(
    body,
  )
    .map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`)
    .join('')}</html>`;
  await page.route('https://source.test/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: original }),
  );
  await page.goto(`https://source.test/report${fragment}`);
  const paragraph = page.locator('p', { hasText: 'We will have less time to react' });
  await expect(paragraph).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
});

test('the explainer’s JSON-LD names the article, its people and its quotations', async ({ page }) => {
  await page.goto(STORY);
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json ?? '{}') as {
    '@type': string;
    headline: string;
    mentions: { '@type': string; name: string }[];
    hasPart: { '@type': string; text: string; spokenByCharacter: { '@id': string } }[];
  };
  expect(data['@type']).toBe('NewsArticle');
  expect(data.headline).toBe('US pauses intelligence sharing with Ukraine');
  const people = data.mentions.filter((m) => m['@type'] === 'Person').map((m) => m.name);
  for (const name of ['Donald Trump', 'Mike Waltz', 'John Ratcliffe', 'Mykola Bielieskov'])
    expect(people).toContain(name);
  expect(data.hasPart.filter((p) => p['@type'] === 'Quotation')).toHaveLength(story.quotes.length);
  const stepBack = data.hasPart.find((p) => p.text.startsWith('We have, we have taken a step back'));
  expect(stepBack?.spokenByCharacter['@id']).toMatch(/#actor-waltz$/);
});
