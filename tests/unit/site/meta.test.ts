import { describe, expect, it } from 'vitest';
import { absoluteUrl, isAbsoluteHttpUrl, ogLocale } from '../../../src/lib/site/meta';

describe('page metadata helpers', () => {
  it('makes site-relative paths absolute and leaves absolute URLs alone', () => {
    expect(absoluteUrl('/explainers/pause/', 'https://news.example.com')).toBe(
      'https://news.example.com/explainers/pause/',
    );
    expect(absoluteUrl('https://other.example/x', new URL('https://news.example.com/'))).toBe(
      'https://other.example/x',
    );
  });

  it('refuses to make a URL "absolute" without a site', () => {
    expect(() => absoluteUrl('/x/', undefined)).toThrow(/SITE_URL/);
  });

  it('tells absolute http(s) URLs from the rest', () => {
    expect(isAbsoluteHttpUrl('https://news.example.com/a.png')).toBe(true);
    expect(isAbsoluteHttpUrl('/a.png')).toBe(false);
    expect(isAbsoluteHttpUrl('data:image/png;base64,AA')).toBe(false);
  });

  it('writes og:locale as language_TERRITORY', () => {
    expect(ogLocale('en-GB')).toBe('en_GB');
    expect(ogLocale('fr')).toBe('fr');
  });
});
