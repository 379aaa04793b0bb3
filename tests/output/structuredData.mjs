#!/usr/bin/env node
// Structured data as search engines read it, on each explainer and its offline copy: one schema.org
// NewsArticle whose dates are what the story gives (a date and time with its UTC offset, written out in
// full, where the story gives a time; the day alone where it gives only a day, with no time invented),
// whose images are three PNGs of the build 1200 or more pixels wide in 16:9, 4:3 and 1:1, and whose
// publisher logo is a PNG of the build of at least 112×112 pixels. The story side comes from the
// source, content/explainers/<slug>/index.mdx, as readerMode.mjs reads it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { dist, htmlFiles, root, runAlone } from './support.mjs';

/** A date and time in ISO 8601 extended format with seconds and a numeric offset: 2025-03-05T18:30:00+00:00. */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?[+-]\d{2}:\d{2}$/u;
export const DAY = /^\d{4}-\d{2}-\d{2}$/u;
/** The aspect ratios Google asks an article's images to come in, as width:height. */
export const RATIOS = [
  [16, 9],
  [4, 3],
  [1, 1],
];
export const MIN_IMAGE_WIDTH = 1200;
export const MIN_LOGO_SIZE = 112;

/** Width and height of a PNG in the build, or undefined when the file is missing or not a PNG. */
export function pngSize(file) {
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString('hex') === '89504e470d0a1a0a';
  if (!signature || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The JSON-LD objects of a page. */
const jsonLdOf = (tree) =>
  selectAll('script[type="application/ld+json"]', tree).map((script) => JSON.parse(toString(script)));

/**
 * Whether `value` says what the story's `given` date says: the same day for a day, the same instant
 * written in full with an offset for a date and time.
 */
export function sameDate(value, given) {
  if (typeof value !== 'string') return false;
  if (DAY.test(given)) return value === given;
  return DATE_TIME.test(value) && Date.parse(value) === Date.parse(given);
}

export default function structuredData(report) {
  const origin = (() => {
    const home = fromHtml(readFileSync(join(dist, 'index.html'), 'utf8'));
    return new URL(String(select('link[rel~="canonical"]', home)?.properties.href)).origin;
  })();
  const files = htmlFiles().filter((f) => /^explainers\/[^/]+\/(index|offline)\.html$/u.test(f));
  report.check(files.length > 0, 'structuredData: no explainer pages in the build');

  /** The built file behind an absolute URL on the site, or undefined for another site's. */
  const builtFile = (url) => {
    const parsed = new URL(url);
    return parsed.origin === origin ? join(dist, decodeURIComponent(parsed.pathname)) : undefined;
  };

  for (const file of files) {
    const slug = file.split('/')[1];
    const source = join(root, 'content/explainers', slug, 'index.mdx');
    const tree = fromHtml(readFileSync(join(dist, file), 'utf8'));
    const articles = jsonLdOf(tree).filter((data) => data['@type'] === 'NewsArticle');
    if (!report.check(articles.length === 1, `${file}: ${articles.length} NewsArticle JSON-LD blocks; one expected`)) {
      continue;
    }
    const [article] = articles;

    if (existsSync(source)) {
      const { frontmatter } = parseFrontmatter(readFileSync(source, 'utf8').replace(/^\uFEFF/u, ''));
      const published = String(frontmatter.published);
      const modified = String(frontmatter.updated ?? frontmatter.published);
      report.check(
        sameDate(article.datePublished, published),
        `${file}: JSON-LD datePublished is ${JSON.stringify(article.datePublished)} where the story gives ${published}` +
          ' (a date and time in full with its offset, or the day alone: no time invented)',
      );
      report.check(
        sameDate(article.dateModified, modified),
        `${file}: JSON-LD dateModified is ${JSON.stringify(article.dateModified)} where the story gives ${modified}`,
      );
    } else {
      report.fail(`${file}: no story at ${source} to compare the JSON-LD dates with`);
    }

    const images = [article.image ?? []].flat().map((image) => (typeof image === 'string' ? image : image?.url));
    const sizes = images.map((url) => {
      const built = typeof url === 'string' ? builtFile(url) : undefined;
      const size = built && pngSize(built);
      report.check(size !== undefined, `${file}: JSON-LD image ${url} is not a PNG in the build`);
      report.check(
        (size?.width ?? 0) >= MIN_IMAGE_WIDTH,
        `${file}: JSON-LD image ${url} is ${size?.width ?? 0} px wide, under ${MIN_IMAGE_WIDTH}`,
      );
      return size;
    });
    for (const [w, h] of RATIOS) {
      report.check(
        sizes.some((size) => size !== undefined && size.width * h === size.height * w),
        `${file}: no JSON-LD image in ${w}:${h} (images: ${images.join(', ') || 'none'})`,
      );
    }

    const logo = article.publisher?.logo;
    const logoUrl = typeof logo === 'string' ? logo : logo?.url;
    const logoFile = typeof logoUrl === 'string' ? builtFile(logoUrl) : undefined;
    const logoSize = logoFile && pngSize(logoFile);
    report.check(
      logoSize !== undefined && logoSize.width >= MIN_LOGO_SIZE && logoSize.height >= MIN_LOGO_SIZE,
      `${file}: the publisher logo ${logoUrl} is not a PNG of the build at least ${MIN_LOGO_SIZE}×${MIN_LOGO_SIZE} px`,
    );

    const ogPublished = select('meta[property="article:published_time"]', tree)?.properties.content;
    if (ogPublished !== undefined) {
      report.check(
        ogPublished === article.datePublished,
        `${file}: article:published_time ${ogPublished} differs from the JSON-LD datePublished ${article.datePublished}`,
      );
    }
  }
}

if (import.meta.main) await runAlone(structuredData);
