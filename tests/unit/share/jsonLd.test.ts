import { describe, expect, it } from 'vitest';
import { articleJsonLd, serialiseJsonLd } from '../../../src/lib/share/jsonLd';
import { SITE_NAME } from '../../../src/lib/present/site';
import { storyFixture } from '../present/fixture';

const SITE = 'https://news.example.com';
const CANONICAL = 'https://news.example.com/explainers/pause/';

// Parsed JSON is read freely in these tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The JSON-LD as a consumer reads it: serialised, then parsed back. */
function build(overrides: Parameters<typeof storyFixture>[0] = {}): Json {
  return JSON.parse(serialiseJsonLd(articleJsonLd({ story: storyFixture(overrides), slug: 'pause', site: SITE })));
}

describe('articleJsonLd', () => {
  it('is a NewsArticle with absolute URLs, dates, language and keywords', () => {
    const ld = build({ tags: ['Ukraine', 'Intelligence'], updated: '2025-03-06' });
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['@id']).toBe('#article');
    expect(ld.url).toBe(CANONICAL);
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': CANONICAL });
    expect(ld.headline).toBe('US pauses intelligence sharing with Ukraine');
    expect(ld.description).toBe('Washington has suspended intelligence sharing with Kyiv.');
    expect(ld.datePublished).toBe('2025-03-05T18:30:00+00:00');
    expect(ld.dateModified).toBe('2025-03-06');
    expect(ld.image).toEqual([
      'https://news.example.com/explainers/pause/preview-16x9.png',
      'https://news.example.com/explainers/pause/preview-4x3.png',
      'https://news.example.com/explainers/pause/preview-1x1.png',
    ]);
    expect(ld.inLanguage).toBe('en-GB');
    expect(ld.keywords).toEqual(['Ukraine', 'Intelligence']);
  });

  it('writes a date and time with its offset in full, and a day as a day', () => {
    const ld = build({ published: '2025-03-05T19:30+0100', updated: '2025-03-06T08:00:00Z' });
    expect(ld.datePublished).toBe('2025-03-05T19:30:00+01:00');
    expect(ld.dateModified).toBe('2025-03-06T08:00:00+00:00');
    // A story that gives only its day: a schema.org Date, no time invented.
    expect(build({ published: '2025-03-05' }).datePublished).toBe('2025-03-05');
  });

  it('uses the published date as dateModified when the story was never updated, and leaves out empty keywords', () => {
    const ld = build();
    expect(ld.dateModified).toBe(ld.datePublished);
    expect(ld).not.toHaveProperty('keywords');
  });

  it('names the site as publisher with its logo, and as author when the story has no byline', () => {
    const ld = build();
    expect(ld.publisher).toMatchObject({
      '@type': 'Organization',
      name: SITE_NAME,
      url: 'https://news.example.com/',
      logo: { '@type': 'ImageObject', url: 'https://news.example.com/logo.png' },
    });
    expect(ld.author).toEqual(ld.publisher);
  });

  it('credits a byline as a Person', () => {
    expect(build({ byline: 'Jane Reporter' }).author).toEqual({ '@type': 'Person', name: 'Jane Reporter' });
  });

  it('is based on the source reporting, with its URL only when it has one', () => {
    expect(build().isBasedOn).toEqual({
      '@type': 'CreativeWork',
      name: 'Wire report',
      url: 'https://example.org/report',
    });
    expect(build({ source: { name: 'A news report' } }).isBasedOn).toEqual({
      '@type': 'CreativeWork',
      name: 'A news report',
    });
  });

  it('mentions every actor with the schema.org type of its kind, its role and an @id on the page', () => {
    const base = storyFixture();
    const ld = build({
      actors: [
        ...base.actors,
        { id: 'coalition', name: 'Coalition of the willing', aliases: [], kind: 'group', role: 'Allies' },
      ],
    });
    const byId = new Map<string, Record<string, unknown>>(
      ld.mentions.map((m: Record<string, unknown>) => [String(m['@id']).replace('#actor-', ''), m]),
    );
    expect([...byId.keys()]).toEqual([...base.actors.map((a) => a.id), 'coalition']);
    expect(byId.get('mike-waltz')).toEqual({
      '@type': 'Person',
      '@id': '#actor-mike-waltz',
      name: 'Mike Waltz',
      description: 'National Security Adviser',
    });
    expect(byId.get('ukraine')).toMatchObject({ '@type': 'Country', name: 'Ukraine', description: 'Country at war' });
    expect(byId.get('nato')).toMatchObject({ '@type': 'Organization', name: 'North Atlantic Treaty Organization' });
    expect(byId.get('coalition')).toMatchObject({ '@type': 'Organization', description: 'Allies' });
    expect(byId.get('reuters-source')).toEqual({
      '@type': 'Person',
      '@id': '#actor-reuters-source',
      name: 'A source familiar with the situation',
      description: 'Unnamed source',
      disambiguatingDescription: 'Spoke to Reuters',
    });
  });

  it('gives a person their affiliation as an Organization', () => {
    const base = storyFixture();
    const ld = build({
      actors: base.actors.map((a) => (a.id === 'john-ratcliffe' ? { ...a, affiliation: 'CIA' } : a)),
    });
    const ratcliffe = ld.mentions.find((m: { name: string }) => m.name === 'John Ratcliffe');
    expect(ratcliffe.affiliation).toEqual({ '@type': 'Organization', name: 'CIA' });
  });

  it('has one Quotation per quote, spoken by an actor it mentions', () => {
    const ld = build();
    const mentioned = new Set(ld.mentions.map((m: Record<string, unknown>) => m['@id']));
    expect(ld.hasPart).toHaveLength(2);
    const [stepBack, letsPause] = ld.hasPart;
    expect(stepBack).toEqual({
      '@type': 'Quotation',
      '@id': '#quote-step-back',
      text: 'We have, we have taken a step back',
      spokenByCharacter: { '@id': '#actor-mike-waltz' },
    });
    // A quotation relayed by someone else is still the words of its speaker.
    expect(letsPause.spokenByCharacter).toEqual({ '@id': '#actor-donald-trump' });
    for (const quotation of ld.hasPart) expect(mentioned.has(quotation.spokenByCharacter['@id'])).toBe(true);
  });

  it('follows the site it is given, with or without a trailing slash', () => {
    const ld = JSON.parse(
      serialiseJsonLd(articleJsonLd({ story: storyFixture(), slug: 'pause', site: new URL('http://localhost:4321/') })),
    );
    expect(ld.url).toBe('http://localhost:4321/explainers/pause/');
    expect(ld.publisher.logo.url).toBe('http://localhost:4321/logo.png');
    expect(ld.image[0]).toBe('http://localhost:4321/explainers/pause/preview-16x9.png');
  });
});

describe('serialiseJsonLd', () => {
  const hostile = '</script><script>alert(1)</script> <!-- & \u2028\u2029 end';

  it('cannot close the script element, open a comment or break a line, and round-trips exactly', () => {
    const json = serialiseJsonLd({ headline: hostile, nested: [{ text: hostile }] });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
    expect(json).toContain('\\u2028\\u2029');
    expect(JSON.parse(json)).toEqual({ headline: hostile, nested: [{ text: hostile }] });
  });

  it('escapes a hostile story title in the whole article', () => {
    const story = storyFixture({ title: hostile, dek: 'A & B > C' });
    const data = articleJsonLd({ story, slug: 'pause', site: SITE });
    const json = serialiseJsonLd(data);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    const parsed = JSON.parse(json);
    expect(parsed.headline).toBe(hostile);
    expect(parsed.description).toBe('A & B > C');
    expect(parsed).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => serialiseJsonLd(undefined)).toThrow(/JSON value/);
  });
});
