import { describe, expect, it } from 'vitest';
import { buildWithEditedStory, FIRST_STORY } from '../support/buildCopy';

// Each case is a real `astro build` of a copy of the site, as an editor would run it.
describe('the build stops on a broken story', () => {
  it('names the file and the quote when one word of a frontmatter quote is changed', async () => {
    const result = await buildWithEditedStory((source) => {
      const edited = source.replace('We have, we have taken a step back', 'We have, we have taken a big step back');
      expect(edited).not.toBe(source);
      return edited;
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(FIRST_STORY);
    expect(result.output).toMatch(/quotes\[\d+\]\.text {2}quote "waltz-step-back" is not in the prose verbatim/);
    expect(result.output).toContain('Closest passage in the prose: "We have, we have taken a step back');
  });

  it('names the file and the words when the prose gains a quotation nobody is credited with', async () => {
    const result = await buildWithEditedStory((source) => {
      const edited = source.replace(
        'In a televised address, Macron warned',
        'Officials called it "a grave mistake". In a televised address, Macron warned',
      );
      expect(edited).not.toBe(source);
      return edited;
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(FIRST_STORY);
    expect(result.output).toContain(
      'the prose quotes "a grave mistake" but no quote in the frontmatter has these words',
    );
  });

  it('names the field when a quote speaker is not an actor', async () => {
    const result = await buildWithEditedStory((source) => {
      const edited = source.replace(/speaker: "?waltz"?/, 'speaker: waltzz');
      expect(edited).not.toBe(source);
      return edited;
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /index\.mdx:\d+:\d+ {2}quotes\[\d+\]\.speaker {2}"waltzz" is not the id of any actor/,
    );
    expect(result.output).toContain('Did you mean "waltz"?');
  });
});
