import { describe, expect, it } from 'vitest';
import { inSitemap } from '../../../src/lib/site/sitemap';
import { explainerPath, sharePath } from '../../../src/lib/share/shareTargets';
import { changesPath } from '../../../src/lib/history/paths';

const at = (path: string): string => new URL(path, 'https://news.example.com').href;

describe('inSitemap', () => {
  it('lists the home page and every explainer', () => {
    expect(inSitemap(at('/'))).toBe(true);
    expect(inSitemap(at(explainerPath('us-pauses-intelligence-sharing-with-ukraine')))).toBe(true);
  });

  it('leaves out every share page, of a section or a quote', () => {
    expect(inSitemap(at(sharePath('pause', 'what-happened')))).toBe(false);
    expect(inSitemap(at(sharePath('pause', 'quote-step-back')))).toBe(false);
    expect(inSitemap(at('/explainers/pause/share/'))).toBe(false);
  });

  it('leaves out every versions page', () => {
    expect(inSitemap(at(changesPath('us-pauses-intelligence-sharing-with-ukraine')))).toBe(false);
  });

  it('keeps an explainer whose slug is "share" or "changes"', () => {
    expect(inSitemap(at(explainerPath('share')))).toBe(true);
    expect(inSitemap(at(explainerPath('changes')))).toBe(true);
  });
});
