import { describe, expect, it } from 'vitest';
import { typesetQuotes, typographicQuotes } from '../../../src/lib/present/typography';
import type { PluggableList } from 'unified';
import { storyPagePlugins } from '../../../src/plugins/index';
import { processStory } from '../../support/processStory';
import { baseStory, storySource } from '../../support/storySource';
import { one, parse, text } from '../../support/html';
import { normalise } from '../../../src/lib/text/normalise';

// Sentences of the first story's source report (the seed article), as the reporter typed them.
const RATCLIFFE = `"President Trump had a real question about whether President Zelensky was committed to the peace process, and he said, 'Let's pause, I want to give you a chance to think about that,'" Ratcliffe said.`;
const BIELIESKOV =
  "Mykola Bielieskov, a researcher at Ukraine’s National Institute for Strategic Studies, noted that Ukraine's ability to detect and respond to Russian missile threats would be severely weakened.";

describe('typographicQuotes', () => {
  it('curls the marks of a quotation inside a quotation and keeps the apostrophe of "Let\'s" an apostrophe', () => {
    expect(typographicQuotes(RATCLIFFE, 'en-GB')).toBe(
      '“President Trump had a real question about whether President Zelensky was committed to the peace process, and he said, ‘Let’s pause, I want to give you a chance to think about that,’” Ratcliffe said.',
    );
  });

  it('makes a possessive a closing mark, beside one already typographic', () => {
    expect(typographicQuotes(BIELIESKOV, 'en-GB')).toBe(
      'Mykola Bielieskov, a researcher at Ukraine’s National Institute for Strategic Studies, noted that Ukraine’s ability to detect and respond to Russian missile threats would be severely weakened.',
    );
  });

  it('changes only the marks: the same words, character for character, as normalised text', () => {
    for (const sentence of [RATCLIFFE, BIELIESKOV]) {
      const shown = typographicQuotes(sentence, 'en-GB');
      expect(shown).toHaveLength(sentence.length);
      expect(normalise(shown)).toBe(normalise(sentence));
    }
  });

  it('writes elisions with an apostrophe, not an opening mark', () => {
    // A quotation of the kind music reporting carries, with straight marks as typed.
    expect(typographicQuotes("There's rock 'n' roll in hip-hop, there's rock 'n' roll in soul", 'en-US')).toBe(
      'There’s rock ’n’ roll in hip-hop, there’s rock ’n’ roll in soul',
    );
    expect(typographicQuotes("'Tis the season, he said of the '90s.", 'en')).toBe(
      '’Tis the season, he said of the ’90s.',
    );
  });

  it('leaves text already typographic, and text in a language with other marks, as written', () => {
    const curly = '“I think on the military front and the intelligence front, the pause will go away,” Ratcliffe said.';
    expect(typographicQuotes(curly, 'en-GB')).toBe(curly);
    const german = '"Wir werden weniger Zeit haben, um zu reagieren", sagte er.';
    expect(typographicQuotes(german, 'de')).toBe(german);
  });
});

describe('typesetQuotes', () => {
  it('pairs marks across a link and leaves code as typed', () => {
    const tree = parse(
      `<p>"We have, we have taken a step back," <a href="#actor-waltz">Waltz</a> told reporters, "all aspects of <a href="#x">this relationship</a>."</p><p>Run <code>say "pause"</code> now.</p>`,
    );
    typesetQuotes(tree, 'en-GB');
    expect(text(one(tree, 'p'))).toBe(
      '“We have, we have taken a step back,” Waltz told reporters, “all aspects of this relationship.”',
    );
    expect(text(one(tree, 'code'))).toBe('say "pause"');
  });

  it('runs in the page pipeline after every annotation, which still stand on the same words', async () => {
    const prose = `## First\n\n${RATCLIFFE}\n\nThe pause unsettled NATO allies.`;
    const story = baseStory({
      actors: [
        { id: 'trump', name: 'Donald Trump', aliases: ['President Trump'], kind: 'person', role: 'President' },
        { id: 'ratcliffe', name: 'John Ratcliffe', aliases: ['Ratcliffe'], kind: 'person', role: 'CIA Director' },
      ],
      quotes: [
        {
          id: 'real-question',
          speaker: 'ratcliffe',
          text: "President Trump had a real question about whether President Zelensky was committed to the peace process, and he said, 'Let's pause, I want to give you a chance to think about that,'",
          said: { setting: 'Speaking to Fox Business' },
        },
        {
          id: 'lets-pause',
          speaker: 'trump',
          quotedBy: 'ratcliffe',
          text: "Let's pause, I want to give you a chance to think about that",
          said: { setting: 'Relayed by Ratcliffe' },
        },
      ],
      notes: [{ id: 'nato', term: 'NATO', text: "The alliance's members." }],
    });
    const rehypePlugins = storyPagePlugins.rehypePlugins as PluggableList;
    const tree = parse((await processStory(storySource(story, prose), { rehypePlugins })).html);
    const quote = one(tree, '#quote-real-question');
    expect(text(quote)).toMatch(/^“President Trump .*‘Let’s pause, .* that,’”$/u);
    expect(text(one(quote, '#quote-lets-pause'))).toContain('Let’s pause');
    expect(text(one(tree, 'a.actor-mention[href="#actor-ratcliffe"]'))).toBe('Ratcliffe');
    expect(text(one(tree, '.note-popover'))).toContain('The alliance’s members.');
    expect(text(one(tree, '.note-term'))).toBe('NATO');
  });
});
