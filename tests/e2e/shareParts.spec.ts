import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ogs from 'open-graph-scraper';

// The parts of an explainer readers most often send ("here's the timeline"): the timeline, one event,
// who's who and one person. Each has a share page at /explainers/<slug>/share/<anchor-id>/ with a
// card of its own, and sends a person on to that anchor.

const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
const STORY = `/explainers/${SLUG}/`;

const PARTS = [
  { id: 'timeline', title: 'Timeline – US pauses intelligence sharing with Ukraine' },
  {
    id: 'event-trump-addresses-congress',
    title: '4 March 2025: Trump tells Congress that Kyiv has agreed to a minerals deal',
  },
  { id: 'whos-who', title: 'Who’s who – US pauses intelligence sharing with Ukraine' },
  { id: 'actor-macron', title: 'Emmanuel Macron, President of France – US pauses intelligence sharing with Ukraine' },
] as const;

for (const { id, title } of PARTS) {
  test.describe(`the share page of #${id}`, () => {
    test('gives link previews its own title, card and address', async () => {
      const html = readFileSync(path.resolve(`dist${STORY}share/${id}/index.html`), 'utf8');
      const { result } = await ogs({ html });
      expect(result.ogTitle).toBe(title);
      expect(result.twitterCard).toBe('summary_large_image');
      expect(result.ogUrl).toMatch(new RegExp(`/explainers/${SLUG}/share/${id}/$`));
      const image = result.ogImage?.[0]?.url ?? '';
      expect(image).toMatch(new RegExp(`/explainers/${SLUG}/share/${id}/preview\\.png$`));
      const png = readFileSync(path.resolve(`dist${new URL(image).pathname}`));
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
    });

    test('sends a person to the part on the explainer', async ({ page }) => {
      await page.goto(`${STORY}share/${id}/`);
      await expect(page).toHaveURL(new RegExp(`${STORY}#${id}$`));
      const target = page.locator(`#${id}`);
      await expect(target).toBeInViewport();
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    });
  });
}

test('without JavaScript, an actor’s share link still lands on their card', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${STORY}share/actor-bielieskov/`);
  await expect(page).toHaveURL(/#actor-bielieskov$/);
  await expect(page.locator('#actor-bielieskov')).toBeInViewport();
  await context.close();
});
