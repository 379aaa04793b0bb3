import { describe, expect, it } from 'vitest';
import WhosWho from '../../../src/components/WhosWho.astro';
import { storyFixture } from '../present/fixture';
import { all, attr, one, render, text } from './render';

describe('WhosWho', () => {
  it('links the card of a registered person to their page, and no other card', async () => {
    const tree = await render(WhosWho, { story: storyFixture(), registered: new Set(['mike-waltz']) });
    expect(all(tree, '.card h3 a').map((a) => [attr(a, 'href'), text(a)])).toEqual([
      ['/people/mike-waltz/', 'Mike Waltz'],
    ]);
    expect(all(one(tree, '#actor-donald-trump'), 'h3 a')).toHaveLength(0);
  });

  it('has a card per actor, people first and unnamed sources last', async () => {
    const tree = await render(WhosWho, { story: storyFixture(), registered: new Set<string>() });
    const section = one(tree, 'section#whos-who');
    expect(text(one(section, 'h2'))).toBe('Who’s who');
    expect(all(section, '[id^="actor-"]').map((c) => attr(c, 'id'))).toEqual([
      'actor-mike-waltz',
      'actor-donald-trump',
      'actor-john-ratcliffe',
      'actor-ukraine',
      'actor-nato',
      'actor-reuters-source',
    ]);
  });

  it('shows name, role and kind in words, with initials, not photos', async () => {
    const tree = await render(WhosWho, { story: storyFixture(), registered: new Set<string>() });
    const card = one(tree, '#actor-reuters-source');
    expect(text(one(card, 'h3'))).toBe('A source familiar with the situation');
    expect(text(card)).toContain('Unnamed source');
    expect(text(card)).toContain('Spoke to Reuters');
    // Role and affiliation are two paragraphs, apart in the text too, not only on screen.
    const actors = storyFixture().actors.map((a) =>
      a.id === 'mike-waltz' ? { ...a, affiliation: 'Trump administration' } : a,
    );
    const waltz = one(
      await render(WhosWho, { story: storyFixture({ actors }), registered: new Set<string>() }),
      '#actor-mike-waltz',
    );
    expect(all(waltz, 'p.card-role, p.card-affiliation').map(text)).toEqual([
      'National Security Adviser',
      'Trump administration',
    ]);
    expect(all(tree, 'img')).toHaveLength(0);
    // Decorative initials: drawn from an attribute, hidden from assistive technology, no text of the page.
    const avatar = one(tree, '#actor-mike-waltz .avatar');
    expect(attr(avatar, 'dataInitials')).toBe('MW');
    expect(attr(avatar, 'ariaHidden')).toBe('true');
    expect(text(avatar)).toBe('');
  });

  it('links each actor to their quotes and events', async () => {
    const tree = await render(WhosWho, { story: storyFixture(), registered: new Set<string>() });
    const waltz = one(tree, '#actor-mike-waltz');
    expect(all(waltz, 'a[href^="#quote-"]').map((a) => attr(a, 'href'))).toEqual(['#quote-step-back']);
    expect(text(one(waltz, 'a[href="#quote-step-back"]'))).toContain('We have, we have taken a step back');
    expect(all(waltz, 'a[href^="#event-"]').map(text)).toEqual(['Waltz confirms the pause']);
    const ratcliffe = one(tree, '#actor-john-ratcliffe');
    expect(all(ratcliffe, 'a[href^="#quote-"]').map((a) => attr(a, 'href'))).toEqual(['#quote-lets-pause']);
  });
});
