import { describe, expect, it } from 'vitest';
import { versionDiff } from '../../../src/lib/history/versionDiff';
import type { DiffPart } from '../../../src/lib/history/textDiff';
import { contentOf, edit, FIRST, MISQUOTED, withChanges } from './storyEdits';

const changedWords = (parts: readonly DiffPart[]): string[] =>
  parts.filter((part) => part.kind !== 'same').map((part) => `${part.kind}: ${part.text.trim()}`);

const CORRECTION = `  - at: '2025-03-06T09:00:00+00:00'
    kind: correction
    text: 'An earlier version of this explainer shortened what Mike Waltz told reporters.'
    concerns: [waltz-step-back]
`;

describe('versionDiff, between versions of the first story', () => {
  it('shows a corrected quotation word by word, in the quotes and in the prose, and the correction it recorded', () => {
    const diff = versionDiff(contentOf(MISQUOTED), contentOf(withChanges(FIRST, CORRECTION)));
    expect(diff.quotes).toHaveLength(1);
    expect(diff.quotes[0]).toMatchObject({ kind: 'changed', id: 'waltz-step-back', speaker: 'waltz' });
    expect(changedWords(diff.quotes[0]?.parts ?? [])).toEqual(['added: , we have']);
    const prose = diff.prose.filter((step) => step.kind !== 'same');
    expect(prose).toHaveLength(1);
    expect(prose[0]?.kind === 'changed' && changedWords(prose[0].parts)).toEqual(['added: , we have']);
    expect(diff.recorded.map((change) => [change.kind, change.concerns])).toEqual([
      ['correction', ['waltz-step-back']],
    ]);
    // Nothing else a reader sees changed.
    expect([diff.title, diff.dek, diff.keyPoints, diff.timeline, diff.renamed, diff.otherFields]).toEqual([
      undefined,
      undefined,
      undefined,
      [],
      [],
      [],
    ]);
  });

  it('shows an event whose date changed, one added and one taken out, by id', () => {
    const later = edit(
      FIRST,
      [
        '    date: "2025-03-04"\n    dateBasis: "The report says Trump revealed',
        '    date: "2025-03-03"\n    dateBasis: "The report says Trump revealed',
      ],
      [
        '  - id: paris-military-chiefs-meeting',
        '  - id: brussels-summit\n    date: "2025-03-06"\n    title: "EU leaders meet in Brussels on defence spending"\n    status: expected\n  - id: paris-military-chiefs-meeting',
      ],
      ['  - id: full-scale-invasion\n', '  - id: invasion\n'],
    );
    const diff = versionDiff(contentOf(FIRST), contentOf(later));
    expect(
      diff.timeline.map((event) => [
        event.kind,
        event.id,
        event.dateBefore,
        event.dateAfter,
        changedWords(event.title),
      ]),
    ).toEqual([
      ['changed', 'zelensky-letter-revealed', '2025-03-04', '2025-03-03', []],
      ['added', 'invasion', undefined, '2022', ['added: Russia launches its full-scale invasion of Ukraine']],
      ['added', 'brussels-summit', undefined, '2025-03-06', ['added: EU leaders meet in Brussels on defence spending']],
      [
        'removed',
        'full-scale-invasion',
        '2022',
        undefined,
        ['removed: Russia launches its full-scale invasion of Ukraine'],
      ],
    ]);
  });

  it('pairs an entry renamed with its former id, listing the rename and no removal', () => {
    const later = edit(
      FIRST,
      ['  - id: suspension-confirmed\n', '  - id: suspension-announced\n    formerIds: [suspension-confirmed]\n'],
      ['  - id: full-scale-invasion\n', '  - id: invasion\n    formerIds: [full-scale-invasion]\n'],
    );
    const diff = versionDiff(contentOf(FIRST), contentOf(later));
    expect(diff.renamed).toEqual([
      { list: 'sections', from: 'suspension-confirmed', to: 'suspension-announced' },
      { list: 'timeline', from: 'full-scale-invasion', to: 'invasion' },
    ]);
    expect(diff.timeline).toEqual([]);
    // A rename is not a change of the sections' headings or summaries.
    expect(diff.otherFields).toEqual([]);
  });

  it('names the other fields that changed, and shows the title and key points word by word', () => {
    const later = edit(
      FIRST,
      [
        'title: "US pauses intelligence sharing with Ukraine"',
        'title: "US suspends intelligence sharing with Ukraine"',
      ],
      ['    role: "CIA Director"', '    role: "Director of the CIA"'],
      ['  - "Intelligence"\n', ''],
    );
    const diff = versionDiff(contentOf(FIRST), contentOf(later));
    expect(changedWords(diff.title ?? [])).toEqual(['removed: pauses', 'added: suspends']);
    expect(diff.otherFields).toEqual(['tags', 'actors']);
    expect(diff.prose.every((step) => step.kind === 'same')).toBe(true);
  });

  it('compares the text as readers read it: straight and curly quotation marks are the same', () => {
    const later = edit(FIRST, ['"It’s time to end this senseless war.', '“It’s time to end this senseless war.']);
    const diff = versionDiff(contentOf(FIRST), contentOf(later));
    expect(diff.prose.every((step) => step.kind === 'same')).toBe(true);
  });
});
