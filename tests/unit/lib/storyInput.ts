/**
 * A minimal valid story frontmatter for the schema and cross-check tests, as plain data (what YAML
 * gives the schema). Each call returns a fresh copy, so a test may change it freely.
 */
export function minimalStory(): Record<string, unknown> & {
  actors: Record<string, unknown>[];
  sections: Record<string, unknown>[];
  source: Record<string, unknown>;
} {
  return {
    title: 'US pauses intelligence sharing with Ukraine',
    dek: 'Washington has stopped passing on intelligence to Kyiv.',
    published: '2025-03-05T18:30:00+00:00',
    source: { name: 'Example Wire' },
    keyPoints: ['The US has paused intelligence sharing with Ukraine.'],
    sections: [{ id: 'what-happened', heading: 'What happened' }],
    actors: [
      { id: 'waltz', name: 'Mike Waltz', kind: 'person', role: 'US national security adviser' },
      { id: 'trump', name: 'Donald Trump', kind: 'person', role: 'US president' },
    ],
  };
}

/** A quote by `speaker`, valid apart from what the test changes. */
export const quote = (id: string, speaker: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  speaker,
  text: `Words of ${id}`,
  said: { setting: 'speaking to reporters' },
  ...extra,
});

/** A timeline event, valid apart from what the test changes. */
export const event = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  date: '2025-03-05',
  title: `Event ${id}`,
  ...extra,
});
