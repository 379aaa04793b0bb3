import type { Story } from '../../../src/lib/story/schema';

/** A small story as the schema outputs it (defaults filled in), for presentation tests. */
export function storyFixture(overrides: Partial<Story> = {}): Story {
  return {
    title: 'US pauses intelligence sharing with Ukraine',
    dek: 'Washington has suspended intelligence sharing with Kyiv.',
    published: '2025-03-05T18:30:00+00:00',
    draft: false,
    lang: 'en-GB',
    tags: [],
    source: { name: 'Wire report', url: 'https://example.org/report' },
    keyPoints: ['The US has paused intelligence sharing.'],
    sections: [
      { id: 'what-happened', heading: 'What happened' },
      { id: 'why-now', heading: 'Why now' },
    ],
    actors: [
      { id: 'ukraine', name: 'Ukraine', aliases: ['Kyiv'], kind: 'country', role: 'Country at war' },
      {
        id: 'reuters-source',
        name: 'A source familiar with the situation',
        aliases: [],
        kind: 'unnamed-source',
        role: 'Spoke to Reuters',
      },
      { id: 'mike-waltz', name: 'Mike Waltz', aliases: ['Waltz'], kind: 'person', role: 'National Security Adviser' },
      {
        id: 'nato',
        name: 'North Atlantic Treaty Organization',
        aliases: ['NATO'],
        kind: 'organisation',
        role: 'Alliance',
      },
      {
        id: 'donald-trump',
        name: 'Donald Trump',
        aliases: ['Trump'],
        kind: 'person',
        role: 'President of the United States',
      },
      { id: 'john-ratcliffe', name: 'John Ratcliffe', aliases: [], kind: 'person', role: 'Director of the CIA' },
    ],
    quotes: [
      {
        id: 'step-back',
        speaker: 'mike-waltz',
        text: 'We have, we have taken a step back',
        said: { date: '2025-03-05', setting: 'to reporters' },
        callout: true,
      },
      {
        id: 'lets-pause',
        speaker: 'donald-trump',
        quotedBy: 'john-ratcliffe',
        text: "Let's pause, I want to give you a chance to think about that",
        said: { setting: 'speaking to Fox Business' },
        callout: false,
      },
    ],
    unattributedQuotations: [],
    timeline: [
      { id: 'paris-meeting', date: '2025-W11', title: 'European military chiefs meet', actors: [], status: 'expected' },
      {
        id: 'waltz-confirms',
        date: '2025-03-05',
        title: 'Waltz confirms the pause',
        actors: ['mike-waltz', 'ukraine'],
        status: 'happened',
        mention: 'on Wednesday',
      },
      {
        id: 'aid-halted',
        date: '2025-W10',
        title: 'US halts military aid',
        actors: ['donald-trump'],
        status: 'happened',
      },
      { id: 'invasion', date: '2022', title: 'Russia invades', actors: ['ukraine'], status: 'happened' },
      { id: 'aid-halted-day', date: '2025-03-03', title: 'Aid halted (day)', actors: [], status: 'happened' },
    ],
    notes: [],
    changes: [],
    ...overrides,
  };
}
