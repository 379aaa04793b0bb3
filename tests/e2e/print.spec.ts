import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ensureCommand } from '../output/debianTools.mjs';

// Printing, as a reader does: Chromium prints the page to a real PDF (page.pdf, the print stylesheet
// applied), and poppler's pdftotext reads the text back from the paper. What only works on a
// screen (the download link, the copy, share and "#" controls, the skip link) must not be on it, and
// the offline copy gives the address it was saved from once, not once as a link and again after it.

const SLUG = 'us-pauses-intelligence-sharing-with-ukraine';
const STORY = `/explainers/${SLUG}/`;
const OFFLINE = path.resolve(`dist/explainers/${SLUG}/offline.html`);

/** The text of the PDF Chromium prints of the page, white space collapsed. */
async function printedText(page: Page, file: string): Promise<string> {
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const pdftotext = ensureCommand('pdftotext', 'poppler-utils');
  return execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

/** How often `part` stands in `text`, white space ignored in both (a printed address may break over lines). */
const occurrences = (text: string, part: string): number => {
  const bare = (s: string): string => s.replace(/\s+/gu, '');
  return bare(text).split(bare(part)).length - 1;
};

/** What a screen offers and paper cannot use; none of it may be printed. */
const SCREEN_ONLY = ['Download for offline reading', 'Skip to content', 'Copy link', 'Share this', 'In the original'];

test('the explainer prints the article without its screen-only controls', async ({ page }, testInfo) => {
  await page.goto(STORY);
  const text = await printedText(page, testInfo.outputPath('explainer.pdf'));
  expect(text).toContain('US pauses intelligence sharing with Ukraine');
  expect(text).toContain('The United States has suspended intelligence sharing with Ukraine');
  expect(text).toContain('Published 5 March 2025');
  for (const control of SCREEN_ONLY) expect(text, control).not.toContain(control);
  // No "#" link after a heading: on paper it is a stray character.
  expect(text).not.toMatch(/Alarm in Europe ?#/u);
});

test('on paper, no button or link that only works on a screen is laid out at all', async ({ page }) => {
  // Controls drawn by the stylesheet alone (a note's "i") leave no text in a PDF to look for.
  await page.goto(STORY);
  await page.emulateMedia({ media: 'print' });
  const shown = await page
    .locator('button, .anchor-link, [data-offline-link], .skip-link')
    .evaluateAll((controls) =>
      controls.filter((c) => c.getClientRects().length > 0).map((c) => c.outerHTML.slice(0, 80)),
    );
  expect(shown).toEqual([]);
});

test('the offline copy prints the address it was saved from once', async ({ page }, testInfo) => {
  const html = readFileSync(OFFLINE, 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/u.exec(html)?.[1];
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+/explainers/${SLUG}/$`, 'u'));
  await page.route('**/*', (route) =>
    route.request().url() === pathToFileURL(OFFLINE).href ? route.continue() : route.abort(),
  );
  await page.goto(pathToFileURL(OFFLINE).href);
  const text = await printedText(page, testInfo.outputPath('offline.pdf'));
  expect(text).toContain('Saved from');
  expect(occurrences(text, canonical ?? '')).toBe(1);
  expect(text).toContain('The United States has suspended intelligence sharing with Ukraine');
  for (const control of SCREEN_ONLY) expect(text, control).not.toContain(control);
});
