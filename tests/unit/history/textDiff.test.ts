import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksDiff, changed, wordDiff, type Block, type DiffPart } from '../../../src/lib/history/textDiff';

// Sentences of the first story (the seed report, 5 March 2025), and edits an editor could make to them.
const STEP_BACK_SHORT = 'We have taken a step back';
const STEP_BACK = 'We have, we have taken a step back';
const BIELIESKOV =
  "Mykola Bielieskov, a researcher at Ukraine’s National Institute for Strategic Studies, noted that Ukraine's ability to detect and respond to Russian missile threats would be severely weakened.";
const ALARM =
  'The decision has raised alarm among European allies, with French President Emmanuel Macron calling an urgent meeting of European military chiefs in Paris next week.';
const MACRON =
  '"I want to believe the US will stay at our side, but we must be ready if that is not the case," Macron said, urging increased European defence spending.';
const SPENDING =
  'European leaders are to meet in Brussels on Thursday to discuss defence spending and support for Ukraine.';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const before = (parts: readonly DiffPart[]): string =>
  parts
    .filter((p) => p.kind !== 'added')
    .map((p) => p.text)
    .join('');
const after = (parts: readonly DiffPart[]): string =>
  parts
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks the words a correction put back into a quotation, and keeps the rest', () => {
    const parts = wordDiff(STEP_BACK_SHORT, STEP_BACK);
    expect(parts.filter((p) => p.kind === 'removed')).toEqual([]);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([', we have']);
    expect(before(parts)).toBe(STEP_BACK_SHORT);
    expect(after(parts)).toBe(STEP_BACK);
  });

  it('shows a changed word whole, the apostrophe inside “Ukraine’s” included', () => {
    const edited = BIELIESKOV.replace('ability', 'capacity').replace('Ukraine’s National', 'Ukraine\u2019s National');
    const parts = wordDiff(BIELIESKOV, edited);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['ability']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['capacity']);
  });

  it('always reads as the earlier text without what was added, and as the later without what was removed', () => {
    // Edits of a sentence of the story: words taken out, put in or swapped anywhere, spaces and punctuation kept.
    const words = MACRON.split(' ');
    const edit = fc.array(
      fc.record({
        at: fc.nat(words.length),
        drop: fc.nat(2),
        put: fc.constantFrom('', 'not', 'Europe,', '"we', 'must.'),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(edit, (edits) => {
        const edited = [...words];
        for (const { at, drop, put } of edits) edited.splice(at % (edited.length + 1), drop, ...(put ? [put] : []));
        const text = edited.join(' ');
        const parts = wordDiff(MACRON, text);
        expect(before(parts)).toBe(MACRON);
        expect(after(parts)).toBe(text);
      }),
    );
  });

  it('is one unchanged part for the same text, and nothing for none', () => {
    expect(wordDiff(ALARM, ALARM)).toEqual([{ kind: 'same', text: ALARM }]);
    expect(changed(wordDiff(ALARM, ALARM))).toBe(false);
    expect(wordDiff('', '')).toEqual([]);
  });
});

describe('blocksDiff', () => {
  it('keeps unchanged paragraphs in runs and shows a reworded one word by word', () => {
    const steps = blocksDiff(
      [paragraph(ALARM), paragraph(MACRON), paragraph(BIELIESKOV)],
      [paragraph(ALARM), paragraph(MACRON.replace('urging', 'calling for')), paragraph(BIELIESKOV)],
    );
    expect(steps.map((step) => step.kind)).toEqual(['same', 'changed', 'same']);
    const reworded = steps[1];
    expect(reworded?.kind === 'changed' && reworded.parts.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual([
      'urging',
      'calling for',
    ]);
  });

  it('pairs a reworded paragraph with its new wording, not with a paragraph put in before it', () => {
    const steps = blocksDiff(
      [paragraph(ALARM), paragraph(MACRON)],
      [paragraph(ALARM), paragraph(SPENDING), paragraph(MACRON.replace('increased', 'higher'))],
    );
    expect(steps.map((step) => step.kind)).toEqual(['same', 'added', 'changed']);
    expect(steps[1]).toEqual({ kind: 'added', block: paragraph(SPENDING) });
  });

  it('shows a paragraph replaced by an unrelated one as removed and added, not as a rewording', () => {
    const steps = blocksDiff([paragraph(ALARM), paragraph(BIELIESKOV)], [paragraph(ALARM), paragraph(SPENDING)]);
    expect(steps).toEqual([
      { kind: 'same', blocks: [paragraph(ALARM)] },
      { kind: 'removed', block: paragraph(BIELIESKOV) },
      { kind: 'added', block: paragraph(SPENDING) },
    ]);
  });

  it('never pairs a heading with a paragraph', () => {
    const heading: Block = { kind: 'heading', text: 'Alarm in Europe' };
    const steps = blocksDiff([heading], [paragraph('Alarm in Europe grows')]);
    expect(steps.map((step) => step.kind)).toEqual(['removed', 'added']);
  });
});
