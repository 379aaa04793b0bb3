import { describe, expect, it } from 'vitest';
import { metadataDate } from '../../../src/lib/share/metadataDate';

describe('metadataDate', () => {
  it('keeps a day as a day: the story gives no time, so none is invented', () => {
    // The first story: the report gives its day (Wednesday 5 March 2025) and no time.
    expect(metadataDate('2025-03-05')).toBe('2025-03-05');
  });

  it('writes a date and time out in full, in the offset the editor gave', () => {
    expect(metadataDate('2025-03-05T18:30:00+00:00')).toBe('2025-03-05T18:30:00+00:00');
    expect(metadataDate('2025-03-05T18:30:00Z')).toBe('2025-03-05T18:30:00+00:00');
    expect(metadataDate('2025-03-05T19:30+0100')).toBe('2025-03-05T19:30:00+01:00');
    expect(metadataDate('2025-03-05T13:30-05')).toBe('2025-03-05T13:30:00-05:00');
    expect(metadataDate('2025-05-02T10:00:00+01:00')).toBe('2025-05-02T10:00:00+01:00');
  });

  it('keeps fractions of a second the editor wrote', () => {
    expect(metadataDate('2025-03-05T18:30:12.5+00:00')).toBe('2025-03-05T18:30:12.5+00:00');
  });

  it('refuses what the schema refuses, with its message', () => {
    expect(() => metadataDate('2025-03-05T18:30')).toThrow(/no UTC offset/u);
    expect(() => metadataDate('5 March 2025')).toThrow(/is not a date/u);
  });
});
