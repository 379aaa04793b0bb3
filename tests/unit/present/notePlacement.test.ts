import { describe, expect, it } from 'vitest';
import { NOTE_GAP, noteLeft, noteTop } from '../../../src/lib/present/notePlacement';

// A 390 × 844 phone window, and a note of the first story (NATO) as it lays out there.
const WINDOW = { width: 390, height: 844 };
const NOTE = { width: 352, height: 116 };
const overlaps = (top: number, paragraph: { top: number; bottom: number }): boolean =>
  top < paragraph.bottom && top + NOTE.height > paragraph.top;

describe('noteTop', () => {
  it('opens below the paragraph when the note fits there', () => {
    const paragraph = { top: 300, bottom: 420 };
    const placed = noteTop(paragraph, NOTE.height, WINDOW.height);
    expect(placed).toEqual({ top: 420 + NOTE_GAP, scroll: 0 });
    expect(overlaps(placed.top, paragraph)).toBe(false);
  });

  it('opens above a paragraph near the bottom of the window', () => {
    const paragraph = { top: 600, bottom: 780 };
    const placed = noteTop(paragraph, NOTE.height, WINDOW.height);
    expect(placed).toEqual({ top: 600 - NOTE_GAP - NOTE.height, scroll: 0 });
    expect(overlaps(placed.top, paragraph)).toBe(false);
  });

  it('scrolls just enough to open below a paragraph that leaves room neither above nor below', () => {
    const paragraph = { top: 60, bottom: 800 };
    const placed = noteTop(paragraph, NOTE.height, WINDOW.height);
    expect(placed.scroll).toBe(800 + NOTE_GAP + NOTE.height + NOTE_GAP - WINDOW.height);
    expect(placed.top + NOTE.height + NOTE_GAP).toBe(WINDOW.height);
    const scrolled = { top: paragraph.top - placed.scroll, bottom: paragraph.bottom - placed.scroll };
    expect(overlaps(placed.top, scrolled)).toBe(false);
  });
});

describe('noteLeft', () => {
  it('starts under the term, and keeps a note wider than the room right of it inside the window', () => {
    expect(noteLeft(16, NOTE.width, WINDOW.width)).toBe(16);
    expect(noteLeft(120, NOTE.width, WINDOW.width)).toBe(WINDOW.width - NOTE.width - NOTE_GAP);
    expect(noteLeft(1200, NOTE.width, 1280)).toBe(1280 - NOTE.width - NOTE_GAP);
  });
});
