import { describe, expect, it } from 'vitest';
import AtAGlance from '../../../src/components/AtAGlance.astro';
import Contents from '../../../src/components/Contents.astro';
import NotesList from '../../../src/components/NotesList.astro';
import Sources from '../../../src/components/Sources.astro';
import StoryHeader from '../../../src/components/StoryHeader.astro';
import { contentsEntries } from '../../../src/lib/present/contents';
import { storyFixture } from '../present/fixture';
import { all, attr, one, render, text } from './render';

describe('StoryHeader', () => {
  it('has the only h1, the dek, the source link and dates as <time>', async () => {
    const story = storyFixture({ updated: '2025-03-06', byline: 'Desk' });
    const tree = await render(StoryHeader, { story, readingTime: '4 min read' });
    expect(all(tree, 'h1')).toHaveLength(1);
    expect(text(one(tree, 'h1'))).toBe(story.title);
    expect(text(tree)).toContain(story.dek);
    expect(text(tree)).toContain('By Desk');
    expect(attr(one(tree, 'a[href="https://example.org/report"]'), 'rel')).toEqual(['noopener']);
    const times = all(tree, 'time');
    expect(times.map((t) => attr(t, 'dateTime'))).toEqual(['2025-03-05T18:30:00Z', '2025-03-06']);
    expect(times.map(text)).toEqual(['5 March 2025', '6 March 2025']);
    expect(text(tree)).toContain('4 min read');
  });

  it('names the source without a link when it has no URL', async () => {
    const tree = await render(StoryHeader, {
      story: storyFixture({ source: { name: 'Wire' } }),
      readingTime: '1 min read',
    });
    expect(text(tree)).toContain('Source: Wire');
    expect(all(tree, 'a')).toHaveLength(0);
  });
});

describe('AtAGlance', () => {
  it('is a labelled section with an anchored h2 and the key points as a list', async () => {
    const tree = await render(AtAGlance, { keyPoints: ['One.', 'Two.'] });
    const section = one(tree, 'section#at-a-glance');
    expect(attr(section, 'ariaLabelledBy')).toEqual(['at-a-glance-heading']);
    expect(text(one(tree, 'h2'))).toBe('At a glance');
    expect(attr(one(tree, 'a.anchor-link[href="#at-a-glance"]'), 'ariaLabel')).toBe('Link to section: At a glance');
    expect(all(tree, 'ul > li').map(text)).toEqual(['One.', 'Two.']);
  });
});

describe('Contents', () => {
  it('is a nav of links to each section and the fixed parts', async () => {
    const tree = await render(Contents, { entries: contentsEntries(storyFixture()) });
    const nav = one(tree, 'nav#contents');
    expect(attr(nav, 'ariaLabel')).toBe('Contents');
    expect(all(nav, 'a').map((a) => attr(a, 'href'))).toEqual([
      '#what-happened',
      '#why-now',
      '#sources',
      '#timeline',
      '#whos-who',
    ]);
    expect(text(all(nav, 'a')[0]!)).toBe('What happened');
  });
});

describe('NotesList', () => {
  it('gives each note an anchor and a <dfn> term', async () => {
    const tree = await render(NotesList, { notes: [{ id: 'nato', term: 'NATO', text: 'A military alliance.' }] });
    const li = one(tree, 'section#notes li#note-nato');
    expect(text(one(li, 'dfn'))).toBe('NATO');
    expect(text(li)).toContain('A military alliance.');
  });
});

describe('Sources', () => {
  it('links the source and says how the story is dated', async () => {
    const tree = await render(Sources, { story: storyFixture({ publishedBasis: 'Dated from the report.' }) });
    expect(one(tree, 'section#sources a[href="https://example.org/report"]')).toBeTruthy();
    expect(text(one(tree, 'h3'))).toBe('How this story is dated');
    expect(text(tree)).toContain('Dated from the report.');
  });

  it('has no dating note without publishedBasis', async () => {
    const tree = await render(Sources, { story: storyFixture() });
    expect(all(tree, 'h3')).toHaveLength(0);
  });
});
