#!/usr/bin/env node
// Structured data as search engines read it, on each explainer and its offline copy: one schema.org
// NewsArticle whose dates are what the story gives (a date and time with its UTC offset, written out in
// full, where the story gives a time; the day alone where it gives only a day, with no time invented),
// whose images are three PNGs of the build 1200 or more pixels wide in 16:9, 4:3 and 1:1, and whose
// publisher logo is a PNG of the build of at least 112×112 pixels. The story side comes from the
// source, content/explainers/<slug>/index.mdx, as readerMode.mjs reads it.
// Each person page: one ProfilePage about a Person, Organization or Country (as the registry's kind
// says) with the registry's name and description, its sameAs only where the registry gives one, and the
// page's canonical URL; the registry side is content/people/<id>.yaml, read with the yaml package, not
// with the site's code. Each topic page: one CollectionPage whose ItemList is the explainers the page
// lists, in its order, as absolute URLs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { dist, htmlFiles, root, runAlone, shown } from './support.mjs';

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

/** The schema.org type a registry entry of each kind is described as; a group is an Organization too. */
export const TYPE_OF_KIND = {
  person: 'Person',
  organisation: 'Organization',
  group: 'Organization',
  country: 'Country',
};

const people = join(root, 'content/people');

/** The registry, by id: every content/people/<id>.yaml as the yaml package reads it. */
export function registry() {
  if (!existsSync(people)) return new Map();
  return new Map(
    readdirSync(people)
      .filter((name) => /\.ya?ml$/u.test(name))
      .sort()
      .map((name) => [name.replace(/\.ya?ml$/u, ''), parseYaml(readFileSync(join(people, name), 'utf8')) ?? {}]),
  );
}

/** A page's canonical URL, or undefined. */
const canonicalOf = (tree) => {
  const href = select('link[rel~="canonical"]', tree)?.properties.href;
  return typeof href === 'string' ? href : undefined;
};

/** The URL a ListItem names: its `url`, or the `item` it wraps (an address or a thing with an `@id` or `url`). */
const listItemUrl = (element) => {
  const item = element?.item;
  return element?.url ?? (typeof item === 'string' ? item : (item?.['@id'] ?? item?.url));
};

/** The explainers a page lists (`.story-list-title a`), as absolute URLs against the page's own. */
const listedExplainers = (tree, pageUrl) =>
  selectAll('.story-list-title a', tree).map((link) => new URL(String(link.properties.href), pageUrl).href);

/** Whether a page's canonical link is its own address on the site (`home`: the home page's canonical URL). */
function checkCanonical(report, file, canonical, home) {
  const own = new URL(file.replace(/index\.html$/u, ''), home).href;
  return report.check(
    canonical === own,
    `${shown(file)}: the canonical link is ${canonical ?? 'missing'}; the page is at ${own}`,
  );
}

/** Every person page against its registry entry, and every registry entry has its page. */
function checkPersonPages(report, home) {
  const entries = registry();
  report.check(entries.size > 0, `structuredData: no registry entries in ${people}`);
  const pages = htmlFiles().filter((f) => /^people\/[^/]+\/index\.html$/u.test(f));
  for (const file of pages) {
    const id = file.split('/')[1];
    report.check(entries.has(id), `${shown(file)}: a person page with no registry entry content/people/${id}.yaml`);
  }
  for (const [id, entry] of entries) {
    const file = `people/${id}/index.html`;
    if (!report.check(pages.includes(file), `structuredData: content/people/${id}.yaml has no page ${shown(file)}`))
      continue;
    const tree = fromHtml(readFileSync(join(dist, file), 'utf8'));
    const canonical = canonicalOf(tree);
    checkCanonical(report, file, canonical, home);
    const profiles = jsonLdOf(tree).filter((data) => data['@type'] === 'ProfilePage');
    if (
      !report.check(
        profiles.length === 1,
        `${shown(file)}: ${profiles.length} ProfilePage JSON-LD blocks; one expected`,
      )
    )
      continue;
    const [profile] = profiles;
    const where = `${shown(file)}: JSON-LD`;
    report.check(
      profile.url === canonical,
      `${where} ProfilePage url is ${JSON.stringify(profile.url)}, not the page's canonical URL ${canonical}`,
    );
    const thing = profile.mainEntity ?? {};
    const type = TYPE_OF_KIND[entry.kind];
    report.check(
      type !== undefined && thing['@type'] === type,
      type === undefined
        ? `content/people/${id}.yaml: kind ${JSON.stringify(entry.kind)} has no schema.org type in structuredData.mjs`
        : `${where} mainEntity is a ${JSON.stringify(thing['@type'])}; content/people/${id}.yaml of kind ${entry.kind} is a ${type}`,
    );
    report.check(
      thing.name === entry.name,
      `${where} mainEntity name is ${JSON.stringify(thing.name)}; the registry has ${JSON.stringify(entry.name)}`,
    );
    report.check(
      thing.description === entry.description,
      `${where} mainEntity description is ${JSON.stringify(thing.description)}; the registry has ${JSON.stringify(entry.description)}`,
    );
    report.check(
      thing.url === canonical,
      `${where} mainEntity url is ${JSON.stringify(thing.url)}, not the page's canonical URL ${canonical}`,
    );
    const sameAs = entry.sameAs ?? [];
    if (sameAs.length > 0) {
      report.check(
        thing.sameAs !== undefined && isDeepStrictEqual([thing.sameAs].flat(), sameAs),
        `${where} mainEntity sameAs is ${JSON.stringify(thing.sameAs)}; the registry has ${JSON.stringify(sameAs)}`,
      );
    } else {
      report.check(
        !('sameAs' in thing),
        `${where} mainEntity has sameAs ${JSON.stringify(thing.sameAs)} where content/people/${id}.yaml gives none`,
      );
    }
    if (profile.hasPart !== undefined || selectAll('.story-list-title a', tree).length > 0) {
      const parts = [profile.hasPart ?? []].flat().map((part) => part?.url);
      const listed = canonical ? listedExplainers(tree, canonical) : [];
      report.check(
        isDeepStrictEqual(parts, listed),
        `${where} hasPart names ${JSON.stringify(parts)}; the page lists ${JSON.stringify(listed)}`,
      );
    }
  }
}

/** Every topic page's CollectionPage against the explainers the page lists. */
function checkTopicPages(report, home) {
  const pages = htmlFiles().filter((f) => /^topics\/[^/]+\/index\.html$/u.test(f));
  report.check(pages.length > 0, 'structuredData: no topic pages in the build');
  for (const file of pages) {
    const tree = fromHtml(readFileSync(join(dist, file), 'utf8'));
    const canonical = canonicalOf(tree);
    if (!checkCanonical(report, file, canonical, home)) continue;
    const collections = jsonLdOf(tree).filter((data) => data['@type'] === 'CollectionPage');
    if (
      !report.check(
        collections.length === 1,
        `${shown(file)}: ${collections.length} CollectionPage JSON-LD blocks; one expected`,
      )
    )
      continue;
    const [collection] = collections;
    const where = `${shown(file)}: JSON-LD`;
    report.check(
      collection.url === canonical,
      `${where} CollectionPage url is ${JSON.stringify(collection.url)}, not the page's canonical URL ${canonical}`,
    );
    const listed = listedExplainers(tree, canonical);
    report.check(listed.length > 0, `${shown(file)}: a topic page that lists no explainer (.story-list-title a)`);
    const elements = [collection.mainEntity?.itemListElement ?? []].flat();
    const urls = elements.map(listItemUrl);
    report.check(
      urls.every((url) => typeof url === 'string' && URL.canParse(url)),
      `${where} itemListElement URLs are not all absolute: ${JSON.stringify(urls)}`,
    );
    report.check(
      isDeepStrictEqual(urls, listed),
      `${where} mainEntity.itemListElement is ${JSON.stringify(urls)}; the page lists ${JSON.stringify(listed)}`,
    );
    const positions = elements.map((element) => element?.position);
    report.check(
      positions.every((position, i) => position === i + 1),
      `${where} itemListElement positions are ${JSON.stringify(positions)}, not 1 to ${elements.length}`,
    );
  }
}

export default function structuredData(report) {
  const home = String(canonicalOf(fromHtml(readFileSync(join(dist, 'index.html'), 'utf8'))));
  const origin = new URL(home).origin;
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
  checkPersonPages(report, home);
  checkTopicPages(report, home);
}

if (import.meta.main) await runAlone(structuredData);
