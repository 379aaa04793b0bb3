/**
 * Where a note's popover opens: never over the sentence it explains. The browser's own placement
 * centres a popover in the window, over whatever text is there, often the very sentence the reader
 * asked about. The note opens beside the whole paragraph the term is in instead (so beside its
 * sentence, whatever the lines), for the page's script (NotePlacement.astro) to apply. Positions are
 * in window coordinates, as getBoundingClientRect gives them.
 */

/** Space kept between the note and the paragraph, and between the note and the window's edges. */
export const NOTE_GAP = 8;

/**
 * The note's top: below the paragraph when the note fits there in the window; otherwise above it;
 * otherwise below it after scrolling the page down by `scroll`, just enough.
 */
export function noteTop(
  paragraph: { readonly top: number; readonly bottom: number },
  noteHeight: number,
  windowHeight: number,
  gap = NOTE_GAP,
): { top: number; scroll: number } {
  const below = paragraph.bottom + gap;
  const above = paragraph.top - gap - noteHeight;
  /** The lowest the note's top may be with the note still inside the window. */
  const lowest = windowHeight - gap - noteHeight;
  if (below <= lowest) return { top: below, scroll: 0 };
  if (above >= gap) return { top: above, scroll: 0 };
  return { top: lowest, scroll: below - lowest };
}

/** The note's left edge: under the term, kept inside the window. */
export const noteLeft = (termLeft: number, noteWidth: number, windowWidth: number, gap = NOTE_GAP): number =>
  Math.max(gap, Math.min(termLeft, windowWidth - noteWidth - gap));
