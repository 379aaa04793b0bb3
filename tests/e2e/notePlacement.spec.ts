import { expect, test, type Page } from '@playwright/test';

const STORY = '/explainers/us-pauses-intelligence-sharing-with-ukraine/';
/** Each note of the first story and the sentence of the prose its term stands in. */
const NOTES: Record<string, string> = {
  cia: 'CIA Director John Ratcliffe, speaking to Fox Business, indicated that the pause was directly linked to Trump’s frustration over Ukraine’s commitment to peace negotiations.',
  nato: 'The move is the latest indication of a shift in Trump’s foreign policy stance, which has unsettled NATO allies.',
  'back-channel-talks':
    'European officials have expressed unease over Trump’s approach, particularly his decision to exclude Ukraine and European leaders from back-channel talks between US and Russian officials in Saudi Arabia and Turkey.',
  niss: 'Mykola Bielieskov, a researcher at Ukraine’s National Institute for Strategic Studies, noted that Ukraine’s ability to detect and respond to Russian missile threats would be severely weakened.',
};

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Scrolls the note's button to `at` (a fraction of the window's height), opens the note by its
 * button, and returns the note's box and the boxes of the lines of its sentence, found by its text.
 */
async function openNote(page: Page, id: string, at: number): Promise<{ note: Rect; lines: Rect[]; window: Rect }> {
  const button = page.locator(`button[popovertarget="note-popover-${id}"]`);
  await button.evaluate((el, at) => {
    const top = el.getBoundingClientRect().top + scrollY;
    scrollTo({ top: top - innerHeight * at, behavior: 'instant' });
  }, at);
  await button.click();
  const note = page.locator(`#note-popover-${id}`);
  await expect(note).toBeVisible();
  // Two frames: whatever moves the note is done before it is measured.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return button.evaluate((el, sentence) => {
    const block = el.closest('p');
    if (!block) throw new Error('the note button is not in a paragraph');
    const texts: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const whole = texts.map((t) => t.data).join('');
    const start = whole.indexOf(sentence);
    if (start < 0) throw new Error(`the sentence is not in its paragraph: ${whole}`);
    const end = start + sentence.length;
    const range = document.createRange();
    let at = 0;
    for (const text of texts) {
      const next = at + text.data.length;
      if (start >= at && start < next) range.setStart(text, start - at);
      if (end > at && end <= next) range.setEnd(text, end - at);
      at = next;
    }
    const plain = ({ top, bottom, left, right }: DOMRect) => ({ top, bottom, left, right });
    const popover = document.getElementById(el.getAttribute('popovertarget') ?? '');
    if (!popover) throw new Error('no popover');
    return {
      note: plain(popover.getBoundingClientRect()),
      lines: [...range.getClientRects()].filter((r) => r.width > 0).map(plain),
      window: { top: 0, left: 0, bottom: innerHeight, right: document.documentElement.clientWidth },
    };
  }, NOTES[id] ?? '');
}

const overlap = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`a note at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('opens in the window and never over the sentence it explains', async ({ page }) => {
      await page.goto(STORY);
      for (const id of Object.keys(NOTES)) {
        // The term near the top of the window, in the middle, and near the bottom.
        for (const at of [0.15, 0.5, 0.85]) {
          const { note, lines, window } = await openNote(page, id, at);
          const where = `${id} opened with its term ${Math.round(at * 100)}% down the window`;
          expect(lines.length, where).toBeGreaterThan(0);
          for (const line of lines) expect(overlap(note, line), `${where}: covers ${JSON.stringify(line)}`).toBe(false);
          expect(note.top, where).toBeGreaterThanOrEqual(window.top);
          expect(note.bottom, where).toBeLessThanOrEqual(window.bottom);
          expect(note.left, where).toBeGreaterThanOrEqual(window.left);
          expect(note.right, where).toBeLessThanOrEqual(window.right);
          await page.keyboard.press('Escape');
          await expect(page.locator(`#note-popover-${id}`)).toBeHidden();
        }
      }
    });
  });
}
