import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const STORY = '/explainers/us-pauses-intelligence-sharing-with-ukraine/';
const PEOPLE = ['trump', 'zelensky', 'putin', 'waltz', 'macron', 'ratcliffe', 'mulroy', 'bielieskov'];

/** Every `href="#…"` on the page, and whether an element with that id exists. */
async function unresolvedFragments(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
      .filter((id) => id !== '' && !document.getElementById(id)),
  );
}

test.describe('the explainer page', () => {
  test('shows the eight full quotes as callouts with the right speakers', async ({ page }) => {
    await page.goto(STORY);
    const callouts = page.locator('figure.callout');
    await expect(callouts).toHaveCount(8);
    const ratcliffe = page.locator('#callout-ratcliffe-real-question');
    await expect(ratcliffe.locator('blockquote')).toContainText('President Trump had a real question');
    await expect(ratcliffe.locator('figcaption')).toContainText('John Ratcliffe');
    await expect(ratcliffe.locator('figcaption')).toContainText('CIA Director');
    await expect(page.locator('#callout-bielieskov-less-time figcaption')).toContainText('Mykola Bielieskov');
  });

  test('anchors all quotations in the prose', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('article [id^="quote-"]')).toHaveCount(12);
  });

  test('lists at least six timeline events in date order with exact datetime values', async ({ page }) => {
    await page.goto(STORY);
    const datetimes = await page
      .locator('#timeline li[id^="event-"] time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(datetimes.length).toBeGreaterThanOrEqual(6);
    expect(datetimes).toEqual(['2022', '2025-W10', '2025-03-04', '2025-03-04', '2025-03-05', '2025-W11']);
    await expect(page.locator('#event-paris-military-chiefs-meeting')).toContainText(/expected/i);
  });

  test('links each timeline event and the phrase that mentions it both ways', async ({ page }) => {
    await page.goto(STORY);
    await page.locator('#mention-waltz-confirms-suspension').click();
    await expect(page).toHaveURL(/#event-waltz-confirms-suspension$/);
    await expect(page.locator('#event-waltz-confirms-suspension')).toBeInViewport();
    await page.locator('#event-waltz-confirms-suspension a[href="#mention-waltz-confirms-suspension"]').click();
    await expect(page.locator('#mention-waltz-confirms-suspension')).toBeInViewport();
  });

  test('has a card for each of the eight people, linking to their quotes', async ({ page }) => {
    await page.goto(STORY);
    for (const id of PEOPLE) await expect(page.locator(`#whos-who #actor-${id}`)).toBeVisible();
    await expect(page.locator('#actor-waltz a[href="#quote-waltz-step-back"]')).toHaveCount(1);
  });

  test('every in-page link resolves to an element', async ({ page }) => {
    await page.goto(STORY);
    expect(await unresolvedFragments(page)).toEqual([]);
  });

  test('anchors land on their targets', async ({ page }) => {
    for (const id of [
      'peace-process-link',
      'quote-mulroy-immediate-impact',
      'event-full-scale-invasion',
      'actor-putin',
      'note-nato',
    ]) {
      await page.goto(`${STORY}#${id}`);
      const target = page.locator(`[id="${id}"]`);
      await expect(target).toBeInViewport();
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    }
  });

  test('a note opens in place by keyboard', async ({ page }) => {
    await page.goto(STORY);
    const term = page.locator('button[popovertarget="note-popover-nato"]');
    const note = page.locator('#note-popover-nato');
    await expect(note).toBeHidden();
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(note).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
  });

  test('marks the current section in the contents on arrival and at the very end', async ({ page }) => {
    await page.goto(`${STORY}#allies-unsettled`);
    await expect(page.locator('nav#contents a[aria-current="location"]')).toHaveAttribute('href', '#allies-unsettled');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = await page.locator('nav#contents a').last().getAttribute('href');
    await expect(page.locator('nav#contents a[aria-current="location"]')).toHaveAttribute('href', last!);
  });

  test('axe-core finds no violations in light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(STORY);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, colorScheme).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the story, callouts, timeline, notes and links all work', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('h1')).toContainText('US pauses intelligence sharing with Ukraine');
    await expect(page.locator('figure.callout')).toHaveCount(8);
    await expect(page.locator('#timeline li[id^="event-"]')).toHaveCount(6);
    await page.locator('button[popovertarget="note-popover-nato"]').click();
    await expect(page.locator('#note-popover-nato')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.locator('nav#contents a[href="#whos-who"]').click();
    await expect(page.locator('#whos-who')).toBeInViewport();
    expect(await unresolvedFragments(page)).toEqual([]);
  });
});
