import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '../../../src/lib/site/siteUrl';

describe('resolveSiteUrl (SITE_URL)', () => {
  it('defaults to the documented site when SITE_URL is unset or blank', () => {
    expect(DEFAULT_SITE_URL).toBe('https://explainers.example.org');
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl('')).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
  });

  it.each([
    ['https://news.example.com', 'https://news.example.com'],
    ['https://news.example.com/', 'https://news.example.com'],
    [' https://News.Example.com ', 'https://news.example.com'],
    ['http://127.0.0.1:4321', 'http://127.0.0.1:4321'],
    ['http://localhost:4321/', 'http://localhost:4321'],
  ])('accepts %j as %j', (value, origin) => {
    expect(resolveSiteUrl(value)).toBe(origin);
  });

  it.each([
    ['news.example.com', /not an absolute URL/],
    ['/explainers', /not an absolute URL/],
    ['ftp://news.example.com', /scheme is ftp:/],
    ['javascript:alert(1)', /scheme is javascript:/],
    ['https://user:secret@news.example.com', /user name or password/],
    ['https://news.example.com/news/', /path \/news\//],
    ['https://news.example.com/?ref=1', /query or fragment/],
    ['https://news.example.com/#top', /query or fragment/],
  ])('refuses %j, naming SITE_URL, the value and the fix', (value, problem) => {
    expect(() => resolveSiteUrl(value)).toThrow(problem);
    expect(() => resolveSiteUrl(value)).toThrow(/^SITE_URL is ".*":/);
    expect(() => resolveSiteUrl(value)).toThrow(/Fix: .*SITE_URL=https:\/\/news\.example\.com npm run build/);
  });
});
