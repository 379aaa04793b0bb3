import { describe, expect, it } from 'vitest';
import {
  comparePublicationDates,
  parsePublicationDate,
  publicationDay,
  type PublicationDate,
} from '../../../src/lib/dates/publicationDate';

const parsed = (text: string): PublicationDate => {
  const result = parsePublicationDate(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse, got: ${result.message}`);
  return result.value;
};

const failure = (text: string): string => {
  const result = parsePublicationDate(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused`);
  return result.message;
};

describe('parsePublicationDate', () => {
  it('reads a calendar day', () => {
    const d = parsed('2025-03-05');
    expect(d.kind).toBe('day');
    expect(d.text).toBe('2025-03-05');
    if (d.kind !== 'day') return;
    expect([d.date.year, d.date.month, d.date.day]).toEqual([2025, 3, 5]);
  });

  it('reads an instant in UTC (Z)', () => {
    const d = parsed('2025-03-05T18:30:00Z');
    expect(d.kind).toBe('instant');
    if (d.kind !== 'instant') return;
    expect(d.instant.epochMilliseconds).toBe(Date.UTC(2025, 2, 5, 18, 30));
  });

  it('reads an instant with a +01:00 offset as one hour earlier in UTC', () => {
    const d = parsed('2025-03-05T18:30:00+01:00');
    expect(d.kind).toBe('instant');
    expect(d.text).toBe('2025-03-05T18:30:00+01:00');
    if (d.kind !== 'instant') return;
    expect(d.instant.epochMilliseconds).toBe(Date.UTC(2025, 2, 5, 17, 30));
  });

  it('accepts a time without seconds when it has an offset', () => {
    const d = parsed('2025-03-05T10:00-05:00');
    if (d.kind !== 'instant') throw new Error('expected an instant');
    expect(d.instant.epochMilliseconds).toBe(Date.UTC(2025, 2, 5, 15, 0));
  });

  it('refuses a time with no offset, saying the offset is missing', () => {
    const message = failure('2025-03-05T10:00');
    expect(message).toContain('no UTC offset');
    expect(message).toContain('"2025-03-05T10:00+00:00"');
    expect(failure('2025-03-05T10:00:00')).toContain('no UTC offset');
  });

  it('refuses an impossible day, with or without a time', () => {
    expect(failure('2025-02-30')).toContain('"2025-02-30" is not a real calendar day');
    expect(failure('2025-02-30T10:00:00Z')).toContain('is not a real date and time');
    expect(failure('2025-03-05T25:00:00Z')).toContain('is not a real date and time');
  });

  it('refuses garbage and names the accepted forms', () => {
    const message = failure('5 March 2025');
    expect(message).toContain('"5 March 2025" is not a date');
    expect(message).toContain('"2025-03-05T18:30:00+00:00" (time with offset)');
  });
});

describe('publicationDay', () => {
  it('is the date itself for a day', () => {
    expect(publicationDay(parsed('2025-03-05')).toString()).toBe('2025-03-05');
  });

  it('is the UTC calendar day of an instant', () => {
    // 00:30 at +01:00 is 23:30 UTC on the previous day.
    expect(publicationDay(parsed('2025-03-05T00:30:00+01:00')).toString()).toBe('2025-03-04');
    // 23:30 at -05:00 is 04:30 UTC on the next day.
    expect(publicationDay(parsed('2025-03-05T23:30:00-05:00')).toString()).toBe('2025-03-06');
    expect(publicationDay(parsed('2025-03-05T18:30:00Z')).toString()).toBe('2025-03-05');
  });
});

describe('comparePublicationDates', () => {
  it('compares instants by the moment, not by the written clock time', () => {
    // 10:00+01:00 is 09:00Z, which is before 09:30Z even though "10:00" > "09:30".
    const a = parsed('2025-03-05T10:00:00+01:00');
    const b = parsed('2025-03-05T09:30:00Z');
    expect(comparePublicationDates(a, b)).toBeLessThan(0);
    expect(comparePublicationDates(b, a)).toBeGreaterThan(0);
  });

  it('treats the same moment written with different offsets as equal', () => {
    expect(comparePublicationDates(parsed('2025-03-05T10:00:00+01:00'), parsed('2025-03-05T09:00:00Z'))).toBe(0);
  });

  it('compares a bare day with an instant by day, since the day carries no time', () => {
    const day = parsed('2025-03-05');
    expect(comparePublicationDates(day, parsed('2025-03-05T18:30:00Z'))).toBe(0);
    expect(comparePublicationDates(day, parsed('2025-03-04T23:59:00Z'))).toBeGreaterThan(0);
    expect(comparePublicationDates(day, parsed('2025-03-06T00:01:00Z'))).toBeLessThan(0);
    // The instant's day is its UTC day: 00:30 at +02:00 is still 4 March in UTC.
    expect(comparePublicationDates(day, parsed('2025-03-05T00:30:00+02:00'))).toBeGreaterThan(0);
  });

  it('orders two days', () => {
    expect(comparePublicationDates(parsed('2025-03-04'), parsed('2025-03-05'))).toBeLessThan(0);
    expect(comparePublicationDates(parsed('2025-03-05'), parsed('2025-03-05'))).toBe(0);
  });
});

describe('parsePublicationDate: early years', () => {
  it('reads a day or an instant in the year 50 as the year 50', () => {
    expect(publicationDay(parsed('0050-03-05')).toString()).toBe('0050-03-05');
    expect(publicationDay(parsed('0050-03-05T10:00:00+00:00')).toString()).toBe('0050-03-05');
  });

  it('refuses the year 0, also when only the UTC day of an instant falls in it', () => {
    expect(failure('0000-03-05')).toContain('"0000-03-05" falls in year 0000, and there was no year 0');
    // 00:30 at +01:00 on 1 January of the year 1 is 23:30 UTC on 31 December of the year 0.
    expect(failure('0001-01-01T00:30:00+01:00')).toContain('falls in year 0000');
    expect(parsePublicationDate('0001-01-01T00:30:00+00:00').ok).toBe(true);
  });
});
