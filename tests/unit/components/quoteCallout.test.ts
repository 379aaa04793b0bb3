import { describe, expect, it, vi } from 'vitest';
import { storyFixture } from '../present/fixture';
import { all, attr, one, render, text } from './render';

// QuoteCallout loads its story by slug; the collection is replaced by one fixture story.
vi.mock('../../../src/data/explainers', () => ({
  getExplainer: async (id: string) =>
    id === 'fixture' || id === 'registered'
      ? { id, data: storyFixture(), body: '' }
      : id === 'online'
        ? {
            id,
            data: storyFixture({ source: { name: 'Wire', url: 'https://wire.example/story#top' } }),
            body: '"We have, we have taken a step back," Waltz told reporters.',
          }
        : undefined,
}));
// One registered person: their callouts link to their page across the explainers.
const registered = { value: new Set<string>() };
vi.mock('../../../src/data/people', () => ({
  getPeople: async () => new Map([...registered.value].map((id) => [id, { name: id }])),
}));

const { default: QuoteCallout } = await import('../../../src/components/QuoteCallout.astro');

describe('QuoteCallout', () => {
  it("links a registered speaker to their page, anyone else to their card in who's who", async () => {
    registered.value = new Set(['mike-waltz']);
    const tree = await render(QuoteCallout, { story: 'registered', quote: 'step-back' });
    registered.value = new Set();
    expect(attr(one(tree, 'a.callout-speaker'), 'href')).toBe('/people/mike-waltz/');
    const local = await render(QuoteCallout, { story: 'fixture', quote: 'step-back' });
    expect(attr(one(local, 'a.callout-speaker'), 'href')).toBe('#actor-mike-waltz');
  });

  it('is a figure with the words in a blockquote and a caption naming the speaker', async () => {
    const tree = await render(QuoteCallout, { story: 'fixture', quote: 'step-back' });
    const figure = one(tree, 'aside > figure#callout-step-back');
    expect(attr(figure, 'ariaLabel')).toBe('Mike Waltz');
    expect(text(one(figure, 'blockquote'))).toBe('We have, we have taken a step back');
    const caption = one(figure, 'figcaption');
    expect(text(one(caption, 'a[href="#actor-mike-waltz"]'))).toBe('Mike Waltz');
    expect(text(caption)).toContain('National Security Adviser');
    expect(text(caption)).toContain('To reporters');
    expect(attr(one(caption, 'time'), 'dateTime')).toBe('2025-03-05');
    expect(text(one(caption, 'time'))).toBe('5 March 2025');
    expect(attr(one(caption, '.avatar'), 'dataInitials')).toBe('MW');
    expect(text(one(caption, '.avatar'))).toBe('');
    // Speaker and role, then when and where: two paragraphs, so no reader runs the role into the date.
    expect(all(caption, 'p').map(text)).toEqual([
      'Mike Waltz, National Security Adviser',
      expect.stringMatching(/^5 March 2025 · To reporters$/u),
    ]);
  });

  it('links to the quote in the story with a spoken name, and names its share page', async () => {
    const tree = await render(QuoteCallout, { story: 'fixture', quote: 'step-back' });
    const link = one(tree, 'a[href="#quote-step-back"]');
    expect(attr(link, 'ariaLabel')).toBe('Link to this quote by Mike Waltz');
    expect(attr(link, 'dataSharePath')).toBe('/explainers/fixture/share/quote-step-back/');
  });

  it('links to the quote in the original reporting with a text fragment when the source is online', async () => {
    const online = await render(QuoteCallout, { story: 'online', quote: 'step-back' });
    expect(attr(one(online, 'a.callout-original'), 'href')).toBe(
      'https://wire.example/story#:~:text=We%20have%2C%20we%20have%20taken%20a%20step%20back',
    );
    const offline = await render(QuoteCallout, { story: 'fixture', quote: 'step-back' });
    expect(all(offline, 'a.callout-original')).toHaveLength(0);
  });

  it('leaves out when it was said if the reporting does not say, and names who relayed it', async () => {
    const tree = await render(QuoteCallout, { story: 'fixture', quote: 'lets-pause' });
    expect(all(tree, 'time')).toHaveLength(0);
    expect(text(one(tree, 'figcaption'))).toContain('As quoted by John Ratcliffe');
    expect(one(tree, 'figcaption a[href="#actor-john-ratcliffe"]')).toBeTruthy();
  });

  it('fails with a message naming the story and the quote', async () => {
    await expect(render(QuoteCallout, { story: 'fixture', quote: 'nope' })).rejects.toThrow(/"fixture".*"nope"/);
    await expect(render(QuoteCallout, { story: 'missing', quote: 'step-back' })).rejects.toThrow(
      /"missing".*"step-back"/,
    );
  });
});
