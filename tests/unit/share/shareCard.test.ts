import { describe, expect, it } from 'vitest';
import { shareCard } from '../../../src/lib/share/shareCard';
import { shareTargets, type ShareTarget } from '../../../src/lib/share/shareTargets';
import { fitTitle, shortenTo, TITLE_MAX } from '../../../src/lib/share/shareTitle';
import { firstStory } from '../preview/firstStory';

const { story, body } = firstStory();
const targets = shareTargets(story, body);
const target = (id: string): ShareTarget => {
  const found = targets.find((t) => t.id === id);
  if (!found) throw new Error(`no share target ${id}`);
  return found;
};
const card = (id: string) => shareCard(story, target(id));
const chars = (text: string): number => [...text].length;

describe('shareCard titles', () => {
  it('keeps every share page’s title of the first story to at most 90 characters', () => {
    expect(TITLE_MAX).toBe(90);
    for (const t of targets) expect(chars(shareCard(story, t).title), t.id).toBeLessThanOrEqual(90);
  });

  it('gives a long quote’s title the speaker and the quote’s first words, shortened at a word', () => {
    const ratcliffe = card('quote-ratcliffe-real-question');
    expect(ratcliffe.title).toBe(
      'John Ratcliffe: “President Trump had a real question about whether President Zelensky…”',
    );
    // The page's heading and the image's alternative text still carry every word.
    expect(ratcliffe.heading).toBe(
      "“President Trump had a real question about whether President Zelensky was committed to the peace process, and he said, 'Let's pause, I want to give you a chance to think about that'”",
    );
    expect(ratcliffe.imageAlt).toContain("I want to give you a chance to think about that'");
  });

  it('keeps a short quote whole', () => {
    expect(card('quote-waltz-step-back').title).toBe('Mike Waltz: “We have, we have taken a step back”');
  });

  it('adds the story’s title where it fits, and leaves it out where it does not', () => {
    expect(card('european-alarm').title).toBe('Alarm in Europe – US pauses intelligence sharing with Ukraine');
    expect(card('battlefield-impact').title).toBe('Battlefield impact and conditions for resumption');
  });
});

describe('shareCard for the timeline, an event, who’s who and an actor', () => {
  it('describes the timeline by its first and last events', () => {
    const timeline = card('timeline');
    expect(timeline.title).toBe('Timeline – US pauses intelligence sharing with Ukraine');
    expect(timeline.heading).toBe('Timeline');
    expect(timeline.description).toBe(
      '6 events, from Russia launches its full-scale invasion of Ukraine (2022) to European military chiefs expected to meet in Paris (expected, week of 10 March 2025). From the explainer “US pauses intelligence sharing with Ukraine”.',
    );
    expect(timeline.linkText).toBe('See the timeline');
  });

  it('titles an event by its date and title', () => {
    const congress = card('event-trump-addresses-congress');
    expect(congress.title).toBe('4 March 2025: Trump tells Congress that Kyiv has agreed to a minerals deal');
    expect(congress.heading).toBe('Trump tells Congress that Kyiv has agreed to a minerals deal');
    expect(congress.description).toMatch(/^4 March 2025: Addressing Congress, Trump said Kyiv had agreed/u);
    expect(card('event-paris-military-chiefs-meeting').title).toBe(
      'Expected, week of 10 March 2025: European military chiefs expected to meet in Paris',
    );
    // An event without a detail is described by its title, as a sentence.
    expect(card('event-full-scale-invasion').description).toBe(
      '2022: Russia launches its full-scale invasion of Ukraine. From the timeline of the explainer “US pauses intelligence sharing with Ukraine”.',
    );
  });

  it('names the people, countries and organisations of who’s who', () => {
    const whosWho = card('whos-who');
    expect(whosWho.title).toBe('Who’s who – US pauses intelligence sharing with Ukraine');
    expect(whosWho.description).toContain('Donald Trump, Volodymyr Zelensky, Vladimir Putin, Mike Waltz');
    expect(whosWho.description).toContain('and 8 more');
  });

  it('titles a person by name and role, and quotes them in the description', () => {
    const waltz = card('actor-waltz');
    expect(waltz.title).toBe('Mike Waltz, US National Security Adviser – US pauses intelligence sharing with Ukraine');
    expect(waltz.description).toBe(
      'US National Security Adviser. Quoted in the explainer “US pauses intelligence sharing with Ukraine”: “We have, we have taken a step back”',
    );
    expect(waltz.heading).toBe('Mike Waltz');
    expect(waltz.linkText).toBe('See Mike Waltz in who’s who');
    // A role too long to stand beside the story's title gives way to it.
    expect(card('actor-bielieskov').title).toBe('Mykola Bielieskov – US pauses intelligence sharing with Ukraine');
  });

  it('titles a country by its name, its role being a sentence about the story', () => {
    const us = card('actor-united-states');
    expect(us.title).toBe('United States – US pauses intelligence sharing with Ukraine');
    expect(us.description).toBe(
      'Has suspended intelligence sharing with Ukraine after halting military aid, as it pushes for peace talks with Russia. From the explainer “US pauses intelligence sharing with Ukraine”.',
    );
  });
});

describe('shortenTo and fitTitle', () => {
  const sentence =
    'I think if we can nail down these negotiations and move towards confidence-building measures, then the president will take a hard look at lifting this pause';

  it('cuts at a word with an ellipsis and no dangling punctuation', () => {
    expect(shortenTo(sentence, 40)).toBe('I think if we can nail down these…');
    expect(chars(shortenTo(sentence, 40))).toBeLessThanOrEqual(40);
    expect(shortenTo('We have, we have taken a step back', 10)).toBe('We have…');
    expect(shortenTo(sentence, sentence.length)).toBe(sentence);
  });

  it('cuts a single word too long for the limit between characters', () => {
    expect(shortenTo('Antidisestablishmentarianism', 10)).toBe('Antidises…');
  });

  it('counts characters, not UTF-16 units', () => {
    // Twelve characters, fourteen UTF-16 units.
    expect('Łódź 🇺🇦 Kyiv'.length).toBe(14);
    expect(shortenTo('Łódź 🇺🇦 Kyiv', 12)).toBe('Łódź 🇺🇦 Kyiv');
  });

  it('takes the first candidate that fits, else shortens the last', () => {
    expect(fitTitle(['x'.repeat(91), 'Short'])).toBe('Short');
    expect(chars(fitTitle([sentence, sentence]))).toBeLessThanOrEqual(90);
  });
});
