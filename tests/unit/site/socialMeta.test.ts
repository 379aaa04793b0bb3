import { describe, expect, it } from 'vitest';
import { all, attr, render } from '../components/render';
import SocialMeta from '../../../src/components/SocialMeta.astro';

const article = {
  title: 'US pauses intelligence sharing with Ukraine',
  description: 'Washington has suspended intelligence sharing with Kyiv.',
  url: 'https://news.example.com/explainers/pause/',
  image: 'https://news.example.com/explainers/pause/preview.png',
  imageAlt: 'Explainers: US pauses intelligence sharing with Ukraine',
  type: 'article',
  publishedTime: '2025-03-05T18:30:00+00:00',
  modifiedTime: '2025-03-06',
};

/** Every meta tag rendered, as property or name -> content (repeated keys would show up as a failure). */
async function metaOf(props: Record<string, unknown>): Promise<Map<string, string>> {
  const tree = await render(SocialMeta, props);
  const tags = all(tree, 'meta').map((m) => [
    String(attr(m, 'property') ?? attr(m, 'name')),
    String(attr(m, 'content')),
  ]);
  const map = new Map(tags as [string, string][]);
  expect(map.size).toBe(tags.length);
  return map;
}

describe('SocialMeta', () => {
  it('writes the Open Graph, article and Twitter card tags of an article', async () => {
    const meta = await metaOf(article);
    expect(Object.fromEntries(meta)).toEqual({
      'og:site_name': 'Explainers',
      'og:locale': 'en_GB',
      'og:type': 'article',
      'og:title': article.title,
      'og:description': article.description,
      'og:url': article.url,
      'og:image': article.image,
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': article.imageAlt,
      'article:published_time': article.publishedTime,
      'article:modified_time': article.modifiedTime,
      'twitter:card': 'summary_large_image',
      'twitter:title': article.title,
      'twitter:description': article.description,
      'twitter:image': article.image,
      'twitter:image:alt': article.imageAlt,
    });
  });

  it('gives a website no article times and takes its locale from lang', async () => {
    const meta = await metaOf({ ...article, type: 'website', lang: 'fr-FR' });
    expect(meta.get('og:type')).toBe('website');
    expect(meta.get('og:locale')).toBe('fr_FR');
    expect(meta.has('article:published_time')).toBe(false);
    expect(meta.has('article:modified_time')).toBe(false);
  });

  it('without an image, has no image tags and a summary card', async () => {
    const { image: _image, imageAlt: _alt, ...rest } = article;
    const meta = await metaOf({ ...rest, type: 'website' });
    expect([...meta.keys()].filter((k) => k.includes('image'))).toEqual([]);
    expect(meta.get('twitter:card')).toBe('summary');
  });

  it('refuses relative URLs, which scrapers cannot resolve', async () => {
    await expect(metaOf({ ...article, url: '/explainers/pause/' })).rejects.toThrow(/url must be an absolute/);
    await expect(metaOf({ ...article, image: '/explainers/pause/preview.png' })).rejects.toThrow(
      /image must be an absolute/,
    );
  });
});
