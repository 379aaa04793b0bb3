import { expect, test, type Page } from '@playwright/test';

const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';

/** Opens the NATO note's popover from its (i) button, by keyboard as a reader would. */
async function openNatoNote(page: Page): Promise<void> {
  await page.locator('button[popovertarget="note-popover-nato"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#note-popover-nato')).toBeVisible();
}

/** The popover is closed, and the note it linked to has focus, in view, as the URL's target. */
async function expectLandedOnNote(page: Page): Promise<void> {
  await expect(page.locator('#note-popover-nato')).toBeHidden();
  await expect(page).toHaveURL(/#note-nato$/);
  const note = page.locator('#note-nato');
  await expect(note).toBeFocused();
  await expect(note).toBeInViewport();
}

for (const [copy, path] of [
  ['the explainer', `/explainers/${SLUG}/`],
  ['the offline copy', `/explainers/${SLUG}/offline.html`],
] as const) {
  test.describe(`"All notes" in a note's popover, on ${copy}`, () => {
    test('by keyboard, closes the popover and moves focus to the note', async ({ page }) => {
      await page.goto(path);
      await openNatoNote(page);
      // The popover's content follows its button in the Tab order.
      await page.keyboard.press('Tab');
      await expect(page.locator('#note-popover-nato a')).toBeFocused();
      await page.keyboard.press('Enter');
      await expectLandedOnNote(page);
      // The next Tab goes on from the note (its link control), not from the top of the page or the (i).
      await page.keyboard.press('Tab');
      await expect(page.locator('#note-nato a.anchor-link')).toBeFocused();
    });

    test('by click, closes the popover and moves focus to the note', async ({ page }) => {
      await page.goto(path);
      await openNatoNote(page);
      await page.locator('#note-popover-nato').getByRole('link', { name: 'All notes' }).click();
      await expectLandedOnNote(page);
    });

    test('a second time, when the URL already ends in #note-nato, still lands on the note', async ({ page }) => {
      await page.goto(`${path}#note-nato`);
      await page.locator('button[popovertarget="note-popover-nato"]').scrollIntoViewIfNeeded();
      await openNatoNote(page);
      await page.locator('#note-popover-nato').getByRole('link', { name: 'All notes' }).click();
      await expectLandedOnNote(page);
    });
  });
}
