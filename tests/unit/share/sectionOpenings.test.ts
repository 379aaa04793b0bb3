import { describe, expect, it } from 'vitest';
import { proseParagraphs, sectionOpenings } from '../../../src/lib/share/sectionOpenings';

const body = [
  '## Council votes',
  '',
  '{/* Desk: check the figure with legal before publishing. */}The council voted on **Wednesday**, www.example.org says.',
  '',
  'A second paragraph.',
  '',
  '## What comes next',
  '',
  '{/* A note for the desk. */}',
  '',
  'Tickets go on sale soon.',
].join('\n');

describe('sectionOpenings', () => {
  it('gives the first paragraph under each section heading as a reader sees it, never an editor’s comment', () => {
    expect([...sectionOpenings(body)]).toEqual([
      ['Council votes', 'The council voted on Wednesday, www.example.org says.'],
      ['What comes next', 'Tickets go on sale soon.'],
    ]);
  });
});

describe('proseParagraphs', () => {
  it('gives every paragraph’s text in order, without comments', () => {
    expect(proseParagraphs(body)).toEqual([
      'The council voted on Wednesday, www.example.org says.',
      'A second paragraph.',
      'Tickets go on sale soon.',
    ]);
  });
});
