import { expect, test, type Page } from '@playwright/test';

const STORY = '/explainers/us-pauses-intelligence-sharing-with-ukraine/';
/** The callouts of the first story and who said each. */
const SPEAKERS: Record<string, string> = {
  'waltz-step-back': 'Mike Waltz',
  'macron-stay-at-our-side': 'Emmanuel Macron',
  'ratcliffe-real-question': 'John Ratcliffe',
  'ratcliffe-pause-will-go-away': 'John Ratcliffe',
  'mulroy-no-way-to-replace': 'Mick Mulroy',
  'trump-senseless-war': 'Donald Trump',
  'bielieskov-less-time': 'Mykola Bielieskov',
  'waltz-nail-down': 'Mike Waltz',
};

interface CaptionBoxes {
  caption: { left: number; right: number };
  speaker: { top: number; bottom: number };
  /** The first line box of the role, the text right after the speaker's name. */
  role: { top: number; bottom: number } | null;
  when: { left: number; right: number; top: number };
}

/** Boxes of a callout's caption as laid out: the caption, the speaker's name, the role's first line, the when-and-where row. */
async function captionBoxes(page: Page, id: string): Promise<CaptionBoxes> {
  return page.locator(`#callout-${id} figcaption`).evaluate((caption) => {
    const speaker = caption.querySelector('a.callout-speaker');
    if (!speaker) throw new Error('no speaker link');
    // The role is the text after the speaker's name and its comma.
    const walker = document.createTreeWalker(caption, NodeFilter.SHOW_TEXT);
    let passed = false;
    let role: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (speaker.contains(node)) passed = true;
      else if (passed && /\p{L}/u.test(node.textContent ?? '')) {
        role = node as Text;
        break;
      }
    }
    const range = document.createRange();
    if (role) range.selectNodeContents(role);
    const roleLine = role ? range.getClientRects()[0] : undefined;
    const whenNode = caption.querySelector('.callout-when');
    if (!whenNode) throw new Error('no when-and-where line (.callout-when)');
    const box = (el: Element) => el.getBoundingClientRect();
    const style = getComputedStyle(caption);
    const c = box(caption);
    return {
      caption: { left: c.left + parseFloat(style.paddingLeft), right: c.right - parseFloat(style.paddingRight) },
      speaker: { top: box(speaker).top, bottom: box(speaker).bottom },
      role: roleLine ? { top: roleLine.top, bottom: roleLine.bottom } : null,
      when: { left: box(whenNode).left, right: box(whenNode).right, top: box(whenNode).top },
    };
  });
}

test.describe('a callout caption on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('has speaker and role on one line, then when and where across the full width', async ({ page }) => {
    await page.goto(STORY);
    for (const id of Object.keys(SPEAKERS)) {
      const boxes = await captionBoxes(page, id);
      const width = boxes.caption.right - boxes.caption.left;
      // The role starts on the line of the speaker's name, not in a column of its own below it.
      expect(boxes.role, id).not.toBeNull();
      expect(Math.abs((boxes.role?.top ?? 0) - boxes.speaker.top), `${id}: role on the speaker's line`).toBeLessThan(4);
      // When and where: a row below, from the caption's left edge across (nearly) all of it.
      expect(boxes.when.top, `${id}: when below who`).toBeGreaterThanOrEqual(boxes.speaker.bottom - 1);
      expect(boxes.when.left - boxes.caption.left, `${id}: when starts at the left edge`).toBeLessThan(2);
      expect(boxes.when.right - boxes.when.left, `${id}: when is full width`).toBeGreaterThanOrEqual(width * 0.95);
    }
  });
});

test.describe('a callout for assistive technology', () => {
  test('is a figure named by its speaker in the browser accessibility tree', async ({ page }) => {
    await page.goto(STORY);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[];
    };
    const figures = nodes.filter((n) => !n.ignored && n.role?.value === 'figure').map((n) => n.name?.value ?? '');
    expect(figures).toEqual(Object.values(SPEAKERS));
  });

  test('is named by its speaker as the accessible-name algorithm computes it (Playwright)', async ({ page }) => {
    await page.goto(STORY);
    for (const [id, speaker] of Object.entries(SPEAKERS)) {
      await expect(page.locator(`#callout-${id}`)).toHaveAccessibleName(speaker);
    }
  });
});
