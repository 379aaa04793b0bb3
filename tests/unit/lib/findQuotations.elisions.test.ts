import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/lib/quotes/findQuotations';
import { normalise } from '../../../src/lib/text/normalise';

const quotations = (text: string): string[] => findQuotations(normalise(text)).map((q) => q.text);

describe('findQuotations and apostrophes that open a word', () => {
  it('does not take elisions or plural possessives for quotation marks', () => {
    expect(quotations('In the ’90s, before the growers’ union, they played rock ’n’ roll.')).toEqual([]);
    expect(quotations('’Tis the season, said ’em all.')).toEqual([]);
  });

  it('still finds single-quoted quotations, including one that ends a plural', () => {
    expect(quotations('She said ‘we will go’ and left.')).toEqual(['we will go']);
    expect(quotations("He called them 'the farmers'.")).toEqual(['the farmers']);
  });
});
