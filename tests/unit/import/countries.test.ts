import { describe, expect, it } from 'vitest';
import { countryOfOrigin } from '../../../src/lib/import/countries';

// Words of origin as titles in 2024-2025 reports write them ("Ukrainian President Volodymyr Zelensky",
// "Israeli Prime Minister Benjamin Netanyahu", "The British prime minister", "the US president").
describe('countryOfOrigin: the country a word of a title names', () => {
  it('reads a country, its other names and the adjective of its people', () => {
    const origin = (word: string): string | undefined => countryOfOrigin(word)?.name;
    expect(origin('US')).toBe('United States');
    expect(origin('U.S.')).toBe('United States');
    expect(origin('American')).toBe('United States');
    expect(origin('Ukrainian')).toBe('Ukraine');
    expect(origin('Israeli')).toBe('Israel');
    expect(origin('Iranian')).toBe('Iran');
    expect(origin('Iraqi')).toBe('Iraq');
    expect(origin('Chinese')).toBe('China');
    expect(origin('Japanese')).toBe('Japan');
    expect(origin('Australian')).toBe('Australia');
    expect(origin('Austrian')).toBe('Austria');
    expect(origin('British')).toBe('United Kingdom');
    expect(origin('French')).toBe('France');
    expect(origin('South Korean')).toBe('South Korea');
  });

  it('reads no country in a word that only looks like one ("Liberal", "Green", "Republican", "Defence")', () => {
    for (const word of ['Liberal', 'Green', 'Republican', 'Democratic', 'Defence', 'Foreign', 'Prime', 'White'])
      expect(countryOfOrigin(word)).toBeUndefined();
  });
});
