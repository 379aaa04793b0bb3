import { describe, expect, it } from 'vitest';
import { committedVersionProblems, type VersionRef } from '../../../src/lib/history/committedComparison';
import { contentOf, edit, FIRST, MISQUOTED, withChanges } from './storyEdits';

/** The published version the story is compared with: committed on the evening it was published. */
const COMMITTED: VersionRef = {
  commit: '4f1c2a9e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a',
  at: '2025-03-05T20:00:00+00:00',
  path: 'us-pauses-intelligence-sharing-with-ukraine/index.mdx',
};

const problems = (committed: string, working: string) =>
  committedVersionProblems(contentOf(committed), contentOf(working), COMMITTED).map((p) => ({
    field: p.path.join('.'),
    message: p.message,
    fix: p.fix,
  }));

const correction = (at: string, text: string, concerns: string): string => `  - at: '${at}'
    kind: correction
    text: '${text}'
    concerns: [${concerns}]
`;
const SHORTENED = 'An earlier version of this explainer shortened what Mike Waltz told reporters.';

describe('committedVersionProblems: a quote’s words and an event’s date', () => {
  it('refuses a quotation whose words changed with no change entry, at its text, naming the commit and what it was', () => {
    const found = problems(MISQUOTED, FIRST);
    expect(found).toHaveLength(1);
    expect(found[0]?.field).toBe('quotes.0.text');
    expect(found[0]?.message).toContain('"waltz-step-back"');
    expect(found[0]?.message).toContain('4f1c2a9, 5 March 2025, 20:00 UTC');
    expect(found[0]?.message).toContain('where it was "We have taken a step back"');
    expect(found[0]?.fix).toContain('dated after 5 March 2025, 20:00 UTC');
    expect(found[0]?.fix).toContain('concerns: [waltz-step-back]');
  });

  it('accepts it with an entry made after the commit that concerns the quote', () => {
    const working = withChanges(FIRST, correction('2025-03-06T09:00:00+00:00', SHORTENED, 'waltz-step-back'));
    expect(problems(MISQUOTED, working)).toEqual([]);
  });

  it('refuses it when the only entry that concerns it is dated before the commit, or concerns something else', () => {
    const early = withChanges(FIRST, correction('2025-03-05T19:00:00+00:00', SHORTENED, 'waltz-step-back'));
    expect(problems(MISQUOTED, early).map((p) => p.message)).toEqual([
      expect.stringContaining('the changes entry that concerns it is dated before that commit'),
    ]);
    const elsewhere = withChanges(FIRST, correction('2025-03-06T09:00:00+00:00', SHORTENED, 'waltz-all-aspects'));
    expect(problems(MISQUOTED, elsewhere).map((p) => p.field)).toEqual(['quotes.0.text']);
  });

  it('takes straight and curly quotation marks, and spacing, as the same words', () => {
    const curly = edit(FIRST, ['text: "Let\'s pause, I want', 'text: "Let’s  pause, I want']);
    expect(problems(FIRST, curly)).toEqual([]);
  });

  it('refuses an event whose date changed without an entry, and accepts it with one', () => {
    const moved = edit(FIRST, [
      '    date: "2025-03-04"\n    dateBasis: "The report says Trump revealed',
      '    date: "2025-03-03"\n    dateBasis: "The report says Trump revealed',
    ]);
    expect(problems(FIRST, moved).map((p) => [p.field, p.message.includes('where it was "2025-03-04"')])).toEqual([
      ['timeline.2.date', true],
    ]);
    const noted = withChanges(
      moved,
      `  - at: '2025-03-07T12:00:00+01:00'
    kind: update
    text: 'Trump revealed Zelensky’s letter on Monday, not Tuesday.'
    concerns: [zelensky-letter-revealed]
`,
    );
    expect(problems(FIRST, noted)).toEqual([]);
  });
});

describe('committedVersionProblems: published corrections', () => {
  const published = withChanges(FIRST, correction('2025-03-06T09:00:00+00:00', SHORTENED, 'waltz-step-back'));

  it('refuses a published correction taken out', () => {
    const found = problems(published, FIRST);
    expect(found.map((p) => p.field)).toEqual(['changes']);
    expect(found[0]?.message).toContain('the correction of 6 March 2025, 09:00 UTC');
    expect(found[0]?.message).toContain('is gone');
    expect(found[0]?.fix).toContain('git show 4f1c2a9:us-pauses-intelligence-sharing-with-ukraine/index.mdx');
  });

  it('refuses one altered, at the entry, saying what changed', () => {
    const altered = edit(published, [SHORTENED, 'An earlier version of this explainer misquoted Mike Waltz.']);
    const found = problems(published, altered);
    expect(found.map((p) => p.field)).toEqual(['changes.0']);
    expect(found[0]?.message).toContain('its text changed');
  });

  it('accepts one kept word for word, with a later entry added, and one whose quote was renamed since', () => {
    const added = withChanges(
      FIRST,
      correction('2025-03-06T09:00:00+00:00', SHORTENED, 'waltz-step-back') +
        correction('2025-03-07T10:00:00+00:00', 'An earlier version misnamed the CIA.', 'cia'),
    );
    expect(problems(published, added)).toEqual([]);
    const renamed = edit(withChanges(FIRST, correction('2025-03-06T09:00:00+00:00', SHORTENED, 'waltz-stepped-back')), [
      '  - id: waltz-step-back\n',
      '  - id: waltz-stepped-back\n    formerIds: [waltz-step-back]\n',
    ]);
    expect(problems(published, renamed)).toEqual([]);
  });

  it('holds updates and clarifications to nothing: only corrections are kept for ever', () => {
    const update = published.replace('kind: correction', 'kind: update');
    expect(problems(update, FIRST)).toEqual([]);
  });
});

describe('committedVersionProblems: ids that links point at', () => {
  it('refuses a section renamed without its old id in formerIds, at the new id, with the anchor that would break', () => {
    const renamed = edit(FIRST, ['  - id: suspension-confirmed\n', '  - id: suspension-announced\n']);
    const found = problems(FIRST, renamed);
    expect(found.map((p) => p.field)).toEqual(['sections.0.id']);
    expect(found[0]?.message).toContain('a link to #suspension-confirmed shared since would lead nowhere');
    expect(found[0]?.fix).toContain('add formerIds: [suspension-confirmed]');
  });

  it('accepts it with the old id kept, and names the anchor of each kind of entry', () => {
    const kept = edit(FIRST, [
      '  - id: suspension-confirmed\n',
      '  - id: suspension-announced\n    formerIds: [suspension-confirmed]\n',
    ]);
    expect(problems(FIRST, kept)).toEqual([]);
    const gone = edit(
      FIRST,
      ['  - id: waltz-all-aspects\n', '  - id: waltz-aspects\n'],
      ['  - id: full-scale-invasion\n', '  - id: invasion\n'],
      ['  - id: nato\n', '  - id: north-atlantic-alliance\n'],
      ['  - id: mulroy\n', '  - id: mick-mulroy\n'],
    );
    expect(problems(FIRST, gone).map((p) => /a link to (#\S+)/.exec(p.message)?.[1])).toEqual([
      '#actor-mulroy',
      '#quote-waltz-all-aspects',
      '#event-full-scale-invasion',
      '#note-nato',
    ]);
  });

  it('keeps a former id once listed: dropping it from formerIds breaks its links too', () => {
    const renamed = edit(FIRST, [
      '  - id: suspension-confirmed\n',
      '  - id: suspension-announced\n    formerIds: [suspension-confirmed]\n',
    ]);
    const dropped = edit(FIRST, ['  - id: suspension-confirmed\n', '  - id: suspension-announced\n']);
    expect(problems(renamed, dropped).map((p) => [p.field, p.message.includes('#suspension-confirmed')])).toEqual([
      ['sections', true],
    ]);
  });

  it('owes nothing to a version committed as a draft, which was never published', () => {
    const draft = edit(MISQUOTED, ['lang: en-GB\n', 'lang: en-GB\ndraft: true\n']);
    const renamed = edit(FIRST, ['  - id: suspension-confirmed\n', '  - id: suspension-announced\n']);
    expect(problems(draft, renamed)).toEqual([]);
  });
});
