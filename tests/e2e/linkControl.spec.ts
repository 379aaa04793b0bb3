import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { expect, test } from '@playwright/test';
import { DOMParser } from 'linkedom';

const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
const STORY = `/explainers/${SLUG}/`;
const SITE = /^https?:\/\/[^/]+/.source;

test.describe('the link control of each section, quote, event, person and note, with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a click copies the section’s share page, says so, and leaves the page where it was', async ({ page }) => {
    await page.goto(STORY);
    const control = page.getByRole('button', { name: 'Copy link to section: Alarm in Europe' });
    await expect(control).toHaveAttribute('href', '#european-alarm');
    await control.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`${SITE}/explainers/${SLUG}/share/european-alarm/$`));
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${copied}`);
    expect(new URL(page.url()).hash).toBe('');
  });

  test('Enter and Space copy too, and Space does not scroll the page', async ({ page }) => {
    await page.goto(STORY);
    const quote = page.getByRole('button', { name: 'Copy link to this quote by Mick Mulroy' });
    await quote.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/share\/quote-mulroy-no-way-to-replace\/$/,
    );
    const note = page.getByRole('button', { name: 'Copy link to note: NATO' });
    await note.focus();
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press(' ');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/explainers/${SLUG}/#note-nato$`),
    );
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await expect(page.getByRole('status')).toContainText('Link copied');
  });

  test('every control copies its item’s share page where the build made one, else the page’s #anchor', async ({
    page,
  }) => {
    await page.goto(STORY);
    const controls = page.locator('a.anchor-link');
    const ids = (await controls.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).map((href) =>
      String(href).slice(1),
    );
    expect(ids.length).toBeGreaterThanOrEqual(43);
    let sharePages = 0;
    for (const [i, id] of ids.entries()) {
      const shared = existsSync(path.resolve(`dist/explainers/${SLUG}/share/${id}/index.html`));
      if (shared) sharePages += 1;
      await controls.nth(i).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied, id).toMatch(
        new RegExp(`${SITE}/explainers/${SLUG}/${shared ? `share/${id}/` : `#${id}`}$`.replaceAll('.', '\\.')),
      );
    }
    // Sections and quote callouts at least have share pages; notes do not.
    expect(sharePages).toBeGreaterThanOrEqual(14);
    expect(sharePages).toBeLessThan(ids.length);
  });

  test('with a modifier key it is still a link (new tab, new window)', async ({ page }) => {
    await page.goto(STORY);
    /** Whether the page's script took over a click on the control (the test stops the browser following it). */
    const takenOver = (ctrlKey: boolean): Promise<boolean> =>
      page.locator('a.anchor-link[href="#timeline"]').evaluate(
        (link, ctrlKey) =>
          new Promise<boolean>((resolve) => {
            document.addEventListener(
              'click',
              (event) => {
                resolve(event.defaultPrevented);
                event.preventDefault();
              },
              { once: true },
            );
            link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey }));
          }),
        ctrlKey,
      );
    expect(await takenOver(false)).toBe(true);
    expect(await takenOver(true)).toBe(false);
  });
});

test.describe('the link control on a touch screen with a share sheet', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('opens the share sheet with the item’s share page', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.goto(STORY);
    await page.getByRole('button', { name: 'Share section: Alarm in Europe' }).tap();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.url).toMatch(new RegExp(`${SITE}/explainers/${SLUG}/share/european-alarm/$`));
    expect(shared[0]?.title).toContain('US pauses intelligence sharing with Ukraine');
  });
});

test.describe('the link control without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a plain link to the item’s anchor', async ({ page }) => {
    await page.goto(STORY);
    const control = page.getByRole('link', { name: 'Link to section: Alarm in Europe' });
    await control.click();
    await expect(page).toHaveURL(/#european-alarm$/);
    await expect(page.locator('#european-alarm')).toBeInViewport();
    await expect(page.locator('[role="status"], [title="Copy link"]')).toHaveCount(0);
  });
});

test('the link controls stay out of the headings’ names and out of reader view', async ({ page }) => {
  await page.goto(STORY);
  // Every heading, as assistive technology names it: none ends in the control's "#" or its name.
  const headings = (await page.locator('body').ariaSnapshot()).split('\n').filter((line) => /- heading /.test(line));
  expect(headings.length).toBeGreaterThanOrEqual(30);
  expect(headings.filter((line) => /#|link to/i.test(line.replace(/\[level=\d\]/, '')))).toEqual([]);
  for (const file of ['index.html', 'offline.html']) {
    const html = readFileSync(path.resolve(`dist/explainers/${SLUG}/${file}`), 'utf8');
    const document = new DOMParser().parseFromString(html, 'text/html');
    // The controls marked as share widgets, as every one from AnchorLink.astro is.
    const controls = [...document.querySelectorAll('a.share-link')].map((a) => a.getAttribute('href'));
    expect(controls.length, file).toBeGreaterThanOrEqual(30);
    const article = new Readability(document as unknown as Document).parse();
    const reader = new DOMParser().parseFromString(`<div>${article?.content ?? ''}</div>`, 'text/html');
    const kept = [...reader.querySelectorAll('a')].filter(
      (a) => controls.includes(a.getAttribute('href')) && a.textContent.trim() === '#',
    );
    expect(
      kept.map((a) => a.getAttribute('href')),
      `${file}: link controls Readability kept`,
    ).toEqual([]);
  }
});
