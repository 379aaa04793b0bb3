import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  bounds,
  FIRST_YEAR,
  comparePartialDates,
  formatPartialDate,
  formatPartialDateLong,
  mondayOfIsoWeek,
  parsePartialDate,
  toDatetimeAttribute,
  toPartialDate,
  type PartialDate,
  utcDate,
} from '../../../src/lib/dates/partialDate';

/** Parses or fails the test with the parser's own message. */
const parsed = (text: string): PartialDate => {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse, got: ${result.message}`);
  return result.value;
};

/** The error message, or fails the test if the text parsed. */
const failure = (text: string): string => {
  const result = parsePartialDate(text);
  if (result.ok) throw new Error(`expected "${text}" to be refused, got ${JSON.stringify(result.value)}`);
  return result.message;
};

/** A PlainDate-like value as YYYY-MM-DD, so assertions compare plain strings. */
const iso = (d: { toString(): string }): string => d.toString();

describe('parsePartialDate: accepted forms', () => {
  it('reads a year', () => {
    expect(parsed('2022')).toEqual({ precision: 'year', year: 2022 });
  });

  it('reads a month', () => {
    expect(parsed('2025-03')).toEqual({ precision: 'month', year: 2025, month: 3 });
  });

  it('reads an ISO week', () => {
    expect(parsed('2025-W11')).toEqual({ precision: 'week', year: 2025, week: 11 });
  });

  it('reads a day', () => {
    const d = parsed('2025-03-05');
    expect(d.precision).toBe('day');
    if (d.precision !== 'day') return;
    expect([d.date.year, d.date.month, d.date.day]).toEqual([2025, 3, 5]);
  });

  it('reads a span of days', () => {
    const d = parsed('2025-03-03/2025-03-04');
    expect(d.precision).toBe('span');
    if (d.precision !== 'span') return;
    expect([iso(d.start), iso(d.end)]).toEqual(['2025-03-03', '2025-03-04']);
  });

  it('ignores white space around the value', () => {
    expect(parsed('  2025-03 \n')).toEqual({ precision: 'month', year: 2025, month: 3 });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
  });

  it('accepts week 53 in a year that has 53 ISO weeks (2020, 2026) and weeks 01 and 52 in any year', () => {
    // 2020 began on a Wednesday and was a leap year, 2026 begins on a Thursday: both have 53 ISO weeks.
    expect(parsed('2020-W53')).toEqual({ precision: 'week', year: 2020, week: 53 });
    expect(parsed('2026-W53')).toEqual({ precision: 'week', year: 2026, week: 53 });
    expect(parsed('2025-W01')).toEqual({ precision: 'week', year: 2025, week: 1 });
    expect(parsed('2025-W52')).toEqual({ precision: 'week', year: 2025, week: 52 });
  });
});

describe('parsePartialDate: refused values', () => {
  it('refuses an impossible day (30 February) instead of rolling it over', () => {
    expect(failure('2025-02-30')).toContain('"2025-02-30" is not a real calendar day');
  });

  it('refuses 29 February in a common year', () => {
    expect(failure('2025-02-29')).toContain('not a real calendar day');
  });

  it('refuses month 13 and month 00', () => {
    expect(failure('2025-13')).toContain('has no month 13');
    expect(failure('2025-00')).toContain('has no month 00');
  });

  it('refuses week 54, week 00, and week 53 in a year with only 52 weeks', () => {
    expect(failure('2025-W54')).toContain('2025 has ISO weeks 01 to 52');
    expect(failure('2025-W00')).toContain('2025 has ISO weeks 01 to 52');
    // 2025 begins on a Wednesday and is not a leap year, so it has 52 ISO weeks.
    expect(failure('2025-W53')).toContain('2025 has ISO weeks 01 to 52');
    expect(failure('2020-W54')).toContain('2020 has ISO weeks 01 to 53');
  });

  it('refuses a span that ends before it starts, or on the day it starts', () => {
    expect(failure('2025-03-04/2025-03-03')).toContain('must end after it starts');
    expect(failure('2025-03-04/2025-03-04')).toContain('must end after it starts');
  });

  it('refuses a span with an impossible end or more than one "/"', () => {
    expect(failure('2025-03-01/2025-02-30')).toContain('the end of span');
    expect(failure('2025-03-01/2025-03-02/2025-03-03')).toContain('more than one "/"');
    expect(failure('March/2025-03-02')).toContain('the start of span');
  });

  it('refuses garbage, and every refusal lists the accepted forms', () => {
    for (const text of ['next Tuesday', '', '2025-3-5', '25-03-05', '2025/03', '2025-03-05T10:00']) {
      const message = failure(text);
      expect(message).toContain('"2025-W11" (ISO week)');
      expect(message).toContain('"2025-03-03/2025-03-04" (span of days)');
    }
    expect(failure('next Tuesday')).toContain('"next Tuesday" is not a date');
  });

  it('toPartialDate throws the parser message for an invalid date', () => {
    expect(() => toPartialDate('2025-13')).toThrow('has no month 13');
    expect(toPartialDate('2022')).toEqual({ precision: 'year', year: 2022 });
  });
});

describe('mondayOfIsoWeek', () => {
  // Known calendar facts: 1 January 2025 was a Wednesday, so week 1 of 2025 (the week holding 4 January)
  // began on Monday 30 December 2024; week 53 of 2020 began on Monday 28 December 2020.
  it.each([
    [2025, 1, '2024-12-30'],
    [2025, 10, '2025-03-03'],
    [2025, 11, '2025-03-10'],
    [2020, 1, '2019-12-30'],
    [2020, 53, '2020-12-28'],
    [2026, 1, '2025-12-29'],
    [2021, 1, '2021-01-04'], // 1 January 2021 was a Friday, so it belongs to 2020-W53
    [2015, 1, '2014-12-29'],
  ])('%i-W%i starts on %s', (year, week, expected) => {
    const monday = mondayOfIsoWeek(year, week);
    expect(iso(monday)).toBe(expected);
    // Independent check with the JS Date API: that day is a Monday (getUTCDay 1).
    expect(new Date(`${expected}T00:00:00Z`).getUTCDay()).toBe(1);
  });
});

describe('bounds', () => {
  it('gives the first and last day each precision may refer to', () => {
    const b = (text: string) => {
      const { start, end } = bounds(parsed(text));
      return [iso(start), iso(end)];
    };
    expect(b('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(b('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(b('2025-02')).toEqual(['2025-02-01', '2025-02-28']);
    expect(b('2025-W11')).toEqual(['2025-03-10', '2025-03-16']);
    expect(b('2025-03-05')).toEqual(['2025-03-05', '2025-03-05']);
    expect(b('2025-03-03/2025-03-04')).toEqual(['2025-03-03', '2025-03-04']);
  });
});

describe('toDatetimeAttribute', () => {
  const attr = (text: string): string => toDatetimeAttribute(parsed(text));

  it('writes year, month, week and day at their own precision', () => {
    expect(attr('2022')).toBe('2022');
    expect(attr('2025-03')).toBe('2025-03');
    expect(attr('2025-W01')).toBe('2025-W01');
    expect(attr('2025-W11')).toBe('2025-W11');
    expect(attr('2025-03-05')).toBe('2025-03-05');
  });

  it('writes a span inside one ISO week as that week', () => {
    // Monday 3 and Tuesday 4 March 2025 are in 2025-W10 (which starts Monday 3 March).
    expect(attr('2025-03-03/2025-03-04')).toBe('2025-W10');
    // Monday 31 March to Tuesday 1 April 2025: one week (W14) across two months.
    expect(attr('2025-03-31/2025-04-01')).toBe('2025-W14');
  });

  it('uses the ISO week-numbering year for a week that straddles new year', () => {
    // Mon 30 Dec 2024 to Wed 1 Jan 2025 are all in 2025-W01.
    expect(attr('2024-12-30/2025-01-01')).toBe('2025-W01');
  });

  it('writes a span across weeks of one month as the month', () => {
    // Friday 7 to Tuesday 11 March 2025 crosses from W10 into W11.
    expect(attr('2025-03-07/2025-03-11')).toBe('2025-03');
  });

  it('writes a span across months of one year as the year', () => {
    expect(attr('2025-03-28/2025-04-02')).toBe('2025');
  });
});

describe('formatPartialDate (en-GB)', () => {
  const fmt = (text: string): string => formatPartialDate(parsed(text), 'en-GB');

  it('writes a year as the year alone', () => {
    expect(fmt('2022')).toBe('2022');
  });

  it('writes a month as "March 2025"', () => {
    expect(fmt('2025-03')).toBe('March 2025');
  });

  it('writes a week as "week of" its Monday', () => {
    // 2025-W11 starts on Monday 10 March 2025.
    expect(fmt('2025-W11')).toBe('week of 10 March 2025');
    // 2025-W01 starts in the previous calendar year.
    expect(fmt('2025-W01')).toBe('week of 30 December 2024');
  });

  it('writes a day without inventing a weekday', () => {
    expect(fmt('2025-03-05')).toBe('5 March 2025');
  });

  it('writes a span with Intl range formatting ("3 – 4 March 2025": en dash between thin spaces)', () => {
    // Node 24's ICU (en-GB) puts U+2009 THIN SPACE either side of U+2013 EN DASH in a date range.
    expect(fmt('2025-03-03/2025-03-04')).toBe('3\u2009\u2013\u20094 March 2025');
    expect(fmt('2025-02-28/2025-03-04')).toBe('28 February\u2009\u2013\u20094 March 2025');
  });

  it('defaults to en-GB', () => {
    expect(formatPartialDate(parsed('2025-03-05'))).toBe('5 March 2025');
  });

  it('does not shift the day in any host time zone (dates are formatted in UTC)', () => {
    expect(fmt('2025-01-01')).toBe('1 January 2025');
    expect(fmt('2025-12-31')).toBe('31 December 2025');
  });

  it('formatPartialDateLong adds the weekday to a single day only', () => {
    // 5 March 2025 was a Wednesday.
    const long = formatPartialDateLong(parsed('2025-03-05'), 'en-GB');
    expect(long).toMatch(/^Wednesday,? 5 March 2025$/);
    expect(formatPartialDateLong(parsed('2025-03'), 'en-GB')).toBe('March 2025');
  });
});

describe('comparePartialDates', () => {
  it('orders by first possible day, then the narrower date first', () => {
    const shuffled = [
      '2025-W10',
      '2025-03',
      '2025',
      '2025-03-03/2025-03-04',
      '2022',
      '2025-03-01',
      '2025-W09',
      '2025-03-03',
    ];
    const sorted = shuffled
      .map((text) => ({ text, d: parsed(text) }))
      .sort((a, b) => comparePartialDates(a.d, b.d))
      .map((x) => x.text);
    expect(sorted).toEqual([
      '2022', // starts 1 Jan 2022
      '2025', // starts 1 Jan 2025, ends 31 Dec
      '2025-W09', // starts Monday 24 Feb 2025
      '2025-03-01', // starts 1 Mar, ends 1 Mar
      '2025-03', // starts 1 Mar, ends 31 Mar
      '2025-03-03', // starts 3 Mar, ends 3 Mar
      '2025-03-03/2025-03-04', // starts 3 Mar, ends 4 Mar
      '2025-W10', // starts 3 Mar, ends 9 Mar
    ]);
  });

  it('returns 0 for equal dates and has opposite signs when swapped', () => {
    expect(comparePartialDates(parsed('2025-03-05'), parsed('2025-03-05'))).toBe(0);
    const a = parsed('2025-03-04');
    const b = parsed('2025-03-05');
    expect(comparePartialDates(a, b)).toBeLessThan(0);
    expect(comparePartialDates(b, a)).toBeGreaterThan(0);
  });
});

describe('years 1 to 99: shown as written, never as 19xx', () => {
  // JS's Date.UTC(50, …) and new Date(50, …) mean 1950; these dates must stay in the year 50.
  const fmt = (text: string): string => formatPartialDate(parsed(text), 'en-GB');
  const attr = (text: string): string => toDatetimeAttribute(parsed(text));

  it('reads four-digit years below 100 as those years', () => {
    expect(parsed('0050')).toEqual({ precision: 'year', year: 50 });
    expect(parsed('0001-01')).toEqual({ precision: 'month', year: 1, month: 1 });
  });

  it('shows each precision in the year written, without leading zeros', () => {
    expect(fmt('0050')).toBe('50');
    expect(fmt('0050-03')).toBe('March 50');
    expect(fmt('0050-03-05')).toBe('5 March 50');
    expect(fmt('0001-01-01')).toBe('1 January 1');
    expect(fmt('0099-12-31')).toBe('31 December 99');
    expect(fmt('0050-03-05/0050-03-08')).toBe('5\u2009\u2013\u20098 March 50');
    // 1 January of the year 1 was a Monday (proleptic Gregorian), so week 1 starts on it.
    expect(fmt('0001-W01')).toBe('week of 1 January 1');
  });

  it('gives the right weekday: 5 March 50 was a Saturday, like 5 March 2050 (2000 years are 5 × 400-year cycles)', () => {
    expect(formatPartialDateLong(parsed('0050-03-05'), 'en-GB')).toMatch(/^Saturday,? 5 March 50$/);
  });

  it('writes <time datetime> values with the four digits HTML requires', () => {
    expect(attr('0050')).toBe('0050');
    expect(attr('0050-03')).toBe('0050-03');
    expect(attr('0050-W10')).toBe('0050-W10');
    expect(attr('0050-03-05')).toBe('0050-03-05');
    // Saturday 5 to Tuesday 8 March crosses a week boundary, so the span is written as its month.
    expect(attr('0050-03-05/0050-03-08')).toBe('0050-03');
  });

  it('orders the year 50 before the year 1950', () => {
    expect(comparePartialDates(parsed('0050-03-05'), parsed('1950-03-05'))).toBeLessThan(0);
    expect(iso(bounds(parsed('0050')).start)).toBe('0050-01-01');
  });

  it('utcDate is midnight UTC of that day in that year', () => {
    const date = utcDate(Temporal.PlainDate.from('0050-03-05'));
    expect(date.toISOString()).toBe('0050-03-05T00:00:00.000Z');
    expect(date.getUTCFullYear()).toBe(50);
  });

  it('refuses the year 0, which no calendar a reader uses has, in every form, naming the first year', () => {
    for (const text of ['0000', '0000-03', '0000-W10', '0000-03-05', '0000-12-30/0001-01-02']) {
      const message = failure(text);
      expect(message, text).toContain(`"${text}" falls in year 0000, and there was no year 0`);
      expect(message, text).toContain('years start at 0001');
      expect(message, text).toContain('"2025-03" (month)');
    }
    expect(FIRST_YEAR).toBe(1);
  });
});
