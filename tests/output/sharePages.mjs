#!/usr/bin/env node
// Share pages (/explainers/<slug>/share/<anchor-id>/), as link-preview bots and search engines read
// them. Every part of an explainer a reader sends most (the timeline and each event, who's who and
// each actor) has one, with its own 1200×630 card; every share page sends people to an element the
// explainer has, titles itself in at most 90 characters, is marked noindex and names no other page as
// canonical (docs/architecture.md, "Sharing"). A moved page, under a part's former id (`formerIds`),
// sends people to the part's anchor now, names the part's own share page as og:url and canonical, and
// shows that page's card; the explainer keeps the old id, empty, inside the part.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { dist, htmlFiles, runAlone } from './support.mjs';
import { pngSize } from './structuredData.mjs';

/** The longest og:title a share page may have, in characters. */
export const TITLE_MAX = 90;

/** The ids of an explainer's elements that must have a share page: the timeline, who's who, each event and actor. */
export function mustShare(tree) {
  const ids = selectAll('[id]', tree).map((element) => String(element.properties.id));
  return ids.filter((id) => id === 'timeline' || id === 'whos-who' || /^(event|actor)-/u.test(id));
}

const attr = (tree, selector, name = 'content') => {
  const value = select(selector, tree)?.properties[name];
  return value === undefined ? undefined : String(value);
};

export default function sharePages(report) {
  const explainers = htmlFiles().filter((f) => /^explainers\/[^/]+\/index\.html$/u.test(f));
  report.check(explainers.length > 0, 'sharePages: no explainer pages in the build');
  for (const file of explainers) {
    const slug = file.split('/')[1];
    const page = fromHtml(readFileSync(join(dist, file), 'utf8'));
    const ids = new Set(selectAll('[id]', page).map((element) => String(element.properties.id)));
    const shareDir = join(dist, 'explainers', slug, 'share');
    const shared = existsSync(shareDir) ? readdirSync(shareDir) : [];

    for (const id of mustShare(page)) {
      report.check(
        existsSync(join(shareDir, id, 'index.html')),
        `${file}: #${id} has no share page at /explainers/${slug}/share/${id}/`,
      );
    }

    for (const id of shared) {
      const shareFile = `explainers/${slug}/share/${id}/index.html`;
      if (!report.check(existsSync(join(dist, shareFile)), `${shareFile} is missing`)) continue;
      const tree = fromHtml(readFileSync(join(dist, shareFile), 'utf8'));

      report.check(ids.has(id), `${shareFile}: the explainer has no element id="${id}" to send people to`);
      const refresh = selectAll('meta', tree).find((m) => String(m.properties.httpEquiv).toLowerCase() === 'refresh');
      const sentTo = /^0; url=\/explainers\/[^/]+\/#(.+)$/u.exec(String(refresh?.properties.content))?.[1];
      // A page that sends people to another anchor than its own id stands for a part's former id.
      const moved = sentTo !== undefined && sentTo !== id;
      // The part the page is about, and that part's own share page.
      const part = moved ? sentTo : id;
      const partAddress = `/explainers/${slug}/share/${part}/`;
      report.check(
        String(refresh?.properties.content) === `0; url=/explainers/${slug}/#${part}`,
        `${shareFile}: does not send people on to /explainers/${slug}/#${part} (refresh: ${refresh?.properties.content})`,
      );
      if (moved) movedPage(report, { shareFile, slug, id, part, page, tree, shared });

      for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) {
        const title = attr(tree, selector) ?? '';
        report.check(
          title.length > 0 && [...title].length <= TITLE_MAX,
          `${shareFile}: ${selector} is ${[...title].length} characters, over ${TITLE_MAX}: ${title}`,
        );
      }

      const ogUrl = attr(tree, 'meta[property="og:url"]') ?? '';
      report.check(
        new URL(ogUrl).pathname === partAddress,
        `${shareFile}: og:url ${ogUrl} is not ${moved ? `the part's own share page, ${partAddress}` : "the page's own address"}`,
      );
      const robots = (attr(tree, 'meta[name="robots"]') ?? '').toLowerCase();
      report.check(robots.includes('noindex'), `${shareFile}: not marked noindex (robots: "${robots}")`);
      // noindex and a canonical link to another page contradict each other; its own address is fine. A
      // moved page names its new address: the same part, at the address it has now.
      const canonical = attr(tree, 'link[rel~="canonical"]', 'href');
      report.check(
        moved ? canonical !== undefined && canonical === ogUrl : canonical === undefined || canonical === ogUrl,
        `${shareFile}: canonical link ${canonical} names another page than ${moved ? 'the part’s own share page' : 'itself'} (${ogUrl}) beside noindex`,
      );

      const image = attr(tree, 'meta[property="og:image"]') ?? '';
      report.check(
        new URL(image).pathname === `${partAddress}preview.png`,
        `${shareFile}: og:image ${image} is not ${moved ? `the card of ${partAddress}` : 'its own card'}`,
      );
      const size = pngSize(join(dist, 'explainers', slug, 'share', part, 'preview.png'));
      report.check(
        size?.width === 1200 && size.height === 630,
        `${shareFile}: its card is ${size ? `${size.width}×${size.height}` : 'missing'}, not a 1200×630 PNG`,
      );
    }
  }
}

/**
 * A moved share page: the explainer keeps the former id as an empty element inside the part (so
 * `#<former id>` lands on it), the part has its own share page, which is not moved itself, the page
 * links to the part for people, and no card of its own is drawn: it shows the part's.
 */
function movedPage(report, { shareFile, slug, id, part, page, tree, shared }) {
  const element = select(`[id="${part}"]`, page);
  const former = element && select(`[id="${id}"]`, element);
  report.check(
    former != null && former.children.length === 0,
    `${shareFile}: sends people to #${part}, but the explainer's id="${id}" is not an empty element inside it`,
  );
  report.check(
    shared.includes(part) && part !== id,
    `${shareFile}: stands for #${part}, which has no share page of its own at /explainers/${slug}/share/${part}/`,
  );
  const address = `/explainers/${slug}/#${part}`;
  report.check(
    selectAll('a[href]', tree).some((a) => a.properties.href === address),
    `${shareFile}: has no visible link to ${address}`,
  );
  report.check(
    !existsSync(join(dist, 'explainers', slug, 'share', id, 'preview.png')),
    `${shareFile}: a card of its own was drawn; a moved page shows the part's card`,
  );
}

if (import.meta.main) await runAlone(sharePages);
