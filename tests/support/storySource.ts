import type { StoryInput } from '../../src/lib/story/schema';

/** A small valid story; tests override the parts they are about. */
export function baseStory(overrides: Partial<StoryInput> = {}): StoryInput {
  return {
    title: 'Test story',
    dek: 'A story for tests.',
    published: '2025-03-05',
    source: { name: 'Test wire' },
    keyPoints: ['Something happened.'],
    sections: [{ id: 'first', heading: 'First' }],
    actors: [
      { id: 'waltz', name: 'Mike Waltz', aliases: ['Waltz'], kind: 'person', role: 'National Security Adviser' },
      { id: 'trump', name: 'Donald Trump', aliases: ['Trump', 'President Trump'], kind: 'person', role: 'President' },
    ],
    ...overrides,
  };
}

/** The story as an editor writes it: frontmatter (JSON is valid YAML) and Markdown prose. */
export function storySource(story: StoryInput, prose: string, newline = '\n'): string {
  return ['---', JSON.stringify(story, null, 2), '---', '', prose].join('\n').replaceAll('\n', newline);
}
