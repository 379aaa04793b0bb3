import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { expect, test, type Page } from '@playwright/test';

const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
const STORY = `/explainers/${SLUG}/`;
const story = parseFrontmatter(readFileSync(path.resolve(`content/explainers/${SLUG}/index.mdx`), 'utf8'))
  .frontmatter as {
  sections: unknown[];
  quotes: { callout?: boolean }[];
  timeline: unknown[];
  actors: unknown[];
  notes: unknown[];
};
/**
 * Everything on the page a reader can link to, from the story's frontmatter: its sections, quote callouts,
 * timeline events, people and notes, and the page's own sections (At a glance, Timeline, Who's who, Notes,
 * Sources).
 */
const LINKABLE_ITEMS =
  story.sections.length +
  story.quotes.filter((q) => q.callout).length +
  story.timeline.length +
  story.actors.length +
  story.notes.length +
  5;

/**
 * Tab stops on the explainer: 206 while each item had a "#" link and a "Copy link" button, 163 with one
 * per item; 182 since the site's sections (Topics, People, Search), the explainer that follows this one,
 * its five topics and the page of each of its ten registered people are links too; 183 with the link to its
 * versions and changes. A change here means the keyboard walk got longer or shorter: check that it was meant.
 */
const TAB_STOPS = 183;

/** One stop of a Tab walk: what the element is, its role and name, and the item (section, quote, event, card, note) it sits in. */
interface Stop {
  tag: string;
  role: string;
  name: string;
  item: string;
}

/**
 * Presses Tab from the top of the page until focus comes back to an element it has visited (or leaves the
 * page), and returns every element it stopped on, in order: the walk a keyboard reader makes.
 */
async function tabWalk(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 600; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const seen = ((window as unknown as { walked?: WeakSet<Element> }).walked ??= new WeakSet());
      const el = document.activeElement;
      if (el === null || el === document.body || seen.has(el)) return null;
      seen.add(el);
      const item = el.closest('figure, li, section');
      return {
        tag: el.tagName.toLowerCase(),
        role: el.getAttribute('role') ?? '',
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        item: item === null ? '' : item.id || item.getAttribute('aria-labelledby') || '',
      };
    });
    if (stop === null) return stops;
    stops.push(stop);
  }
  throw new Error('the Tab walk never came back to where it started');
}

/** Stops that exist to link to an item: a "#" link, a "Copy link" or a "Share" control. */
const isLinkControl = (stop: Stop): boolean => /^(link to|copy link|share)\b/i.test(stop.name);

/** The items that have more than one linking control in the walk. */
function itemsWithTwoControls(stops: Stop[]): string[] {
  const count = new Map<string, number>();
  for (const stop of stops.filter(isLinkControl)) count.set(stop.item, (count.get(stop.item) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([item]) => item);
}

test.describe('a keyboard reader walking the explainer with Tab', () => {
  test(`stops ${TAB_STOPS} times: once per item to copy its link, never twice`, async ({ page }) => {
    expect(LINKABLE_ITEMS).toBe(43);
    await page.goto(STORY);
    const stops = await tabWalk(page);
    expect(itemsWithTwoControls(stops), 'items with more than one linking control').toEqual([]);
    const controls = stops.filter(isLinkControl);
    expect(new Set(controls.map((stop) => stop.item)).size).toBe(LINKABLE_ITEMS);
    expect(controls).toHaveLength(LINKABLE_ITEMS);
    // Each says what it does, as a button: it copies rather than goes somewhere.
    for (const control of controls)
      expect(control, control.name).toMatchObject({ role: 'button', name: /^Copy link to / });
    expect(stops).toHaveLength(TAB_STOPS);
  });

  test(`without JavaScript, stops ${TAB_STOPS} times, the same controls as plain links`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(STORY);
    const stops = await tabWalk(page);
    expect(itemsWithTwoControls(stops)).toEqual([]);
    const controls = stops.filter(isLinkControl);
    expect(controls).toHaveLength(LINKABLE_ITEMS);
    for (const control of controls)
      expect(control, control.name).toMatchObject({ tag: 'a', role: '', name: /^Link to / });
    expect(stops).toHaveLength(TAB_STOPS);
    await context.close();
  });
});
