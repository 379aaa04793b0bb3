import { describe, expect, it } from 'vitest';
import { displayPublicationDate, newestFirst, publicationTime } from '../../../src/lib/present/dates';

describe('displayPublicationDate', () => {
  it('shows a day as it is', () => {
    expect(displayPublicationDate('2025-03-05')).toEqual({ datetime: '2025-03-05', text: '5 March 2025' });
  });

  it('shows the UTC day of an instant and keeps the instant in datetime', () => {
    expect(displayPublicationDate('2025-03-05T23:30:00-05:00')).toEqual({
      datetime: '2025-03-06T04:30:00Z',
      text: '6 March 2025',
    });
  });

  it('throws the parser message for a bad value', () => {
    expect(() => displayPublicationDate('2025-03-05T10:00')).toThrow(/UTC offset/);
  });
});

describe('newestFirst', () => {
  it('sorts by publication time, days counting from midnight UTC', () => {
    const items = [
      { id: 'a', published: '2025-03-05' },
      { id: 'b', published: '2025-03-05T09:00:00+00:00' },
      { id: 'c', published: '2024-12-31T23:00:00-02:00' },
    ];
    expect(newestFirst(items, (i) => i.published).map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(publicationTime('2025-03-05')).toBe(Date.UTC(2025, 2, 5));
  });
});

describe('publication dates in the years 1 to 99', () => {
  // Date.UTC(50, …) means 1950 in JS; these must stay in the year 50.
  it('shows a day and an instant in the year written, with four-digit datetime values', () => {
    expect(displayPublicationDate('0050-03-05')).toEqual({ datetime: '0050-03-05', text: '5 March 50' });
    expect(displayPublicationDate('0099-12-31T23:30:00-01:00')).toEqual({
      datetime: '0100-01-01T00:30:00Z',
      text: '1 January 100',
    });
  });

  it('sorts the year 50 before the year 1950', () => {
    // 1 January 50 is 1920 years before 1970: 701265 days, 465 of the years being leap years.
    expect(publicationTime('0050-01-01')).toBe(-701_265 * 86_400_000);
    const items = [{ published: '1950-03-05' }, { published: '0050-03-05' }];
    expect(newestFirst(items, (i) => i.published).map((i) => i.published)).toEqual(['1950-03-05', '0050-03-05']);
  });
});
